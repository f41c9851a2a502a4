#include "CaseStore.h"
#include "ModelManifest.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dermaedge;

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesReport_data();
    void writesReport();
    void includesHeatmap_data();
    void includesHeatmap();
    void addsCaseData_data();
    void addsCaseData();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray output;
        QByteArray errors;
    };
    Run runCli(const QStringList& arguments) const;
    QByteArray readFile(const QString& name) const;

    QTemporaryDir m_dir;
    ModelManifest m_tiny;
    ModelManifest m_orphanVariant;
    QString m_image;
    QString m_caseDb;
    qint64 m_lesionId = 0;
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tiny = test::writeTinyModel(m_dir.filePath(QStringLiteral("models")), QStringLiteral("tiny"));
    // A quantized variant whose FP32 baseline is not registered cannot be explained.
    m_orphanVariant = test::writeTinyModel(m_dir.filePath(QStringLiteral("models")), QStringLiteral("orphan"));
    m_orphanVariant.kind = QStringLiteral("int8-static");
    m_orphanVariant.metrics.insert(QStringLiteral("baseline_id"), QStringLiteral("gone-baseline"));
    QVERIFY(saveManifest(m_orphanVariant, m_orphanVariant.manifestPath));
    m_image = m_dir.filePath(QStringLiteral("lesion 1.png"));
    QVERIFY(test::syntheticLesion(120, 90).save(m_image));

    m_caseDb = m_dir.filePath(QStringLiteral("cases/cases.sqlite"));
    auto store = CaseStore::open(m_caseDb);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const qint64 patientId = store.value()->addPatient(QStringLiteral("PSN-CLI-42")).value();
    m_lesionId = store.value()->addLesion(patientId, BodySite::LowerExtremity, QStringLiteral("calf")).value();
    QVERIFY(store.value()->addNote({0, patientId, m_lesionId, 0, QStringLiteral("grew 1 mm"), {}}).ok());
}

TestCliReport::Run TestCliReport::runCli(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Keep the user's own settings, models and cases out of the run.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DERMAEDGE_CLI_PATH), QStringList{QStringLiteral("report")} + arguments);
    if (!process.waitForFinished(240'000))
        qWarning() << "dermaedge-cli did not finish";
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray TestCliReport::readFile(const QString& name) const
{
    QFile file(m_dir.filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCliReport::writesReport_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("outName");
    QTest::addColumn<QByteArray>("expectedStart");
    QTest::newRow("pdf from the extension") << QStringList{} << "r.pdf" << QByteArray("%PDF");
    QTest::newRow("html from --format") << QStringList{QStringLiteral("--format"), QStringLiteral("html")}
                                        << "r.report" << QByteArray("<!DOCTYPE html>");
    QTest::newRow("csv from the extension") << QStringList{} << "r.csv" << QByteArray("notice,created,");
}

void TestCliReport::writesReport()
{
    QFETCH(QStringList, options);
    QFETCH(QString, outName);
    QFETCH(QByteArray, expectedStart);
    const Run run = runCli(options + QStringList{QStringLiteral("--model"), m_tiny.manifestPath,
                                                 QStringLiteral("--out"), m_dir.filePath(outName), m_image});
    QVERIFY2(run.exitCode == 0, run.errors.constData());
    QVERIFY(run.output.contains("Report written to"));
    QVERIFY(run.output.contains("not a diagnosis"));
    QVERIFY(readFile(outName).startsWith(expectedStart));
}

void TestCliReport::includesHeatmap_data()
{
    QTest::addColumn<QString>("manifestPath");
    QTest::addColumn<bool>("expectHeatmap");
    QTest::newRow("fp32 explains itself") << m_tiny.manifestPath << true;
    QTest::newRow("variant without baseline") << m_orphanVariant.manifestPath << false;
}

void TestCliReport::includesHeatmap()
{
    QFETCH(QString, manifestPath);
    QFETCH(bool, expectHeatmap);
    const QString name = expectHeatmap ? QStringLiteral("heatmap") : QStringLiteral("no-heatmap");
    const QString html = name + QStringLiteral(".html");
    const QString csv = name + QStringLiteral(".csv");
    for (const QString& out : {html, csv}) {
        const Run run = runCli({QStringLiteral("--model"), manifestPath, QStringLiteral("--out"),
                                m_dir.filePath(out), m_image});
        QVERIFY2(run.exitCode == 0, run.errors.constData());
        QCOMPARE(run.errors.contains("Warning: the report has no heatmap"), !expectHeatmap);
        if (!expectHeatmap)
            QVERIFY2(run.errors.contains("gone-baseline is not registered"), run.errors.constData());
    }

    // The HTML embeds the screened image and, beside it, the image with the heatmap.
    const QByteArray page = readFile(html);
    QCOMPARE(page.count("<img class=\"lesion\" src=\"data:image/png;base64,"), qsizetype(1));
    QCOMPARE(page.count("<img class=\"heatmap\" src=\"data:image/png;base64,"), qsizetype(expectHeatmap ? 1 : 0));
    // Counted from the end of the row, because the quoted notice at its start contains a comma.
    const QList<QByteArray> rows = readFile(csv).trimmed().split('\n');
    QCOMPARE(rows.size(), qsizetype(2));
    const QList<QByteArray> header = rows.at(0).trimmed().split(',');
    const QList<QByteArray> values = rows.at(1).trimmed().split(',');
    const qsizetype fromEnd = header.size() - header.indexOf("heatmap_model");
    QVERIFY(fromEnd <= header.size());
    QCOMPARE(values.at(values.size() - fromEnd), expectHeatmap ? QByteArray("tiny") : QByteArray());
}

void TestCliReport::addsCaseData_data()
{
    QTest::addColumn<bool>("deidentify");
    QTest::newRow("identified, recorded") << false;
    QTest::newRow("de-identified, recorded") << true;
}

void TestCliReport::addsCaseData()
{
    QFETCH(bool, deidentify);
    const int visitsBefore = int(CaseStore::open(m_caseDb).value()->lesionHistory(m_lesionId)->size());
    QStringList arguments{QStringLiteral("--model"), m_tiny.manifestPath, QStringLiteral("--case-db"), m_caseDb,
                          QStringLiteral("--case"), QString::number(m_lesionId), QStringLiteral("--record"),
                          QStringLiteral("--out"), m_dir.filePath(QStringLiteral("case.csv")), m_image};
    if (deidentify)
        arguments.prepend(QStringLiteral("--deidentify"));
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, run.errors.constData());

    const QByteArray csv = readFile(QStringLiteral("case.csv"));
    QVERIFY(csv.contains(",lower extremity,"));
    QCOMPARE(csv.contains("PSN-CLI-42"), !deidentify);
    QCOMPARE(csv.contains("grew 1 mm"), !deidentify);
    QCOMPARE(csv.contains("lesion 1.png"), !deidentify);

    const auto history = CaseStore::open(m_caseDb).value()->lesionHistory(m_lesionId);
    QCOMPARE(int(history->size()), visitsBefore + 1);
    QCOMPARE(history->back().images.front().results.front().modelId, QStringLiteral("tiny"));
}

void TestCliReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("message");
    const QString image = m_dir.filePath(QStringLiteral("lesion 1.png"));
    QTest::newRow("no --out") << QStringList{image} << 2 << "Expected --out FILE";
    QTest::newRow("unknown extension") << QStringList{QStringLiteral("--out"), QStringLiteral("r.txt"), image} << 2 << "r.txt";
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), QStringLiteral("r.pdf"), image} << 2 << "\"docx\"";
    QTest::newRow("case id not a number") << QStringList{QStringLiteral("--case"), QStringLiteral("L1"), QStringLiteral("--out"), QStringLiteral("r.pdf"), image} << 2 << "\"L1\"";
    QTest::newRow("record without case") << QStringList{QStringLiteral("--record"), QStringLiteral("--out"), QStringLiteral("r.pdf"), image} << 2 << "need --case";
    QTest::newRow("missing image") << QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf")), m_dir.filePath(QStringLiteral("nowhere.png"))} << 1 << "nowhere.png";
    QTest::newRow("unknown lesion") << QStringList{QStringLiteral("--case-db"), m_dir.filePath(QStringLiteral("cases/cases.sqlite")), QStringLiteral("--case"), QStringLiteral("999"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("y.pdf")), image} << 1 << "lesion 999 not found";
}

void TestCliReport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expectedExit);
    QFETCH(QString, message);
    const Run run = runCli(QStringList{QStringLiteral("--model"), m_tiny.manifestPath} + arguments);
    QCOMPARE(run.exitCode, expectedExit);
    QVERIFY2(QString::fromUtf8(run.errors).contains(message), run.errors.constData());
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"
