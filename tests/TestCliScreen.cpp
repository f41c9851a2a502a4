#include "ModelRegistry.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace dermaedge;

class TestCliScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screensFilesInOrder_data();
    void screensFilesInOrder();
    void screensFolder_data();
    void screensFolder();
    void usageErrors_data();
    void usageErrors();
    void interruptKeepsResults();
    void screensDatasetWithBaseline();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray output;
        QByteArray errors;
    };
    QProcessEnvironment cliEnvironment() const;
    Run runCli(const QStringList& arguments) const;

    QTemporaryDir m_dir;
    ModelManifest m_tiny;
};

void TestCliScreen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tiny = test::writeTinyModel(m_dir.filePath(QStringLiteral("models")), QStringLiteral("tiny"));
    QVERIFY(test::syntheticLesion(120, 90).save(m_dir.filePath(QStringLiteral("good one.png"))));
    QVERIFY(test::syntheticLesion(64, 64, Qt::black).save(m_dir.filePath(QStringLiteral("good-two.jpg"))));
    test::writeBytes(m_dir.filePath(QStringLiteral("broken.jpg")), QByteArray(300, '\x42'));

    const QDir folder(m_dir.filePath(QStringLiteral("folder")));
    QVERIFY(QDir().mkpath(folder.filePath(QStringLiteral("nested"))));
    QVERIFY(test::syntheticLesion(80, 60).save(folder.filePath(QStringLiteral("a 10.png"))));
    QVERIFY(test::syntheticLesion(60, 80).save(folder.filePath(QStringLiteral("a 9.jpg"))));
    QVERIFY(test::syntheticLesion(50, 50).save(folder.filePath(QStringLiteral("nested/deep.png"))));
    test::writeBytes(folder.filePath(QStringLiteral("empty.jpg")), QByteArray());
    test::writeBytes(folder.filePath(QStringLiteral("readme.txt")), "not an image");
}

QProcessEnvironment TestCliScreen::cliEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Keep the user's own settings and models out of the run.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    return environment;
}

TestCliScreen::Run TestCliScreen::runCli(const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(DERMAEDGE_CLI_PATH), arguments);
    if (!process.waitForFinished(240'000))
        qWarning() << "dermaedge-cli did not finish";
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCliScreen::screensFilesInOrder_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("expectedExit");
    QTest::newRow("all readable") << QStringList{QStringLiteral("good one.png"), QStringLiteral("good-two.jpg")} << 0;
    QTest::newRow("broken in the middle")
        << QStringList{QStringLiteral("good one.png"), QStringLiteral("broken.jpg"), QStringLiteral("good-two.jpg")} << 1;
    QTest::newRow("missing file") << QStringList{QStringLiteral("nowhere.png")} << 1;
}

void TestCliScreen::screensFilesInOrder()
{
    QFETCH(QStringList, files);
    QFETCH(int, expectedExit);
    QStringList arguments{QStringLiteral("screen"), QStringLiteral("--json"), QStringLiteral("--model"),
                          m_tiny.manifestPath};
    for (const QString& file : files)
        arguments << m_dir.filePath(file);

    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, expectedExit);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.output, &error);
    QVERIFY2(document.isArray(), run.output.constData());
    const QJsonArray results = document.array();
    QCOMPARE(results.size(), files.size());
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject object = results.at(i).toObject();
        QCOMPARE(object.value(QStringLiteral("file")).toString(), m_dir.filePath(files[i]));
        const bool bad = files[i] == QStringLiteral("broken.jpg") || files[i] == QStringLiteral("nowhere.png");
        if (bad) {
            QVERIFY(object.value(QStringLiteral("error")).toString().contains(files[i]));
            QVERIFY(!object.contains(QStringLiteral("probability")));
            continue;
        }
        const double probability = object.value(QStringLiteral("probability")).toDouble(-1);
        QVERIFY(probability >= 0.0 && probability <= 1.0);
        QCOMPARE(object.value(QStringLiteral("model")).toString(), QStringLiteral("tiny"));
        QCOMPARE(object.value(QStringLiteral("threshold")).toDouble(), 0.5);
        const QString decision = object.value(QStringLiteral("decision")).toString();
        QCOMPARE(decision, probability >= 0.5 ? QStringLiteral("malignant") : QStringLiteral("benign"));
        QVERIFY(object.value(QStringLiteral("latency_ms")).toDouble() > 0.0);
    }
}

void TestCliScreen::screensFolder_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expectedFiles"); ///< relative to the folder, in output order
    QTest::newRow("top level") << QStringList{}
                               << QStringList{"a 9.jpg", "a 10.png", "empty.jpg"};
    QTest::newRow("recursive, batch 2, two decoders")
        << QStringList{QStringLiteral("--recursive"), QStringLiteral("--batch"), QStringLiteral("2"),
                       QStringLiteral("--decode-threads"), QStringLiteral("2")}
        << QStringList{"a 9.jpg", "a 10.png", "empty.jpg", "nested/deep.png"};
}

void TestCliScreen::screensFolder()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expectedFiles);
    const QString folder = m_dir.filePath(QStringLiteral("folder"));
    const Run run = runCli(QStringList{QStringLiteral("screen"), QStringLiteral("--json"),
                                       QStringLiteral("--model"), m_tiny.manifestPath,
                                       QStringLiteral("--folder"), folder} + options);
    // The empty file fails alone, so the exit code reports a failure.
    QCOMPARE(run.exitCode, 1);
    const QJsonArray results = QJsonDocument::fromJson(run.output).array();
    QCOMPARE(results.size(), expectedFiles.size());
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject object = results.at(i).toObject();
        QCOMPARE(object.value(QStringLiteral("file")).toString(), QDir(folder).filePath(expectedFiles[i]));
        if (expectedFiles[i] == QStringLiteral("empty.jpg")) {
            QVERIFY(object.value(QStringLiteral("error")).toString().contains(QStringLiteral("empty.jpg")));
            QVERIFY(object.value(QStringLiteral("error")).toString().contains(QStringLiteral("empty")));
            continue;
        }
        const double probability = object.value(QStringLiteral("probability")).toDouble(-1);
        QVERIFY2(probability >= 0.0 && probability <= 1.0, run.output.constData());
        QCOMPARE(object.value(QStringLiteral("model")).toString(), QStringLiteral("tiny"));
    }
}

void TestCliScreen::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("message");
    QTest::newRow("no files") << QStringList{QStringLiteral("screen"), QStringLiteral("--json")} << 2 << "No image file";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("screen"), QStringLiteral("--colour")} << 2 << "Unknown option";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("scan")} << 2 << "Unknown command";
    QTest::newRow("recursive without folder") << QStringList{QStringLiteral("screen"), QStringLiteral("--recursive"), QStringLiteral("x.png")} << 2 << "--recursive needs --folder";
    QTest::newRow("batch out of range") << QStringList{QStringLiteral("screen"), QStringLiteral("--batch"), QStringLiteral("0"), QStringLiteral("x.png")} << 2 << "Invalid --batch value";
    QTest::newRow("missing folder") << QStringList{QStringLiteral("screen"), QStringLiteral("--folder"), QStringLiteral("/nonexistent-dermaedge-folder")} << 1 << "folder not found";
    QTest::newRow("unknown model") << QStringList{QStringLiteral("screen"), QStringLiteral("--model"), QStringLiteral("nope"), QStringLiteral("x.png")} << 1 << "\"nope\" not found";
}

void TestCliScreen::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expectedExit);
    QFETCH(QString, message);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, expectedExit);
    QVERIFY2(QString::fromUtf8(run.errors).contains(message), run.errors.constData());
}

void TestCliScreen::interruptKeepsResults()
{
    // Large noisy images, decoded one at a time, make the run last long enough to interrupt.
    constexpr int kImages = 400;
    const QDir folder(m_dir.filePath(QStringLiteral("many")));
    QVERIFY(QDir().mkpath(folder.path()));
    const QString first = folder.filePath(QStringLiteral("lesion-000.jpg"));
    QImage noise(2000, 1500, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < noise.height(); ++y)
        random.fillRange(reinterpret_cast<quint32*>(noise.scanLine(y)), noise.width());
    QVERIFY(noise.save(first, "JPEG", 95));
    for (int i = 1; i < kImages; ++i) {
        const QString copy = folder.filePath(QStringLiteral("lesion-%1.jpg").arg(i, 3, 10, QLatin1Char('0')));
        QCOMPARE(::link(QFile::encodeName(first).constData(), QFile::encodeName(copy).constData()), 0);
    }

    // The signal may come before the handler is installed, which kills the
    // process, or before the first result. Each retry waits longer.
    for (int delayMs : {500, 1000, 2000, 4000, 8000}) {
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        process.start(QStringLiteral(DERMAEDGE_CLI_PATH),
                      {QStringLiteral("screen"), QStringLiteral("--json"), QStringLiteral("--model"),
                       m_tiny.manifestPath, QStringLiteral("--folder"), folder.path(),
                       QStringLiteral("--decode-threads"), QStringLiteral("1"), QStringLiteral("--batch"),
                       QStringLiteral("1")});
        QVERIFY(process.waitForStarted());
        QTest::qWait(delayMs);
        // A finished process has no id, and kill(0, ...) would signal this test's process group.
        QVERIFY2(process.state() == QProcess::Running,
                 qPrintable(QStringLiteral("all %1 files were screened in less than %2 ms").arg(kImages).arg(delayMs)));
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(120'000));
        if (process.exitStatus() == QProcess::CrashExit) {
            qInfo("signal %d ended the run %d ms after its start, before the handler was installed", process.exitCode(), delayMs);
            continue;
        }

        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(errors.contains("Interrupted"), errors.constData());
        QCOMPARE(process.exitCode(), 1);
        QJsonParseError parseError;
        const QJsonArray results = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError).array();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY2(results.size() < kImages, qPrintable(QString::number(results.size())));
        if (results.isEmpty()) {
            qInfo("interrupted %d ms after the start, before the first result", delayMs);
            continue;
        }
        for (const QJsonValue& value : results) {
            const double probability = value.toObject().value(QStringLiteral("probability")).toDouble(-1);
            QVERIFY2(probability >= 0.0 && probability <= 1.0, errors.constData());
        }
        return;
    }
    QFAIL("no interrupted run printed a result: each was killed at start-up or stopped before its first file");
}

void TestCliScreen::screensDatasetWithBaseline()
{
    const QString data = test::datasetFolder();
    if (data.isEmpty())
        QSKIP("ISIC data folder not found beside the checkout");
    if (ModelRegistry({QStringLiteral(DERMAEDGE_SOURCE_MODELS_DIR)}).models().empty())
        QSKIP("no model shipped in models/ yet");

    QStringList files;
    for (const QString& label : {QStringLiteral("benign"), QStringLiteral("malignant")}) {
        const QFileInfoList entries = QDir(data + u'/' + label).entryInfoList(QDir::Files, QDir::Name);
        QVERIFY(entries.size() >= 2);
        files << entries.at(0).absoluteFilePath() << entries.at(1).absoluteFilePath();
    }
    const Run run = runCli(QStringList{QStringLiteral("screen"), QStringLiteral("--json")} + files);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray results = QJsonDocument::fromJson(run.output).array();
    QCOMPARE(results.size(), files.size());
    for (const QJsonValue& value : results) {
        const QJsonObject object = value.toObject();
        const double probability = object.value(QStringLiteral("probability")).toDouble(-1);
        QVERIFY2(probability >= 0.0 && probability <= 1.0, run.output.constData());
        QVERIFY(!object.value(QStringLiteral("model")).toString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCliScreen)
#include "TestCliScreen.moc"
