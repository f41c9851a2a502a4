#include "ImageIo.h"

#include "private/OpenCvImage.h"

#include <QFileInfo>

namespace dermaedge {

Result<QImage> loadImageRgb(const QString& path)
{
    auto mat = detail::decodeImageFile(path);
    if (!mat)
        return Result<QImage>::failure(mat.error());
    QImage image = detail::matToImage(mat.value());
    if (image.isNull())
        return Result<QImage>::failure(QStringLiteral("%1: not enough memory for %2 x %3 pixels")
                                           .arg(path)
                                           .arg(mat->cols)
                                           .arg(mat->rows));
    return image;
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
