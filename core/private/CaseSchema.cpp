#include "CaseSchema.h"

#include "CaseDatabase.h"
#include "Logging.h"

#include <QSqlError>
#include <QStringList>

#include <vector>

namespace dermaedge::detail {

namespace {

struct Migration
{
    int version; ///< user_version after this migration
    QStringList statements; ///< one SQL statement each, because QSQLITE runs only the first
};

// Migrations are frozen once released: a change to the schema is a new entry,
// so that every older file goes through the same steps.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list{
        {1,
         {QStringLiteral("PRAGMA application_id = %1").arg(kCaseApplicationId),
          QStringLiteral(
              "CREATE TABLE patients ("
              " id INTEGER PRIMARY KEY,"
              " pseudonym TEXT NOT NULL UNIQUE CHECK (length(trim(pseudonym)) > 0),"
              " comment TEXT NOT NULL DEFAULT '',"
              " created_at TEXT NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE lesions ("
              " id INTEGER PRIMARY KEY,"
              " patient_id INTEGER NOT NULL REFERENCES patients(id),"
              " site TEXT NOT NULL CHECK (site IN ('anterior torso', 'posterior torso',"
              "  'lateral torso', 'head/neck', 'upper extremity', 'lower extremity',"
              "  'palms/soles', 'oral/genital', 'unknown')),"
              " label TEXT NOT NULL DEFAULT '',"
              " created_at TEXT NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE visits ("
              " id INTEGER PRIMARY KEY,"
              " lesion_id INTEGER NOT NULL REFERENCES lesions(id),"
              " visit_date TEXT NOT NULL"
              "  CHECK (visit_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'))"),
          QStringLiteral(
              "CREATE TABLE images ("
              " id INTEGER PRIMARY KEY,"
              " visit_id INTEGER NOT NULL REFERENCES visits(id),"
              " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
              " file_name TEXT NOT NULL CHECK (length(file_name) > 0),"
              " source_name TEXT NOT NULL DEFAULT '',"
              " imported_at TEXT NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE results ("
              " id INTEGER PRIMARY KEY,"
              " image_id INTEGER NOT NULL REFERENCES images(id),"
              " model_id TEXT NOT NULL CHECK (length(model_id) > 0),"
              " variant TEXT NOT NULL DEFAULT '',"
              " probability REAL NOT NULL CHECK (probability >= 0 AND probability <= 1),"
              " threshold REAL NOT NULL CHECK (threshold >= 0 AND threshold <= 1),"
              " decision TEXT NOT NULL CHECK (decision IN ('benign', 'malignant')),"
              " recorded_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX lesions_by_patient ON lesions(patient_id)"),
          QStringLiteral("CREATE INDEX visits_by_lesion ON visits(lesion_id, visit_date)"),
          QStringLiteral("CREATE INDEX images_by_visit ON images(visit_id)"),
          QStringLiteral("CREATE INDEX results_by_image ON results(image_id)")}},
        {2,
         {QStringLiteral(
              "CREATE TABLE notes ("
              " id INTEGER PRIMARY KEY,"
              " patient_id INTEGER NOT NULL REFERENCES patients(id),"
              " lesion_id INTEGER REFERENCES lesions(id),"
              " visit_id INTEGER REFERENCES visits(id),"
              " text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
              " created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX notes_by_patient ON notes(patient_id)"),
          QStringLiteral("CREATE INDEX notes_by_visit ON notes(visit_id)")}},
    };
    return list;
}

Status applyMigration(QSqlDatabase& db, const Migration& migration)
{
    if (!db.transaction())
        return Status::failure(sqlErrorText(db.lastError()));
    QStringList statements = migration.statements;
    statements << QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
    for (const QString& statement : std::as_const(statements)) {
        const auto query = runSql(db, statement);
        if (!query) {
            db.rollback();
            return Status::failure(query.error());
        }
    }
    if (!db.commit()) {
        const QString cause = sqlErrorText(db.lastError());
        db.rollback();
        return Status::failure(cause);
    }
    return Status::success();
}

// Reads the header fields and decides whether this build may use the file.
Result<int> checkHeader(const QSqlDatabase& db)
{
    // The first read fails for a file that is not an SQLite database.
    const auto tables = querySingleInteger(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return Result<int>::failure(tables.error());
    const auto version = querySingleInteger(db, QStringLiteral("PRAGMA user_version"));
    const auto applicationId = querySingleInteger(db, QStringLiteral("PRAGMA application_id"));
    if (!version || !applicationId)
        return Result<int>::failure(!version ? version.error() : applicationId.error());

    const bool empty = tables.value() == 0 && version.value() == 0;
    if (!empty && applicationId.value() != kCaseApplicationId)
        return Result<int>::failure(QStringLiteral(
            "the file is an SQLite database of another program, not a DermaEdge case database"));
    if (version.value() > latestCaseSchemaVersion())
        return Result<int>::failure(
            QStringLiteral("the file was written by a newer DermaEdge (case schema version %1; "
                           "this version reads up to %2). Open it with a newer DermaEdge.")
                .arg(version.value())
                .arg(latestCaseSchemaVersion()));
    return int(version.value());
}

Status checkIntegrity(const QSqlDatabase& db)
{
    // quick_check reads every page once, which costs milliseconds for a case
    // database because images are stored as files, not in the database.
    auto query = runSql(db, QStringLiteral("PRAGMA quick_check"));
    if (!query)
        return Status::failure(query.error());
    QStringList problems;
    while (query->next()) {
        const QString line = query->value(0).toString();
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return Status::failure(QStringLiteral("the database is damaged (%1)")
                                   .arg(problems.mid(0, 3).join(QStringLiteral("; "))));
    return Status::success();
}

Status configureConnection(const QSqlDatabase& db)
{
    // SQLite opens a write-protected file read-only without an error, so taking
    // the write lock is the first step that fails for it.
    for (const char* sql : {"BEGIN IMMEDIATE", "ROLLBACK"}) {
        const auto probe = runSql(db, QString::fromLatin1(sql));
        if (!probe)
            return Status::failure(QStringLiteral("the file cannot be written (%1)").arg(probe.error()));
    }
    auto journal = runSql(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal || !journal->next() || journal->value(0).toString() != QStringLiteral("wal"))
        return Status::failure(QStringLiteral("write-ahead logging cannot be turned on (%1)")
                                   .arg(journal ? sqlErrorText(journal->lastError()) : journal.error()));
    for (const char* sql : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        const auto pragma = runSql(db, QString::fromLatin1(sql));
        if (!pragma)
            return Status::failure(pragma.error());
    }
    const auto foreignKeys = querySingleInteger(db, QStringLiteral("PRAGMA foreign_keys"));
    if (!foreignKeys || foreignKeys.value() != 1)
        return Status::failure(QStringLiteral("the SQLite library does not enforce foreign keys"));
    return Status::success();
}

} // namespace

int latestCaseSchemaVersion()
{
    return migrations().back().version;
}

Status prepareCaseDatabase(QSqlDatabase& db)
{
    const auto version = checkHeader(db);
    if (!version)
        return Status::failure(version.error());
    if (Status integrity = checkIntegrity(db); !integrity)
        return integrity;
    if (Status configured = configureConnection(db); !configured)
        return configured;

    for (const Migration& migration : migrations()) {
        if (migration.version <= version.value())
            continue;
        if (Status applied = applyMigration(db, migration); !applied)
            return Status::failure(QStringLiteral("upgrading the case schema to version %1 failed (%2)")
                                       .arg(migration.version)
                                       .arg(applied.error()));
        qCInfo(lcCases) << "case database schema upgraded to version" << migration.version;
    }
    return Status::success();
}

} // namespace dermaedge::detail
