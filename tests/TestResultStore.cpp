#include "ResultStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dermaedge;

Q_DECLARE_METATYPE(dermaedge::StaleReasons)

namespace {

ResultKey sampleKey(ResultKind kind, const QString& modelId)
{
    ResultKey key;
    key.kind = kind;
    key.modelId = modelId;
    key.archiveSha256 = QStringLiteral("aa11");
    key.datasetHash = kind == ResultKind::Evaluation ? QStringLiteral("d0d0") : QString();
    key.datasetLabel = kind == ResultKind::Evaluation ? QStringLiteral("/data/isic") : QString();
    key.machine = {QStringLiteral("Test CPU"), 2, QStringLiteral("LibTorch 1.13.0, OpenCV 4.6.0")};
    key.settings = {{QStringLiteral("runs"), 50}, {QStringLiteral("threads"), 2},
                    {QStringLiteral("shifts"), QJsonArray{QStringLiteral("none")}}};
    return key;
}

} // namespace

class TestResultStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stalenessReasons_data();
    void stalenessReasons();
    void settingsArraysMatchSubsets();
    void preferredResultIsNewestFresh();
    void savesAndReopens();
    void keepsNewestPerModel();
    void usesWriteAheadLog();
    void rejectsBadFile_data();
    void rejectsBadFile();
    void benchmarkKeyResolvesThreads();
};

void TestResultStore::stalenessReasons_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("change");
    QTest::addColumn<StaleReasons>("expected");
    const int benchmark = int(ResultKind::Benchmark);
    const int evaluation = int(ResultKind::Evaluation);
    QTest::newRow("nothing changed") << evaluation << QString() << StaleReasons();
    QTest::newRow("archive changed") << benchmark << QStringLiteral("archive") << StaleReasons(StaleReason::ArchiveChanged);
    QTest::newRow("data set changed") << evaluation << QStringLiteral("dataset") << StaleReasons(StaleReason::DatasetChanged);
    // A benchmark does not depend on the labelled images.
    QTest::newRow("benchmark ignores data set") << benchmark << QStringLiteral("dataset") << StaleReasons();
    QTest::newRow("other CPU") << benchmark << QStringLiteral("cpu") << StaleReasons(StaleReason::OtherMachine);
    QTest::newRow("other core count") << benchmark << QStringLiteral("cores") << StaleReasons(StaleReason::OtherMachine);
    QTest::newRow("other LibTorch") << evaluation << QStringLiteral("libraries") << StaleReasons(StaleReason::OtherMachine);
    QTest::newRow("other runs") << benchmark << QStringLiteral("runs") << StaleReasons(StaleReason::OtherSettings);
    QTest::newRow("new setting") << benchmark << QStringLiteral("extra setting") << StaleReasons(StaleReason::OtherSettings);
    QTest::newRow("archive and machine") << evaluation << QStringLiteral("archive+cpu")
                                         << (StaleReason::ArchiveChanged | StaleReason::OtherMachine);
}

void TestResultStore::stalenessReasons()
{
    QFETCH(int, kind);
    QFETCH(QString, change);
    QFETCH(StaleReasons, expected);
    const ResultKey stored = sampleKey(ResultKind(kind), QStringLiteral("model"));
    ResultKey current = stored;
    if (change.contains(QStringLiteral("archive")))
        current.archiveSha256 = QStringLiteral("bb22");
    if (change == QStringLiteral("dataset"))
        current.datasetHash = QStringLiteral("e1e1");
    if (change.contains(QStringLiteral("cpu")))
        current.machine.cpuModel = QStringLiteral("Other CPU");
    if (change == QStringLiteral("cores"))
        current.machine.cores = 8;
    if (change == QStringLiteral("libraries"))
        current.machine.libraries = QStringLiteral("LibTorch 2.1.0, OpenCV 4.6.0");
    if (change == QStringLiteral("runs"))
        current.settings.insert(QStringLiteral("runs"), 200);
    if (change == QStringLiteral("extra setting"))
        current.settings.insert(QStringLiteral("batch_size"), 8);
    QCOMPARE(staleness(stored, current), expected);
}

void TestResultStore::settingsArraysMatchSubsets()
{
    const QJsonObject stored{{QStringLiteral("shifts"), QJsonArray{QStringLiteral("none"), QStringLiteral("cool")}},
                             {QStringLiteral("max_images"), 0}};
    // A run over more shifts contains the requested one.
    QCOMPARE(differingSettings(stored, {{QStringLiteral("shifts"), QJsonArray{QStringLiteral("none")}},
                                        {QStringLiteral("max_images"), 0}}),
             QStringList());
    QCOMPARE(differingSettings(stored, {{QStringLiteral("shifts"), QJsonArray{QStringLiteral("warm")}},
                                        {QStringLiteral("max_images"), 100}}),
             (QStringList{QStringLiteral("max_images"), QStringLiteral("shifts")}));
    QCOMPARE(differingSettings(stored, {{QStringLiteral("shifts"), QJsonArray{QStringLiteral("none")}}}),
             QStringList{QStringLiteral("max_images")});
}

void TestResultStore::preferredResultIsNewestFresh()
{
    const ResultKey current = sampleKey(ResultKind::Benchmark, QStringLiteral("model"));
    StoredResult fresh{1, current, {}, {}};
    StoredResult staleNewer{2, current, {}, {}};
    staleNewer.key.settings.insert(QStringLiteral("runs"), 10);
    StoredResult staleNewest{3, staleNewer.key, {}, {}};

    const std::vector<StoredResult> withFresh{staleNewest, staleNewer, fresh};
    QCOMPARE(preferredResult(withFresh, current)->id, qint64(1));
    const std::vector<StoredResult> allStale{staleNewest, staleNewer};
    QCOMPARE(preferredResult(allStale, current)->id, qint64(3));
    QCOMPARE(preferredResult({}, current), nullptr);
}

void TestResultStore::savesAndReopens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/results.sqlite"));
    const ResultKey key = sampleKey(ResultKind::Evaluation, QStringLiteral("variant-a"));
    const QDateTime measuredAt(QDate(2026, 12, 4), QTime(21, 56, 7, 250), Qt::UTC);
    {
        auto store = ResultStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto saved = store.value()->save(key, {{QStringLiteral("auc"), 0.92}}, measuredAt);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(store.value()->save(sampleKey(ResultKind::Benchmark, QStringLiteral("variant-a")),
                                    {{QStringLiteral("p50_ms"), 2.9}}).ok());
    }
    auto reopened = ResultStore::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    const auto evaluations = reopened.value()->results(ResultKind::Evaluation);
    QVERIFY2(evaluations.ok(), qPrintable(evaluations.error()));
    QCOMPARE(evaluations->size(), size_t(1));
    const StoredResult& result = evaluations->front();
    QCOMPARE(result.key.modelId, key.modelId);
    QCOMPARE(result.key.archiveSha256, key.archiveSha256);
    QCOMPARE(result.key.datasetHash, key.datasetHash);
    QCOMPARE(result.key.datasetLabel, key.datasetLabel);
    QCOMPARE(result.key.machine, key.machine);
    QCOMPARE(result.key.settings, key.settings);
    QCOMPARE(result.measuredAt, measuredAt);
    QCOMPARE(result.payload.value(QStringLiteral("auc")).toDouble(), 0.92);
    QVERIFY(!staleness(result.key, key));

    const auto benchmarks = reopened.value()->results(ResultKind::Benchmark, QStringLiteral("variant-a"));
    QVERIFY(benchmarks.ok());
    QCOMPARE(benchmarks->size(), size_t(1));
    QCOMPARE(benchmarks->front().key.datasetHash, QString());
    QVERIFY(reopened.value()->results(ResultKind::Benchmark, QStringLiteral("other"))->empty());
}

void TestResultStore::keepsNewestPerModel()
{
    QTemporaryDir dir;
    auto store = ResultStore::open(dir.filePath(QStringLiteral("results.sqlite")));
    QVERIFY(store.ok());
    const int saves = ResultStore::kKeptPerModel + 3;
    for (int i = 0; i < saves; ++i) {
        ResultKey key = sampleKey(ResultKind::Benchmark, QStringLiteral("a"));
        key.settings.insert(QStringLiteral("runs"), i);
        QVERIFY(store.value()->save(key, {}).ok());
    }
    QVERIFY(store.value()->save(sampleKey(ResultKind::Benchmark, QStringLiteral("b")), {}).ok());
    const auto results = store.value()->results(ResultKind::Benchmark, QStringLiteral("a"));
    QCOMPARE(results->size(), size_t(ResultStore::kKeptPerModel));
    QCOMPARE(results->front().key.settings.value(QStringLiteral("runs")).toInt(), saves - 1);
    QCOMPARE(results->back().key.settings.value(QStringLiteral("runs")).toInt(), 3);
    QCOMPARE(store.value()->results(ResultKind::Benchmark)->size(), size_t(ResultStore::kKeptPerModel + 1));
}

void TestResultStore::usesWriteAheadLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.sqlite"));
    QVERIFY(ResultStore::open(path).ok());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), ResultStore::kSchemaVersion);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestResultStore::rejectsBadFile_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not SQLite") << QStringLiteral("text") << QStringLiteral("not a DermaEdge results database");
    QTest::newRow("other program's database") << QStringLiteral("foreign")
                                              << QStringLiteral("another program's SQLite file");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("written by a newer DermaEdge");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("not a file");
}

void TestResultStore::rejectsBadFile()
{
    QFETCH(QString, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.sqlite"));
    if (content == QStringLiteral("text")) {
        test::writeBytes(path, QByteArray("These are notes, not a database.\n").repeated(200));
    } else if (content == QStringLiteral("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("prepare"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            if (content == QStringLiteral("foreign")) {
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            } else {
                QVERIFY(ResultStore::open(path).ok());
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=%1").arg(ResultStore::kSchemaVersion + 1)));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("prepare"));
    }
    const auto store = ResultStore::open(path);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().contains(path), qPrintable(store.error()));
    QVERIFY2(store.error().contains(expected), qPrintable(store.error()));
    if (content == QStringLiteral("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // A rejected file is left as it was.
        QCOMPARE(file.readAll(), QByteArray("These are notes, not a database.\n").repeated(200));
    }
}

void TestResultStore::benchmarkKeyResolvesThreads()
{
    // Threads 0 means every core, so it matches a run with an explicit count of all cores.
    ModelManifest manifest;
    manifest.id = QStringLiteral("m");
    manifest.sha256 = QStringLiteral("abc");
    BenchmarkParams automatic;
    BenchmarkParams explicitCount;
    explicitCount.threads = QThread::idealThreadCount();
    QVERIFY(!staleness(benchmarkKey(manifest, automatic), benchmarkKey(manifest, explicitCount)));
    explicitCount.threads = QThread::idealThreadCount() + 1;
    QCOMPARE(staleness(benchmarkKey(manifest, automatic), benchmarkKey(manifest, explicitCount)),
             StaleReasons(StaleReason::OtherSettings));
}

QTEST_GUILESS_MAIN(TestResultStore)
#include "TestResultStore.moc"
