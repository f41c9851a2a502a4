#include "Split.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <bit>
#include <map>
#include <numeric>
#include <random>

namespace dermaedge {

std::uint64_t differenceHash(const QImage& rgb)
{
    const QImage small = rgb.convertToFormat(QImage::Format_Grayscale8)
                             .scaled(9, 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    std::uint64_t hash = 0;
    for (int y = 0; y < 8; ++y) {
        const uchar* row = small.constScanLine(y);
        for (int x = 0; x < 8; ++x)
            hash = (hash << 1) | (row[x] < row[x + 1] ? 1u : 0u);
    }
    return hash;
}

std::vector<int> groupNearDuplicates(const std::vector<std::uint64_t>& hashes, int maxBits)
{
    std::vector<int> parent(hashes.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](int i) {
        while (parent[size_t(i)] != i) {
            parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
            i = parent[size_t(i)];
        }
        return i;
    };
    for (size_t i = 0; i < hashes.size(); ++i) {
        for (size_t j = i + 1; j < hashes.size(); ++j) {
            if (std::popcount(hashes[i] ^ hashes[j]) <= maxBits)
                parent[size_t(root(int(j)))] = root(int(i));
        }
    }
    // Renumber groups densely in order of first appearance.
    std::vector<int> groups(hashes.size());
    std::map<int, int> dense;
    for (size_t i = 0; i < hashes.size(); ++i) {
        const int r = root(int(i));
        const auto [it, inserted] = dense.emplace(r, int(dense.size()));
        groups[i] = it->second;
    }
    return groups;
}

DataSplit stratifiedGroupSplit(const std::vector<LabelledImage>& items,
                               const std::vector<int>& groups, double validationFraction,
                               quint64 seed)
{
    // A group takes the label of most of its members; each label's groups are
    // shuffled and moved to validation until that label's quota is met.
    std::map<int, std::vector<size_t>> members;
    for (size_t i = 0; i < items.size(); ++i)
        members[groups[i]].push_back(i);

    std::map<int, std::vector<int>> groupsByLabel;
    std::map<int, size_t> itemsByLabel;
    for (const auto& [group, indices] : members) {
        size_t malignant = 0;
        for (size_t index : indices)
            malignant += items[index].label == 1 ? 1 : 0;
        const int label = malignant * 2 >= indices.size() ? 1 : 0;
        groupsByLabel[label].push_back(group);
        itemsByLabel[label] += indices.size();
    }

    std::mt19937_64 random(seed);
    std::vector<bool> inValidation(items.size(), false);
    for (auto& [label, labelGroups] : groupsByLabel) {
        std::shuffle(labelGroups.begin(), labelGroups.end(), random);
        const auto quota = size_t(std::lround(validationFraction * double(itemsByLabel[label])));
        size_t taken = 0;
        for (int group : labelGroups) {
            if (taken >= quota)
                break;
            for (size_t index : members[group])
                inValidation[index] = true;
            taken += members[group].size();
        }
    }

    DataSplit split;
    for (size_t i = 0; i < items.size(); ++i)
        (inValidation[i] ? split.validation : split.train).push_back(items[i]);
    return split;
}

Status saveSplit(const DataSplit& split, const QString& csvPath, const QString& baseFolder)
{
    const QDir base(baseFolder);
    auto stored = [&](const QString& path) {
        if (baseFolder.isEmpty())
            return path;
        const QString relative = base.relativeFilePath(path);
        return relative.startsWith(QStringLiteral("..")) ? path : relative;
    };
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(csvPath, file.errorString()));
    QTextStream out(&file);
    out << "path,label,subset\n";
    for (const LabelledImage& item : split.train)
        out << '"' << stored(item.path) << "\"," << item.label << ",train\n";
    for (const LabelledImage& item : split.validation)
        out << '"' << stored(item.path) << "\"," << item.label << ",validation\n";
    out.flush();
    if (!file.commit())
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(csvPath, file.errorString()));
    return Status::success();
}

Result<DataSplit> loadSplit(const QString& csvPath, const QString& baseFolder)
{
    const QDir base(baseFolder);
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Result<DataSplit>::failure(
            QStringLiteral("%1: cannot be read (%2)").arg(csvPath, file.errorString()));
    QTextStream in(&file);
    DataSplit split;
    int lineNumber = 1;
    if (in.readLine() != QStringLiteral("path,label,subset"))
        return Result<DataSplit>::failure(QStringLiteral("%1: missing header path,label,subset").arg(csvPath));
    while (!in.atEnd()) {
        ++lineNumber;
        const QString line = in.readLine();
        const qsizetype closing = line.lastIndexOf(u'"');
        const QStringList rest = line.mid(closing + 2).split(u',');
        if (!line.startsWith(u'"') || closing <= 0 || rest.size() != 2
            || (rest[0] != u'0' && rest[0] != u'1'))
            return Result<DataSplit>::failure(
                QStringLiteral("%1: line %2 is malformed").arg(csvPath).arg(lineNumber));
        const QString path = line.mid(1, closing - 1);
        const bool resolve = !baseFolder.isEmpty() && QDir::isRelativePath(path);
        const LabelledImage item{resolve ? base.absoluteFilePath(path) : path, rest[0].toInt()};
        if (rest[1] == QStringLiteral("train"))
            split.train.push_back(item);
        else if (rest[1] == QStringLiteral("validation"))
            split.validation.push_back(item);
        else
            return Result<DataSplit>::failure(
                QStringLiteral("%1: line %2 has an unknown subset").arg(csvPath).arg(lineNumber));
    }
    return split;
}

} // namespace dermaedge
