// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sql/sqldialect.h"

using namespace Qt::StringLiterals;

namespace seawall::SqlDialect {

QString hoursBetween(const QString &startColumn, const QString &endColumn)
{
    // PostgreSQL: EXTRACT(EPOCH FROM (end::timestamp - start::timestamp)) / 3600
    return u"((julianday(%2) - julianday(%1)) * 24.0)"_s.arg(startColumn, endColumn);
}

QString addDays(const QString &dateExpr, int days)
{
    // PostgreSQL: (CAST(expr AS date) + days)
    return u"date(%1, '%2 day')"_s.arg(dateExpr, days < 0 ? QString::number(days) : u"+"_s + QString::number(days));
}

QString holds(const QString &expr)
{
    // PostgreSQL: strpos(expr, ?) > 0
    return u"instr(%1, ?) > 0"_s.arg(expr);
}

QString beginWrite()
{
    // PostgreSQL: BEGIN (its writers wait for each other's row locks).
    return u"BEGIN IMMEDIATE"_s;
}

QString pinyinCollation()
{
    // PostgreSQL: the ICU collation "zh-x-icu" (its default for zh is pinyin).
    return u"seawall_pinyin"_s;
}

QString byPinyin(const QString &expression) { return expression + u" COLLATE "_s + pinyinCollation(); }

QString copyDatabaseTo()
{
    // PostgreSQL has no equivalent; a server database is backed up by pg_dump.
    return u"VACUUM INTO ?"_s;
}

} // namespace seawall::SqlDialect
