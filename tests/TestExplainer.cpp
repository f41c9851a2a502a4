#include "Explainer.h"
#include "ModelManifest.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <torch/script.h>

#include <algorithm>
#include <string>

using namespace dermaedge;

namespace {

enum class Quadrant { TopLeft, TopRight, BottomLeft, BottomRight };

QRect quadrantRect(Quadrant quadrant, int side)
{
    const int half = side / 2;
    const int x = (quadrant == Quadrant::TopRight || quadrant == Quadrant::BottomRight) ? half : 0;
    const int y = (quadrant == Quadrant::BottomLeft || quadrant == Quadrant::BottomRight) ? half : 0;
    return QRect(x, y, half, half);
}

/// A black square image with a white patch in the middle of one quadrant.
QImage patchImage(Quadrant quadrant, int side)
{
    QImage image(side, side, QImage::Format_RGB888);
    image.fill(Qt::black);
    const QRect area = quadrantRect(quadrant, side);
    QPainter painter(&image);
    painter.fillRect(QRect(0, 0, side / 4, side / 4).translated(area.center() - QPoint(side / 8, side / 8)),
                     Qt::white);
    return image;
}

void saveWithDigest(torch::jit::Module& module, ModelManifest& manifest)
{
    module.save(manifest.archivePath().toStdString());
    manifest.sha256 = sha256OfFile(manifest.archivePath()).value();
    QVERIFY(saveManifest(manifest, manifest.manifestPath));
}

/// Rewrites a tiny DermaEdge network so that brightness is its only feature:
/// every convolution averages its inputs with positive weights, batch norms are
/// identities, and the head adds up the pooled channels times `headSign`. A
/// black background becomes negative after normalization and is cut by the
/// stem's ReLU, so only a bright patch activates the last stage.
void plantBrightnessDetector(ModelManifest& manifest, float headSign)
{
    torch::jit::Module module = torch::jit::load(manifest.archivePath().toStdString());
    torch::NoGradGuard noGrad;
    for (const auto& parameter : module.named_parameters(/*recurse=*/true)) {
        const std::string& name = parameter.name;
        torch::Tensor value = parameter.value;
        if (name.rfind("fc.", 0) == 0)
            value.fill_(name == "fc.weight" ? headSign : 0.0f);
        else if (value.dim() == 4)
            value.fill_(1.0f / float(value[0].numel()));
        else if (name.size() > 7 && name.compare(name.size() - 7, 7, ".weight") == 0)
            value.fill_(1.0f);
        else
            value.zero_();
    }
    saveWithDigest(module, manifest);
}

/// A small network without DermaEdge's submodules: a positive 3x3 convolution,
/// ReLU and the mean of all outputs.
void writeForeignModel(ModelManifest& manifest)
{
    torch::jit::Module module(c10::QualifiedName("__torch__.Foreign"));
    module.register_attribute("training", c10::BoolType::get(), false);
    module.register_parameter("weight", torch::full({2, 3, 3, 3}, 1.0f / 27.0f), false);
    module.define(R"(
def forward(self, x: Tensor) -> Tensor:
    y = torch.relu(torch.conv2d(x, self.weight, None, [1, 1], [1, 1], [1, 1], 1))
    return torch.mean(y)
)");
    saveWithDigest(module, manifest);
}

} // namespace

Q_DECLARE_METATYPE(Quadrant)

class TestExplainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void heatmapShapeAndRange_data();
    void heatmapShapeAndRange();
    void peakInPlantedQuadrant_data();
    void peakInPlantedQuadrant();
    void negativeEvidenceGivesFlatMap();
    void overlayKeepsImageSize();
    void strengthFollowsRisk_data();
    void strengthFollowsRisk();
    void fadedHeatmapKeepsColours();
    void rejectsQuantizedModel();
    void choosesExplainingModel_data();
    void choosesExplainingModel();

private:
    ModelManifest copyOf(const ModelManifest& source, const QString& id);

    QTemporaryDir m_dir;
    ModelManifest m_random;
    ModelManifest m_positive;
    ModelManifest m_negative;
    ModelManifest m_foreign;
};

void TestExplainer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_random = test::writeTinyModel(m_dir.path(), QStringLiteral("random"), 32, 3);
    m_positive = test::writeTinyModel(m_dir.path(), QStringLiteral("positive"), 32);
    plantBrightnessDetector(m_positive, 1.0f);
    m_negative = test::writeTinyModel(m_dir.path(), QStringLiteral("negative"), 32);
    plantBrightnessDetector(m_negative, -1.0f);
    m_foreign = test::writeTinyModel(m_dir.path(), QStringLiteral("foreign"), 32);
    writeForeignModel(m_foreign);
}

ModelManifest TestExplainer::copyOf(const ModelManifest& source, const QString& id)
{
    ModelManifest copy = source;
    copy.id = id;
    return copy;
}

void TestExplainer::heatmapShapeAndRange_data()
{
    QTest::addColumn<QSize>("imageSize");
    QTest::addColumn<QRectF>("expectedRect");
    QTest::newRow("square") << QSize(32, 32) << QRectF(0, 0, 32, 32);
    QTest::newRow("landscape 4:3") << QSize(64, 48) << QRectF(64.0 * 5 / 43, 0, 64.0 * 32 / 43, 48);
    QTest::newRow("portrait 2:3") << QSize(100, 150) << QRectF(0, 150.0 * 8 / 48, 100, 150.0 * 32 / 48);
}

void TestExplainer::heatmapShapeAndRange()
{
    QFETCH(QSize, imageSize);
    QFETCH(QRectF, expectedRect);
    auto result = explain(m_random, test::syntheticLesion(imageSize.width(), imageSize.height()));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const Explanation& explanation = result.value();

    QCOMPARE(explanation.modelId, QStringLiteral("random"));
    QCOMPARE(explanation.method, ExplanationMethod::GradCam);
    QCOMPARE(explanation.layerName, QStringLiteral("layer2"));
    QVERIFY2(explanation.note.isEmpty(), qPrintable(explanation.note));
    QCOMPARE(explanation.width, 32);
    QCOMPARE(explanation.height, 32);
    QCOMPARE(explanation.values.size(), size_t(32 * 32));
    QCOMPARE(explanation.imageSize, imageSize);
    QVERIFY2(qAbs(explanation.inputRect.x() - expectedRect.x()) < 1e-6, qPrintable(QString::number(explanation.inputRect.x())));
    QVERIFY2(qAbs(explanation.inputRect.y() - expectedRect.y()) < 1e-6, qPrintable(QString::number(explanation.inputRect.y())));
    QVERIFY(qAbs(explanation.inputRect.width() - expectedRect.width()) < 1e-6);
    QVERIFY(qAbs(explanation.inputRect.height() - expectedRect.height()) < 1e-6);
    QVERIFY(explanation.probability > 0.0 && explanation.probability < 1.0);

    const auto [low, high] = std::minmax_element(explanation.values.begin(), explanation.values.end());
    QVERIFY(*low >= 0.0f);
    QVERIFY(*high <= 1.0f);
    if (!explanation.flat)
        QCOMPARE(*high, 1.0f);
    QVERIFY(explanation.inputRect.contains(explanation.peakPosition()));
    const QImage heatmap = explanation.heatmapImage();
    QCOMPARE(heatmap.size(), QSize(32, 32));
}

void TestExplainer::peakInPlantedQuadrant_data()
{
    QTest::addColumn<bool>("foreign");
    QTest::addColumn<Quadrant>("quadrant");
    for (bool foreign : {false, true}) {
        const char* method = foreign ? "input gradient" : "grad-cam";
        QTest::addRow("%s, top left", method) << foreign << Quadrant::TopLeft;
        QTest::addRow("%s, top right", method) << foreign << Quadrant::TopRight;
        QTest::addRow("%s, bottom left", method) << foreign << Quadrant::BottomLeft;
        QTest::addRow("%s, bottom right", method) << foreign << Quadrant::BottomRight;
    }
}

void TestExplainer::peakInPlantedQuadrant()
{
    QFETCH(bool, foreign);
    QFETCH(Quadrant, quadrant);
    constexpr int kSide = 32;
    auto result = explain(foreign ? m_foreign : m_positive, patchImage(quadrant, kSide));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const Explanation& explanation = result.value();

    QCOMPARE(explanation.method, foreign ? ExplanationMethod::InputGradient : ExplanationMethod::GradCam);
    QCOMPARE(explanation.note.contains(QStringLiteral("input-gradient saliency")), foreign);
    QVERIFY(!explanation.flat);
    const QPointF peak = explanation.peakPosition();
    QVERIFY2(quadrantRect(quadrant, kSide).contains(peak.toPoint()),
             qPrintable(QStringLiteral("peak at %1, %2").arg(peak.x()).arg(peak.y())));

    // Most of the heatmap's mass lies in the planted quadrant.
    double inside = 0.0;
    double total = 0.0;
    for (int y = 0; y < explanation.height; ++y) {
        for (int x = 0; x < explanation.width; ++x) {
            total += explanation.valueAt(x, y);
            if (quadrantRect(quadrant, kSide).contains(x, y))
                inside += explanation.valueAt(x, y);
        }
    }
    QVERIFY2(inside > 0.6 * total, qPrintable(QStringLiteral("%1 of %2").arg(inside).arg(total)));
}

void TestExplainer::negativeEvidenceGivesFlatMap()
{
    // The patch lowers this network's logit, so no region raises the melanoma score.
    auto result = explain(m_negative, patchImage(Quadrant::TopLeft, 32));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(result->flat);
    QVERIFY(std::all_of(result->values.begin(), result->values.end(), [](float v) { return v == 0.0f; }));
    QVERIFY(result->probability < 0.5);
}

void TestExplainer::overlayKeepsImageSize()
{
    const QImage image = patchImage(Quadrant::BottomRight, 32).scaled(96, 96);
    auto result = explain(m_positive, image);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QImage overlay = result->renderOverlay(image, 0.6);
    QCOMPARE(overlay.size(), image.size());
    // The white patch takes the colour of a hot value under the overlay.
    const QColor patch = overlay.pixelColor(72, 72);
    QVERIFY2(patch.red() > patch.blue(), qPrintable(patch.name()));
    // Zero opacity leaves the image as it was, outline aside.
    QCOMPARE(result->renderOverlay(image, 0.0).pixelColor(50, 50), image.pixelColor(50, 50));
}

void TestExplainer::strengthFollowsRisk_data()
{
    QTest::addColumn<double>("probability");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("expected");
    QTest::newRow("far above the threshold") << 0.9 << 0.4 << 1.0;
    QTest::newRow("at the threshold") << 0.4 << 0.4 << 1.0;
    QTest::newRow("half the threshold") << 0.2 << 0.4 << 0.5;
    QTest::newRow("almost zero") << 0.001 << 0.4 << kFaintestHeatmap;
    QTest::newRow("no threshold") << 0.1 << 0.0 << 1.0;
    QTest::newRow("NaN probability") << qQNaN() << 0.4 << 1.0;
}

void TestExplainer::strengthFollowsRisk()
{
    QFETCH(double, probability);
    QFETCH(double, threshold);
    QFETCH(double, expected);
    QCOMPARE(heatmapStrength(probability, threshold), expected);
}

void TestExplainer::fadedHeatmapKeepsColours()
{
    Explanation explanation;
    explanation.width = 2;
    explanation.height = 1;
    explanation.values = {1.0f, 0.5f};
    const QImage full = explanation.heatmapImage();
    explanation.strength = 0.5;
    QVERIFY(explanation.isFaded());
    const QImage faded = explanation.heatmapImage();
    for (int x = 0; x < 2; ++x) {
        const QColor strong = full.pixelColor(x, 0);
        const QColor weak = faded.pixelColor(x, 0);
        QVERIFY2(qAbs(weak.alphaF() - strong.alphaF() * 0.5) < 0.01,
                 qPrintable(QStringLiteral("alpha %1 against %2").arg(weak.alphaF()).arg(strong.alphaF())));
        // Unpremultiplied, the hue stays: red remains the map's peak.
        QVERIFY2(qAbs(weak.hueF() - strong.hueF()) < 0.02,
                 qPrintable(QStringLiteral("hue %1 against %2").arg(weak.hueF()).arg(strong.hueF())));
    }
}

void TestExplainer::rejectsQuantizedModel()
{
    ModelManifest quantized = copyOf(m_positive, QStringLiteral("tiny-int8"));
    quantized.kind = QStringLiteral("int8-static");
    quantized.metrics.insert(QStringLiteral("baseline_id"), QStringLiteral("positive"));

    auto explainer = Explainer::load(quantized);
    QVERIFY(!explainer.ok());
    QVERIFY2(explainer.error().contains(QStringLiteral("quantized")), qPrintable(explainer.error()));
    QVERIFY2(explainer.error().contains(QStringLiteral("no gradients")), qPrintable(explainer.error()));
    QVERIFY2(explainer.error().contains(QStringLiteral("FP32 baseline positive")), qPrintable(explainer.error()));

    auto redirected = explanationModelFor(quantized, {m_random, m_positive});
    QVERIFY2(redirected.ok(), qPrintable(redirected.error()));
    QCOMPARE(redirected->id, QStringLiteral("positive"));
    auto result = explain(redirected.value(), patchImage(Quadrant::TopLeft, 32));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->modelId, QStringLiteral("positive"));
}

void TestExplainer::choosesExplainingModel_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("baselineId");    // metrics.baseline_id; empty leaves it out
    QTest::addColumn<QString>("source");        // provenance.source
    QTest::addColumn<bool>("digestMatches");    // whether metrics.baseline_sha256 is the baseline's
    QTest::addColumn<QString>("expectedId");    // empty when the choice fails
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("fp32 explains itself") << "fp32" << "" << "isic-kaggle-train" << true << "variant" << "";
    QTest::newRow("int8 to baseline") << "int8-static" << "positive" << "" << true << "positive" << "";
    QTest::newRow("pruned to baseline via source")
        << "pruned-structured" << "" << "positive (sha256 abc)" << true << "positive" << "";
    QTest::newRow("int8 baseline missing")
        << "int8-static" << "absent" << "" << true << "" << "baseline absent is not registered";
    QTest::newRow("int8 baseline changed")
        << "pruned-structured-int8" << "positive" << "" << false << "" << "SHA-256 differs";
    QTest::newRow("pruned baseline missing explains itself")
        << "pruned-structured" << "absent" << "" << true << "variant" << "";
}

void TestExplainer::choosesExplainingModel()
{
    QFETCH(QString, kind);
    QFETCH(QString, baselineId);
    QFETCH(QString, source);
    QFETCH(bool, digestMatches);
    QFETCH(QString, expectedId);
    QFETCH(QString, expectedError);

    ModelManifest variant = copyOf(m_random, QStringLiteral("variant"));
    variant.kind = kind;
    variant.provenance.source = source;
    if (!baselineId.isEmpty())
        variant.metrics.insert(QStringLiteral("baseline_id"), baselineId);
    variant.metrics.insert(QStringLiteral("baseline_sha256"),
                           digestMatches ? m_positive.sha256 : QString(64, u'0'));

    const auto chosen = explanationModelFor(variant, {m_random, m_positive, variant});
    if (expectedId.isEmpty()) {
        QVERIFY(!chosen.ok());
        QVERIFY2(chosen.error().contains(expectedError), qPrintable(chosen.error()));
        QVERIFY2(chosen.error().contains(QStringLiteral("variant")), qPrintable(chosen.error()));
    } else {
        QVERIFY2(chosen.ok(), qPrintable(chosen.error()));
        QCOMPARE(chosen->id, expectedId);
    }
}

QTEST_GUILESS_MAIN(TestExplainer)
#include "TestExplainer.moc"
