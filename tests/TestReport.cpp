#include "Classifier.h"
#include "ModelManifest.h"
#include "Report.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dermaedge;

Q_DECLARE_METATYPE(dermaedge::ReportFormat)

namespace {

const QString kNotice = QStringLiteral("Decision support, not a diagnosis.");
const QString kPseudonym = QStringLiteral("PSN-4711-QX");
const QString kNote = QStringLiteral("Itching since the holiday");
const QString kSourceName = QStringLiteral("IMG_20260314_0815.jpg");

ReportData sampleData(double probability)
{
    ReportData data;
    data.patientPseudonym = kPseudonym;
    data.patientComment = QStringLiteral("Fitzpatrick type II");
    data.site = BodySite::PosteriorTorso;
    data.lesionLabel = QStringLiteral("left shoulder blade");
    data.visitDate = QDate(2026, 3, 14);
    data.notes = {kNote};
    data.sourceFileName = kSourceName;
    data.image = test::syntheticLesion(160, 120);
    data.probability = probability;
    data.threshold = 0.49;
    data.malignant = probability >= data.threshold;
    data.modelId = QStringLiteral("tiny-fp32");
    data.modelName = QStringLiteral("Tiny test model");
    data.variant = QStringLiteral("fp32");
    data.trainingData = QStringLiteral("synthetic lesions");
    data.auc = 0.9206;
    data.sensitivity = 0.9005;
    data.specificity = 0.7980;
    data.validationImages = 523;
    data.screeningMs = 41.0;
    data.softwareVersion = QStringLiteral("9.8.7");
    data.createdAt = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    return data;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Text of a PDF through poppler's pdftotext, with runs of white space made
// single spaces so that wrapped lines compare as one sentence.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return {};
    // Compatibility normalization turns the "fi" ligature glyph back into two letters.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

bool havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// Text of the written report: pdftotext for a PDF, else the file with tags removed.
QString reportText(const QString& path, ReportFormat format)
{
    if (format == ReportFormat::Pdf)
        return pdfText(path);
    QString text = QString::fromUtf8(fileBytes(path));
    if (format == ReportFormat::Html)
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.simplified();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatFromName_data();
    void formatFromName();
    void writesReport_data();
    void writesReport();
    void deidentifiedLacksIdentifiers_data();
    void deidentifiedLacksIdentifiers();
    void htmlEmbedsImages();
    void csvQuotesFreeText_data();
    void csvQuotesFreeText();
    void failedWriteKeepsFile_data();
    void failedWriteKeepsFile();
    void readsManifestMetrics();

private:
    QTemporaryDir m_dir;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Number formats in the checks below are English ones.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestReport::formatFromName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expected"); // -1: no format
    QTest::newRow("pdf") << "report.pdf" << int(ReportFormat::Pdf);
    QTest::newRow("upper-case PDF") << "/tmp/REPORT.PDF" << int(ReportFormat::Pdf);
    QTest::newRow("html") << "a.b/report.html" << int(ReportFormat::Html);
    QTest::newRow("htm") << "report.htm" << int(ReportFormat::Html);
    QTest::newRow("csv") << "report.csv" << int(ReportFormat::Csv);
    QTest::newRow("text file") << "report.txt" << -1;
    QTest::newRow("no extension") << "report" << -1;
}

void TestReport::formatFromName()
{
    QFETCH(QString, path);
    QFETCH(int, expected);
    const auto format = reportFormatForPath(path);
    QCOMPARE(format.has_value(), expected >= 0);
    if (format)
        QCOMPARE(int(*format), expected);
}

void TestReport::writesReport_data()
{
    QTest::addColumn<ReportFormat>("format");
    QTest::addColumn<double>("probability");
    QTest::addColumn<bool>("withHeatmap");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("shownProbability");
    QTest::newRow("pdf above threshold") << ReportFormat::Pdf << 0.734 << false << "Above the threshold" << "73.4%";
    QTest::newRow("pdf below threshold") << ReportFormat::Pdf << 0.1234 << false << "Below the threshold" << "12.3%";
    QTest::newRow("pdf with heat map") << ReportFormat::Pdf << 0.61 << true << "Above the threshold" << "61.0%";
    QTest::newRow("html above threshold") << ReportFormat::Html << 0.734 << false << "Above the threshold" << "73.4%";
    QTest::newRow("html with heat map") << ReportFormat::Html << 0.2 << true << "Below the threshold" << "20.0%";
    QTest::newRow("pdf with faded heat map") << ReportFormat::Pdf << 0.2 << true << "Below the threshold" << "20.0%";
    QTest::newRow("csv above threshold") << ReportFormat::Csv << 0.734 << false << "malignant" << "0.7340";
    QTest::newRow("csv below threshold") << ReportFormat::Csv << 0.1234 << false << "benign" << "0.1234";
}

void TestReport::writesReport()
{
    QFETCH(ReportFormat, format);
    QFETCH(double, probability);
    QFETCH(bool, withHeatmap);
    QFETCH(QString, decision);
    QFETCH(QString, shownProbability);
    if (format == ReportFormat::Pdf && !havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed; the HTML rows check the same text");

    ReportData data = sampleData(probability);
    if (withHeatmap) {
        QImage overlay(40, 30, QImage::Format_ARGB32);
        overlay.fill(QColor(255, 0, 0, 120));
        // As makeReportHeatmap() marks it: fainter below the threshold.
        data.heatmap = ReportHeatmap{overlay, QStringLiteral("explainer-model"), !data.malignant};
    }
    const QString path = m_dir.filePath(QStringLiteral("report-%1").arg(QTest::currentDataTag()).replace(u' ', u'-'));
    const Status written = writeReport(data, format, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    if (format == ReportFormat::Pdf)
        QVERIFY(fileBytes(path).startsWith("%PDF"));
    const QString text = reportText(path, format);
    QVERIFY2(text.contains(kNotice), qPrintable(text));
    QVERIFY2(text.contains(decision), qPrintable(text));
    QVERIFY2(text.contains(shownProbability), qPrintable(text));
    QVERIFY2(text.contains(kPseudonym), qPrintable(text));
    QVERIFY2(text.contains(kNote), qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("explainer-model")), withHeatmap);
    QCOMPARE(text.contains(QStringLiteral("drawn fainter")), withHeatmap && !data.malignant);
    if (format != ReportFormat::Csv) {
        QVERIFY2(text.contains(QStringLiteral("2026-03-14")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Posterior torso")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("AUC 0.921")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("sensitivity 90.0%")), qPrintable(text));
    }
}

void TestReport::deidentifiedLacksIdentifiers_data()
{
    QTest::addColumn<ReportFormat>("format");
    QTest::newRow("pdf") << ReportFormat::Pdf;
    QTest::newRow("html") << ReportFormat::Html;
    QTest::newRow("csv") << ReportFormat::Csv;
}

void TestReport::deidentifiedLacksIdentifiers()
{
    QFETCH(ReportFormat, format);
    if (format == ReportFormat::Pdf && !havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString path = m_dir.filePath(QStringLiteral("deidentified-%1").arg(QTest::currentDataTag()));
    const Status written = writeReport(sampleData(0.734), format, path, ReportOptions{true});
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const QString text = reportText(path, format);
    const QByteArray bytes = fileBytes(path);
    QVERIFY2(text.contains(kNotice), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026")), qPrintable(text));
    for (const QString& identifying : {kPseudonym, kNote, kSourceName, QStringLiteral("Fitzpatrick"),
                                       QStringLiteral("shoulder blade"), QStringLiteral("2026-03-14"),
                                       QStringLiteral("03-14"), QStringLiteral("09:30")}) {
        QVERIFY2(!text.contains(identifying), qPrintable(identifying));
        QVERIFY2(!bytes.contains(identifying.toUtf8()), qPrintable(identifying));
    }
    if (format == ReportFormat::Pdf) {
        // The PDF's own metadata must not carry the full creation time either.
        const QByteArray today = QDate::currentDate().toString(QStringLiteral("yyyyMMdd")).toLatin1();
        QVERIFY2(!bytes.contains("D:" + today), "creation date in the PDF info dictionary");
    }
}

void TestReport::htmlEmbedsImages()
{
    ReportData data = sampleData(0.4);
    data.image.setText(QStringLiteral("Author"), kPseudonym); // as QImageReader keeps a PNG text chunk
    QImage overlay(16, 12, QImage::Format_ARGB32);
    overlay.fill(QColor(0, 0, 255, 100));
    data.heatmap = ReportHeatmap{overlay, QStringLiteral("explainer")};
    const QString html = QString::fromUtf8(reportHtml(data));

    const QRegularExpression dataUrl(
        QStringLiteral("<img class=\"(\\w+)\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
    QMap<QString, QImage> images;
    for (auto match = dataUrl.globalMatch(html); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        images.insert(found.captured(1), QImage::fromData(QByteArray::fromBase64(found.captured(2).toLatin1()), "PNG"));
    }
    QCOMPARE(images.keys(), QStringList({QStringLiteral("heatmap"), QStringLiteral("lesion"), QStringLiteral("scale")}));
    QCOMPARE(images[QStringLiteral("lesion")].size(), data.image.size());
    QVERIFY(images[QStringLiteral("lesion")].textKeys().isEmpty());
    QCOMPARE(images[QStringLiteral("heatmap")].size(), data.image.size());
    QVERIFY(!images[QStringLiteral("scale")].isNull());
    // The heat map is blended over the image: its centre is bluer than the plain image's.
    const QPoint centre(80, 60);
    QVERIFY(QColor(images[QStringLiteral("heatmap")].pixel(centre)).blue()
            > QColor(images[QStringLiteral("lesion")].pixel(centre)).blue());
}

void TestReport::csvQuotesFreeText_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expectedField");
    QTest::newRow("comma") << "small, dark" << "\"small, dark\"";
    QTest::newRow("quote") << "said \"new\"" << "\"said \"\"new\"\"\"";
    QTest::newRow("formula") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("minus sign") << "-2 mm since May" << "'-2 mm since May";
}

void TestReport::csvQuotesFreeText()
{
    QFETCH(QString, note);
    QFETCH(QString, expectedField);
    ReportData data = sampleData(0.3);
    data.notes = {note};
    const QString csv = QString::fromUtf8(reportCsv(data));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(QStringLiteral("notice,created,")));
    QVERIFY2(lines[1].contains(u',' + expectedField + u','), qPrintable(lines[1]));
}

void TestReport::failedWriteKeepsFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("read-only folder") << "read-only";
    // 250 characters fit a name, but not QSaveFile's temporary name beside it,
    // which fails the write for every user, root included.
    QTest::newRow("no room for the temporary name") << "long name";
    QTest::newRow("target is a folder") << "folder";
    QTest::newRow("folder missing") << "missing folder";
}

void TestReport::failedWriteKeepsFile()
{
    QFETCH(QString, kind);
    const QString folder = m_dir.filePath(QStringLiteral("keep-") + QString(kind).replace(u' ', u'-'));
    QVERIFY(QDir().mkpath(folder));
    QString path = folder + QStringLiteral("/report.html");
    const QByteArray previous("previous report, must stay");
    if (kind == QStringLiteral("read-only")) {
        test::writeBytes(path, previous);
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (::geteuid() == 0) {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
            QSKIP("root writes into read-only folders, so this case needs an unprivileged user");
        }
    } else if (kind == QStringLiteral("long name")) {
        path = folder + u'/' + QString(245, u'r') + QStringLiteral(".html");
        test::writeBytes(path, previous);
    } else if (kind == QStringLiteral("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else {
        path = folder + QStringLiteral("/not/there/report.html");
    }
    const QStringList entriesBefore = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const Status written = writeReport(sampleData(0.5), ReportFormat::Html, path);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(path), qPrintable(written.error()));
    if (kind == QStringLiteral("read-only") || kind == QStringLiteral("long name"))
        QCOMPARE(fileBytes(path), previous);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entriesBefore);
}

void TestReport::readsManifestMetrics()
{
    ModelManifest manifest;
    manifest.id = QStringLiteral("resnet-int8");
    manifest.displayName = QStringLiteral("ResNet INT8");
    manifest.kind = QStringLiteral("int8-static");
    manifest.provenance.source = QStringLiteral("resnet-fp32 (sha256 %1)").arg(QString(64, u'c'));
    manifest.metrics = QJsonObject{{QStringLiteral("validation_auc"), 0.91},
                                   {QStringLiteral("sensitivity"), 0.88},
                                   {QStringLiteral("validation_images"), 523}};
    ScreeningResult screening;
    screening.modelId = manifest.id;
    screening.probability = 0.66;
    screening.threshold = 0.45;
    screening.malignant = true;
    screening.totalMs = 12.5;

    const ReportData data = makeReportData(screening, manifest, test::syntheticLesion(32, 32));
    QCOMPARE(data.modelId, manifest.id);
    QCOMPARE(data.variant, manifest.kind);
    QCOMPARE(data.trainingData, QStringLiteral("resnet-fp32"));
    QCOMPARE(data.auc.value_or(-1), 0.91);
    QCOMPARE(data.sensitivity.value_or(-1), 0.88);
    QVERIFY(!data.specificity.has_value());
    QCOMPARE(data.validationImages, 523);
    QCOMPARE(data.screeningMs.value_or(-1), 12.5);
    QCOMPARE(data.probability, 0.66);
    QCOMPARE(data.threshold, 0.45);
    QVERIFY(data.malignant);
    QVERIFY(!data.softwareVersion.isEmpty());
    QVERIFY(data.createdAt.isValid());
}

QTEST_MAIN(TestReport)
#include "TestReport.moc"
