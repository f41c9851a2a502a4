#include "ImageIo.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace dermaedge;

class TestImageIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsFormats_data();
    void loadsFormats();
    void convertsPixelFormats_data();
    void convertsPixelFormats();
    void appliesExifOrientation();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void rejectsHugeHeader();

private:
    QTemporaryDir m_dir;
};

void TestImageIo::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImageIo::loadsFormats_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << "png";
    QTest::newRow("jpeg") << "jpg";
    QTest::newRow("bmp") << "bmp";
    QTest::newRow("tiff") << "tif";
    QTest::newRow("webp") << "webp";
}

void TestImageIo::loadsFormats()
{
    QFETCH(QString, suffix);
    const QByteArray format = suffix == QStringLiteral("jpg") ? "jpeg" : suffix == QStringLiteral("tif") ? "tiff" : suffix.toLatin1();
    if (!QImageWriter::supportedImageFormats().contains(format))
        QSKIP("Qt cannot write this format here (qt6-image-formats-plugins missing)");
    const QString path = m_dir.filePath(QStringLiteral("lesion with space ñ.") + suffix);
    const QImage source = test::syntheticLesion(80, 60);
    QImageWriter writer(path, format);
    writer.setQuality(95);
    QVERIFY2(writer.write(source), qPrintable(writer.errorString()));

    const auto loaded = loadImageRgb(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->size(), QSize(80, 60));
    QCOMPARE(loaded->format(), QImage::Format_RGB888);
    const QColor centre = loaded->pixelColor(40, 30);
    QVERIFY2(qAbs(centre.red() - 90) < 12 && qAbs(centre.blue() - 40) < 12,
             qPrintable(centre.name()));
    const QColor marker = loaded->pixelColor(2, 2);
    QVERIFY2(marker.blue() > 200 && marker.red() < 60, qPrintable(marker.name()));
}

void TestImageIo::convertsPixelFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("grey 8-bit") << int(QImage::Format_Grayscale8);
    QTest::newRow("grey 16-bit") << int(QImage::Format_Grayscale16);
    QTest::newRow("rgba 8-bit") << int(QImage::Format_RGBA8888);
    QTest::newRow("rgba 16-bit") << int(QImage::Format_RGBA64);
}

void TestImageIo::convertsPixelFormats()
{
    QFETCH(int, format);
    QImage image(16, 12, QImage::Format(format));
    image.fill(QColor(128, 128, 128, 200));
    // Qt's own conversion defines the grey level it wrote; the loader must keep it.
    const int expectedGrey = image.pixelColor(5, 5).green();
    const QString path = m_dir.filePath(QStringLiteral("pixel-format-%1.png").arg(format));
    QVERIFY(image.save(path, "PNG"));

    const auto loaded = loadImageRgb(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->format(), QImage::Format_RGB888);
    QCOMPARE(loaded->size(), QSize(16, 12));
    const QColor loadedColour = loaded->pixelColor(5, 5);
    QVERIFY2(qAbs(loadedColour.green() - expectedGrey) <= 1,
             qPrintable(QStringLiteral("%1 instead of %2").arg(loadedColour.green()).arg(expectedGrey)));
    QCOMPARE(loadedColour.red(), loadedColour.green());
}

// A JPEG whose EXIF orientation tag (6) means "rotate 90 degrees clockwise to display".
static QByteArray jpegWithOrientation(const QImage& image, quint16 orientation)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 95);
    QByteArray tiff("II*\0\x08\0\0\0", 8);
    tiff += QByteArray("\x01\x00", 2);                    // one IFD entry
    tiff += QByteArray("\x12\x01\x03\x00\x01\x00\x00\x00", 8); // tag 0x0112, SHORT, count 1
    tiff += char(orientation & 0xff);
    tiff += char(orientation >> 8);
    tiff += QByteArray(2, '\0');
    tiff += QByteArray(4, '\0');                          // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray segment("\xFF\xE1", 2);
    segment += char(length >> 8);
    segment += char(length & 0xff);
    segment += payload;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

void TestImageIo::appliesExifOrientation()
{
    const QString path = m_dir.filePath(QStringLiteral("rotated.jpg"));
    test::writeBytes(path, jpegWithOrientation(test::syntheticLesion(64, 32), 6));

    const auto loaded = loadImageRgb(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->size(), QSize(32, 64));
    // Rotating clockwise moves the top-left marker to the top-right corner.
    QVERIFY(loaded->pixelColor(29, 2).blue() > 200);
    QVERIFY(loaded->pixelColor(2, 2).blue() < 200);
}

void TestImageIo::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("cause");

    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    test::syntheticLesion(64, 64).save(&buffer, "JPEG", 90);

    QTest::newRow("empty") << "empty.jpg" << QByteArray() << "empty";
    QTest::newRow("text") << "notes.png" << QByteArray("not an image at all\n") << "unknown file signature";
    QTest::newRow("random bytes") << "noise.jpg" << QByteArray(4096, '\x5a') << "unknown file signature";
    QTest::newRow("truncated jpeg") << "half.jpg" << jpeg.left(jpeg.size() / 2) << "truncated";
    QTest::newRow("missing") << "missing.jpg" << QByteArray("<none>") << "not found";
}

void TestImageIo::rejectsBadFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, cause);
    const QString path = m_dir.filePath(name);
    if (bytes != "<none>")
        test::writeBytes(path, bytes);

    const auto loaded = loadImageRgb(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(name), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(cause), qPrintable(loaded.error()));
}

// CRC-32 as PNG chunks use it (polynomial 0xEDB88320).
static quint32 pngCrc(const QByteArray& bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

static void putBigEndian(QByteArray& bytes, int offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[offset + i] = char((value >> (24 - 8 * i)) & 0xff);
}

void TestImageIo::rejectsHugeHeader()
{
    // A valid PNG header claiming 40000 x 40000 pixels, with no pixel data behind it.
    QImage small(8, 8, QImage::Format_RGB888);
    small.fill(Qt::gray);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    small.save(&buffer, "PNG");
    putBigEndian(png, 16, 40000); // IHDR width
    putBigEndian(png, 20, 40000); // IHDR height
    putBigEndian(png, 29, pngCrc(png.mid(12, 17))); // IHDR type and data
    const QString path = m_dir.filePath(QStringLiteral("bomb.png"));
    test::writeBytes(path, png);

    const auto loaded = loadImageRgb(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QStringLiteral("too large")), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(QStringLiteral("bomb.png")), qPrintable(loaded.error()));
}

QTEST_GUILESS_MAIN(TestImageIo)
#include "TestImageIo.moc"
