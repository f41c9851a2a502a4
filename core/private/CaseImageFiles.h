#pragma once

#include "Result.h"

#include <QString>

namespace dermaedge::detail {

/// An image file copied into the case images folder.
struct StoredImageFile
{
    QString fileName;   ///< name inside the images folder: "<sha256>.<format>"
    QString sha256;     ///< lower-case hex digest of the bytes
    bool created = false; ///< true when this call wrote the file (false: it was already there)
};

/// Checks that `sourcePath` decodes as an image and copies its bytes to
/// `folder`/<sha256>.<format> through QSaveFile. A copy that is already there
/// with the same size is kept. Errors name the source file, or the target
/// file when writing fails.
Result<StoredImageFile> storeImageFile(const QString& sourcePath, const QString& folder);

/// Removes a file this process created when the row that would refer to it
/// was rolled back.
void discardStoredImageFile(const StoredImageFile& stored, const QString& folder);

} // namespace dermaedge::detail
