#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace dermaedge::detail {

/// Image file formats DermaEdge decodes, identified by their signature bytes.
enum class ImageFormat
{
    Jpeg,
    Png,
    Bmp,
    Tiff,
    WebP,
};

/// Format and pixel size read from an image file's header.
struct ImageHeader
{
    ImageFormat format = ImageFormat::Png;
    qint64 width = 0;
    qint64 height = 0;
};

/// Upper-case format name for messages, e.g. "PNG".
QString imageFormatName(ImageFormat format);

/// Identifies the format from the signature and reads the pixel size from the
/// header, without decoding any pixel data. Fails with the cause (without a
/// file name) when the signature is not one of the supported formats or the
/// header is truncated or invalid.
Result<ImageHeader> readImageHeader(const QByteArray& bytes);

} // namespace dermaedge::detail
