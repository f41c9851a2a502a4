#pragma once

// Internals shared by CaseStore.cpp (writes) and CaseQueries.cpp (reads).

#include "CaseStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

namespace dermaedge {

namespace detail {
/// The database's own message when there is one. The driver's text only adds
/// "Unable to execute statement" and the like.
QString sqlErrorText(const QSqlError& error);
} // namespace detail

struct CaseStore::Private
{
    QString path;           ///< absolute path of the database file
    QString imagesFolder;   ///< absolute path of the images folder beside it
    QString connectionName; ///< unique per store, removed with it

    QSqlDatabase database() const { return QSqlDatabase::database(connectionName, false); }

    /// Runs `body` in one transaction. A failure of `body` or of the commit
    /// rolls back and returns "<database>: cannot <action> (<cause>)".
    template <typename T>
    Result<T> transact(const QString& action, const std::function<Result<T>()>& body) const
    {
        QSqlDatabase db = database();
        if (!db.transaction())
            return Result<T>::failure(failureMessage(action, detail::sqlErrorText(db.lastError())));
        Result<T> result = body();
        if (!result) {
            db.rollback();
            return Result<T>::failure(failureMessage(action, result.error()));
        }
        if (!db.commit()) {
            const QString cause = detail::sqlErrorText(db.lastError());
            db.rollback();
            return Result<T>::failure(failureMessage(action, cause));
        }
        return result;
    }

    QString failureMessage(const QString& action, const QString& cause) const;
};

namespace detail {

/// Prepares and runs `sql` with positional `values`; on failure the message
/// is the driver's error text.
Result<QSqlQuery> runSql(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

/// Runs a query expected to return one integer (a count or a pragma value).
Result<qint64> querySingleInteger(const QSqlDatabase& db, const QString& sql,
                                  const QVariantList& values = {});

/// Fails with "<entity> <id> not found" unless `table` has a row with that id.
Status requireRow(const QSqlDatabase& db, const QString& table, qint64 id, const QString& entity);

/// UTC time as stored in the database: ISO 8601 with milliseconds.
QString toStoredTime(const QDateTime& time);
QDateTime fromStoredTime(const QString& text);

} // namespace detail
} // namespace dermaedge
