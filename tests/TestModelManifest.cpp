#include "ModelManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dermaedge;

class TestModelManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips();
    void colourConstancyRoundTrips_data();
    void colourConstancyRoundTrips();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void savesAtomically();

private:
    static ModelManifest sample();
};

ModelManifest TestModelManifest::sample()
{
    ModelManifest manifest;
    manifest.id = QStringLiteral("resnet-fp32");
    manifest.displayName = QStringLiteral("ResNet FP32");
    manifest.kind = QStringLiteral("fp32");
    manifest.archive = QStringLiteral("resnet-fp32.pt");
    manifest.sha256 = QString(64, u'a');
    manifest.threshold = 0.31;
    manifest.temperature = 1.7;
    manifest.preprocessing.inputSize = 128;
    manifest.preprocessing.resizeShorter = 146;
    manifest.provenance.command = QStringLiteral("dermaedge-cli train --data x");
    manifest.metrics = QJsonObject{{QStringLiteral("validation_auc"), 0.93}};
    return manifest;
}

void TestModelManifest::roundTrips()
{
    const ModelManifest original = sample();
    const auto parsed = parseManifest(manifestToJson(original), QStringLiteral("/models/m.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->id, original.id);
    QCOMPARE(parsed->kind, original.kind);
    QCOMPARE(parsed->sha256, original.sha256);
    QCOMPARE(parsed->threshold, 0.31);
    QCOMPARE(parsed->temperature, 1.7);
    QCOMPARE(parsed->preprocessing.resizeShorter, 146);
    QCOMPARE(parsed->preprocessing.mean[1], 0.456f);
    QCOMPARE(parsed->labels, QStringList({QStringLiteral("benign"), QStringLiteral("malignant")}));
    QCOMPARE(parsed->provenance.command, original.provenance.command);
    QCOMPARE(parsed->metrics.value(QStringLiteral("validation_auc")).toDouble(), 0.93);
    QCOMPARE(parsed->archivePath(), QStringLiteral("/models/resnet-fp32.pt"));
}

void TestModelManifest::colourConstancyRoundTrips_data()
{
    QTest::addColumn<int>("power");
    QTest::addColumn<bool>("written");

    QTest::newRow("off is not written") << 0 << false;
    QTest::newRow("power 6") << 6 << true;
}

void TestModelManifest::colourConstancyRoundTrips()
{
    QFETCH(int, power);
    QFETCH(bool, written);
    ModelManifest original = sample();
    original.preprocessing.shadesOfGrayPower = power;
    const QByteArray json = manifestToJson(original);

    // Manifests written before colour constancy existed must keep their exact form.
    QCOMPARE(json.contains("shades_of_gray_power"), written);
    const auto parsed = parseManifest(json, QStringLiteral("/models/m.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->preprocessing.shadesOfGrayPower, power);
}

void TestModelManifest::rejectsInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("cause");

    const QJsonObject valid = QJsonDocument::fromJson(manifestToJson(sample())).object();
    auto with = [&](const QString& key, const QJsonValue& value) {
        QJsonObject changed = valid;
        if (value.isUndefined())
            changed.remove(key);
        else
            changed.insert(key, value);
        return QJsonDocument(changed).toJson();
    };
    QJsonObject badPreprocessing = valid.value(QStringLiteral("preprocessing")).toObject();
    badPreprocessing.insert(QStringLiteral("mean"), QJsonValue(QStringLiteral("0.5")));

    QTest::newRow("not json") << QByteArray("{ id: ") << "invalid JSON";
    QTest::newRow("array root") << QByteArray("[1, 2]") << "must be a JSON object";
    QTest::newRow("missing id") << with(QStringLiteral("id"), QJsonValue::Undefined) << "\"id\"";
    QTest::newRow("id is a number") << with(QStringLiteral("id"), 5) << "\"id\"";
    QTest::newRow("unknown kind") << with(QStringLiteral("kind"), QStringLiteral("int4")) << "unknown kind";
    QTest::newRow("short sha256") << with(QStringLiteral("sha256"), QStringLiteral("abc")) << "sha256";
    QTest::newRow("threshold above 1") << with(QStringLiteral("threshold"), 1.5) << "threshold";
    QTest::newRow("threshold is text") << with(QStringLiteral("threshold"), QStringLiteral("0.5")) << "threshold";
    QTest::newRow("archive escapes folder") << with(QStringLiteral("archive"), QStringLiteral("../etc/passwd")) << "archive";
    QTest::newRow("one label") << with(QStringLiteral("labels"), QJsonArray{QStringLiteral("x")}) << "labels";
    QTest::newRow("mean not an array") << with(QStringLiteral("preprocessing"), badPreprocessing) << "mean";
    QTest::newRow("no preprocessing") << with(QStringLiteral("preprocessing"), QJsonValue::Undefined) << "preprocessing";

    auto withPreprocessing = [&](const QString& key, const QJsonValue& value) {
        QJsonObject preprocessing = valid.value(QStringLiteral("preprocessing")).toObject();
        preprocessing.insert(key, value);
        return with(QStringLiteral("preprocessing"), preprocessing);
    };
    // Found by the manifest fuzz target: converting 1e43 to int was undefined behaviour.
    QTest::newRow("input size beyond int") << withPreprocessing(QStringLiteral("input_size"), 1.28889e43)
                                           << "preprocessing.field \"input_size\" is 1.28889e+43, outside 8..4096";
    QTest::newRow("input size not whole") << withPreprocessing(QStringLiteral("input_size"), 64.5)
                                          << "preprocessing.field \"input_size\" must be a whole number";
    QTest::newRow("labels is a string") << with(QStringLiteral("labels"), QStringLiteral("benign,malignant")) << "labels";
    QTest::newRow("label is a number") << with(QStringLiteral("labels"), QJsonArray{QStringLiteral("benign"), 1}) << "labels";
    QTest::newRow("provenance is an array") << with(QStringLiteral("provenance"), QJsonArray{1})
                                            << "field \"provenance\" must be an object";
    QTest::newRow("provenance command is a number")
        << with(QStringLiteral("provenance"), QJsonObject{{QStringLiteral("command"), 3}})
        << "provenance.field \"command\" must be a string";
    QTest::newRow("metrics is a number") << with(QStringLiteral("metrics"), 0.9) << "field \"metrics\" must be an object";
    QTest::newRow("newer format") << with(QStringLiteral("format_version"), 2)
                                  << "manifest format 2 is newer than this version of DermaEdge reads (1)";
    QTest::newRow("format is text") << with(QStringLiteral("format_version"), QStringLiteral("1"))
                                    << "field \"format_version\" must be a number";
}

void TestModelManifest::rejectsInvalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, cause);
    const auto parsed = parseManifest(json, QStringLiteral("/models/broken.json"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().startsWith(QStringLiteral("/models/broken.json: ")), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().contains(cause), qPrintable(parsed.error()));
}

void TestModelManifest::savesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.json"));
    QVERIFY(saveManifest(sample(), path).ok());
    const auto loaded = loadManifest(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->id, sample().id);

    const Status failed = saveManifest(sample(), dir.filePath(QStringLiteral("no/such/folder/m.json")));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().contains(QStringLiteral("m.json")));
    QVERIFY(loadManifest(path).ok());
}

QTEST_GUILESS_MAIN(TestModelManifest)
#include "TestModelManifest.moc"
