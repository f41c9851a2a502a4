#include "ImageHeader.h"

#include "ByteReader.h"

namespace dermaedge::detail {

namespace {

using HeaderResult = Result<ImageHeader>;

HeaderResult truncatedHeader(ImageFormat format)
{
    return HeaderResult::failure(QStringLiteral("%1 header is truncated").arg(imageFormatName(format)));
}

HeaderResult invalidHeader(ImageFormat format, const QString& cause)
{
    return HeaderResult::failure(
        QStringLiteral("%1 header is invalid (%2)").arg(imageFormatName(format), cause));
}

HeaderResult sizedHeader(ImageFormat format, qint64 width, qint64 height)
{
    if (width <= 0 || height <= 0)
        return invalidHeader(format, QStringLiteral("size %1 x %2 pixels").arg(width).arg(height));
    return ImageHeader{format, width, height};
}

HeaderResult pngHeader(const QByteArray& bytes)
{
    // The signature (8 bytes) is followed by the IHDR chunk: length 13, type, width, height.
    const ByteReader reader(bytes, Endian::Big);
    const auto length = reader.u32(8);
    const auto width = reader.u32(16);
    const auto height = reader.u32(20);
    if (!length || !width || !height)
        return truncatedHeader(ImageFormat::Png);
    if (*length != 13 || bytes.mid(12, 4) != "IHDR")
        return invalidHeader(ImageFormat::Png, QStringLiteral("the first chunk is not IHDR"));
    return sizedHeader(ImageFormat::Png, qint64(*width), qint64(*height));
}

// SOF0..SOF15 carry the frame size, except C4 (DHT), C8 (JPG) and CC (DAC), which share the range.
bool isJpegFrameMarker(quint64 marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

HeaderResult jpegHeader(const QByteArray& bytes)
{
    const ByteReader reader(bytes, Endian::Big);
    qint64 offset = 2; // after the start-of-image marker
    for (;;) {
        const auto prefix = reader.u8(offset);
        if (!prefix)
            return truncatedHeader(ImageFormat::Jpeg);
        if (*prefix != 0xFF)
            return invalidHeader(ImageFormat::Jpeg, QStringLiteral("no marker at byte %1").arg(offset));
        while (reader.u8(offset) == 0xFFu) // fill bytes may precede a marker
            ++offset;
        const auto marker = reader.u8(offset++);
        if (!marker)
            return truncatedHeader(ImageFormat::Jpeg);
        if (*marker == 0x01 || (*marker >= 0xD0 && *marker <= 0xD7))
            continue; // markers without a length field
        if (*marker == 0xD9 || *marker == 0xDA)
            return invalidHeader(ImageFormat::Jpeg, QStringLiteral("no frame header before the image data"));
        if (*marker == 0x00 || *marker == 0xD8)
            return invalidHeader(ImageFormat::Jpeg, QStringLiteral("unexpected marker at byte %1").arg(offset - 1));

        const auto length = reader.u16(offset);
        if (!length)
            return truncatedHeader(ImageFormat::Jpeg);
        if (*length < 2)
            return invalidHeader(ImageFormat::Jpeg, QStringLiteral("segment length %1").arg(*length));
        if (isJpegFrameMarker(*marker)) {
            // Frame header: length, sample precision, height, width.
            const auto height = reader.u16(offset + 3);
            const auto width = reader.u16(offset + 5);
            if (!height || !width)
                return truncatedHeader(ImageFormat::Jpeg);
            if (*height == 0)
                return invalidHeader(ImageFormat::Jpeg,
                                     QStringLiteral("a height set later by a DNL marker is not supported"));
            return sizedHeader(ImageFormat::Jpeg, qint64(*width), qint64(*height));
        }
        offset += qint64(*length);
    }
}

HeaderResult bmpHeader(const QByteArray& bytes)
{
    const ByteReader reader(bytes, Endian::Little);
    const auto infoSize = reader.u32(14);
    if (!infoSize)
        return truncatedHeader(ImageFormat::Bmp);
    if (*infoSize == 12) { // OS/2 BITMAPCOREHEADER with 16-bit sizes
        const auto width = reader.u16(18);
        const auto height = reader.u16(20);
        if (!width || !height)
            return truncatedHeader(ImageFormat::Bmp);
        return sizedHeader(ImageFormat::Bmp, qint64(*width), qint64(*height));
    }
    if (*infoSize < 40 || *infoSize > 1024)
        return invalidHeader(ImageFormat::Bmp, QStringLiteral("information header of %1 bytes").arg(*infoSize));
    const auto width = reader.s32(18);
    const auto height = reader.s32(22);
    if (!width || !height)
        return truncatedHeader(ImageFormat::Bmp);
    // A negative height marks rows stored top-down.
    return sizedHeader(ImageFormat::Bmp, *width, *height < 0 ? -*height : *height);
}

// Reads ImageWidth (tag 256) and ImageLength (tag 257) from the first image file directory.
HeaderResult tiffHeader(const QByteArray& bytes)
{
    const ByteReader reader(bytes, bytes.startsWith("MM") ? Endian::Big : Endian::Little);
    const bool bigTiff = reader.u16(2) == 43u;
    const auto directory = bigTiff ? reader.u64(8) : reader.u32(4);
    if (!directory || *directory > quint64(bytes.size()))
        return truncatedHeader(ImageFormat::Tiff);
    const qint64 start = qint64(*directory);
    const auto count = bigTiff ? reader.u64(start) : reader.u16(start);
    if (!count)
        return truncatedHeader(ImageFormat::Tiff);

    const qint64 entrySize = bigTiff ? 20 : 12;
    const qint64 valueOffset = bigTiff ? 12 : 8;
    const qint64 first = start + (bigTiff ? 8 : 2);
    qint64 size[2] = {0, 0};
    for (quint64 i = 0; i < *count; ++i) {
        const qint64 entry = first + qint64(i) * entrySize;
        const auto tag = reader.u16(entry);
        const auto type = reader.u16(entry + 2);
        if (!tag || !type || !reader.contains(entry, entrySize))
            return truncatedHeader(ImageFormat::Tiff);
        if (*tag != 256 && *tag != 257)
            continue;
        // libtiff keeps the first of two equal tags, so a second one could
        // make this check read another size than the decoder allocates.
        if (size[*tag - 256] != 0)
            return invalidHeader(ImageFormat::Tiff, QStringLiteral("tag %1 appears twice").arg(*tag));
        std::optional<quint64> value; // SHORT, LONG or (BigTIFF) LONG8, left-aligned in the entry
        if (*type == 3)
            value = reader.u16(entry + valueOffset);
        else if (*type == 4)
            value = reader.u32(entry + valueOffset);
        else if (*type == 16 && bigTiff)
            value = reader.u64(entry + valueOffset);
        if (!value || *value > quint64(1) << 32)
            return invalidHeader(ImageFormat::Tiff, QStringLiteral("image size tag of type %1").arg(*type));
        size[*tag - 256] = qint64(*value);
    }
    if (size[0] == 0 || size[1] == 0)
        return invalidHeader(ImageFormat::Tiff, QStringLiteral("no image width or height"));
    return sizedHeader(ImageFormat::Tiff, size[0], size[1]);
}

HeaderResult webpHeader(const QByteArray& bytes)
{
    // RIFF container: "RIFF", size, "WEBP", then the first chunk's type, size and data at 20.
    const ByteReader reader(bytes, Endian::Little);
    const QByteArray chunk = bytes.mid(12, 4);
    if (chunk == "VP8 ") {
        // Lossy key frame: 3 bytes of frame tag, start code 9D 01 2A, 14-bit width and height.
        const auto width = reader.u16(26);
        const auto height = reader.u16(28);
        if (!width || !height)
            return truncatedHeader(ImageFormat::WebP);
        if (bytes.mid(23, 3) != "\x9d\x01\x2a")
            return invalidHeader(ImageFormat::WebP, QStringLiteral("no VP8 start code"));
        return sizedHeader(ImageFormat::WebP, qint64(*width & 0x3FFF), qint64(*height & 0x3FFF));
    }
    if (chunk == "VP8L") {
        // Lossless: signature 0x2F, then width - 1 and height - 1 in 14 bits each.
        const auto signature = reader.u8(20);
        const auto bits = reader.u32(21);
        if (!signature || !bits)
            return truncatedHeader(ImageFormat::WebP);
        if (*signature != 0x2F)
            return invalidHeader(ImageFormat::WebP, QStringLiteral("no VP8L signature"));
        return sizedHeader(ImageFormat::WebP, qint64(*bits & 0x3FFF) + 1, qint64((*bits >> 14) & 0x3FFF) + 1);
    }
    if (chunk == "VP8X") {
        // Extended: 4 bytes of flags, then canvas width - 1 and height - 1 in 24 bits each.
        const auto width = reader.u24(24);
        const auto height = reader.u24(27);
        if (!width || !height)
            return truncatedHeader(ImageFormat::WebP);
        return sizedHeader(ImageFormat::WebP, qint64(*width) + 1, qint64(*height) + 1);
    }
    if (chunk.size() < 4)
        return truncatedHeader(ImageFormat::WebP);
    return invalidHeader(ImageFormat::WebP, QStringLiteral("unknown first chunk"));
}

} // namespace

QString imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return QStringLiteral("JPEG");
    case ImageFormat::Png:
        return QStringLiteral("PNG");
    case ImageFormat::Bmp:
        return QStringLiteral("BMP");
    case ImageFormat::Tiff:
        return QStringLiteral("TIFF");
    case ImageFormat::WebP:
        return QStringLiteral("WebP");
    }
    return QString();
}

Result<ImageHeader> readImageHeader(const QByteArray& bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return pngHeader(bytes);
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return jpegHeader(bytes);
    if (bytes.startsWith("BM"))
        return bmpHeader(bytes);
    if (bytes.startsWith(QByteArray("II*\0", 4)) || bytes.startsWith(QByteArray("MM\0*", 4))
        || bytes.startsWith(QByteArray("II+\0", 4)) || bytes.startsWith(QByteArray("MM\0+", 4)))
        return tiffHeader(bytes);
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return webpHeader(bytes);
    return HeaderResult::failure(
        QStringLiteral("not a JPEG, PNG, BMP, TIFF or WebP image (unknown file signature)"));
}

} // namespace dermaedge::detail
