// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sql/sqldialect.h"

using namespace Qt::StringLiterals;

namespace seawall::SqlDialect {

QString hoursBetween(const QString &startColumn, const QString &endColumn)
{
    // PostgreSQL: EXTRACT(EPOCH FROM (end::timestamp - start::timestamp)) / 3600
    return u"((julianday(%2) - julianday(%1)) * 24.0)"_s.arg(startColumn, endColumn);
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

QString pinyinKeyFunction()
{
    // PostgreSQL: the ICU collation "zh-x-icu" (its default for zh is pinyin).
    return u"seawall_pinyin_key"_s;
}

QString byPinyin(const QString &expression) { return pinyinKeyFunction() + u'(' + expression + u')'; }

QString copyDatabaseTo()
{
    // PostgreSQL has no equivalent; a server database is backed up by pg_dump.
    return u"VACUUM INTO ?"_s;
}

} // namespace seawall::SqlDialect
