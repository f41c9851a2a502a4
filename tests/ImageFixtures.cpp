#include "ImageFixtures.h"

#include <QBuffer>
#include <QImageWriter>

#include <cstdio> // jpeglib.h needs FILE and size_t declared first
#include <cstdlib>
#include <vector>

#include <jpeglib.h>

namespace dermaedge::test {

QByteArray encodeImage(const QImage& image, const char* format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return bytes;
}

namespace {

void appendLittleEndian(QByteArray& bytes, quint32 value, int size)
{
    for (int i = 0; i < size; ++i)
        bytes.append(char((value >> (8 * i)) & 0xFF));
}

void appendLittleEndian64(QByteArray& bytes, quint64 value)
{
    appendLittleEndian(bytes, quint32(value & 0xFFFFFFFFu), 4);
    appendLittleEndian(bytes, quint32(value >> 32), 4);
}

// One TIFF directory entry whose value fits in the entry: 12 bytes in
// classic TIFF, 20 bytes in BigTIFF.
void appendTiffEntry(QByteArray& bytes, bool bigTiff, quint16 tag, quint16 type, quint32 count, quint64 value)
{
    appendLittleEndian(bytes, tag, 2);
    appendLittleEndian(bytes, type, 2);
    if (bigTiff) {
        appendLittleEndian64(bytes, count);
        appendLittleEndian64(bytes, value);
    } else {
        appendLittleEndian(bytes, count, 4);
        appendLittleEndian(bytes, quint32(value), 4);
    }
}

constexpr quint16 kShort = 3;
constexpr quint16 kLong = 4;

} // namespace

QByteArray tiffRgb(const QImage& source, bool bigTiff)
{
    const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
    const quint32 width = quint32(rgb.width());
    const quint32 height = quint32(rgb.height());
    const int entries = 10;
    const quint32 headerSize = bigTiff ? 16 : 8;
    const quint32 directorySize = bigTiff ? 8 + 20 * entries + 8 : 2 + 12 * entries + 4;
    const quint32 bitsOffset = headerSize + directorySize;
    const quint32 dataOffset = bitsOffset + 6;

    QByteArray bytes;
    if (bigTiff) {
        bytes = QByteArray("II+\0\x08\0\0\0", 8);
        appendLittleEndian64(bytes, headerSize);
        appendLittleEndian64(bytes, entries);
    } else {
        bytes = QByteArray("II*\0", 4);
        appendLittleEndian(bytes, headerSize, 4);
        appendLittleEndian(bytes, entries, 2);
    }
    appendTiffEntry(bytes, bigTiff, 256, kLong, 1, width);              // ImageWidth
    appendTiffEntry(bytes, bigTiff, 257, kLong, 1, height);             // ImageLength
    // BitsPerSample 8, 8, 8: stored after the directory in TIFF, inside the entry in BigTIFF.
    const quint64 eightBitsEach = 0x0008'0008'0008ull;
    appendTiffEntry(bytes, bigTiff, 258, kShort, 3, bigTiff ? eightBitsEach : bitsOffset);
    appendTiffEntry(bytes, bigTiff, 259, kShort, 1, 1);                 // Compression: none
    appendTiffEntry(bytes, bigTiff, 262, kShort, 1, 2);                 // PhotometricInterpretation: RGB
    appendTiffEntry(bytes, bigTiff, 273, kLong, 1, dataOffset);         // StripOffsets
    appendTiffEntry(bytes, bigTiff, 277, kShort, 1, 3);                 // SamplesPerPixel
    appendTiffEntry(bytes, bigTiff, 278, kLong, 1, height);             // RowsPerStrip
    appendTiffEntry(bytes, bigTiff, 279, kLong, 1, width * height * 3); // StripByteCounts
    appendTiffEntry(bytes, bigTiff, 284, kShort, 1, 1);                 // PlanarConfiguration: chunky
    if (bigTiff)
        appendLittleEndian64(bytes, 0); // no next directory
    else
        appendLittleEndian(bytes, 0, 4);
    for (int i = 0; i < 3; ++i)
        appendLittleEndian(bytes, 8, 2);
    for (int y = 0; y < rgb.height(); ++y)
        bytes.append(reinterpret_cast<const char*>(rgb.constScanLine(y)), rgb.width() * 3);
    return bytes;
}

QByteArray cmykJpeg(const QImage& source, int quality)
{
    const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
    jpeg_compress_struct info;
    jpeg_error_mgr errors;
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = JDIMENSION(rgb.width());
    info.image_height = JDIMENSION(rgb.height());
    info.input_components = 4;
    info.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&info);
    jpeg_set_colorspace(&info, JCS_CMYK); // also writes the Adobe APP14 marker
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);

    // Inverted CMYK without black ink: stored cyan = 255 - ink = red, and so on.
    std::vector<JSAMPLE> row(size_t(rgb.width()) * 4);
    while (info.next_scanline < info.image_height) {
        const uchar* in = rgb.constScanLine(int(info.next_scanline));
        for (int x = 0; x < rgb.width(); ++x) {
            row[size_t(4 * x)] = in[3 * x];
            row[size_t(4 * x + 1)] = in[3 * x + 1];
            row[size_t(4 * x + 2)] = in[3 * x + 2];
            row[size_t(4 * x + 3)] = 255;
        }
        JSAMPROW rows[1] = {row.data()};
        jpeg_write_scanlines(&info, rows, 1);
    }
    jpeg_finish_compress(&info);
    const QByteArray bytes(reinterpret_cast<const char*>(buffer), qsizetype(size));
    jpeg_destroy_compress(&info);
    std::free(buffer);
    return bytes;
}

QByteArray withExifOrientation(const QByteArray& jpeg, quint16 orientation)
{
    QByteArray tiff("II*\0\x08\0\0\0", 8);
    appendLittleEndian(tiff, 1, 2);                       // one directory entry
    appendLittleEndian(tiff, 0x0112, 2);                  // Orientation
    appendLittleEndian(tiff, kShort, 2);
    appendLittleEndian(tiff, 1, 4);
    appendLittleEndian(tiff, orientation, 4);
    appendLittleEndian(tiff, 0, 4);                       // no next directory
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char(length >> 8));
    segment.append(char(length & 0xFF));
    segment.append(payload);
    return jpeg.left(2) + segment + jpeg.mid(2);
}

qsizetype jpegMarkerOffset(const QByteArray& jpeg, uchar marker)
{
    const char pattern[2] = {char(0xFF), char(marker)};
    return jpeg.indexOf(QByteArray(pattern, 2), 2);
}

quint32 crc32(const QByteArray& bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void putBigEndian32(QByteArray& bytes, qsizetype offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[offset + i] = char((value >> (24 - 8 * i)) & 0xFF);
}

void putLittleEndian32(QByteArray& bytes, qsizetype offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[offset + i] = char((value >> (8 * i)) & 0xFF);
}

void fixPngChunkCrc(QByteArray& png, qsizetype offset)
{
    const quint32 length = (quint32(quint8(png[offset])) << 24) | (quint32(quint8(png[offset + 1])) << 16)
                           | (quint32(quint8(png[offset + 2])) << 8) | quint32(quint8(png[offset + 3]));
    putBigEndian32(png, offset + 8 + qsizetype(length), crc32(png.mid(offset + 4, qsizetype(length) + 4)));
}

namespace {

QImage smallGrey()
{
    QImage image(8, 8, QImage::Format_RGB888);
    image.fill(QColor(128, 128, 128));
    return image;
}

} // namespace

QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray png = encodeImage(smallGrey(), "png");
    putBigEndian32(png, 16, width);
    putBigEndian32(png, 20, height);
    fixPngChunkCrc(png, 8);
    return png;
}

QByteArray jpegClaiming(quint16 width, quint16 height)
{
    QByteArray jpeg = encodeImage(smallGrey(), "jpeg", 90);
    const qsizetype frame = jpegMarkerOffset(jpeg, 0xC0);
    // Frame header: marker, length (2), precision (1), height (2), width (2).
    jpeg[frame + 5] = char(height >> 8);
    jpeg[frame + 6] = char(height & 0xFF);
    jpeg[frame + 7] = char(width >> 8);
    jpeg[frame + 8] = char(width & 0xFF);
    return jpeg;
}

QByteArray bmpClaiming(qint32 width, qint32 height)
{
    QByteArray bmp = encodeImage(smallGrey(), "bmp");
    putLittleEndian32(bmp, 18, quint32(width));
    putLittleEndian32(bmp, 22, quint32(height));
    return bmp;
}

QByteArray tiffClaiming(quint32 width, quint32 height)
{
    QByteArray tiff = tiffRgb(smallGrey());
    putLittleEndian32(tiff, 10 + 8, width);       // value of the first entry, ImageWidth
    putLittleEndian32(tiff, 10 + 12 + 8, height); // value of the second entry, ImageLength
    return tiff;
}

QByteArray webpClaiming(int width, int height)
{
    // Lossless bitstream header: signature 0x2F, then width - 1 and height - 1 in 14 bits each.
    QByteArray chunk("VP8L");
    const QByteArray data = QByteArray(1, char(0x2F)) + QByteArray(4, '\0') + QByteArray(11, '\x55');
    appendLittleEndian(chunk, quint32(data.size()), 4);
    chunk.append(data);
    const quint32 bits = quint32(width - 1) | (quint32(height - 1) << 14);
    putLittleEndian32(chunk, 9, bits);
    QByteArray webp("RIFF");
    appendLittleEndian(webp, quint32(4 + chunk.size()), 4);
    webp.append("WEBP");
    webp.append(chunk);
    return webp;
}

double meanAbsoluteDifference(const QImage& first, const QImage& second)
{
    const QImage a = first.convertToFormat(QImage::Format_RGB888);
    const QImage b = second.convertToFormat(QImage::Format_RGB888);
    if (a.size() != b.size())
        return 255.0;
    double sum = 0.0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar* rowA = a.constScanLine(y);
        const uchar* rowB = b.constScanLine(y);
        for (int x = 0; x < 3 * a.width(); ++x)
            sum += std::abs(int(rowA[x]) - int(rowB[x]));
    }
    return sum / (3.0 * a.width() * a.height());
}

} // namespace dermaedge::test
