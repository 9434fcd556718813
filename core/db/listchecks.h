// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QString>

// The CHECK constraints of a column against a list of values, on SQLite.
//
// SQLite makes a temporary table of a list of three or more values for
// every statement that checks it (a list of two it compares). A person
// written by itself, as a roster's rows are, checked two such lists, gender
// and category: a third of the time of a 200,000-person roster went to
// filling those tables. Schema 19 spells such a CHECK as comparisons joined
// by OR: `gender IN ('unknown', 'male', 'female')` becomes `gender =
// 'unknown' OR gender = 'male' OR gender = 'female'`. The same rows pass (a
// NULL passes both), and the file keeps its format: only the text the
// database keeps of its tables changes, the way SQLite's documentation
// gives for a changed CHECK constraint (lang_altertable.html, "Making Other
// Kinds Of Table Schema Changes"). A server compares a list as it is, and
// keeps its constraints as they were.
namespace seawall::ListChecks {

// `createTable` with each `CHECK (column IN (three or more values))`
// spelled as comparisons; the rest as it was.
QString asComparisons(const QString &createTable);

// Inside a migration's transaction: the text of every table so spelled;
// none where SQLite keeps its schema from being written (defensive).
Status spellAsComparisons(Database &db);

} // namespace seawall::ListChecks
