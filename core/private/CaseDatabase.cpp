#include "CaseDatabase.h"

#include <QSqlError>

namespace dermaedge {

QString CaseStore::Private::failureMessage(const QString& action, const QString& cause) const
{
    return QStringLiteral("%1: cannot %2 (%3)").arg(path, action, cause);
}

namespace detail {

QString sqlErrorText(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

Result<QSqlQuery> runSql(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Result<QSqlQuery>::failure(sqlErrorText(query.lastError()));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Result<QSqlQuery>::failure(sqlErrorText(query.lastError()));
    return query;
}

Result<qint64> querySingleInteger(const QSqlDatabase& db, const QString& sql,
                                  const QVariantList& values)
{
    auto query = runSql(db, sql, values);
    if (!query)
        return Result<qint64>::failure(query.error());
    if (!query->next())
        return Result<qint64>::failure(QStringLiteral("no row returned by \"%1\"").arg(sql));
    return query->value(0).toLongLong();
}

Status requireRow(const QSqlDatabase& db, const QString& table, qint64 id, const QString& entity)
{
    const auto count =
        querySingleInteger(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {id});
    if (!count)
        return Status::failure(count.error());
    if (count.value() == 0)
        return Status::failure(QStringLiteral("%1 %2 not found").arg(entity).arg(id));
    return Status::success();
}

QString toStoredTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace detail
} // namespace dermaedge
