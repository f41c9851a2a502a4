#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace dermaedge {

/// Writes `bytes` to `path` through a temporary file in the same folder
/// (QSaveFile), which is flushed to disk and then replaces `path` in one step.
/// A crash, a full disk or a read-only folder therefore leaves the previous
/// file intact. On file systems without O_TMPFILE, a killed process may leave
/// a temporary file named `path`.XXXXXX beside it.
/// On failure the message names `path` and the cause.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

/// Renames `from` to `to` in one step, replacing an existing `to` (POSIX
/// rename() within one file system), so that `to` is always either the old or
/// the new file. On failure the message names `to` and the cause.
Status replaceFile(const QString& from, const QString& to);

} // namespace dermaedge
