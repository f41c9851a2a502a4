#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace dermaedge::detail {

/// `PRAGMA application_id` of case databases ("DrmE"), which tells them apart
/// from SQLite files of other programs.
inline constexpr qint64 kCaseApplicationId = 0x44726D45;

/// Schema version the last migration produces.
int latestCaseSchemaVersion();

/// Checks an open connection and brings its schema up to date: reads the
/// header (which fails for a file that is not SQLite), rejects other programs'
/// databases, damaged files and files from a newer version, verifies that the
/// file is writable, turns on WAL and foreign keys, and applies the missing
/// migrations, each in its own transaction. Errors are causes without the path.
Status prepareCaseDatabase(QSqlDatabase& db);

} // namespace dermaedge::detail
