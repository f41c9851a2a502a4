#include "Dataset.h"

#include "ImageIo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

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

namespace {

QStringList splitCsvLine(const QString& line)
{
    // Fields may be quoted; a doubled quote inside quotes is one quote character.
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return fields;
}

int firstColumn(const QStringList& header, const QStringList& names)
{
    for (const QString& name : names) {
        const qsizetype index = header.indexOf(name);
        if (index >= 0)
            return int(index);
    }
    return -1;
}

// Label of a row: 1 malignant, 0 benign, -1 unreadable.
int rowLabel(const QStringList& fields, int benignMalignant, int target, int diagnosis)
{
    if (benignMalignant >= 0 && benignMalignant < fields.size()) {
        const QString value = fields.at(benignMalignant).toLower();
        if (value == QStringLiteral("malignant"))
            return 1;
        if (value == QStringLiteral("benign"))
            return 0;
    }
    if (target >= 0 && target < fields.size()) {
        if (fields.at(target) == QStringLiteral("1"))
            return 1;
        if (fields.at(target) == QStringLiteral("0"))
            return 0;
    }
    if (diagnosis >= 0 && diagnosis < fields.size() && !fields.at(diagnosis).isEmpty())
        return fields.at(diagnosis).toLower() == QStringLiteral("melanoma") ? 1 : 0;
    return -1;
}

QString findImage(const QDir& folder, const QString& id)
{
    if (hasImageExtension(id) && folder.exists(id))
        return folder.absoluteFilePath(id);
    for (const QString& pattern : supportedImagePatterns()) {
        const QString candidate = id + pattern.mid(1);
        if (folder.exists(candidate))
            return folder.absoluteFilePath(candidate);
    }
    return {};
}

} // namespace

Result<CsvDataset> readIsicCsv(const QString& csvPath, const QString& imageFolder)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Result<CsvDataset>::failure(QStringLiteral("%1: cannot be read (%2)").arg(csvPath, file.errorString()));
    QTextStream in(&file);
    const QStringList header = splitCsvLine(in.readLine().toLower());
    const int id = firstColumn(header, {QStringLiteral("image_name"), QStringLiteral("image_id"),
                                        QStringLiteral("isic_id"), QStringLiteral("image")});
    const int benignMalignant = firstColumn(header, {QStringLiteral("benign_malignant")});
    const int target = firstColumn(header, {QStringLiteral("target")});
    const int diagnosis = firstColumn(header, {QStringLiteral("diagnosis")});
    if (id < 0 || (benignMalignant < 0 && target < 0 && diagnosis < 0))
        return Result<CsvDataset>::failure(QStringLiteral(
            "%1: expected an image id column (image_name, image_id, isic_id or image) and a label "
            "column (benign_malignant, target or diagnosis)").arg(csvPath));

    const QDir folder(imageFolder);
    CsvDataset dataset;
    bool sawBenign = false;
    bool sawMalignant = false;
    for (int lineNumber = 2; !in.atEnd(); ++lineNumber) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = splitCsvLine(line);
        if (id >= fields.size() || fields.at(id).isEmpty()) {
            dataset.skippedRows << QStringLiteral("line %1: no image id").arg(lineNumber);
            continue;
        }
        const int label = rowLabel(fields, benignMalignant, target, diagnosis);
        if (label < 0) {
            dataset.skippedRows << QStringLiteral("line %1: no readable label for %2").arg(lineNumber).arg(fields.at(id));
            continue;
        }
        const QString path = findImage(folder, fields.at(id));
        if (path.isEmpty()) {
            dataset.skippedRows << QStringLiteral("line %1: image %2 not found in %3").arg(lineNumber).arg(fields.at(id), imageFolder);
            continue;
        }
        dataset.images.push_back({path, label});
        sawBenign = sawBenign || label == 0;
        sawMalignant = sawMalignant || label == 1;
    }
    if (!sawBenign || !sawMalignant)
        return Result<CsvDataset>::failure(
            QStringLiteral("%1: no usable benign and malignant rows (%2 rows skipped)").arg(csvPath).arg(dataset.skippedRows.size()));
    return dataset;
}

QString datasetHash(const std::vector<LabelledImage>& images, const QString& baseFolder)
{
    const QDir base(baseFolder);
    QStringList lines;
    lines.reserve(qsizetype(images.size()));
    for (const LabelledImage& image : images) {
        const QString relative = baseFolder.isEmpty() ? image.path : base.relativeFilePath(image.path);
        lines << QStringLiteral("%1\t%2\t%3").arg(relative).arg(QFileInfo(image.path).size()).arg(image.label);
    }
    lines.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& line : std::as_const(lines)) {
        hash.addData(line.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace dermaedge
