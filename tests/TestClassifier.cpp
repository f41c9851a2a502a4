#include "Classifier.h"
#include "ImageIo.h"
#include "ModelRegistry.h"
#include "Preprocess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dermaedge;

class TestClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screensTinyModel_data();
    void screensTinyModel();
    void rejectsDamagedArchives_data();
    void rejectsDamagedArchives();
    void reportsUnreadableImage();
    void screensInputsAsBatch_data();
    void screensInputsAsBatch();
    void screensShippedBaseline();

private:
    QTemporaryDir m_dir;
    ModelManifest m_tiny;
};

void TestClassifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tiny = test::writeTinyModel(m_dir.path(), QStringLiteral("tiny"));
}

void TestClassifier::screensTinyModel_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("threads");
    QTest::newRow("small square, one thread") << QSize(32, 32) << 1;
    QTest::newRow("camera aspect, all cores") << QSize(400, 300) << 0;
}

void TestClassifier::screensTinyModel()
{
    QFETCH(QSize, size);
    QFETCH(int, threads);
    auto classifier = Classifier::load(m_tiny, {threads, true});
    QVERIFY2(classifier.ok(), qPrintable(classifier.error()));

    const QImage image = test::syntheticLesion(size.width(), size.height());
    const auto first = classifier.value()->screenImage(image);
    const auto second = classifier.value()->screenImage(image);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(second.ok());
    QVERIFY(first->probability >= 0.0 && first->probability <= 1.0);
    QCOMPARE(first->probability, second->probability);
    QCOMPARE(first->modelId, QStringLiteral("tiny"));
    QCOMPARE(first->threshold, 0.5);
    QCOMPARE(first->malignant, first->probability >= 0.5);
    QVERIFY(first->networkMs > 0.0);
    QVERIFY(first->totalMs >= first->networkMs);
}

void TestClassifier::rejectsDamagedArchives_data()
{
    QTest::addColumn<QByteArray>("archiveBytes");
    QTest::addColumn<bool>("fixChecksum");
    QTest::addColumn<QString>("cause");
    QTest::newRow("checksum mismatch") << QByteArray("changed") << false << "SHA-256 does not match";
    QTest::newRow("random bytes") << QByteArray(2048, '\x11') << true << "not a usable TorchScript model";
    QTest::newRow("missing archive") << QByteArray() << false << "not found";
}

void TestClassifier::rejectsDamagedArchives()
{
    QFETCH(QByteArray, archiveBytes);
    QFETCH(bool, fixChecksum);
    QFETCH(QString, cause);
    const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    ModelManifest manifest = test::writeTinyModel(folder, QStringLiteral("damaged"));
    if (archiveBytes.isEmpty())
        QVERIFY(QFile::remove(manifest.archivePath()));
    else
        test::writeBytes(manifest.archivePath(), archiveBytes);
    if (fixChecksum)
        manifest.sha256 = sha256OfFile(manifest.archivePath()).value();

    const auto classifier = Classifier::load(manifest);
    QVERIFY(!classifier.ok());
    QVERIFY2(classifier.error().contains(QStringLiteral("damaged.pt")), qPrintable(classifier.error()));
    QVERIFY2(classifier.error().contains(cause), qPrintable(classifier.error()));
}

void TestClassifier::reportsUnreadableImage()
{
    auto classifier = Classifier::load(m_tiny);
    QVERIFY(classifier.ok());
    const QString path = m_dir.filePath(QStringLiteral("broken photo.jpg"));
    test::writeBytes(path, "garbage");
    const auto result = classifier.value()->screenFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("broken photo.jpg")), qPrintable(result.error()));
}

void TestClassifier::screensInputsAsBatch_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("wrongIndex"); ///< input given a wrong shape, or -1
    QTest::newRow("one input") << 1 << -1;
    QTest::newRow("five inputs") << 5 << -1;
    QTest::newRow("one of four misshapen") << 4 << 2;
    QTest::newRow("only input misshapen") << 1 << 0;
}

void TestClassifier::screensInputsAsBatch()
{
    QFETCH(int, count);
    QFETCH(int, wrongIndex);
    auto classifier = Classifier::load(m_tiny);
    QVERIFY(classifier.ok());
    std::vector<QImage> images;
    std::vector<InputTensor> inputs;
    for (int i = 0; i < count; ++i) {
        images.push_back(test::syntheticLesion(40 + 10 * i, 36, QColor(60 + 30 * i, 50, 40)));
        inputs.push_back(preprocessImage(images.back(), m_tiny.preprocessing).value());
    }
    if (wrongIndex >= 0)
        inputs[size_t(wrongIndex)].values.pop_back();

    const std::vector<Result<ScreeningResult>> results = classifier.value()->screenInputs(inputs);
    QCOMPARE(int(results.size()), count);
    for (int i = 0; i < count; ++i) {
        if (i == wrongIndex) {
            QVERIFY(!results[size_t(i)].ok());
            QVERIFY2(results[size_t(i)].error().contains(QStringLiteral("does not match")),
                     qPrintable(results[size_t(i)].error()));
            continue;
        }
        const auto single = classifier.value()->screenImage(images[size_t(i)]);
        QVERIFY2(results[size_t(i)].ok(), qPrintable(results[size_t(i)].error()));
        QVERIFY(qAbs(results[size_t(i)]->probability - single->probability) < 1e-5);
        QCOMPARE(results[size_t(i)]->malignant, single->malignant);
        QVERIFY(results[size_t(i)]->networkMs > 0.0);
    }
}

void TestClassifier::screensShippedBaseline()
{
    const ModelRegistry registry({QStringLiteral(DERMAEDGE_SOURCE_MODELS_DIR)});
    const auto baseline = registry.defaultModel();
    if (!baseline)
        QSKIP("no model shipped in models/ yet");
    auto classifier = Classifier::load(*baseline);
    QVERIFY2(classifier.ok(), qPrintable(classifier.error()));

    const QString data = test::datasetFolder();
    const QImage image = data.isEmpty()
                             ? test::syntheticLesion(224, 224)
                             : loadImageRgb(QDir(data + QStringLiteral("/malignant")).entryInfoList(QDir::Files, QDir::Name).first().absoluteFilePath()).value();
    const auto first = classifier.value()->screenImage(image);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(first->probability >= 0.0 && first->probability <= 1.0);
    QCOMPARE(classifier.value()->screenImage(image)->probability, first->probability);
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "TestClassifier.moc"
