#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dermaedge {

/// One labelled image: label 1 is malignant (melanoma), 0 benign.
struct LabelledImage
{
    QString path;
    int label = 0;
};

/// Reads a labelled folder: one subfolder per class, `benign/` and
/// `malignant/` (also accepted: `0/` and `1/`). Files without an image
/// extension are ignored. Fails when the folder is missing or contains no image
/// of either class.
Result<std::vector<LabelledImage>> readClassFolders(const QString& folder);

/// Labelled images listed by an ISIC-style CSV, and the rows it could not use.
struct CsvDataset
{
    std::vector<LabelledImage> images;
    QStringList skippedRows; ///< "line N: reason" for each malformed or unusable row
};

/// Reads an ISIC-style CSV: an image id column (`image_name`, `image_id`,
/// `isic_id` or `image`) and a label from `benign_malignant` (benign or
/// malignant), `target` (0 or 1) or `diagnosis` (melanoma is malignant,
/// anything else benign), in that order of preference. Each id is looked up in
/// `imageFolder` with or without a supported image extension. Rows whose image
/// is missing or whose label cannot be read are skipped and listed. Fails when
/// the file cannot be read, has no usable columns, or yields no image of
/// either class.
Result<CsvDataset> readIsicCsv(const QString& csvPath, const QString& imageFolder);

/// Fingerprint of a labelled data set: the lower-case hex SHA-256 of one line
/// per image (path relative to `baseFolder`, file size in bytes, label), sorted.
/// Adding, removing, relabelling or resizing an image changes it; moving the
/// whole set to another folder does not. File contents are not read, so an edit
/// that keeps the size is not detected.
QString datasetHash(const std::vector<LabelledImage>& images, const QString& baseFolder);

} // namespace dermaedge
