#include "ImageIo.h"

#include "private/OpenCvImage.h"

#include <QFileInfo>

namespace dermaedge {

Result<QImage> loadImageRgb(const QString& path)
{
    auto mat = detail::decodeImageFile(path);
    if (!mat)
        return Result<QImage>::failure(mat.error());
    return detail::matToImage(mat.value());
}

QStringList supportedImagePatterns()
{
    return {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
            QStringLiteral("*.bmp"), QStringLiteral("*.tif"),  QStringLiteral("*.tiff"),
            QStringLiteral("*.webp")};
}

bool hasImageExtension(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const QString& pattern : supportedImagePatterns()) {
        if (pattern.mid(2) == suffix)
            return true;
    }
    return false;
}

} // namespace dermaedge
