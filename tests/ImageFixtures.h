#pragma once

#include <QByteArray>
#include <QImage>

namespace dermaedge::test {

/// Encodes an image with Qt's writer for `format` ("png", "jpeg", "bmp",
/// "webp"). Returns an empty array when that format cannot be written here.
QByteArray encodeImage(const QImage& image, const char* format, int quality = -1);

/// An uncompressed 8-bit RGB TIFF or BigTIFF (little-endian, one strip),
/// written by hand so that it does not depend on Qt's TIFF plugin.
QByteArray tiffRgb(const QImage& image, bool bigTiff = false);

/// A CMYK JPEG as Adobe applications write it (inverted values, APP14 marker),
/// holding the same colours as `image`.
QByteArray cmykJpeg(const QImage& image, int quality);

/// Inserts an EXIF APP1 segment with the given orientation tag (1..8) after
/// the start-of-image marker of a JPEG.
QByteArray withExifOrientation(const QByteArray& jpeg, quint16 orientation);

/// Offset of the first JPEG marker 0xFF `marker` after the start of image, or -1.
qsizetype jpegMarkerOffset(const QByteArray& jpeg, uchar marker);

/// Small valid files of each format whose header claims `width` x `height`
/// pixels, with only a few bytes of pixel data behind it: decompression bombs.
QByteArray pngClaiming(quint32 width, quint32 height);
QByteArray jpegClaiming(quint16 width, quint16 height);
QByteArray bmpClaiming(qint32 width, qint32 height);
QByteArray tiffClaiming(quint32 width, quint32 height);
QByteArray webpClaiming(int width, int height);

/// CRC-32 as PNG chunks and zip entries use it (polynomial 0xEDB88320).
quint32 crc32(const QByteArray& bytes);

void putBigEndian32(QByteArray& bytes, qsizetype offset, quint32 value);
void putLittleEndian32(QByteArray& bytes, qsizetype offset, quint32 value);

/// Recomputes the CRC of the PNG chunk whose length field starts at `offset`.
void fixPngChunkCrc(QByteArray& png, qsizetype offset);

/// Mean absolute difference per channel value (0..255) of two RGB images of the same size.
double meanAbsoluteDifference(const QImage& a, const QImage& b);

} // namespace dermaedge::test
