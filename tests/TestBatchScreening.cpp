#include "BatchBenchmark.h"
#include "BatchScreening.h"
#include "Classifier.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>
#include <memory>

using namespace dermaedge;

namespace {

/// Returns `count` fixed pseudo-random bytes, which do not form a valid image.
QByteArray randomBytes(int count)
{
    QRandomGenerator generator(11);
    QByteArray bytes(count, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

QStringList relativeTo(const QString& folder, const QStringList& paths)
{
    QStringList relative;
    for (const QString& path : paths)
        relative << QDir(folder).relativeFilePath(path);
    return relative;
}

/// Runs screenBatch and collects its outcomes by index.
struct Collected
{
    Result<BatchSummary> summary = Result<BatchSummary>::failure(QStringLiteral("not run"));
    std::map<int, BatchItemResult> items;
    int callbacks = 0;
    qint64 lastProgressDone = -1;
};

Collected runBatch(const BatchScreeningParams& params, const CancelCallback& cancel = {})
{
    Collected collected;
    collected.summary = screenBatch(
        params,
        [&collected](const BatchItemResult& item) {
            ++collected.callbacks;
            collected.items[item.index] = item;
        },
        [&collected](const JobProgress& progress) { collected.lastProgressDone = progress.done; },
        cancel);
    return collected;
}

} // namespace

class TestBatchScreening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolvesAutomaticOptions_data();
    void resolvesAutomaticOptions();
    void listsFolder_data();
    void listsFolder();
    void screensFolder_data();
    void screensFolder();
    void keepsExplicitFilesFirst();
    void cancelStopsEarly_data();
    void cancelStopsEarly();
    void rejectsInvalidJobs_data();
    void rejectsInvalidJobs();
    void benchmarkComparesModes();

private:
    QString imagesFolder() const { return m_dir.filePath(QStringLiteral("images")); }
    BatchScreeningParams folderParams(bool recursive) const;

    QTemporaryDir m_dir;
    ModelManifest m_tiny;
    std::unique_ptr<Classifier> m_reference; ///< screens single files for comparison
};

void TestBatchScreening::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tiny = test::writeTinyModel(m_dir.filePath(QStringLiteral("models")), QStringLiteral("tiny"));
    auto reference = Classifier::load(m_tiny, {1, true});
    QVERIFY2(reference.ok(), qPrintable(reference.error()));
    m_reference = std::move(reference).value();

    const QDir images(imagesFolder());
    QVERIFY(QDir().mkpath(images.filePath(QStringLiteral("sub"))));
    QVERIFY(test::syntheticLesion(120, 90).save(images.filePath(QStringLiteral("lesion 2.png"))));
    QVERIFY(test::syntheticLesion(64, 80, Qt::black)
                .save(images.filePath(QStringLiteral("lesion 10.jpg"))));
    QVERIFY(test::syntheticLesion(50, 50, QColor(150, 60, 60))
                .save(images.filePath(QStringLiteral("UPPER.PNG"))));
    QVERIFY(test::syntheticLesion(70, 40, QColor(40, 40, 90))
                .save(images.filePath(QStringLiteral("sub/inner.png"))));
    test::writeBytes(images.filePath(QStringLiteral("broken.jpg")), randomBytes(3000));
    test::writeBytes(images.filePath(QStringLiteral("empty.jpg")), QByteArray());
    test::writeBytes(images.filePath(QStringLiteral("notes.txt")), "not an image");

    const QDir many(m_dir.filePath(QStringLiteral("many")));
    QVERIFY(QDir().mkpath(many.path()));
    for (int i = 0; i < 24; ++i)
        QVERIFY(
            test::syntheticLesion(40 + i, 40).save(many.filePath(QStringLiteral("%1.png").arg(i))));
}

BatchScreeningParams TestBatchScreening::folderParams(bool recursive) const
{
    BatchScreeningParams params;
    params.folder = imagesFolder();
    params.recursive = recursive;
    params.manifest = m_tiny;
    return params;
}

void TestBatchScreening::resolvesAutomaticOptions_data()
{
    const int cores = qMax(1, QThread::idealThreadCount());
    QTest::addColumn<int>("decodeThreads");
    QTest::addColumn<int>("networkThreads");
    QTest::addColumn<int>("inferenceThreads");
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("expectedDecode");
    QTest::addColumn<int>("expectedNetwork");
    QTest::addColumn<int>("expectedInference");
    QTest::newRow("all automatic") << 0 << 0 << 0 << 1000 << cores << qMin(cores, 8) << cores;
    QTest::newRow("one inference thread") << 0 << 0 << 1 << 1000 << cores << 1 << 1;
    QTest::newRow("twelve inference threads") << 0 << 0 << 12 << 1000 << cores << 8 << 12;
    QTest::newRow("explicit values kept") << 3 << 2 << 4 << 1000 << 3 << 2 << 4;
    QTest::newRow("one file") << 4 << 0 << 6 << 1 << 1 << 1 << 6;
}

void TestBatchScreening::resolvesAutomaticOptions()
{
    QFETCH(int, decodeThreads);
    QFETCH(int, networkThreads);
    QFETCH(int, inferenceThreads);
    QFETCH(int, files);
    PipelineOptions options;
    options.decodeThreads = decodeThreads;
    options.networkThreads = networkThreads;
    options.inferenceThreads = inferenceThreads;
    options.batchSize = 5;
    const PipelineOptions resolved = resolvePipelineOptions(options, files);
    QTEST(resolved.decodeThreads, "expectedDecode");
    QTEST(resolved.networkThreads, "expectedNetwork");
    QTEST(resolved.inferenceThreads, "expectedInference");
    QCOMPARE(resolved.batchSize, 5);
}

void TestBatchScreening::listsFolder_data()
{
    QTest::addColumn<bool>("recursive");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("top level only")
        << false
        << QStringList{"broken.jpg", "empty.jpg", "lesion 2.png", "lesion 10.jpg", "UPPER.PNG"};
    QTest::newRow("with subfolders")
        << true << QStringList{"broken.jpg",    "empty.jpg",     "lesion 2.png",
                               "lesion 10.jpg", "sub/inner.png", "UPPER.PNG"};
}

void TestBatchScreening::listsFolder()
{
    QFETCH(bool, recursive);
    QFETCH(QStringList, expected);
    const Result<QStringList> files = listImageFiles(imagesFolder(), recursive);
    QVERIFY2(files.ok(), qPrintable(files.error()));
    QCOMPARE(relativeTo(imagesFolder(), files.value()), expected);
}

void TestBatchScreening::screensFolder_data()
{
    QTest::addColumn<bool>("recursive");
    QTest::addColumn<int>("decodeThreads");
    QTest::addColumn<int>("networkThreads");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("thumbnailSize");
    QTest::newRow("top level, one decoder, batch 1") << false << 1 << 1 << 1 << 0;
    QTest::newRow("recursive, one decoder, batch 3") << true << 1 << 1 << 3 << 32;
    QTest::newRow("recursive, two decoders, batch 2") << true << 2 << 1 << 2 << 0;
    QTest::newRow("recursive, two decoders, batch 8") << true << 2 << 1 << 8 << 16;
    QTest::newRow("recursive, two network threads") << true << 1 << 2 << 1 << 0;
    QTest::newRow("two of each, batch 2") << true << 2 << 2 << 2 << 24;
}

void TestBatchScreening::screensFolder()
{
    QFETCH(bool, recursive);
    QFETCH(int, decodeThreads);
    QFETCH(int, networkThreads);
    QFETCH(int, batchSize);
    QFETCH(int, thumbnailSize);
    BatchScreeningParams params = folderParams(recursive);
    params.pipeline.decodeThreads = decodeThreads;
    params.pipeline.networkThreads = networkThreads;
    params.pipeline.batchSize = batchSize;
    params.pipeline.queueDepth = 2;
    params.pipeline.thumbnailSize = thumbnailSize;
    const QStringList files = listImageFiles(imagesFolder(), recursive).value();

    const Collected collected = runBatch(params);
    QVERIFY2(collected.summary.ok(), qPrintable(collected.summary.error()));
    QCOMPARE(collected.summary->total, files.size());
    QCOMPARE(collected.summary->failed, 2);
    QCOMPARE(collected.summary->screened, files.size() - 2);
    QCOMPARE(collected.callbacks, files.size());
    QCOMPARE(int(collected.items.size()), files.size());
    QCOMPARE(collected.lastProgressDone, qint64(files.size()));

    for (const auto& [index, item] : collected.items) {
        QCOMPARE(item.path, files.at(index));
        const QString name = QFileInfo(item.path).fileName();
        if (name == QStringLiteral("broken.jpg") || name == QStringLiteral("empty.jpg")) {
            QVERIFY(!item.ok());
            QVERIFY2(item.error.contains(name), qPrintable(item.error));
            QVERIFY(item.thumbnail.isNull());
            continue;
        }
        QVERIFY2(item.ok(), qPrintable(item.error));
        const Result<ScreeningResult> single = m_reference->screenFile(item.path);
        QVERIFY(single.ok());
        QVERIFY2(qAbs(item.result->probability - single->probability) < 1e-5,
                 qPrintable(QStringLiteral("%1: batch %2, single %3")
                                .arg(name)
                                .arg(item.result->probability)
                                .arg(single->probability)));
        QCOMPARE(item.result->malignant, single->malignant);
        QCOMPARE(item.result->modelId, QStringLiteral("tiny"));
        QCOMPARE(item.result->threshold, 0.5);
        QVERIFY(item.result->totalMs >= item.result->networkMs);
        QCOMPARE(item.thumbnail.isNull(), thumbnailSize == 0);
        if (thumbnailSize > 0)
            QVERIFY(qMax(item.thumbnail.width(), item.thumbnail.height()) <= thumbnailSize);
    }
}

void TestBatchScreening::keepsExplicitFilesFirst()
{
    BatchScreeningParams params = folderParams(false);
    const QString missing = m_dir.filePath(QStringLiteral("gone.png"));
    const QString notes = QDir(imagesFolder()).filePath(QStringLiteral("notes.txt"));
    params.files = {missing, notes};

    const Collected collected = runBatch(params);
    QVERIFY2(collected.summary.ok(), qPrintable(collected.summary.error()));
    QCOMPARE(collected.summary->total, 7);
    QCOMPARE(collected.items.at(0).path, missing);
    QVERIFY2(collected.items.at(0).error.contains(QStringLiteral("gone.png")),
             qPrintable(collected.items.at(0).error));
    QVERIFY(collected.items.at(0).error.contains(QStringLiteral("not found")));
    QCOMPARE(collected.items.at(1).path, notes);
    QVERIFY(!collected.items.at(1).ok());
    QVERIFY(collected.items.at(2).path.endsWith(QStringLiteral("broken.jpg")));
}

void TestBatchScreening::cancelStopsEarly_data()
{
    QTest::addColumn<int>("cancelAfter");
    QTest::addColumn<int>("networkThreads");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("expectedResults");
    QTest::newRow("before the first file") << 0 << 1 << 1 << 0;
    QTest::newRow("after the first file") << 1 << 1 << 1 << 1;
    // The rest of a cancelled batch is passed on, because its results exist already.
    QTest::newRow("within a batch of four") << 1 << 1 << 4 << 4;
    // Results of other network threads' batches are dropped.
    QTest::newRow("two network threads") << 1 << 2 << 4 << 1;
}

void TestBatchScreening::cancelStopsEarly()
{
    QFETCH(int, cancelAfter);
    QFETCH(int, networkThreads);
    QFETCH(int, batchSize);
    QFETCH(int, expectedResults);
    BatchScreeningParams params;
    params.folder = m_dir.filePath(QStringLiteral("many"));
    params.manifest = m_tiny;
    params.pipeline.networkThreads = networkThreads;
    params.pipeline.batchSize = batchSize;
    params.pipeline.queueDepth = 2;

    int delivered = 0;
    const Result<BatchSummary> summary = screenBatch(
        params, [&delivered](const BatchItemResult&) { ++delivered; }, {},
        [&delivered, cancelAfter] { return delivered >= cancelAfter; });
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().contains(QStringLiteral("cancelled")), qPrintable(summary.error()));
    QVERIFY2(summary.error().contains(QStringLiteral("of 24 files")), qPrintable(summary.error()));
    QCOMPARE(delivered, expectedResults);
}

void TestBatchScreening::rejectsInvalidJobs_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<bool>("damageModel");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing folder")
        << QStringLiteral("nowhere") << 1 << false << "nowhere: folder not found";
    QTest::newRow("folder without images")
        << QStringLiteral("models-copy") << 1 << false << "no image files";
    QTest::newRow("batch size zero") << QStringLiteral("images") << 0 << false << "batch size is 0";
    QTest::newRow("damaged model")
        << QStringLiteral("images") << 1 << true << "SHA-256 does not match";
}

void TestBatchScreening::rejectsInvalidJobs()
{
    QFETCH(QString, folder);
    QFETCH(int, batchSize);
    QFETCH(bool, damageModel);
    QFETCH(QString, expected);
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("models-copy"))));
    test::writeBytes(m_dir.filePath(QStringLiteral("models-copy/readme.md")), "no images here");
    BatchScreeningParams params;
    params.folder = m_dir.filePath(folder);
    params.manifest = m_tiny;
    params.pipeline.batchSize = batchSize;
    if (damageModel)
        params.manifest.sha256 = QString(64, u'0');

    int delivered = 0;
    const Result<BatchSummary> summary =
        screenBatch(params, [&delivered](const BatchItemResult&) { ++delivered; });
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().contains(expected), qPrintable(summary.error()));
    QCOMPARE(delivered, 0);
}

void TestBatchScreening::benchmarkComparesModes()
{
    BatchBenchmarkParams params;
    params.files = listImageFiles(imagesFolder(), true).value();
    params.rounds = 2;
    params.warmupRounds = 0;
    params.pipeline.batchSize = 2;
    params.pipeline.networkThreads = 2;
    const Result<BatchBenchmarkReport> report = benchmarkBatchScreening(m_tiny, params);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->files, 6);
    QCOMPARE(report->failedFiles, 2);
    QCOMPARE(int(report->rounds.size()), 2);
    QVERIFY(!report->rounds[0].pipelinedFirst);
    QVERIFY(report->rounds[1].pipelinedFirst);
    for (const BatchBenchmarkRound& round : report->rounds) {
        QVERIFY(round.sequential.imagesPerSecond > 0.0);
        QVERIFY(round.pipelined.imagesPerSecond > 0.0);
        QVERIFY(qAbs(round.ratio -
                     round.pipelined.imagesPerSecond / round.sequential.imagesPerSecond) < 1e-9);
    }
    QVERIFY(report->medianRatio > 0.0);

    params.rounds = 0;
    const Result<BatchBenchmarkReport> invalid = benchmarkBatchScreening(m_tiny, params);
    QVERIFY(!invalid.ok());
    QVERIFY2(invalid.error().contains(QStringLiteral("rounds is 0")), qPrintable(invalid.error()));
}

QTEST_GUILESS_MAIN(TestBatchScreening)
#include "TestBatchScreening.moc"
