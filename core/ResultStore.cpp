#include "ResultStore.h"

#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace dermaedge {

namespace {

// PRAGMA application_id of DermaEdge result files: "DERS" in ASCII.
constexpr int kApplicationId = 0x44455253;

std::atomic<int> connectionCounter{0};

QString kindName(ResultKind kind)
{
    return kind == ResultKind::Benchmark ? QStringLiteral("benchmark") : QStringLiteral("evaluation");
}

QString sqlError(const QSqlQuery& query)
{
    return query.lastError().text();
}

// Runs one statement. Returns its failure with the file named.
Status execute(QSqlQuery& query, const QString& path, const QString& statement)
{
    if (!query.exec(statement))
        return Status::failure(QStringLiteral("%1: database statement failed (%2)").arg(path, sqlError(query)));
    return Status::success();
}

Result<int> pragmaValue(QSqlDatabase& db, const QString& path, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(pragma)) || !query.next())
        return Result<int>::failure(QStringLiteral("%1: not a DermaEdge results database (%2)")
                                        .arg(path, sqlError(query)));
    return query.value(0).toInt();
}

const char* const kCreateSchema[] = {
    "CREATE TABLE results ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " kind TEXT NOT NULL CHECK (kind IN ('benchmark', 'evaluation')),"
    " model_id TEXT NOT NULL,"
    " archive_sha256 TEXT NOT NULL,"
    " dataset_hash TEXT NOT NULL,"
    " dataset_label TEXT NOT NULL,"
    " cpu_model TEXT NOT NULL,"
    " cpu_cores INTEGER NOT NULL,"
    " libraries TEXT NOT NULL,"
    " settings TEXT NOT NULL,"      // compact JSON object
    " measured_at TEXT NOT NULL,"   // ISO 8601 UTC
    " payload TEXT NOT NULL)",      // compact JSON object
    "CREATE INDEX results_by_model ON results (kind, model_id, id)",
};

// A null QString binds as SQL NULL, which the NOT NULL columns reject; empty text is meant.
QVariant text(const QString& value)
{
    return QVariant(value.isNull() ? QString(QLatin1String("")) : value);
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

StoredResult readRow(const QSqlQuery& query)
{
    StoredResult result;
    result.id = query.value(0).toLongLong();
    ResultKey& key = result.key;
    key.kind = query.value(1).toString() == QStringLiteral("benchmark") ? ResultKind::Benchmark
                                                                        : ResultKind::Evaluation;
    key.modelId = query.value(2).toString();
    key.archiveSha256 = query.value(3).toString();
    key.datasetHash = query.value(4).toString();
    key.datasetLabel = query.value(5).toString();
    key.machine = {query.value(6).toString(), query.value(7).toInt(), query.value(8).toString()};
    key.settings = parseObject(query.value(9));
    result.measuredAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs).toUTC();
    result.payload = parseObject(query.value(11));
    return result;
}

} // namespace

ResultStore::ResultStore(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

ResultStore::~ResultStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ResultStore::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("DERMAEDGE_RESULTS_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/results.sqlite");
}

Result<std::unique_ptr<ResultStore>> ResultStore::open(const QString& path)
{
    using OpenResult = Result<std::unique_ptr<ResultStore>>;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return OpenResult::failure(QStringLiteral("%1: not a file").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return OpenResult::failure(QStringLiteral("%1: cannot create the folder %2").arg(path, info.absolutePath()));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return OpenResult::failure(QStringLiteral(
            "%1: cannot be opened because Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite)").arg(path));

    const QString connectionName = QStringLiteral("dermaedge-results-%1").arg(++connectionCounter);
    std::unique_ptr<ResultStore> store(new ResultStore(info.absoluteFilePath(), connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(store->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return OpenResult::failure(QStringLiteral("%1: cannot be opened (%2)").arg(path, db.lastError().text()));
    }
    if (Status prepared = store->prepareSchema(); !prepared)
        return OpenResult::failure(prepared.error());
    return store;
}

Status ResultStore::prepareSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    // The first statement that reads the file fails when it is not SQLite.
    const Result<int> applicationId = pragmaValue(db, m_path, QStringLiteral("application_id"));
    if (!applicationId)
        return Status::failure(applicationId.error());
    const Result<int> version = pragmaValue(db, m_path, QStringLiteral("user_version"));
    if (!version)
        return Status::failure(version.error());
    if (applicationId.value() != kApplicationId) {
        // Only a file without any table may become a results database.
        QSqlQuery count(db);
        if (applicationId.value() != 0 || !count.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
            || !count.next() || count.value(0).toInt() != 0)
            return Status::failure(
                QStringLiteral("%1: not a DermaEdge results database (another program's SQLite file)").arg(m_path));
    }
    if (version.value() > kSchemaVersion)
        return Status::failure(QStringLiteral("%1: written by a newer DermaEdge (schema %2; this version reads up to %3)")
                                   .arg(m_path).arg(version.value()).arg(kSchemaVersion));

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return Status::failure(
            QStringLiteral("%1: cannot switch to write-ahead logging (%2)").arg(m_path, sqlError(query)));
    if (version.value() == kSchemaVersion)
        return Status::success();

    // A new file: create schema version 1. Later versions add their migrations here.
    if (!db.transaction())
        return Status::failure(QStringLiteral("%1: cannot start a transaction (%2)").arg(m_path, db.lastError().text()));
    for (const char* statement : kCreateSchema) {
        if (Status done = execute(query, m_path, QString::fromLatin1(statement)); !done) {
            db.rollback();
            return done;
        }
    }
    for (const QString& pragma : {QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId),
                                  QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)}) {
        if (Status done = execute(query, m_path, pragma); !done) {
            db.rollback();
            return done;
        }
    }
    if (!db.commit())
        return Status::failure(QStringLiteral("%1: cannot create the tables (%2)").arg(m_path, db.lastError().text()));
    qCInfo(lcResults) << "created results database schema" << kSchemaVersion;
    return Status::success();
}

Result<qint64> ResultStore::save(const ResultKey& key, const QJsonObject& payload, const QDateTime& measuredAt)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return Result<qint64>::failure(QStringLiteral("%1: cannot start a transaction (%2)").arg(m_path, db.lastError().text()));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO results (kind, model_id, archive_sha256, dataset_hash, dataset_label, cpu_model, "
        "cpu_cores, libraries, settings, measured_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {text(kindName(key.kind)), text(key.modelId), text(key.archiveSha256), text(key.datasetHash),
          text(key.datasetLabel), text(key.machine.cpuModel), QVariant(key.machine.cores),
          text(key.machine.libraries), QVariant(QString::fromUtf8(compactJson(key.settings))),
          QVariant(measuredAt.toUTC().toString(Qt::ISODateWithMs)), QVariant(QString::fromUtf8(compactJson(payload)))})
        insert.addBindValue(value);
    if (!insert.exec()) {
        const QString error = sqlError(insert);
        db.rollback();
        return Result<qint64>::failure(QStringLiteral("%1: cannot store the result of %2 (%3)").arg(m_path, key.modelId, error));
    }
    const qint64 id = insert.lastInsertId().toLongLong();

    QSqlQuery prune(db);
    prune.prepare(QStringLiteral(
        "DELETE FROM results WHERE kind = ? AND model_id = ? AND id NOT IN "
        "(SELECT id FROM results WHERE kind = ? AND model_id = ? ORDER BY id DESC LIMIT ?)"));
    for (const QVariant& value : {QVariant(kindName(key.kind)), QVariant(key.modelId), QVariant(kindName(key.kind)),
                                  QVariant(key.modelId), QVariant(kKeptPerModel)})
        prune.addBindValue(value);
    if (!prune.exec() || !db.commit()) {
        const QString error = prune.lastError().isValid() ? sqlError(prune) : db.lastError().text();
        db.rollback();
        return Result<qint64>::failure(QStringLiteral("%1: cannot store the result of %2 (%3)").arg(m_path, key.modelId, error));
    }
    return id;
}

Result<std::vector<StoredResult>> ResultStore::results(ResultKind kind, const QString& modelId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    const QString columns = QStringLiteral(
        "SELECT id, kind, model_id, archive_sha256, dataset_hash, dataset_label, cpu_model, cpu_cores, "
        "libraries, settings, measured_at, payload FROM results WHERE kind = ?");
    query.prepare(columns + (modelId.isEmpty() ? QString() : QStringLiteral(" AND model_id = ?"))
                  + QStringLiteral(" ORDER BY id DESC"));
    query.addBindValue(kindName(kind));
    if (!modelId.isEmpty())
        query.addBindValue(modelId);
    if (!query.exec())
        return Result<std::vector<StoredResult>>::failure(
            QStringLiteral("%1: cannot read results (%2)").arg(m_path, sqlError(query)));
    std::vector<StoredResult> results;
    while (query.next())
        results.push_back(readRow(query));
    return results;
}

} // namespace dermaedge
