// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/util/error.h"

#include <QString>

#include <functional>

namespace seawall {

// Copies every row of one Seawall database into another of the same
// schema version: a file onto a PostgreSQL server, a server's database into
// a file, or a file into a file.
//
// The target must hold no data (freshly made or initialised: anything else
// is refused, naming a table that holds rows). The tables are copied in
// the order of their foreign keys (a company's parent before it), each row
// with its own id, from one snapshot of the source, in one transaction on
// the target; then a server's id sequences are moved past the largest id.
// The tables the database keeps by triggers (the tests of a day) come last,
// emptied and copied as they are, so that their counts are the source's,
// not doubled; the audit log is copied as it is (its triggers refuse
// changes, not inserts); the settings a database notes of itself when it
// opens (its pinyin index's ICU version) stay the target's. Before the commit the rows of every table are
// counted on both sides: a difference, or any failure on the way, rolls
// everything back, leaving the target as empty as it was.
namespace DatabaseCopy {

// Told as the rows of a table are written: `rows` of its `total`.
using Progress = std::function<void(const QString &table, qint64 rows, qint64 total)>;

Status copy(Database &source, Database &target, const Progress &progress = {});

// The first table of `db` holding rows (settings aside), with their count;
// an empty name when it holds no data.
Result<std::pair<QString, qint64>> firstTableWithRows(Database &db);

} // namespace DatabaseCopy
} // namespace seawall
