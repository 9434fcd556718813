// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <vector>

namespace seawall {

class Database;

// Writes many rows into one table through multi-row INSERT statements with
// bound values, prepared once and reused: stepping one statement for 64 rows
// instead of 64 statements makes a bulk load (the large demo) about a third
// faster. Rows are kept back until a statement is full, so flush() before
// writing rows that refer to them, and at the end.
class RowWriter
{
public:
    static constexpr qsizetype kRowsPerStatement = 64;

    // `table` and `columns` ("a, b, c") are names from the code, never data.
    RowWriter(Database &db, const QString &table, const QString &columns);

    // One value per column, in the order of the columns. False once a write
    // has failed: later rows are dropped and flush() returns the error.
    bool add(std::initializer_list<QVariant> row);

    // Writes the rows kept back; the first error, if any.
    Status flush();

private:
    bool write();

    Database &m_db;
    QSqlQuery m_full; // the statement for kRowsPerStatement rows
    bool m_prepared = false;
    qsizetype m_columns;
    QString m_head;
    std::vector<QVariant> m_pending;
    std::optional<Error> m_error;
};

} // namespace seawall
