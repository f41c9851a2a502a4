#include "Classifier.h"
#include "Evaluation.h"
#include "ReportJson.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dermaedge;

class TestEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void evaluatesEveryShift_data();
    void evaluatesEveryShift();
    void noShiftMatchesClassifier();
    void rejectsUnknownShift();
    void listsUnreadableImages();
    void reportRoundTripsThroughJson();
    void singleClassIsUndefinedNotNan();
    void maxImagesKeepsBothClasses();
    void flipsAgainstBaseline();
    void predictionsCsvHasEveryModel();
    void predictionsCsvNamesUnwritableFile();
    void datasetHashTracksContent_data();
    void datasetHashTracksContent();

private:
    QTemporaryDir m_dir;
    ModelManifest m_model;
};

void TestEvaluation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_model = test::writeTinyModel(m_dir.filePath(QStringLiteral("models")), QStringLiteral("tiny"));
    for (const QString& label : {QStringLiteral("benign"), QStringLiteral("malignant")}) {
        QDir().mkpath(m_dir.filePath(QStringLiteral("data/") + label));
        for (int i = 0; i < 6; ++i) {
            const QColor colour = label == QStringLiteral("benign") ? QColor(170, 120, 90 + 10 * i)
                                                                   : QColor(50 + 10 * i, 30, 25);
            QVERIFY(test::syntheticLesion(60 + i, 48, colour)
                        .save(m_dir.filePath(QStringLiteral("data/%1/%2.png").arg(label).arg(i))));
        }
    }
}

void TestEvaluation::evaluatesEveryShift_data()
{
    QTest::addColumn<QString>("shift");
    for (const QString& shift : deviceShiftNames())
        QTest::newRow(qPrintable(shift)) << shift;
}

void TestEvaluation::evaluatesEveryShift()
{
    QFETCH(QString, shift);
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    params.shifts = {shift};
    const auto report = evaluateModel(m_model, params);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->images, 12);
    QCOMPARE(report->results.size(), size_t(1));
    const ShiftMetrics& metrics = report->results.front();
    QCOMPARE(metrics.shift, shift);
    QVERIFY(metrics.auc >= 0.0 && metrics.auc <= 1.0);
    const BinaryMetrics& m = metrics.atThreshold;
    QCOMPARE(m.truePositives + m.falseNegatives, 6);
    QCOMPARE(m.trueNegatives + m.falsePositives, 6);
}

void TestEvaluation::noShiftMatchesClassifier()
{
    // The unshifted evaluation must feed the network the same input as screening does.
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    const auto report = evaluateModel(m_model, params);
    QVERIFY(report.ok());
    auto classifier = Classifier::load(m_model);
    QVERIFY(classifier.ok());
    int positives = 0;
    for (const QString& label : {QStringLiteral("benign"), QStringLiteral("malignant")}) {
        for (int i = 0; i < 6; ++i) {
            const auto result = classifier.value()->screenFile(m_dir.filePath(QStringLiteral("data/%1/%2.png").arg(label).arg(i)));
            QVERIFY(result.ok());
            positives += result->malignant ? 1 : 0;
        }
    }
    const BinaryMetrics& m = report->results.front().atThreshold;
    QCOMPARE(m.truePositives + m.falsePositives, positives);
}

void TestEvaluation::rejectsUnknownShift()
{
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    params.shifts = {QStringLiteral("sepia")};
    const auto report = evaluateModel(m_model, params);
    QVERIFY(!report.ok());
    QVERIFY(report.error().contains(QStringLiteral("unknown shift \"sepia\"")));
}

void TestEvaluation::listsUnreadableImages()
{
    test::writeBytes(m_dir.filePath(QStringLiteral("data/benign/broken.jpg")), "not a jpeg");
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    const auto report = evaluateModel(m_model, params);
    QFile::remove(m_dir.filePath(QStringLiteral("data/benign/broken.jpg")));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->images, 12);
    QCOMPARE(report->unreadable.size(), 1);
    QVERIFY(report->unreadable.constFirst().contains(QStringLiteral("broken.jpg")));
}

namespace {

// A report over `files` (relative to /data) with the given labels and probabilities, threshold 0.5.
EvaluationReport handMadeReport(const QString& id, const QStringList& files, const std::vector<int>& labels,
                                const std::vector<double>& probabilities)
{
    EvaluationReport report;
    report.modelId = id;
    report.baseFolder = QStringLiteral("/data");
    for (qsizetype i = 0; i < files.size(); ++i)
        report.imageList.push_back({QStringLiteral("/data/") + files.at(i), labels[size_t(i)]});
    ShiftMetrics metrics;
    metrics.shift = QStringLiteral("none");
    metrics.probabilities = probabilities;
    report.results.push_back(metrics);
    report.images = int(files.size());
    return report;
}

} // namespace

void TestEvaluation::reportRoundTripsThroughJson()
{
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    params.shifts = {QStringLiteral("none"), QStringLiteral("cool")};
    const auto report = evaluateModel(m_model, params);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const QJsonObject json = evaluationReportToJson(report.value(), true);
    QVERIFY(json.value(QStringLiteral("auc")).isDouble());
    QCOMPARE(json.value(QStringLiteral("auc")).toDouble(), report->results.front().auc);
    QCOMPARE(json.value(QStringLiteral("shifts")).toArray().size(), 2);

    // Through text, as the results store keeps it.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const EvaluationReport back = evaluationReportFromJson(reread);
    QCOMPARE(back.modelId, report->modelId);
    QCOMPARE(back.datasetHash, report->datasetHash);
    QCOMPARE(back.imageList.size(), report->imageList.size());
    QCOMPARE(back.imageList.front().path, QDir::cleanPath(report->imageList.front().path));
    QCOMPARE(back.results.size(), size_t(2));
    const ShiftMetrics& original = report->results.back();
    const ShiftMetrics& restored = back.results.back();
    QCOMPARE(restored.shift, QStringLiteral("cool"));
    QCOMPARE(restored.auc, original.auc);
    QCOMPARE(restored.atThreshold.truePositives, original.atThreshold.truePositives);
    QCOMPARE(restored.atThreshold.trueNegatives, original.atThreshold.trueNegatives);
    QCOMPARE(restored.probabilities, original.probabilities);
    QCOMPARE(restored.roc.size(), original.roc.size());
    QCOMPARE(restored.roc.back().tpr, 1.0);
}

void TestEvaluation::singleClassIsUndefinedNotNan()
{
    // A split whose validation rows are all benign: AUC and sensitivity have no meaning.
    const QString split = m_dir.filePath(QStringLiteral("benign-only-split.csv"));
    test::writeBytes(split, "path,label,subset\n\"benign/0.png\",0,validation\n\"benign/1.png\",0,validation\n"
                            "\"malignant/0.png\",1,train\n");
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    params.splitCsv = split;
    const auto report = evaluateModel(m_model, params);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->images, 2);
    const ShiftMetrics& metrics = report->results.front();
    QVERIFY(std::isnan(metrics.auc));
    QVERIFY(metrics.roc.empty());
    QVERIFY(metrics.undefined.contains(QStringLiteral("AUC: undefined without malignant images")));

    const QByteArray text = QJsonDocument(evaluationReportToJson(report.value(), false)).toJson();
    // Values only: "malignant" contains "nan" as letters.
    const QRegularExpression bareNumber(QStringLiteral(":\\s*-?(nan|inf)"), QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!bareNumber.match(QString::fromUtf8(text)).hasMatch(), text.constData());
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    QVERIFY(json.value(QStringLiteral("auc")).isNull());
    const QJsonObject shift = json.value(QStringLiteral("shifts")).toArray().first().toObject();
    QVERIFY(shift.value(QStringLiteral("sensitivity")).isNull());
    QVERIFY(shift.value(QStringLiteral("specificity")).isDouble());
    QVERIFY(!shift.value(QStringLiteral("undefined")).toArray().isEmpty());
    QVERIFY(std::isnan(evaluationReportFromJson(json).results.front().auc));
}

void TestEvaluation::maxImagesKeepsBothClasses()
{
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    params.maxImages = 4;
    const auto items = evaluationImages(params);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(items->size(), size_t(4));
    int malignant = 0;
    for (const LabelledImage& item : items.value())
        malignant += item.label;
    QCOMPARE(malignant, 2);
}

void TestEvaluation::flipsAgainstBaseline()
{
    const QStringList files{QStringLiteral("benign/a.jpg"), QStringLiteral("benign/b.jpg"),
                            QStringLiteral("malignant/c.jpg"), QStringLiteral("malignant/d.jpg")};
    const EvaluationReport baseline = handMadeReport(QStringLiteral("base"), files, {0, 0, 1, 1}, {0.2, 0.6, 0.7, 0.9});
    // b flips to benign and c to benign; a and d agree. The variant lacks no image.
    EvaluationReport variant = handMadeReport(QStringLiteral("variant"), files, {0, 0, 1, 1}, {0.1, 0.4, 0.45, 0.8});
    compareWithBaseline(variant, baseline);
    const std::optional<DecisionAgreement>& agreement = variant.results.front().agreement;
    QVERIFY(agreement.has_value());
    QCOMPARE(agreement->baselineId, QStringLiteral("base"));
    QCOMPARE(agreement->compared, 4);
    QCOMPARE(agreement->flips, 2);
    QCOMPARE(agreement->flipFraction, 0.5);
    QCOMPARE(agreement->flipped.size(), size_t(2));
    QCOMPARE(agreement->flipped[0].file, QStringLiteral("benign/b.jpg"));
    QCOMPARE(agreement->flipped[0].variantMalignant, false);
    QCOMPARE(agreement->flipped[0].baselineProbability, 0.6);
    QCOMPARE(agreement->flipped[1].file, QStringLiteral("malignant/c.jpg"));

    // Images only one report has are not compared; a shift the baseline lacks gets no agreement.
    EvaluationReport partial = handMadeReport(QStringLiteral("partial"), {files[0], QStringLiteral("other.jpg")},
                                              {0, 1}, {0.9, 0.9});
    ShiftMetrics cool = partial.results.front();
    cool.shift = QStringLiteral("cool");
    partial.results.push_back(cool);
    compareWithBaseline(partial, baseline);
    QCOMPARE(partial.results[0].agreement->compared, 1);
    QCOMPARE(partial.results[0].agreement->flips, 1);
    QVERIFY(!partial.results[1].agreement.has_value());
}

void TestEvaluation::predictionsCsvHasEveryModel()
{
    const QStringList files{QStringLiteral("benign/a,1.jpg"), QStringLiteral("malignant/c.jpg")};
    const EvaluationReport first = handMadeReport(QStringLiteral("base"), files, {0, 1}, {0.25, 0.75});
    const EvaluationReport second = handMadeReport(QStringLiteral("variant"), {files[1]}, {1}, {0.4});
    const QString path = m_dir.filePath(QStringLiteral("predictions.csv"));
    const Status written = writePredictionsCsv({first, second}, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("file,label,shift,base probability,base decision,variant probability,variant decision"));
    // The comma in the file name is quoted; the image the variant lacks leaves its cells empty.
    QCOMPARE(lines[1], QStringLiteral("\"benign/a,1.jpg\",benign,none,0.250000,benign,,"));
    QCOMPARE(lines[2], QStringLiteral("malignant/c.jpg,malignant,none,0.750000,malignant,0.400000,benign"));
}

void TestEvaluation::predictionsCsvNamesUnwritableFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/predictions.csv"));
    const Status written = writePredictionsCsv({}, path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(path), qPrintable(written.error()));
}

void TestEvaluation::datasetHashTracksContent_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("differs");
    QTest::newRow("same images") << QString() << false;
    QTest::newRow("other folder") << QStringLiteral("move") << false;
    QTest::newRow("relabelled") << QStringLiteral("relabel") << true;
    QTest::newRow("image removed") << QStringLiteral("remove") << true;
    QTest::newRow("image resized") << QStringLiteral("resize") << true;
}

void TestEvaluation::datasetHashTracksContent()
{
    QFETCH(QString, change);
    QFETCH(bool, differs);
    const QString base = m_dir.filePath(QStringLiteral("data"));
    auto items = readClassFolders(base);
    QVERIFY(items.ok());
    const QString original = datasetHash(items.value(), base);

    QTemporaryDir copy;
    QString changedBase = base;
    std::vector<LabelledImage> changed = items.value();
    if (change == QStringLiteral("relabel")) {
        changed.front().label = 1 - changed.front().label;
    } else if (change == QStringLiteral("remove")) {
        changed.pop_back();
    } else if (change == QStringLiteral("move") || change == QStringLiteral("resize")) {
        changedBase = copy.path();
        for (LabelledImage& item : changed) {
            const QString target = copy.filePath(QDir(base).relativeFilePath(item.path));
            QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()) && QFile::copy(item.path, target));
            item.path = target;
        }
        if (change == QStringLiteral("resize")) {
            QFile file(changed.front().path);
            QVERIFY(file.open(QIODevice::Append));
            QVERIFY(file.write("trailing bytes") > 0);
        }
    }
    QCOMPARE(datasetHash(changed, changedBase) != original, differs);
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "TestEvaluation.moc"
