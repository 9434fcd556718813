// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace seawall {

// The few SQL fragments that differ between SQLite and PostgreSQL. Every
// SQLite-only function Seawall uses is spelled here and nowhere else.
namespace SqlDialect {

// Hours between two ISO-8601 'YYYY-MM-DD HH:MM' text columns.
QString hoursBetween(const QString &startColumn, const QString &endColumn);

// The ISO date `days` days after the ISO date text `dateExpr`.
QString addDays(const QString &dateExpr, int days);

// A condition that the text `expr` holds the text bound to its one "?"
// (anywhere, as it is written).
QString holds(const QString &expr);

// Begins a transaction that will write, taking the write lock at once (and
// so waiting for another writer to finish, up to the busy timeout).
QString beginWrite();

// The name of the function whose value orders people's and companies'
// names as Chinese readers look for them, in pinyin (安娜, 丁一, 万芳, 张三),
// rather than by code point (丁, 万, 安, 张). core/db/pinyinkey.h
// registers it on every connection.
QString pinyinKeyFunction();
// What ORDER BY orders a name by in pinyin (an index of person names holds
// it: db/migrations.cpp, version 11).
QString byPinyin(const QString &expression);

// A statement that writes a consistent copy of the open database to `path`
// (bound as the first parameter).
QString copyDatabaseTo();

// The statements that have the database keep `tally` counting the rows of
// `table` by the values of `groupColumns`, in `countColumn`, however a row
// is inserted, deleted or moved to another group: no write path (an edit,
// an import, its undo and redo, the demo) can forget to. `tally` has the
// group columns as its primary key and the count; a group whose rows are
// all gone keeps its row, at 0. Their names begin with `tally`.
QStringList keepRowCounts(const QString &table, const QStringList &groupColumns, const QString &tally,
    const QString &countColumn);

// The statements that have the database refuse every UPDATE and DELETE of
// the rows of `table` (the audit log), whoever asks: the program, another
// program, a user with a SQL shell that does not drop them first. The
// refusal says `message`. Their names begin with `table`.
QStringList refuseChanges(const QString &table, const QString &message);
// The statements that take refuseChanges() away again, for the one change
// of the audit log there is: personal data purged (core/audit/purge.h),
// inside its transaction, which puts them back before it commits.
QStringList allowChanges(const QString &table);

} // namespace SqlDialect
} // namespace seawall
