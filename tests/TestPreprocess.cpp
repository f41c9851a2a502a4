#include "Preprocess.h"
#include "TestSupport.h"

#include <QPainter>
#include <QRadialGradient>
#include <QTest>

#include <algorithm>

using namespace dermaedge;

class TestPreprocess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapeFollowsManifest_data();
    void shapeFollowsManifest();
    void normalizesUniformColour();
    void keepsOrientation();
    void rejectsInvalidSettings();
    void shadesOfGrayRemovesCast_data();
    void shadesOfGrayRemovesCast();
    void lesionCropNormalizesScale_data();
    void lesionCropNormalizesScale();
    void lesionCropKeepsPlainCrop_data();
    void lesionCropKeepsPlainCrop();
};

namespace {

/// The image with its red, green and blue values scaled, as under another light or camera.
QImage withColourCast(const QImage& image, double red, double green, double blue)
{
    QImage cast = image.convertToFormat(QImage::Format_RGB888);
    for (int y = 0; y < cast.height(); ++y) {
        uchar* line = cast.scanLine(y);
        for (int x = 0; x < cast.width(); ++x) {
            line[3 * x] = uchar(std::clamp(line[3 * x] * red, 0.0, 255.0));
            line[3 * x + 1] = uchar(std::clamp(line[3 * x + 1] * green, 0.0, 255.0));
            line[3 * x + 2] = uchar(std::clamp(line[3 * x + 2] * blue, 0.0, 255.0));
        }
    }
    return cast;
}

double meanAbsoluteDifference(const InputTensor& a, const InputTensor& b)
{
    double sum = 0.0;
    for (size_t i = 0; i < a.values.size(); ++i)
        sum += std::abs(a.values[i] - b.values[i]);
    return sum / double(a.values.size());
}

/// A pigmented lesion on skin: an oval of `diameter` pixels centred at
/// `centre` (fractions of the canvas), with darker globules that make its
/// pattern, optionally inside the round black vignette of a dermatoscope.
QImage lesionScene(const QSize& canvas, QPointF centre, double diameter, bool vignette)
{
    QImage image(canvas, QImage::Format_RGB888);
    image.fill(vignette ? Qt::black : QColor(222, 178, 158));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    if (vignette) {
        const double radius = 0.55 * std::min(canvas.width(), canvas.height());
        painter.setBrush(QColor(222, 178, 158));
        painter.drawEllipse(QPointF(canvas.width() / 2.0, canvas.height() / 2.0), radius, radius);
    }
    const QPointF middle(centre.x() * canvas.width(), centre.y() * canvas.height());
    QRadialGradient pigment(middle, diameter / 2);
    pigment.setColorAt(0.0, QColor(70, 40, 30));
    pigment.setColorAt(1.0, QColor(150, 100, 80));
    painter.setBrush(pigment);
    painter.drawEllipse(middle, diameter / 2, diameter * 0.4);
    painter.setBrush(QColor(40, 20, 15));
    for (const QPointF offset : {QPointF(-0.2, -0.1), QPointF(0.15, 0.05), QPointF(0.0, 0.2)})
        painter.drawEllipse(middle + offset * diameter, diameter * 0.06, diameter * 0.06);
    painter.end();
    return image;
}

Preprocessing cropSettings(double margin)
{
    Preprocessing settings;
    settings.resizeShorter = 96;
    settings.inputSize = 96;
    settings.lesionCropMargin = margin;
    return settings;
}

} // namespace

void TestPreprocess::shapeFollowsManifest_data()
{
    QTest::addColumn<QSize>("imageSize");
    QTest::addColumn<int>("resizeShorter");
    QTest::addColumn<int>("inputSize");
    QTest::newRow("square 224 to 128") << QSize(224, 224) << 128 << 128;
    QTest::newRow("landscape with margin") << QSize(640, 480) << 146 << 128;
    QTest::newRow("portrait upscaled") << QSize(20, 50) << 64 << 64;
}

void TestPreprocess::shapeFollowsManifest()
{
    QFETCH(QSize, imageSize);
    QFETCH(int, resizeShorter);
    QFETCH(int, inputSize);
    Preprocessing settings;
    settings.resizeShorter = resizeShorter;
    settings.inputSize = inputSize;

    const auto tensor = preprocessImage(test::syntheticLesion(imageSize.width(), imageSize.height()), settings);
    QVERIFY2(tensor.ok(), qPrintable(tensor.error()));
    QCOMPARE(tensor->channels, 3);
    QCOMPARE(tensor->height, inputSize);
    QCOMPARE(tensor->width, inputSize);
    QCOMPARE(tensor->values.size(), size_t(3 * inputSize * inputSize));
    const auto [low, high] = std::minmax_element(tensor->values.begin(), tensor->values.end());
    QVERIFY(*low >= -0.485f / 0.229f - 1e-4f);
    QVERIFY(*high <= (1.0f - 0.406f) / 0.225f + 1e-4f);
}

void TestPreprocess::normalizesUniformColour()
{
    QImage image(50, 40, QImage::Format_RGB888);
    image.fill(QColor(255, 0, 51));
    Preprocessing settings;
    settings.resizeShorter = 32;
    settings.inputSize = 32;
    settings.mean = {0.5f, 0.0f, 0.2f};
    settings.std = {0.5f, 1.0f, 0.1f};

    const auto tensor = preprocessImage(image, settings);
    QVERIFY(tensor.ok());
    const size_t plane = 32 * 32;
    QCOMPARE(tensor->values[0], 1.0f);                      // (1 - 0.5) / 0.5
    QCOMPARE(tensor->values[plane + 7], 0.0f);              // (0 - 0) / 1
    QVERIFY(qAbs(tensor->values[2 * plane + 9] - 0.0f) < 1e-5f); // (0.2 - 0.2) / 0.1
}

void TestPreprocess::keepsOrientation()
{
    // The blue marker sits in the top-left corner; after preprocessing the
    // top-left value of the blue channel must stay high and the red one low.
    Preprocessing settings;
    settings.resizeShorter = 64;
    settings.inputSize = 64;
    const auto tensor = preprocessImage(test::syntheticLesion(64, 64), settings);
    QVERIFY(tensor.ok());
    const size_t plane = 64 * 64;
    QVERIFY(tensor->values[2 * plane + 64 + 1] > 1.5f);
    QVERIFY(tensor->values[2 * plane + 63 * 64 + 62] < 1.5f);
    QVERIFY(tensor->values[64 + 1] < -1.5f);
}

void TestPreprocess::rejectsInvalidSettings()
{
    Preprocessing settings;
    settings.resizeShorter = 32;
    settings.inputSize = 64;
    const auto tensor = preprocessImage(test::syntheticLesion(64, 64), settings);
    QVERIFY(!tensor.ok());
    QVERIFY(tensor.error().contains(QStringLiteral("input size 64")));
    QVERIFY(!preprocessImage(QImage(), Preprocessing{}).ok());
}

void TestPreprocess::shadesOfGrayRemovesCast_data()
{
    QTest::addColumn<double>("red");
    QTest::addColumn<double>("blue");

    QTest::newRow("warm light") << 1.1 << 0.85;
    QTest::newRow("cool light") << 0.85 << 1.1;
    QTest::newRow("dim red channel") << 0.7 << 1.0;
}

void TestPreprocess::shadesOfGrayRemovesCast()
{
    QFETCH(double, red);
    QFETCH(double, blue);
    const QImage plain = test::syntheticLesion(160, 120);
    const QImage cast = withColourCast(plain, red, 1.0, blue);

    Preprocessing raw;
    raw.resizeShorter = 96;
    raw.inputSize = 96;
    Preprocessing constant = raw;
    constant.shadesOfGrayPower = 6;

    const auto rawPlain = preprocessImage(plain, raw);
    const auto rawCast = preprocessImage(cast, raw);
    const auto constantPlain = preprocessImage(plain, constant);
    const auto constantCast = preprocessImage(cast, constant);
    QVERIFY(rawPlain && rawCast && constantPlain && constantCast);

    // The cast moves the raw input a lot; after colour constancy little of it is left.
    const double rawShift = meanAbsoluteDifference(rawPlain.value(), rawCast.value());
    const double constantShift = meanAbsoluteDifference(constantPlain.value(), constantCast.value());
    QVERIFY2(rawShift > 0.2, qPrintable(QString::number(rawShift)));
    QVERIFY2(constantShift < rawShift / 4,
             qPrintable(QStringLiteral("%1 vs %2").arg(constantShift).arg(rawShift)));
}

void TestPreprocess::lesionCropNormalizesScale_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QPointF>("centre");
    QTest::addColumn<double>("diameter");
    QTest::addColumn<bool>("vignette");

    QTest::newRow("half magnification") << QSize(400, 400) << QPointF(0.5, 0.5) << 120.0 << false;
    QTest::newRow("off-centre lesion") << QSize(400, 400) << QPointF(0.35, 0.6) << 160.0 << false;
    QTest::newRow("wide 4:3 photo") << QSize(640, 480) << QPointF(0.5, 0.5) << 140.0 << false;
    QTest::newRow("dermatoscope vignette") << QSize(400, 400) << QPointF(0.5, 0.5) << 140.0 << true;
}

void TestPreprocess::lesionCropNormalizesScale()
{
    QFETCH(QSize, canvas);
    QFETCH(QPointF, centre);
    QFETCH(double, diameter);
    QFETCH(bool, vignette);
    // The reference: the same lesion filling most of a close-up.
    const QImage closeUp = lesionScene(QSize(300, 300), QPointF(0.5, 0.5), 200.0, false);
    const QImage other = lesionScene(canvas, centre, diameter, vignette);

    const auto croppedCloseUp = preprocessImage(closeUp, cropSettings(0.25));
    const auto croppedOther = preprocessImage(other, cropSettings(0.25));
    const auto plainCloseUp = preprocessImage(closeUp, cropSettings(0.0));
    const auto plainOther = preprocessImage(other, cropSettings(0.0));
    QVERIFY(croppedCloseUp && croppedOther && plainCloseUp && plainOther);

    // Without cropping the two inputs differ a lot; framed on the lesion they nearly match.
    const double plainGap = meanAbsoluteDifference(plainCloseUp.value(), plainOther.value());
    const double croppedGap = meanAbsoluteDifference(croppedCloseUp.value(), croppedOther.value());
    QVERIFY2(plainGap > 0.3, qPrintable(QString::number(plainGap)));
    QVERIFY2(croppedGap < plainGap / 5,
             qPrintable(QStringLiteral("%1 vs %2").arg(croppedGap).arg(plainGap)));
}

void TestPreprocess::lesionCropKeepsPlainCrop_data()
{
    QTest::addColumn<QImage>("image");

    QImage skin(200, 160, QImage::Format_RGB888);
    skin.fill(QColor(222, 178, 158));
    QTest::newRow("no lesion") << skin;
    QTest::newRow("lesion fills the photo")
        << lesionScene(QSize(200, 200), QPointF(0.5, 0.5), 400.0, false);
    QTest::newRow("speck of dust") << lesionScene(QSize(400, 400), QPointF(0.5, 0.5), 8.0, false);
}

void TestPreprocess::lesionCropKeepsPlainCrop()
{
    QFETCH(QImage, image);
    // Without a lesion to frame, cropping falls back to the plain centre crop.
    const auto cropped = preprocessImage(image, cropSettings(0.25));
    const auto plain = preprocessImage(image, cropSettings(0.0));
    QVERIFY(cropped && plain);
    QCOMPARE(meanAbsoluteDifference(cropped.value(), plain.value()), 0.0);
}

QTEST_GUILESS_MAIN(TestPreprocess)
#include "TestPreprocess.moc"
