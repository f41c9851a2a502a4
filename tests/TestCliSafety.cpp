#include "ImageFixtures.h"
#include "ModelManifest.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace dermaedge;

// Runs dermaedge-cli screen on a mix of good and bad files: every bad file gets
// its own error, the good ones are still screened, the log on stderr names no
// image, and (under strace) the process opens no network socket.
class TestCliSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screensMixedFilesOffline();

private:
    QTemporaryDir m_dir;
    ModelManifest m_tiny;
};

namespace {

struct FileCase
{
    QString name;
    QString error; ///< expected error after "<path>: ", or empty for a screened file
};

} // namespace

void TestCliSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tiny = test::writeTinyModel(m_dir.filePath(QStringLiteral("models")), QStringLiteral("tiny"));
}

void TestCliSafety::screensMixedFilesOffline()
{
    // The patient's name in the folder must reach the JSON output only.
    const QDir images(m_dir.filePath(QStringLiteral("Jane Doe 1970-01-01")));
    QVERIFY(images.mkpath(QStringLiteral(".")));
    const QByteArray png = test::encodeImage(test::syntheticLesion(120, 90), "png");
    test::writeBytes(images.filePath(QStringLiteral("first lesion.png")), png);
    test::writeBytes(images.filePath(QStringLiteral("half.png")), png.left(png.size() / 2));
    test::writeBytes(images.filePath(QStringLiteral("empty.jpg")), QByteArray());
    test::writeBytes(images.filePath(QStringLiteral("notes.jpg")), "text, not an image");
    test::writeBytes(images.filePath(QStringLiteral("bomb.png")), test::pngClaiming(50000, 50000));
    QVERIFY(images.mkpath(QStringLiteral("folder.png")));
    QVERIFY(QFile::link(images.filePath(QStringLiteral("gone.png")), images.filePath(QStringLiteral("link.png"))));
    test::writeBytes(images.filePath(QStringLiteral("last lesion.jpg")),
                     test::encodeImage(test::syntheticLesion(80, 80), "jpeg", 90));

    const QList<FileCase> cases{
        {QStringLiteral("first lesion.png"), QString()},
        {QStringLiteral("half.png"), QStringLiteral("PNG file is truncated (it ends before the IEND chunk)")},
        {QStringLiteral("empty.jpg"), QStringLiteral("file is empty")},
        {QStringLiteral("notes.jpg"), QStringLiteral("not a JPEG, PNG, BMP, TIFF or WebP image (unknown file signature)")},
        {QStringLiteral("bomb.png"), QStringLiteral("image is too large (50000 x 50000 pixels in the PNG header; "
                                                    "the limit is 100 megapixels and 65535 pixels per side)")},
        {QStringLiteral("folder.png"), QStringLiteral("is a folder, not an image file")},
        {QStringLiteral("link.png"), QStringLiteral("broken symbolic link (its target does not exist)")},
        {QStringLiteral("missing.png"), QStringLiteral("file not found")},
        {QStringLiteral("last lesion.jpg"), QString()},
    };

    QStringList arguments{QStringLiteral("screen"), QStringLiteral("--json"), QStringLiteral("--model"),
                          m_tiny.manifestPath};
    for (const FileCase& file : cases)
        arguments << images.filePath(file.name);
    QString program = QStringLiteral(DERMAEDGE_CLI_PATH);
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    const QString trace = m_dir.filePath(QStringLiteral("network.trace"));
    if (!strace.isEmpty()) {
        arguments = QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                                QStringLiteral("trace=network"), QStringLiteral("-o"), trace, program}
                    + arguments;
        program = strace;
    }

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dermaedge.*=true"));
    if (!strace.isEmpty()) {
        // In the sanitizer build: LeakSanitizer stops a process that runs under ptrace.
        const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
        environment.insert(QStringLiteral("ASAN_OPTIONS"), asan + QStringLiteral(":detect_leaks=0"));
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(120'000));
    const QByteArray errors = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1); // some files failed

    const QJsonArray results = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(results.size(), cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QString path = images.filePath(cases.at(i).name);
        QCOMPARE(result.value(QStringLiteral("file")).toString(), path);
        if (cases.at(i).error.isEmpty()) {
            QVERIFY2(!result.contains(QStringLiteral("error")), qPrintable(result.value(QStringLiteral("error")).toString()));
            const double probability = result.value(QStringLiteral("probability")).toDouble(-1.0);
            QVERIFY(probability >= 0.0 && probability <= 1.0);
        } else {
            QCOMPARE(result.value(QStringLiteral("error")).toString(), path + QStringLiteral(": ") + cases.at(i).error);
            QVERIFY(!result.contains(QStringLiteral("probability")));
        }
    }

    // Log lines were enabled for every DermaEdge category. None may name an image.
    QVERIFY2(errors.contains("dermaedge.core.image: decoded PNG 120 x 90"), errors.constData());
    QVERIFY2(!errors.contains("Jane Doe"), errors.constData());

    if (strace.isEmpty())
        QSKIP("strace is not installed: the no-network check did not run");
    QFile traceFile(trace);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    // glibc may ask the local name service cache over a Unix socket. Any
    // other socket family (IPv4, IPv6, netlink, packet) would reach a network.
    const QList<QByteArray> calls = traceFile.readAll().split('\n');
    for (const QByteArray& call : calls) {
        if (call.contains(" socket("))
            QVERIFY2(call.contains(" socket(AF_UNIX,"), call.constData());
        if (call.contains(" connect("))
            QVERIFY2(call.contains("{sa_family=AF_UNIX,"), call.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "TestCliSafety.moc"
