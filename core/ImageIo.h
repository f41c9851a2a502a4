#pragma once

#include "Result.h"

#include <QImage>
#include <QString>

namespace dermaedge {

/// Largest image accepted, in pixels (width x height). Larger files are
/// rejected from their header before decoding, so a small file that claims a
/// huge size cannot exhaust memory. 100 MP is above any dermatoscope or phone.
/// Decoding an image at this limit needs about 1 GB of memory for the decoded
/// copies (decoder output, 8-bit RGB and QImage).
inline constexpr qint64 kMaxImagePixels = 100'000'000;

/// Maximum width or height accepted, in pixels (the largest a JPEG header can declare).
inline constexpr qint64 kMaxImageSide = 65'535;

/// Largest image file accepted, in bytes.
inline constexpr qint64 kMaxImageFileBytes = 256LL * 1024 * 1024;

/// Decodes an image file (JPEG, PNG, BMP, TIFF, WebP) to 8-bit RGB.
/// EXIF orientation is applied, and grey, 16-bit, alpha and CMYK images are
/// converted. The format is identified by its signature, not the file name.
/// A file that is truncated or fails a checksum is rejected rather than
/// partly decoded (see detail::checkImageIntegrity()).
/// On failure the message names the file and the cause.
Result<QImage> loadImageRgb(const QString& path);

/// File-name patterns of the supported image formats, for open dialogs.
QStringList supportedImagePatterns();

/// Returns true when the file name has a supported image extension.
bool hasImageExtension(const QString& path);

} // namespace dermaedge
