#include "Preprocess.h"
#include "TestSupport.h"

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

QTEST_GUILESS_MAIN(TestPreprocess)
#include "TestPreprocess.moc"
