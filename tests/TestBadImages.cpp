#include "Classifier.h"
#include "EnforcedPermissions.h"
#include "ImageFixtures.h"
#include "ImageIo.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace dermaedge;

// Damaged, truncated and impossible image files: each must fail with a message
// that starts with the file's path and states the cause, and must never be
// screened. The fixtures are generated here from a synthetic lesion.
class TestBadImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejectsDamagedFiles_data();
    void rejectsDamagedFiles();
    void rejectsBombFromHeader_data();
    void rejectsBombFromHeader();
    void rejectsFileSystemEntries_data();
    void rejectsFileSystemEntries();
    void rejectsUnreadableFile();
    void classifierNeverScreensDamaged();

private:
    QString writeFixture(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    ModelManifest m_tiny;
};

namespace {

const QString kUnknownSignature =
    QStringLiteral("not a JPEG, PNG, BMP, TIFF or WebP image (unknown file signature)");

QImage lesion()
{
    return test::syntheticLesion(96, 72);
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, '\0');
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

qsizetype pngChunkOffset(const QByteArray& png, const char* type)
{
    return png.indexOf(type) - 4;
}

// Bytes up to the end of the start-of-scan header: every header, no image data.
QByteArray jpegHeaderOnly(const QByteArray& jpeg)
{
    const qsizetype scan = test::jpegMarkerOffset(jpeg, 0xDA);
    const int length = (quint8(jpeg[scan + 2]) << 8) | quint8(jpeg[scan + 3]);
    return jpeg.left(scan + 2 + length);
}

quint64 peakResidentKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return quint64(usage.ru_maxrss);
}

} // namespace

void TestBadImages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tiny = test::writeTinyModel(m_dir.filePath(QStringLiteral("models")), QStringLiteral("tiny"));
}

QString TestBadImages::writeFixture(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    test::writeBytes(path, bytes);
    return path;
}

void TestBadImages::rejectsDamagedFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<bool>("exact"); // false: `cause` is the start of the message after the path

    const QByteArray png = test::encodeImage(lesion(), "png");
    const QByteArray jpeg = test::encodeImage(lesion(), "jpeg", 90);
    const QByteArray bmp = test::encodeImage(lesion(), "bmp");
    const QByteArray tiff = test::tiffRgb(lesion());
    QVERIFY(!png.isEmpty() && !jpeg.isEmpty() && !bmp.isEmpty());

    QTest::newRow("empty") << "empty.jpg" << QByteArray() << "file is empty" << true;
    QTest::newRow("text") << "notes.png" << QByteArray("Patient notes, not an image.\n") << kUnknownSignature << true;
    QTest::newRow("random bytes") << "noise.jpg" << randomBytes(4096, 1) << kUnknownSignature << true;
    QTest::newRow("jpeg signature then noise")
        << "noise-after-signature.jpg" << QByteArray("\xFF\xD8\xFF", 3) + randomBytes(4096, 2)
        << "JPEG header is" << false;

    QTest::newRow("png signature only") << "signature.png" << png.left(8) << "PNG header is truncated" << true;
    const QString pngTruncated = QStringLiteral("PNG file is truncated (it ends before the IEND chunk)");
    QTest::newRow("png header only") << "header.png" << png.left(33) << pngTruncated << true;
    QTest::newRow("png half") << "half.png" << png.left(png.size() / 2) << pngTruncated << true;
    QTest::newRow("png last byte missing") << "short.png" << png.left(png.size() - 1) << pngTruncated << true;
    QByteArray badData = png;
    badData[pngChunkOffset(png, "IDAT") + 20] = char(badData[pngChunkOffset(png, "IDAT") + 20] ^ 0x01);
    QTest::newRow("png data crc") << "bad-crc.png" << badData
                                  << "PNG file is damaged (CRC mismatch in chunk IDAT)" << true;
    QByteArray badHeader = png;
    badHeader[29] = char(badHeader[29] ^ 0xFF); // first byte of the IHDR CRC
    QTest::newRow("png header crc") << "bad-header-crc.png" << badHeader
                                    << "PNG file is damaged (CRC mismatch in chunk IHDR)" << true;

    const QString jpegTruncated = QStringLiteral("JPEG data is truncated (premature end of file)");
    QTest::newRow("jpeg cut in header") << "cut-header.jpg" << jpeg.left(20) << "JPEG header is truncated" << true;
    QTest::newRow("jpeg header only") << "header.jpg" << jpegHeaderOnly(jpeg) << jpegTruncated << true;
    QTest::newRow("jpeg half") << "half.jpg" << jpeg.left(jpeg.size() / 2) << jpegTruncated << true;
    QTest::newRow("jpeg without end marker") << "no-eoi.jpg" << jpeg.left(jpeg.size() - 2) << jpegTruncated << true;
    QByteArray zeroed = jpeg;
    for (qsizetype i = jpeg.size() / 2; i < jpeg.size() / 2 + 64; ++i)
        zeroed[i] = '\0';
    QTest::newRow("jpeg zeroed data") << "zeroed.jpg" << zeroed
                                      << "JPEG data is damaged (libjpeg: Corrupt JPEG data" << false;

    QTest::newRow("bmp header only") << "header.bmp" << bmp.left(54)
                                     << QStringLiteral("BMP file is truncated (54 bytes of %1)").arg(bmp.size()) << true;
    const qsizetype bmpHalf = bmp.size() / 2;
    QTest::newRow("bmp half") << "half.bmp" << bmp.left(bmpHalf)
                              << QStringLiteral("BMP file is truncated (%1 bytes of %2)").arg(bmpHalf).arg(bmp.size())
                              << true;

    QTest::newRow("tiff header only") << "header.tif" << tiff.left(8) << "TIFF header is truncated" << true;
    // Found by the image fuzz target: ImageWidth 655400, then ImageWidth 40 again.
    // libtiff keeps the first, so OpenCV allocated 3 GB for a header checked as 40 x 1566.
    const QByteArray duplicateWidth = QByteArray::fromHex(
        "49492a00080000000700000104000100000028000a000001040001000000280000000101040001000000"
        "1e0600000000000000000000860000000301030001000000010000000601030001000000020000001101"
        "040001000000d1000001");
    QTest::newRow("tiff width twice") << "twice.tif" << duplicateWidth
                                      << "TIFF header is invalid (tag 256 appears twice)" << true;
    QTest::newRow("tiff half") << "half.tif" << tiff.left(tiff.size() / 2)
                               << "TIFF image data is damaged or truncated (decoding failed)" << true;

    // Found by the image fuzz target: OpenCV's WebP decoder declines this header,
    // and GDCM then read the file as DICOM ("DICM" at byte 128) and allocated 3.7 GB.
    const QByteArray webpAsDicom = QByteArray::fromHex(
        "524946460100000057454250565038209a0001003005009d012a28001e003effd8cda7ffffff31343434"
        "1f27393d38323c2e333432ffdb0043010909094449434d0c0b0c185356e7cd0143010909094449433434"
        "341f27393d38323c2e333432ffdb0043010909094449434d0c0127393d3832094449434d0c0100430109"
        "09094449434d");
    QTest::newRow("webp read as dicom") << "dicom.webp" << webpAsDicom
                                        << "WebP header is invalid (the file also carries a DICOM or DTED signature)"
                                        << true;

    const QByteArray webp = test::encodeImage(lesion(), "webp", 100);
    if (!webp.isEmpty()) {
        QTest::newRow("webp header only") << "header.webp" << webp.left(30)
                                          << QStringLiteral("WebP file is truncated (30 bytes of %1)").arg(webp.size())
                                          << true;
        const qsizetype webpHalf = webp.size() / 2;
        QTest::newRow("webp half") << "half.webp" << webp.left(webpHalf)
                                   << QStringLiteral("WebP file is truncated (%1 bytes of %2)").arg(webpHalf).arg(webp.size())
                                   << true;
    }
}

void TestBadImages::rejectsDamagedFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, cause);
    QFETCH(bool, exact);
    const QString path = writeFixture(name, bytes);

    const auto loaded = loadImageRgb(path);
    QVERIFY(!loaded.ok());
    if (exact)
        QCOMPARE(loaded.error(), path + QStringLiteral(": ") + cause);
    else
        QVERIFY2(loaded.error().startsWith(path + QStringLiteral(": ") + cause), qPrintable(loaded.error()));
}

void TestBadImages::rejectsBombFromHeader_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("size");

    QTest::newRow("png 40000 x 40000") << "bomb.png" << test::pngClaiming(40000, 40000) << "40000 x 40000 pixels in the PNG";
    QTest::newRow("png just above 100 MP") << "above.png" << test::pngClaiming(10001, 10000) << "10001 x 10000 pixels in the PNG";
    QTest::newRow("png side above limit") << "strip.png" << test::pngClaiming(70000, 10) << "70000 x 10 pixels in the PNG";
    QTest::newRow("jpeg 65000 x 65000") << "bomb.jpg" << test::jpegClaiming(65000, 65000) << "65000 x 65000 pixels in the JPEG";
    QTest::newRow("bmp 40000 x 40000 top-down") << "bomb.bmp" << test::bmpClaiming(40000, -40000) << "40000 x 40000 pixels in the BMP";
    QTest::newRow("tiff 40000 x 40000") << "bomb.tif" << test::tiffClaiming(40000, 40000) << "40000 x 40000 pixels in the TIFF";
    QTest::newRow("webp 16384 x 16384") << "bomb.webp" << test::webpClaiming(16384, 16384) << "16384 x 16384 pixels in the WebP";
}

void TestBadImages::rejectsBombFromHeader()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, size);
    QVERIFY(bytes.size() < 4096);
    const QString path = writeFixture(name, bytes);

    const quint64 peakBefore = peakResidentKilobytes();
    QElapsedTimer timer;
    timer.start();
    const auto loaded = loadImageRgb(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error(), QStringLiteral("%1: image is too large (%2 header; the limit is 100 megapixels "
                                            "and 65535 pixels per side)")
                                 .arg(path, size));
    // Decoding an image at the 100 MP limit would allocate at least 300 MB, so
    // a fast rejection without that memory shows that the header decided it.
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(peakResidentKilobytes() - peakBefore < 64 * 1024);
}

void TestBadImages::rejectsFileSystemEntries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cause");
    QTest::newRow("folder") << "folder.jpg" << "is a folder, not an image file";
    QTest::newRow("dangling symbolic link") << "link.png" << "broken symbolic link (its target does not exist)";
    QTest::newRow("missing") << "missing.png" << "file not found";
    QTest::newRow("removed after listing") << "removed.png" << "file not found";
    QTest::newRow("named pipe") << "pipe.png" << "not a regular file (a device, pipe or socket)";
}

void TestBadImages::rejectsFileSystemEntries()
{
    QFETCH(QString, name);
    QFETCH(QString, cause);
    const QString path = m_dir.filePath(name);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (tag == QStringLiteral("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (tag == QStringLiteral("dangling symbolic link")) {
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("nowhere.png")), path));
    } else if (tag == QStringLiteral("removed after listing")) {
        QVERIFY(test::syntheticLesion(16, 16).save(path));
        QVERIFY(QDir(m_dir.path()).entryList().contains(name));
        QVERIFY(QFile::remove(path));
    } else if (tag == QStringLiteral("named pipe")) {
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    }

    const auto loaded = loadImageRgb(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error(), path + QStringLiteral(": ") + cause);
}

void TestBadImages::rejectsUnreadableFile()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.png"));
    QVERIFY(test::syntheticLesion(16, 16).save(path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    test::EnforcedPermissions enforced;
    if (!test::EnforcedPermissions::works(m_dir.path()))
        QSKIP("file permissions are not enforced for this process");

    const auto loaded = loadImageRgb(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error(), path + QStringLiteral(": cannot be read (Permission denied)"));
}

// The classifier's own entry point must give the same per-file errors.
void TestBadImages::classifierNeverScreensDamaged()
{
    auto classifier = Classifier::load(m_tiny);
    QVERIFY2(classifier.ok(), qPrintable(classifier.error()));
    const QByteArray jpeg = test::encodeImage(lesion(), "jpeg", 90);
    const QString half = writeFixture(QStringLiteral("screen half.jpg"), jpeg.left(jpeg.size() / 2));
    const QString whole = writeFixture(QStringLiteral("screen whole.jpg"), jpeg);

    const auto damaged = classifier.value()->screenFile(half);
    QVERIFY(!damaged.ok());
    QCOMPARE(damaged.error(), half + QStringLiteral(": JPEG data is truncated (premature end of file)"));
    const auto intact = classifier.value()->screenFile(whole);
    QVERIFY2(intact.ok(), qPrintable(intact.error()));
}

QTEST_GUILESS_MAIN(TestBadImages)
#include "TestBadImages.moc"
