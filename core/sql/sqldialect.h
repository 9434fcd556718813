// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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

// The name of the collation that orders people's and companies' names as
// Chinese readers look for them, in pinyin (安娜, 丁一, 万芳, 张三), rather
// than by code point (丁, 万, 安, 张). core/db/pinyincollation.h
// registers it on every connection.
QString pinyinCollation();
// An expression ordered by that collation, for ORDER BY.
QString byPinyin(const QString &expression);

// A statement that writes a consistent copy of the open database to `path`
// (bound as the first parameter).
QString copyDatabaseTo();

} // namespace SqlDialect
} // namespace seawall
