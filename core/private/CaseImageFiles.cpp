#include "CaseImageFiles.h"

#include "ImageIo.h"
#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>

namespace dermaedge::detail {

namespace {

// Stored copies carry the format Qt detects from the content, so a JPEG named
// "scan.png" is stored as .jpg.
QString storedSuffix(const QString& sourcePath)
{
    const QByteArray format = QImageReader::imageFormat(sourcePath);
    if (format == "jpeg")
        return QStringLiteral("jpg");
    if (!format.isEmpty())
        return QString::fromLatin1(format);
    const QString suffix = QFileInfo(sourcePath).suffix().toLower();
    return hasImageExtension(sourcePath) ? suffix : QStringLiteral("img");
}

} // namespace

Result<StoredImageFile> storeImageFile(const QString& sourcePath, const QString& folder)
{
    // Decoding first rejects missing, empty, oversized and non-image files
    // with a message that names the source file.
    const auto decoded = loadImageRgb(sourcePath);
    if (!decoded)
        return Result<StoredImageFile>::failure(decoded.error());

    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Result<StoredImageFile>::failure(
            QStringLiteral("%1: cannot be read (%2)").arg(sourcePath, source.errorString()));
    const QByteArray bytes = source.readAll();
    if (source.error() != QFileDevice::NoError)
        return Result<StoredImageFile>::failure(
            QStringLiteral("%1: cannot be read (%2)").arg(sourcePath, source.errorString()));

    StoredImageFile stored;
    stored.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    stored.fileName = stored.sha256 + u'.' + storedSuffix(sourcePath);

    if (!QDir().mkpath(folder))
        return Result<StoredImageFile>::failure(
            QStringLiteral("%1: the images folder cannot be created").arg(folder));
    const QString target = QDir(folder).filePath(stored.fileName);
    const QFileInfo existing(target);
    if (existing.exists() && existing.size() == bytes.size())
        return stored;

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result<StoredImageFile>::failure(
            QStringLiteral("%1: cannot be written (%2)").arg(target, file.errorString()));
    stored.created = true;
    return stored;
}

void discardStoredImageFile(const StoredImageFile& stored, const QString& folder)
{
    if (!stored.created)
        return;
    if (!QFile::remove(QDir(folder).filePath(stored.fileName)))
        qCWarning(lcCases) << "a copied image whose database row was rolled back could not be removed";
}

} // namespace dermaedge::detail
