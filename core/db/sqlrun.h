// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/sql/sqlvalues.h"

#include <QList>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>
#include <type_traits>
#include <vector>

namespace seawall::SqlRun {

// Prepares `sql`, binds the values in order and runs it forward only; the
// query stands before its first row. The figures, reports and checks all
// read through here.
Result<QSqlQuery> run(Database &db, const QString &sql, const QVariantList &binds = {});

// Runs a statement for what it does (an insert, an update, a delete).
Status exec(Database &db, const QString &sql, const QVariantList &binds = {});

// The first column of the first row `sql` gives; null when it gives none.
Result<QVariant> value(Database &db, const QString &sql, const QVariantList &binds = {});

// Runs each statement as it is, not prepared (statements of the schema,
// with no values), until one fails.
Status script(Database &db, const QStringList &statements);

// Runs `sql` and hands each row to `row`.
template <typename Row>
Status eachRow(Database &db, const QString &sql, const QVariantList &binds, Row row)
{
    Result<QSqlQuery> query = run(db, sql, binds);
    if (!query)
        return query.error();
    while (query.value().next())
        row(query.value());
    return {};
}

// Runs `sql` and makes one item of each row with `make` (a function of
// the row returning the item), in the order of the rows.
template <typename Make>
auto collect(Database &db, const QString &sql, const QVariantList &binds, Make make)
    -> Result<std::vector<std::invoke_result_t<Make, const QSqlQuery &>>>
{
    std::vector<std::invoke_result_t<Make, const QSqlQuery &>> items;
    const Status status = eachRow(db, sql, binds, [&](const QSqlQuery &row) { items.push_back(make(row)); });
    if (!status)
        return status.error();
    return items;
}

// A value of a row as the member it is read into wants it.
inline void readInto(const QVariant &value, qint64 &into) { into = value.toLongLong(); }
inline void readInto(const QVariant &value, int &into) { into = value.toInt(); }
inline void readInto(const QVariant &value, QString &into) { into = value.toString(); }
inline void readInto(const QVariant &value, QDate &into) { into = SqlValues::toDate(value); }
template <typename T>
void readInto(const QVariant &value, std::optional<T> &into)
{
    if (value.isNull())
        into.reset();
    else
        readInto(value, into.emplace());
}

// An item of the row's columns, from the first, read into the members
// named in that order: SqlRun::fields(q, &Item::id, &Item::name).
template <typename Item, typename... Member>
Item fields(const QSqlQuery &row, Member Item::*...members)
{
    Item item{};
    int column = 0;
    (readInto(row.value(column++), item.*members), ...);
    return item;
}

// Has `query` read its rows as it goes, rather than all at once, where that
// is safe: on SQLite. Qt's PostgreSQL driver reads such a query a row at a
// time from the server and loses the rest when another statement runs on
// the connection before the last row (an undo writing as it reads), so
// there every query reads its rows whole.
void readForward(QSqlQuery &query);

// " AND <column> IN (1,2,3)" for the ids of a company and its children, or
// an empty string for the whole group. Only integer ids go in, never text.
QString inIds(const QString &column, const QList<qint64> &ids);

} // namespace seawall::SqlRun
