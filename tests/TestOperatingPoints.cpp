#include "ModelManifest.h"
#include "OperatingPoints.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace dermaedge;

namespace {

/// A hand-made validation ROC, by falling threshold. The Youden index
/// (sensitivity + specificity - 1) peaks at 0.5 with 0.65.
std::vector<RocPoint> handMadePoints()
{
    return {{0.9, 0.20, 1.00}, {0.7, 0.50, 0.95}, {0.5, 0.80, 0.85}, {0.4, 0.90, 0.70},
            {0.3, 0.95, 0.60}, {0.2, 0.96, 0.50}, {0.1, 1.00, 0.20}};
}

ModelManifest manifestWith(std::vector<RocPoint> points, double threshold)
{
    ModelManifest manifest;
    manifest.id = QStringLiteral("model");
    manifest.threshold = threshold;
    manifest.validationRoc.points = std::move(points);
    return manifest;
}

} // namespace

Q_DECLARE_METATYPE(OperatingPreset)

class TestOperatingPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetThresholds_data();
    void presetThresholds();
    void presetKeysRoundTrip();
    void measuresRocPoints();
    void riskCategories_data();
    void riskCategories();
    void manifestRoundTrip();
    void manifestWithoutPointsLoads();
    void rejectsInvalidPoints_data();
    void rejectsInvalidPoints();
};

void TestOperatingPoints::presetThresholds_data()
{
    QTest::addColumn<OperatingPreset>("preset");
    QTest::addColumn<double>("manifestThreshold");
    QTest::addColumn<bool>("pointsPresent");
    QTest::addColumn<bool>("resolves");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("sensitivity"); // negative when no rate is expected
    QTest::addColumn<double>("specificity");

    QTest::newRow("sensitivity 0.95") << OperatingPreset::Sensitivity95 << 0.4 << true << true << 0.3 << 0.95 << 0.60;
    QTest::newRow("youden") << OperatingPreset::Balanced << 0.4 << true << true << 0.5 << 0.80 << 0.85;
    QTest::newRow("specificity 0.90") << OperatingPreset::Specificity90 << 0.4 << true << true << 0.7 << 0.50 << 0.95;
    QTest::newRow("manifest default on a point") << OperatingPreset::ManifestDefault << 0.4 << true << true << 0.4 << 0.90 << 0.70;
    QTest::newRow("manifest default off the points") << OperatingPreset::ManifestDefault << 0.45 << true << true << 0.45 << -1.0 << -1.0;
    QTest::newRow("manifest default without points") << OperatingPreset::ManifestDefault << 0.45 << false << true << 0.45 << -1.0 << -1.0;
    QTest::newRow("youden without points") << OperatingPreset::Balanced << 0.4 << false << false << 0.0 << -1.0 << -1.0;
    QTest::newRow("sensitivity without points") << OperatingPreset::Sensitivity95 << 0.4 << false << false << 0.0 << -1.0 << -1.0;
}

void TestOperatingPoints::presetThresholds()
{
    QFETCH(OperatingPreset, preset);
    QFETCH(double, manifestThreshold);
    QFETCH(bool, pointsPresent);
    QFETCH(bool, resolves);
    QFETCH(double, threshold);
    QFETCH(double, sensitivity);
    QFETCH(double, specificity);

    const ModelManifest manifest =
        manifestWith(pointsPresent ? handMadePoints() : std::vector<RocPoint>{}, manifestThreshold);
    const std::optional<OperatingPoint> point = resolveOperatingPoint(manifest, preset);
    QCOMPARE(point.has_value(), resolves);
    if (!resolves)
        return;
    QCOMPARE(point->preset, preset);
    QCOMPARE(point->threshold, threshold);
    QCOMPARE(point->sensitivity.has_value(), sensitivity >= 0.0);
    QCOMPARE(point->specificity.has_value(), specificity >= 0.0);
    if (sensitivity >= 0.0) {
        QCOMPARE(*point->sensitivity, sensitivity);
        QCOMPARE(*point->specificity, specificity);
    }
}

void TestOperatingPoints::presetKeysRoundTrip()
{
    for (OperatingPreset preset : operatingPresets())
        QCOMPARE(operatingPresetFromKey(operatingPresetKey(preset)), preset);
    QCOMPARE(operatingPresetFromKey(QStringLiteral("no such preset")), OperatingPreset::ManifestDefault);
    QCOMPARE(operatingPresetFromKey(QString()), OperatingPreset::ManifestDefault);
}

void TestOperatingPoints::measuresRocPoints()
{
    const std::vector<double> probabilities{0.9, 0.8, 0.7, 0.4, 0.3, 0.2, 0.7};
    const std::vector<int> labels{1, 0, 1, 0, 1, 0, 1};
    const std::vector<RocPoint> points = measureRocPoints(probabilities, labels, {0.5});

    // One point per distinct positive score (0.9, 0.7, 0.3) and one at 0.5.
    QCOMPARE(points.size(), size_t(4));
    const double thresholds[] = {0.9, 0.7, 0.5, 0.3};
    const double sensitivities[] = {0.25, 0.75, 0.75, 1.0};
    const double specificities[] = {1.0, 2.0 / 3.0, 2.0 / 3.0, 1.0 / 3.0};
    for (size_t i = 0; i < points.size(); ++i) {
        QCOMPARE(points[i].threshold, thresholds[i]);
        QCOMPARE(points[i].sensitivity, sensitivities[i]);
        QCOMPARE(points[i].specificity, specificities[i]);
    }
    QVERIFY(measureRocPoints({0.2, 0.4}, {1, 1}).empty());
}

void TestOperatingPoints::riskCategories_data()
{
    QTest::addColumn<double>("probability");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("category");
    QTest::newRow("well below") << 0.10 << 0.5 << int(RiskCategory::Low);
    QTest::newRow("at half the threshold") << 0.25 << 0.5 << int(RiskCategory::Intermediate);
    QTest::newRow("just below") << 0.49 << 0.5 << int(RiskCategory::Intermediate);
    QTest::newRow("at the threshold") << 0.50 << 0.5 << int(RiskCategory::High);
    QTest::newRow("low threshold") << 0.12 << 0.2 << int(RiskCategory::Intermediate);
}

void TestOperatingPoints::riskCategories()
{
    QFETCH(double, probability);
    QFETCH(double, threshold);
    QFETCH(int, category);
    QCOMPARE(int(riskCategory(probability, threshold)), category);
}

void TestOperatingPoints::manifestRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ModelManifest manifest = test::writeTinyModel(dir.path(), QStringLiteral("tiny"));
    manifest.validationRoc.points = handMadePoints();
    std::reverse(manifest.validationRoc.points.begin(), manifest.validationRoc.points.end());
    manifest.validationRoc.split = QStringLiteral("tiny-split.csv");
    manifest.validationRoc.images = 20;
    manifest.validationRoc.positives = 8;
    manifest.validationRoc.negatives = 12;
    manifest.validationRoc.command = QStringLiteral("dermaedge-cli evaluate --write-operating-points");
    QVERIFY(saveManifest(manifest, manifest.manifestPath));

    const auto loaded = loadManifest(manifest.manifestPath);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const ValidationRoc& roc = loaded->validationRoc;
    QCOMPARE(roc.points.size(), handMadePoints().size());
    // Points come back by falling threshold whatever the stored order.
    QCOMPARE(roc.points.front().threshold, 0.9);
    QCOMPARE(roc.points.back().threshold, 0.1);
    QCOMPARE(roc.points[2].sensitivity, 0.80);
    QCOMPARE(roc.split, QStringLiteral("tiny-split.csv"));
    QCOMPARE(roc.positives, 8);
    QCOMPARE(roc.negatives, 12);
    QCOMPARE(roc.command, manifest.validationRoc.command);
    QCOMPARE(loaded->sha256, manifest.sha256);
}

void TestOperatingPoints::manifestWithoutPointsLoads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ModelManifest manifest = test::writeTinyModel(dir.path(), QStringLiteral("old"));
    QVERIFY(manifest.validationRoc.isEmpty());
    QVERIFY(!manifestToJson(manifest).contains("operating_points"));
    QVERIFY(resolveOperatingPoint(manifest, OperatingPreset::ManifestDefault).has_value());
}

void TestOperatingPoints::rejectsInvalidPoints_data()
{
    QTest::addColumn<QJsonValue>("operatingPoints");
    QTest::addColumn<QString>("expectedError");
    const QJsonObject goodPoint{{QStringLiteral("threshold"), 0.4},
                                {QStringLiteral("sensitivity"), 0.9},
                                {QStringLiteral("specificity"), 0.7}};
    QJsonObject outOfRange = goodPoint;
    outOfRange.insert(QStringLiteral("sensitivity"), 1.5);
    QJsonObject missing = goodPoint;
    missing.remove(QStringLiteral("threshold"));

    QTest::newRow("not an object") << QJsonValue(QJsonArray{goodPoint}) << "\"operating_points\" must be an object";
    QTest::newRow("points not an array") << QJsonValue(QJsonObject{{QStringLiteral("points"), 3}}) << "\"points\" must be an array";
    QTest::newRow("sensitivity above 1") << QJsonValue(QJsonObject{{QStringLiteral("points"), QJsonArray{goodPoint, outOfRange}}}) << "points[1].field \"sensitivity\" is 1.5";
    QTest::newRow("threshold missing") << QJsonValue(QJsonObject{{QStringLiteral("points"), QJsonArray{missing}}}) << "points[0].field \"threshold\" must be a number";
}

void TestOperatingPoints::rejectsInvalidPoints()
{
    QFETCH(QJsonValue, operatingPoints);
    QFETCH(QString, expectedError);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ModelManifest manifest = test::writeTinyModel(dir.path(), QStringLiteral("bad"));
    QJsonObject root = QJsonDocument::fromJson(manifestToJson(manifest)).object();
    root.insert(QStringLiteral("operating_points"), operatingPoints);

    const auto parsed = parseManifest(QJsonDocument(root).toJson(), QStringLiteral("bad.json"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(expectedError), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().startsWith(QStringLiteral("bad.json")), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(TestOperatingPoints)
#include "TestOperatingPoints.moc"
