#include "ComparisonDashboard.h"
#include "ComparisonTableModel.h"
#include "ReportJson.h"
#include "ResultStore.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dermaedge;

namespace {

constexpr int kRunTimeoutMs = 120000;

BenchmarkReport benchmarkReport(const QString& id, double p50Ms)
{
    BenchmarkReport report;
    report.modelId = id;
    report.kind = QStringLiteral("fp32");
    report.network.p50Ms = p50Ms;
    report.network.p90Ms = p50Ms * 1.1;
    report.network.p99Ms = p50Ms * 1.3;
    report.archiveBytes = 1'000'000;
    report.archiveCompressedBytes = 900'000;
    report.parameters = 1234;
    report.nonZeroParameters = 1200;
    report.macs = 5'000'000;
    return report;
}

EvaluationReport evaluationReport(const QString& id, double auc)
{
    EvaluationReport report;
    report.modelId = id;
    report.images = 12;
    ShiftMetrics metrics;
    metrics.shift = QStringLiteral("none");
    metrics.auc = auc;
    metrics.atThreshold = binaryMetrics({0.9, 0.2}, {1, 0}, 0.5);
    metrics.roc = {{0.0, 0.0, 1.0}, {0.0, 1.0, 0.9}, {1.0, 1.0, 0.2}};
    report.results.push_back(metrics);
    return report;
}

QString text(const ComparisonTableModel* model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

bool flag(const ComparisonTableModel* model, int row, int column, int role)
{
    return model->data(model->index(row, column), role).toBool();
}

} // namespace

class TestComparisonDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableFilledFromStore();
    void staleRowsMarked_data();
    void staleRowsMarked();
    void settingsChangeMarksStale();
    void exportsCsvAndPdf();
    void benchmarkRunStoresResults();
    void evaluationRunComparesWithBaseline();
    void cancelStopsRun();

private:
    std::unique_ptr<ComparisonDashboard> makeDashboard() const;
    EvaluateParams dataParams() const;

    QTemporaryDir m_dir;
    ModelManifest m_baseline;
    ModelManifest m_variant;
    QString m_storePath;
};

void TestComparisonDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DermaEdgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestComparisonDashboard"));
    QVERIFY(m_dir.isValid());
    const QString models = m_dir.filePath(QStringLiteral("models"));
    m_baseline = test::writeTinyModel(models, QStringLiteral("tiny-a"), 32, 7);
    m_variant = test::writeTinyModel(models, QStringLiteral("tiny-b"), 32, 11);
    for (const QString& label : {QStringLiteral("benign"), QStringLiteral("malignant")}) {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data/") + label)));
        for (int i = 0; i < 6; ++i) {
            const QColor colour = label == QStringLiteral("benign") ? QColor(170, 120, 90 + 10 * i)
                                                                   : QColor(50 + 10 * i, 30, 25);
            QVERIFY(test::syntheticLesion(60, 48, colour)
                        .save(m_dir.filePath(QStringLiteral("data/%1/%2.png").arg(label).arg(i))));
        }
    }

    // The store as an earlier session left it. The baseline's results match the
    // dashboard's defaults; the variant's benchmark is of an older archive and
    // its evaluation was run on another computer.
    m_storePath = m_dir.filePath(QStringLiteral("results.sqlite"));
    auto store = ResultStore::open(m_storePath);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    BenchmarkParams defaults;
    const QString hash = evaluationDatasetHash(dataParams()).value();
    ResultKey oldArchive = benchmarkKey(m_variant, defaults);
    oldArchive.archiveSha256 = QStringLiteral("0123456789abcdef");
    ResultKey otherMachine = evaluationKey(m_variant, dataParams(), hash);
    otherMachine.machine.cpuModel = QStringLiteral("Another CPU");
    QVERIFY(store.value()->save(benchmarkKey(m_baseline, defaults),
                                benchmarkReportToJson(benchmarkReport(m_baseline.id, 2.0))).ok());
    QVERIFY(store.value()->save(oldArchive, benchmarkReportToJson(benchmarkReport(m_variant.id, 2.5))).ok());
    QVERIFY(store.value()->save(evaluationKey(m_baseline, dataParams(), hash),
                                evaluationReportToJson(evaluationReport(m_baseline.id, 0.9), true)).ok());
    QVERIFY(store.value()->save(otherMachine, evaluationReportToJson(evaluationReport(m_variant.id, 0.85), true)).ok());
}

EvaluateParams TestComparisonDashboard::dataParams() const
{
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    return params;
}

std::unique_ptr<ComparisonDashboard> TestComparisonDashboard::makeDashboard() const
{
    auto dashboard = std::make_unique<ComparisonDashboard>(ModelRegistry({m_dir.filePath(QStringLiteral("models"))}),
                                                           m_storePath);
    dashboard->setDataFolder(dataParams().dataFolder);
    return dashboard;
}

void TestComparisonDashboard::tableFilledFromStore()
{
    const auto dashboard = makeDashboard();
    QVERIFY2(dashboard->storeError().isEmpty(), qPrintable(dashboard->storeError()));
    const ComparisonTableModel* model = dashboard->tableModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), int(ComparisonTableModel::ColumnCount));
    QVERIFY(text(model, 0, ComparisonTableModel::VariantColumn).contains(QStringLiteral("tiny-a (baseline)")));
    QVERIFY(text(model, 1, ComparisonTableModel::VariantColumn).contains(QStringLiteral("tiny-b")));
    QCOMPARE(text(model, 0, ComparisonTableModel::P50Column), QLocale().toString(2.0, 'f', 2));
    QCOMPARE(text(model, 1, ComparisonTableModel::P50Column), QLocale().toString(2.5, 'f', 2));
    QCOMPARE(text(model, 0, ComparisonTableModel::AucColumn), QLocale().toString(0.9, 'f', 3));
    QCOMPARE(text(model, 1, ComparisonTableModel::AucColumn), QLocale().toString(0.85, 'f', 3));
    QCOMPARE(text(model, 0, ComparisonTableModel::MacsColumn), QLocale().toString(5.0, 'f', 1));

    // The variant is slower than the baseline (2.0 / 2.5 = 0.8x): shown, not hidden.
    QCOMPARE(text(model, 1, ComparisonTableModel::SpeedupColumn),
             QStringLiteral("%1x (slower)").arg(QLocale().toString(0.8, 'f', 2)));
    QVERIFY(flag(model, 1, ComparisonTableModel::SpeedupColumn, ComparisonTableModel::SlowerThanBaselineRole));
    QVERIFY(model->data(model->index(1, ComparisonTableModel::SpeedupColumn), Qt::BackgroundRole).isValid());
    QVERIFY(!flag(model, 0, ComparisonTableModel::SpeedupColumn, ComparisonTableModel::SlowerThanBaselineRole));
}

void TestComparisonDashboard::staleRowsMarked_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<QString>("status");
    QTest::newRow("baseline benchmark fresh") << 0 << int(ComparisonTableModel::P50Column) << false << QString();
    QTest::newRow("baseline evaluation fresh") << 0 << int(ComparisonTableModel::AucColumn) << false << QString();
    QTest::newRow("variant benchmark of old archive") << 1 << int(ComparisonTableModel::P50Column) << true
                                                      << QStringLiteral("model file changed");
    QTest::newRow("variant evaluation on other computer") << 1 << int(ComparisonTableModel::AucColumn) << true
                                                          << QStringLiteral("other computer");
}

void TestComparisonDashboard::staleRowsMarked()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(bool, stale);
    QFETCH(QString, status);
    const auto dashboard = makeDashboard();
    const ComparisonTableModel* model = dashboard->tableModel();
    QCOMPARE(flag(model, row, column, ComparisonTableModel::StaleRole), stale);
    QCOMPARE(model->data(model->index(row, column), Qt::BackgroundRole).isValid(), stale);
    const int statusColumn = column == ComparisonTableModel::AucColumn ? ComparisonTableModel::EvaluationStatusColumn
                                                                       : ComparisonTableModel::BenchmarkStatusColumn;
    const QString statusText = text(model, row, statusColumn);
    QCOMPARE(statusText.startsWith(QStringLiteral("stale")), stale);
    if (stale) {
        QVERIFY2(statusText.contains(status), qPrintable(statusText));
        QVERIFY(text(model, row, column, Qt::ToolTipRole).contains(QStringLiteral("Stale")));
    }
}

void TestComparisonDashboard::settingsChangeMarksStale()
{
    const auto dashboard = makeDashboard();
    const ComparisonTableModel* model = dashboard->tableModel();
    QVERIFY(!flag(model, 0, ComparisonTableModel::P50Column, ComparisonTableModel::StaleRole));
    dashboard->setBenchmarkRuns(BenchmarkParams().runs + 1);
    QVERIFY(flag(model, 0, ComparisonTableModel::P50Column, ComparisonTableModel::StaleRole));
    QVERIFY(text(model, 0, ComparisonTableModel::BenchmarkStatusColumn).contains(QStringLiteral("other settings (runs)")));

    // A subset of the images is another data set, so the stored evaluation no longer fits.
    QVERIFY(!flag(model, 0, ComparisonTableModel::AucColumn, ComparisonTableModel::StaleRole));
    dashboard->setMaxImages(4);
    QVERIFY(text(model, 0, ComparisonTableModel::EvaluationStatusColumn).contains(QStringLiteral("images changed")));
}

void TestComparisonDashboard::exportsCsvAndPdf()
{
    const auto dashboard = makeDashboard();
    const QString csv = m_dir.filePath(QStringLiteral("comparison.csv"));
    const Status csvWritten = dashboard->exportCsv(csv);
    QVERIFY2(csvWritten.ok(), qPrintable(csvWritten.error()));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("Variant,Kind,")));
    QVERIFY(lines[0].contains(QStringLiteral("ROC AUC")));
    QVERIFY(lines[2].contains(QStringLiteral("stale: model file changed")));

    const QString pdf = m_dir.filePath(QStringLiteral("comparison.pdf"));
    const Status pdfWritten = dashboard->exportPdf(pdf);
    QVERIFY2(pdfWritten.ok(), qPrintable(pdfWritten.error()));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(bytes.count("/Type /Page") - bytes.count("/Type /Pages"), qsizetype(1));

    const Status failed = dashboard->exportCsv(m_dir.filePath(QStringLiteral("missing/comparison.csv")));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().contains(QStringLiteral("missing/comparison.csv")));
}

void TestComparisonDashboard::benchmarkRunStoresResults()
{
    const auto dashboard = makeDashboard();
    dashboard->setBenchmarkRuns(3);
    QSignalSpy finished(dashboard.get(), &ComparisonDashboard::runFinished);
    QVERIFY(dashboard->startBenchmark());
    QVERIFY(dashboard->isRunning());
    // Speed and accuracy runs never overlap.
    QVERIFY(!dashboard->startEvaluation());
    QVERIFY(!dashboard->startBenchmark());
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);

    const ComparisonTableModel* model = dashboard->tableModel();
    for (int row = 0; row < 2; ++row) {
        QVERIFY(!flag(model, row, ComparisonTableModel::P50Column, ComparisonTableModel::StaleRole));
        QVERIFY(!text(model, row, ComparisonTableModel::BenchmarkStatusColumn).startsWith(QStringLiteral("stale")));
    }
    auto store = ResultStore::open(m_storePath);
    QVERIFY(store.ok());
    const auto stored = store.value()->results(ResultKind::Benchmark, m_variant.id);
    QCOMPARE(stored->size(), size_t(2));
    QCOMPARE(stored->front().key.archiveSha256, m_variant.sha256);
    QCOMPARE(stored->front().key.settings.value(QStringLiteral("runs")).toInt(), 3);

    // A new window shows the stored run as fresh without running again.
    const auto reopened = makeDashboard();
    reopened->setBenchmarkRuns(3);
    QVERIFY(!flag(reopened->tableModel(), 1, ComparisonTableModel::P50Column, ComparisonTableModel::StaleRole));
}

void TestComparisonDashboard::evaluationRunComparesWithBaseline()
{
    const auto dashboard = makeDashboard();
    QSignalSpy finished(dashboard.get(), &ComparisonDashboard::runFinished);
    QVERIFY(dashboard->startEvaluation());
    QVERIFY(!dashboard->startBenchmark());
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);

    const ComparisonTableModel* model = dashboard->tableModel();
    QCOMPARE(text(model, 0, ComparisonTableModel::FlipsColumn), QStringLiteral("reference"));
    const QString flips = text(model, 1, ComparisonTableModel::FlipsColumn);
    QVERIFY2(flips.contains(QStringLiteral(" of 12 ")), qPrintable(flips));
    for (int row = 0; row < 2; ++row) {
        QVERIFY(!flag(model, row, ComparisonTableModel::AucColumn, ComparisonTableModel::StaleRole));
        QVERIFY(!text(model, row, ComparisonTableModel::PpvColumn).isEmpty());
    }
    QCOMPARE(model->rows().at(1).evaluation->images, 12);
}

void TestComparisonDashboard::cancelStopsRun()
{
    const auto dashboard = makeDashboard();
    dashboard->setBenchmarkRuns(10'000);
    QSignalSpy finished(dashboard.get(), &ComparisonDashboard::runFinished);
    QVERIFY(dashboard->startBenchmark());
    QTest::qWait(200);
    dashboard->cancel();
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!dashboard->isRunning());
}

QTEST_MAIN(TestComparisonDashboard)
#include "TestComparisonDashboard.moc"
