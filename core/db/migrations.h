// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sql/sqldialect.h"
#include "core/util/error.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace seawall {

// One step of the schema: the statements that take a database from
// `version - 1` to `version`. Steps are never edited once released; a change
// is a new step.
class Database;

struct Migration
{
    int version;
    QStringList statements;
    // Work SQL cannot express, run after the statements in the same
    // transaction (filling a derived column by a rule kept in C++).
    std::function<Status(Database &)> after = {};
};

// The steps as SQLite runs them; for PostgreSQL, the same steps, with the
// few statements that differ spelled for it (Database::migrate also has
// SqlDialect::schemaStatement spell their types).
const std::vector<Migration> &migrations(SqlBackend backend);

// The tables the database keeps filled by itself, through triggers, as the
// rows they count are written (SqlDialect::keepRowCounts): the tests of a
// day and company.
QStringList tablesKeptByTriggers();

} // namespace seawall
