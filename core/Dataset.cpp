#include "Dataset.h"

#include "ImageIo.h"

#include <QDir>
#include <QDirIterator>

namespace dermaedge {

namespace {

void collect(const QDir& folder, int label, std::vector<LabelledImage>& out)
{
    QStringList files;
    QDirIterator it(folder.absolutePath(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (hasImageExtension(path))
            files << path;
    }
    files.sort(); // directory order differs between file systems; sorting keeps runs reproducible
    for (const QString& path : std::as_const(files))
        out.push_back({path, label});
}

} // namespace

Result<std::vector<LabelledImage>> readClassFolders(const QString& folder)
{
    using ListResult = Result<std::vector<LabelledImage>>;
    const QDir root(folder);
    if (!root.exists())
        return ListResult::failure(QStringLiteral("%1: folder not found").arg(folder));

    const QStringList benignNames{QStringLiteral("benign"), QStringLiteral("0")};
    const QStringList malignantNames{QStringLiteral("malignant"), QStringLiteral("melanoma"),
                                     QStringLiteral("1")};
    std::vector<LabelledImage> images;
    bool sawBenign = false;
    bool sawMalignant = false;
    const QStringList subfolders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : subfolders) {
        const size_t before = images.size();
        if (benignNames.contains(name.toLower())) {
            collect(QDir(root.absoluteFilePath(name)), 0, images);
            sawBenign = sawBenign || images.size() > before;
        } else if (malignantNames.contains(name.toLower())) {
            collect(QDir(root.absoluteFilePath(name)), 1, images);
            sawMalignant = sawMalignant || images.size() > before;
        }
    }
    if (!sawBenign || !sawMalignant)
        return ListResult::failure(
            QStringLiteral("%1: expected image files in both a benign/ and a malignant/ subfolder")
                .arg(folder));
    return images;
}

} // namespace dermaedge
