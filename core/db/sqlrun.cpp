// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/sqlrun.h"

#include <QSqlDriver>

#include <QStringList>

using namespace Qt::StringLiterals;

namespace seawall::SqlRun {

Status script(Database &db, const QStringList &statements)
{
    QSqlQuery query(db.connection());
    for (const QString &statement : statements)
        if (!query.exec(statement))
            return db.errorFrom(query);
    return {};
}

Result<QSqlQuery> run(Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db.connection());
    readForward(query);
    if (!query.prepare(sql))
        return db.errorFrom(query);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return db.errorFrom(query);
    return query;
}

Status exec(Database &db, const QString &sql, const QVariantList &binds)
{
    if (Result<QSqlQuery> query = run(db, sql, binds); !query)
        return query.error();
    return {};
}

Result<QVariant> value(Database &db, const QString &sql, const QVariantList &binds)
{
    Result<QSqlQuery> query = run(db, sql, binds);
    if (!query)
        return query.error();
    const QVariant first = query.value().next() ? query.value().value(0) : QVariant();
    query.value().finish();
    return first;
}

QString inIds(const QString &column, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    return u" AND %1 IN (%2)"_s.arg(column, list.join(u','));
}

void readForward(QSqlQuery &query)
{
    query.setForwardOnly(query.driver() && query.driver()->dbmsType() == QSqlDriver::SQLite);
}

} // namespace seawall::SqlRun
