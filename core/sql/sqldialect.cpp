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

QStringList keepRowCounts(const QString &table, const QStringList &groupColumns, const QString &tally,
    const QString &countColumn)
{
    // PostgreSQL: one plpgsql function doing the same on TG_OP, run FOR EACH
    // ROW by a trigger AFTER INSERT OR DELETE OR UPDATE OF the group columns.
    QStringList newValues, oldMatch, changed;
    for (const QString &column : groupColumns) {
        newValues << u"new."_s + column;
        oldMatch << u"%1 = old.%1"_s.arg(column);
        changed << u"old.%1 IS NOT new.%1"_s.arg(column);
    }
    const QString group = groupColumns.join(u", "_s);
    const QString add = u"INSERT INTO %1 (%2, %3) VALUES (%4, 1) ON CONFLICT (%2) DO UPDATE SET %3 = %3 + 1;"_s.arg(
        tally, group, countColumn, newValues.join(u", "_s));
    const QString remove
        = u"UPDATE %1 SET %2 = %2 - 1 WHERE %3;"_s.arg(tally, countColumn, oldMatch.join(u" AND "_s));
    return {
        u"CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END"_s.arg(tally, table, add),
        u"CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN %3 END"_s.arg(tally, table, remove),
        u"CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 WHEN %4 BEGIN %5 %6 END"_s.arg(
            tally, group, table, changed.join(u" OR "_s), remove, add),
    };
}

QStringList refuseChanges(const QString &table, const QString &message)
{
    // PostgreSQL: a plpgsql function RAISE EXCEPTION '…', run BEFORE UPDATE
    // OR DELETE FOR EACH ROW (and REVOKE UPDATE, DELETE from the roles).
    QString quoted = message;
    quoted.replace(u'\'', u"''"_s);
    return {
        u"CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END"_s.arg(table, quoted),
        u"CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END"_s.arg(table, quoted),
    };
}

QStringList allowChanges(const QString &table)
{
    // PostgreSQL: ALTER TABLE … DISABLE TRIGGER (as the table's owner).
    return {u"DROP TRIGGER %1_no_update"_s.arg(table), u"DROP TRIGGER %1_no_delete"_s.arg(table)};
}

} // namespace seawall::SqlDialect
