#pragma once

#include "Dataset.h"
#include "Result.h"

#include <QImage>
#include <QString>

#include <cstdint>
#include <vector>

namespace dermaedge {

/// 64-bit difference hash (dHash) of an image: compares neighbouring pixels of
/// a 9x8 grey thumbnail. Near-identical photos differ in a few bits.
std::uint64_t differenceHash(const QImage& rgb);

/// Groups items whose hashes differ in at most `maxBits` bits (transitively).
/// Returns a group index per item.
std::vector<int> groupNearDuplicates(const std::vector<std::uint64_t>& hashes, int maxBits);

/// Train/validation assignment of a data set.
struct DataSplit
{
    std::vector<LabelledImage> train;
    std::vector<LabelledImage> validation;
};

/// Splits items stratified by label and seeded. Items of one duplicate group always
/// land on the same side. `groups` contains one group index per item.
DataSplit stratifiedGroupSplit(const std::vector<LabelledImage>& items,
                               const std::vector<int>& groups, double validationFraction,
                               quint64 seed);

/// Writes the split as CSV (`path,label,subset`) atomically. Paths inside
/// `baseFolder` are written relative to it, so the file works on other machines.
Status saveSplit(const DataSplit& split, const QString& csvPath, const QString& baseFolder = {});

/// Reads a split written by saveSplit(); relative paths are resolved against `baseFolder`.
Result<DataSplit> loadSplit(const QString& csvPath, const QString& baseFolder = {});

} // namespace dermaedge
