// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sql/sqldialect.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace seawall::SqlDialect {

QString hoursBetween(const QString &startColumn, const QString &endColumn)
{
    return u"((julianday(%2) - julianday(%1)) * 24.0)"_s.arg(startColumn, endColumn);
}

QString addDays(const QString &dateExpr, int days)
{
    return u"date(%1, '%2 day')"_s.arg(dateExpr, days < 0 ? QString::number(days) : u"+"_s + QString::number(days));
}

QString holds(const QString &expr) { return u"instr(%1, ?) > 0"_s.arg(expr); }

QString notThroughIndex(SqlBackend backend, const QString &condition)
{
    return backend == SqlBackend::Sqlite ? u'+' + condition : condition;
}

QString likeIgnoringCase(SqlBackend backend, const QString &expr)
{
    return u"%1 %2 ? ESCAPE '\\'"_s.arg(expr, backend == SqlBackend::Postgresql ? u"ILIKE"_s : u"LIKE"_s);
}

QStringList compatibilityFunctions(SqlBackend backend)
{
    if (backend == SqlBackend::Sqlite)
        return {};
    // Immutable and strict as SQLite's are: NULL in, NULL out, and usable
    // in an index. A text that is not a date fails, where SQLite gives NULL;
    // the columns they read hold dates written by Seawall.
    return {
        uR"(CREATE OR REPLACE FUNCTION julianday(value text) RETURNS double precision
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$ SELECT extract(epoch FROM value::timestamp)::double precision / 86400.0 + 2440587.5 $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION date(value text, modifier text) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$ SELECT to_char(value::timestamp + modifier::interval, 'YYYY-MM-DD') $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION instr(haystack text, needle text) RETURNS integer
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$ SELECT strpos(haystack, needle) $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION round(value double precision, places integer) RETURNS double precision
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$ SELECT round(value::numeric, places)::double precision $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION seawall_concat_step(joined text, value text, separator text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT CASE WHEN value IS NULL THEN joined WHEN joined IS NULL THEN value
                              ELSE joined || separator || value END $$)"_s,
        u"CREATE AGGREGATE group_concat(text, text) (SFUNC = seawall_concat_step, STYPE = text)"_s,
    };
}

QString beginWrite(SqlBackend backend)
{
    // PostgreSQL's writers wait for each other's row locks.
    return backend == SqlBackend::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

QString beginRead(SqlBackend backend)
{
    // SQLite's reader keeps its snapshot until it ends; PostgreSQL's
    // default takes a new one for each statement.
    return backend == SqlBackend::Sqlite ? u"BEGIN"_s : u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s;
}

QString mapForReading(qint64 bytes) { return u"PRAGMA mmap_size = %1"_s.arg(bytes); }

QString pinyinKeyFunction() { return u"seawall_pinyin_key"_s; }

QString byPinyin(SqlBackend backend, const QString &expression)
{
    // ICU's zh collation orders by pinyin, as the key does; deterministic,
    // it breaks ties by the bytes, as the key's tail does.
    if (backend == SqlBackend::Postgresql)
        return u"(%1 COLLATE \"zh-x-icu\")"_s.arg(expression);
    return pinyinKeyFunction() + u'(' + expression + u')';
}

QString copyDatabaseTo() { return u"VACUUM INTO ?"_s; }

QStringList keepRowCounts(SqlBackend backend, const QString &table, const QStringList &groupColumns,
    const QString &tally, const QString &countColumn)
{
    QStringList newValues, oldMatch, changed;
    for (const QString &column : groupColumns) {
        newValues << u"new."_s + column;
        oldMatch << u"%1 = old.%1"_s.arg(column);
        changed << (backend == SqlBackend::Sqlite ? u"old.%1 IS NOT new.%1"_s : u"old.%1 IS DISTINCT FROM new.%1"_s)
                       .arg(column);
    }
    const QString group = groupColumns.join(u", "_s);
    const QString add = u"INSERT INTO %1 (%2, %3) VALUES (%4, 1) ON CONFLICT (%2) DO UPDATE SET %3 = %1.%3 + 1;"_s.arg(
        tally, group, countColumn, newValues.join(u", "_s));
    const QString remove
        = u"UPDATE %1 SET %2 = %2 - 1 WHERE %3;"_s.arg(tally, countColumn, oldMatch.join(u" AND "_s));
    if (backend == SqlBackend::Postgresql) {
        // One plpgsql function doing the same on TG_OP, run for each row by
        // a trigger after an insert, a delete or an update of the groups.
        return {
            uR"(CREATE FUNCTION %1_keep() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND NOT (%2) THEN
                        RETURN NULL;
                    END IF;
                    IF TG_OP IN ('DELETE', 'UPDATE') THEN
                        %3
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        %4
                    END IF;
                    RETURN NULL;
                END $$)"_s.arg(tally, changed.join(u" OR "_s), remove, add),
            u"CREATE TRIGGER %1_change AFTER INSERT OR DELETE OR UPDATE OF %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1_keep()"_s
                .arg(tally, group, table),
        };
    }
    return {
        u"CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END"_s.arg(tally, table, add),
        u"CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN %3 END"_s.arg(tally, table, remove),
        u"CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 WHEN %4 BEGIN %5 %6 END"_s.arg(
            tally, group, table, changed.join(u" OR "_s), remove, add),
    };
}

QString rowCountOnInsertText(SqlBackend backend, const QString &tally)
{
    if (backend != SqlBackend::Sqlite)
        return {};
    return u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '%1_insert'"_s.arg(tally);
}

QString dropRowCountOnInsert(SqlBackend backend, const QString &tally)
{
    if (backend != SqlBackend::Sqlite)
        return {};
    return u"DROP TRIGGER %1_insert"_s.arg(tally);
}

QString secondaryIndexesOf(SqlBackend backend, const QString &table)
{
    if (backend != SqlBackend::Sqlite)
        return {};
    // A UNIQUE or PRIMARY KEY constraint's index has no text; a unique
    // index made by CREATE UNIQUE INDEX is a constraint too.
    return u"SELECT m.name, m.sql, (SELECT group_concat(c.name, ',') FROM pragma_index_info(m.name) c)"
           u" FROM sqlite_master m WHERE m.type = 'index' AND m.tbl_name = '%1' AND m.sql IS NOT NULL"
           u" AND m.sql NOT LIKE 'CREATE UNIQUE%' ORDER BY m.name"_s.arg(table);
}

QStringList keepRowCountsByStatement(SqlBackend backend, const QString &table, const QStringList &groupColumns,
    const QString &tally, const QString &countColumn, const QString &key)
{
    if (backend == SqlBackend::Sqlite)
        return {};
    QStringList matchTally, oldGroup, newGroup;
    for (const QString &column : groupColumns) {
        matchTally << u"t.%1 = r.%1"_s.arg(column);
        oldGroup << u"o."_s + column;
        newGroup << u"a."_s + column;
    }
    const QString group = groupColumns.join(u", "_s);
    // Rows whose group an update changed, the old row `o`, the new `a`.
    const QString moved = u"removed o JOIN added a ON a.%1 = o.%1 WHERE (%2) IS DISTINCT FROM (%3)"_s.arg(
        key, oldGroup.join(u", "_s), newGroup.join(u", "_s));
    const auto add = [&](const QString &columns, const QString &from) {
        return u"INSERT INTO %1 (%2, %3) SELECT %4, count(*) FROM %5 GROUP BY %4"
               u" ON CONFLICT (%2) DO UPDATE SET %3 = %1.%3 + excluded.%3;"_s.arg(tally, group, countColumn, columns, from);
    };
    const auto remove = [&](const QString &columns, const QString &from) {
        QStringList named;
        for (qsizetype i = 0; i < groupColumns.size(); ++i)
            named << u"%1 AS %2"_s.arg(columns.split(u", "_s).at(i), groupColumns.at(i));
        return u"UPDATE %1 t SET %2 = t.%2 - r.n FROM (SELECT %3, count(*) AS n FROM %4 GROUP BY %5) r WHERE %6;"_s.arg(
            tally, countColumn, named.join(u", "_s), from, columns, matchTally.join(u" AND "_s));
    };
    const auto function = [&](const QString &name, const QString &body) {
        return u"CREATE OR REPLACE FUNCTION %1_%2() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN %3 RETURN NULL; END $$"_s
            .arg(tally, name, body);
    };
    const auto trigger = [&](const QString &name, const QString &event, const QString &tables) {
        return u"CREATE OR REPLACE TRIGGER %1_%2 AFTER %3 ON %4 REFERENCING %5 FOR EACH STATEMENT "
               u"EXECUTE FUNCTION %1_%2()"_s.arg(tally, name, event, table, tables);
    };
    // Taken again whole when a database is set back a few versions (a
    // test does): nothing here fails for being there already.
    return {
        u"DROP TRIGGER IF EXISTS %1_change ON %2"_s.arg(tally, table),
        u"DROP FUNCTION IF EXISTS %1_keep()"_s.arg(tally),
        function(u"insert"_s, add(group, u"added"_s)),
        function(u"delete"_s, remove(group, u"removed"_s)),
        function(u"update"_s, remove(oldGroup.join(u", "_s), moved) + u' ' + add(newGroup.join(u", "_s), moved)),
        trigger(u"insert"_s, u"INSERT"_s, u"NEW TABLE AS added"_s),
        trigger(u"delete"_s, u"DELETE"_s, u"OLD TABLE AS removed"_s),
        trigger(u"update"_s, u"UPDATE"_s, u"OLD TABLE AS removed NEW TABLE AS added"_s),
    };
}

QStringList refuseChanges(SqlBackend backend, const QString &table, const QString &message)
{
    QString quoted = message;
    quoted.replace(u'\'', u"''"_s);
    if (backend == SqlBackend::Postgresql)
        // One plpgsql function for the table, raising the message, run
        // before each row's update or delete.
        return {
            uR"(CREATE FUNCTION %1_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '%2';
                END $$)"_s.arg(table, quoted),
            u"CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION %1_refuse()"_s.arg(table),
            u"CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION %1_refuse()"_s.arg(table),
        };
    return {
        u"CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END"_s.arg(table, quoted),
        u"CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END"_s.arg(table, quoted),
    };
}

QString changesChannel() { return u"seawall_changes"_s; }

QStringList announceChanges(SqlBackend backend)
{
    if (backend != SqlBackend::Postgresql)
        return {};
    // After each statement, not each row: an import of a million rows is
    // one notice. The counts kept by triggers change with their table.
    return {
        uR"(CREATE OR REPLACE FUNCTION seawall_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('%1', TG_TABLE_NAME);
                RETURN NULL;
            END $$)"_s.arg(changesChannel()),
        uR"(DO $$
            DECLARE t text;
            BEGIN
                FOR t IN SELECT table_name FROM information_schema.tables
                         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                           AND table_name NOT IN ('seawall_schema', 'nucleic_test_day_count')
                LOOP
                    EXECUTE format('CREATE OR REPLACE TRIGGER seawall_announce AFTER INSERT OR UPDATE OR DELETE '
                                   'OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION seawall_announce_change()', t);
                END LOOP;
            END $$)"_s,
    };
}

QStringList allowChanges(SqlBackend backend, const QString &table)
{
    if (backend == SqlBackend::Postgresql)
        return {u"DROP TRIGGER %1_no_update ON %1"_s.arg(table), u"DROP TRIGGER %1_no_delete ON %1"_s.arg(table),
                u"DROP FUNCTION %1_refuse()"_s.arg(table)};
    return {u"DROP TRIGGER %1_no_update"_s.arg(table), u"DROP TRIGGER %1_no_delete"_s.arg(table)};
}

QString schemaStatement(SqlBackend backend, const QString &statement)
{
    if (backend == SqlBackend::Sqlite)
        return statement;
    // The schema's own text, never data: its types are words of their own.
    static const QRegularExpression key(u"\\bINTEGER PRIMARY KEY\\b"_s);
    static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
    static const QRegularExpression real(u"\\bREAL\\b"_s);
    static const QRegularExpression text(u"\\bTEXT\\b"_s);
    QString spelled = statement;
    spelled.replace(key, u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    spelled.replace(integer, u"BIGINT"_s);
    spelled.replace(real, u"DOUBLE PRECISION"_s);
    // Texts compare and sort by their bytes, as SQLite's do, whatever the
    // locale the database was made with (codes, dates, ORDER BY c.code).
    spelled.replace(text, u"TEXT COLLATE \"C\""_s);
    return spelled;
}

QString insertIgnoringDuplicates(SqlBackend backend, const QString &table, const QString &columns, const QString &rows)
{
    if (backend == SqlBackend::Postgresql)
        return u"INSERT INTO %1 (%2) %3 ON CONFLICT DO NOTHING"_s.arg(table, columns, rows);
    return u"INSERT OR IGNORE INTO %1 (%2) %3"_s.arg(table, columns, rows);
}

QString insertOrReplace(SqlBackend backend, const QString &table, const QStringList &columns, const QString &key)
{
    const QString placeholders = QStringList(columns.size(), u"?"_s).join(u", "_s);
    if (backend == SqlBackend::Sqlite)
        return u"INSERT OR REPLACE INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), placeholders);
    QStringList set;
    for (const QString &column : columns)
        if (column != key)
            set << u"%1 = excluded.%1"_s.arg(column);
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5"_s.arg(
        table, columns.join(u", "_s), placeholders, key, set.join(u", "_s));
}

QString allRowsFrom(SqlBackend backend)
{
    return backend == SqlBackend::Postgresql ? u"OFFSET ?"_s : u"LIMIT -1 OFFSET ?"_s;
}

QString columnsOf(SqlBackend backend, const QString &table)
{
    if (backend == SqlBackend::Postgresql)
        return u"SELECT ordinal_position, column_name FROM information_schema.columns"
               u" WHERE table_schema = "_s + dataSchema() + u" AND table_name = '%1' ORDER BY ordinal_position"_s.arg(table);
    return u"PRAGMA table_info(%1)"_s.arg(table);
}

QString tableNames(SqlBackend backend)
{
    if (backend == SqlBackend::Postgresql)
        return u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
               u" AND table_type = 'BASE TABLE' ORDER BY table_name"_s;
    return u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
           u" ORDER BY name"_s;
}

QString foreignKeys(SqlBackend backend)
{
    if (backend == SqlBackend::Postgresql)
        return u"SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text"
               u" FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)"
               u" WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace"_s;
    return u"SELECT m.name, f.\"from\", f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
           u" WHERE m.type = 'table'"_s;
}

QString beginSnapshot(SqlBackend backend)
{
    return backend == SqlBackend::Postgresql ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s;
}

QString moveKeysPast(SqlBackend backend, const QString &table)
{
    if (backend == SqlBackend::Sqlite)
        return {};
    return u"SELECT setval(pg_get_serial_sequence('%1', 'id'), max(id)) FROM %1 HAVING max(id) IS NOT NULL"_s.arg(table);
}

QString schemaKept(SqlBackend backend)
{
    if (backend == SqlBackend::Postgresql)
        return u"SELECT count(*) FROM information_schema.tables WHERE table_schema = "_s + dataSchema() + u""
               u" AND table_name = 'seawall_schema'"_s;
    return u"SELECT 1"_s;
}

QString schemaVersion(SqlBackend backend)
{
    if (backend == SqlBackend::Postgresql)
        return u"SELECT version, application_id FROM seawall_schema"_s;
    return u"SELECT (SELECT user_version FROM pragma_user_version), (SELECT application_id FROM pragma_application_id)"_s;
}

QStringList setSchemaVersion(SqlBackend backend, int version, int applicationId)
{
    if (backend == SqlBackend::Postgresql)
        return {u"CREATE TABLE IF NOT EXISTS seawall_schema (application_id BIGINT NOT NULL, version BIGINT NOT NULL)"_s,
                u"DELETE FROM seawall_schema"_s,
                u"INSERT INTO seawall_schema (application_id, version) VALUES (%1, %2)"_s.arg(applicationId).arg(version)};
    return {u"PRAGMA user_version = %1"_s.arg(version), u"PRAGMA application_id = %1"_s.arg(applicationId)};
}

QString lockSchema(SqlBackend backend)
{
    // Any number of Seawall's own: 'SEAW'.
    return backend == SqlBackend::Postgresql ? u"SELECT pg_advisory_xact_lock(1397047639)"_s : QString();
}

QString tryLockImports(SqlBackend backend)
{
    // The schema's number plus one.
    return backend == SqlBackend::Postgresql ? u"SELECT pg_try_advisory_xact_lock(1397047640)"_s : QString();
}

QString dataSchema()
{
    return u"(SELECT s FROM unnest(current_schemas(false)) WITH ORDINALITY AS p(s, n)"
           u" WHERE s <> 'seawall_masked' ORDER BY n LIMIT 1)"_s;
}

QString tableCount(SqlBackend backend)
{
    if (backend == SqlBackend::Postgresql)
        return u"SELECT count(*) FROM information_schema.tables WHERE table_schema = "_s + dataSchema();
    return u"SELECT count(*) FROM sqlite_master"_s;
}

} // namespace seawall::SqlDialect
