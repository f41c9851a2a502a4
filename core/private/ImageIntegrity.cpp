#include "ImageIntegrity.h"

#include "ByteReader.h"

#include <zlib.h>

namespace dermaedge::detail {

namespace {

bool isChunkType(const QByteArray& type)
{
    for (char c : type) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return type.size() == 4;
}

// Walks the chunks after the signature: 4-byte length, 4-byte type, data, and a
// CRC-32 over type and data. The image ends at IEND, and bytes after it are ignored.
Status checkPngChunks(const QByteArray& bytes)
{
    const ByteReader reader(bytes, Endian::Big);
    qint64 offset = 8;
    for (;;) {
        const auto length = reader.u32(offset);
        if (!length || !reader.contains(offset + 8, qint64(*length) + 4))
            return Status::failure(QStringLiteral("PNG file is truncated (it ends before the IEND chunk)"));
        const QByteArray type = bytes.mid(offset + 4, 4);
        if (!isChunkType(type))
            return Status::failure(
                QStringLiteral("PNG file is damaged (invalid chunk type at byte %1)").arg(offset + 4));
        const auto* typeAndData = reinterpret_cast<const Bytef*>(bytes.constData() + offset + 4);
        const quint64 computed = crc32(crc32(0L, Z_NULL, 0), typeAndData, uInt(*length + 4));
        if (computed != reader.u32(offset + 8 + qint64(*length)))
            return Status::failure(QStringLiteral("PNG file is damaged (CRC mismatch in chunk %1)")
                                       .arg(QString::fromLatin1(type)));
        if (type == "IEND")
            return Status::success();
        offset += 12 + qint64(*length);
    }
}

// Uncompressed BMP rows are padded to 4 bytes. RLE-compressed data has no fixed size, so it is not checked.
Status checkBmpData(const QByteArray& bytes, const ImageHeader& header)
{
    const ByteReader reader(bytes, Endian::Little);
    const bool core = reader.u32(14) == 12u;
    const auto dataOffset = reader.u32(10);
    const auto bitsPerPixel = reader.u16(core ? 24 : 28);
    const auto compression = core ? std::optional<quint64>(0) : reader.u32(30);
    if (!dataOffset || !bitsPerPixel || !compression)
        return Status::failure(QStringLiteral("BMP header is truncated"));
    const bool uncompressed = *compression == 0 || *compression == 3 || *compression == 6;
    if (!uncompressed)
        return Status::success();
    const qint64 rowBytes = (header.width * qint64(*bitsPerPixel) + 31) / 32 * 4;
    const qint64 needed = qint64(*dataOffset) + rowBytes * header.height;
    if (bytes.size() < needed)
        return Status::failure(QStringLiteral("BMP file is truncated (%1 bytes of %2)")
                                   .arg(bytes.size())
                                   .arg(needed));
    return Status::success();
}

Status checkRiffSize(const QByteArray& bytes)
{
    const auto riffSize = ByteReader(bytes, Endian::Little).u32(4);
    const qint64 needed = riffSize ? qint64(*riffSize) + 8 : 12;
    if (bytes.size() < needed)
        return Status::failure(QStringLiteral("WebP file is truncated (%1 bytes of %2)")
                                   .arg(bytes.size())
                                   .arg(needed));
    return Status::success();
}

} // namespace

Status checkImageIntegrity(const QByteArray& bytes, const ImageHeader& header)
{
    switch (header.format) {
    case ImageFormat::Png:
        return checkPngChunks(bytes);
    case ImageFormat::Jpeg:
        return checkJpegData(bytes);
    case ImageFormat::Bmp:
        return checkBmpData(bytes, header);
    case ImageFormat::WebP:
        return checkRiffSize(bytes);
    case ImageFormat::Tiff:
        return Status::success();
    }
    return Status::success();
}

} // namespace dermaedge::detail
