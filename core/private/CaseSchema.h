#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace dermaedge::detail {

/// `PRAGMA application_id` of case databases ("DrmE"), which distinguishes them
/// from SQLite files of other programs.
inline constexpr qint64 kCaseApplicationId = 0x44726D45;

/// Schema version the last migration produces.
int latestCaseSchemaVersion();

/// Checks an open connection and brings its schema up to date. Reading the
/// header fails for a file that is not SQLite. Other programs' databases,
/// damaged files and files from a newer version are rejected, and the file
/// must be writable. Then WAL and foreign keys are turned on and the missing
/// migrations applied, each in its own transaction. Errors are causes without the path.
Status prepareCaseDatabase(QSqlDatabase& db);

} // namespace dermaedge::detail
