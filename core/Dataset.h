#pragma once

#include "Result.h"

#include <QString>

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
/// extension are ignored. Fails when the folder is missing or holds no image
/// of either class.
Result<std::vector<LabelledImage>> readClassFolders(const QString& folder);

} // namespace dermaedge
