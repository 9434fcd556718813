// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QList>
#include <QSqlQuery>
#include <QVariantList>

namespace seawall::SqlRun {

// Prepares `sql`, binds the values in order and runs it forward only; the
// query stands before its first row. The figures, reports and checks all
// read through here.
Result<QSqlQuery> run(Database &db, const QString &sql, const QVariantList &binds = {});

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

// " AND <column> IN (1,2,3)" for the ids of a company and its children, or
// an empty string for the whole group. Only integer ids go in, never text.
QString inIds(const QString &column, const QList<qint64> &ids);

} // namespace seawall::SqlRun
