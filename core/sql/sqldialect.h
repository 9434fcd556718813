// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace seawall {

// The database a connection talks to: a Seawall file (SQLite, embedded) or
// a shared PostgreSQL server.
enum class SqlBackend { Sqlite, Postgresql };

// The few SQL fragments that differ between SQLite and PostgreSQL. Every
// SQLite-only function Seawall uses is spelled here and nowhere else.
//
// Two ways: what a query's text needs in the same spelling on both (the
// hours of a shift in an entity's definition, a rule of the figures) stays
// SQLite's, and a PostgreSQL database is given those few functions of
// SQLite's as functions of its own (compatibilityFunctions(), made by the
// migrations); what cannot be a function (a collation, a type, a trigger,
// an upsert) takes the back end and is spelled for it.
namespace SqlDialect {

// Hours between two ISO-8601 'YYYY-MM-DD HH:MM' text columns.
QString hoursBetween(const QString &startColumn, const QString &endColumn);

// The ISO date `days` days after the ISO date text `dateExpr`.
QString addDays(const QString &dateExpr, int days);

// A condition that the text `expr` holds the text bound to its one "?"
// (anywhere, as it is written).
QString holds(const QString &expr);

// A condition that does not lead the planner to an index of its column:
// SQLite's unary "+" on it (not a text's sign: a no-op that no index
// holds); PostgreSQL's planner weighs its indexes by statistics instead,
// and has the condition as it is.
QString notThroughIndex(SqlBackend backend, const QString &condition);

// A condition that the text `expr` is LIKE the pattern bound to its one
// "?" (escaped by '\'), ignoring the case of ASCII letters as SQLite's LIKE
// does (PostgreSQL: ILIKE).
QString likeIgnoringCase(SqlBackend backend, const QString &expr);

// On PostgreSQL, SQLite's functions the texts above and the entities'
// definitions use (julianday, date with a modifier, instr, group_concat,
// round of a real to places), as SQL functions of the database; nothing on
// SQLite.
QStringList compatibilityFunctions(SqlBackend backend);

// Begins a transaction that will write, taking the write lock at once (and
// so waiting for another writer to finish, up to the busy timeout).
QString beginWrite(SqlBackend backend);
// Begins a transaction that only reads, all of it from one state of the
// database, without waiting for a writer.
QString beginRead(SqlBackend backend);

// The name of the function whose value orders people's and companies'
// names as Chinese readers look for them, in pinyin (安娜, 丁一, 万芳, 张三),
// rather than by code point (丁, 万, 安, 张). core/db/pinyinkey.h
// registers it on every SQLite connection.
QString pinyinKeyFunction();
// What ORDER BY orders a name by in pinyin (an index of person names holds
// it: db/migrations.cpp, version 11). PostgreSQL compares the names
// themselves under ICU's zh collation, the order the key follows.
QString byPinyin(SqlBackend backend, const QString &expression);

// A statement that has the connection read up to `bytes` of the file
// through a memory map. SQLite only.
QString mapForReading(qint64 bytes);

// A statement that writes a consistent copy of the open database to `path`
// (bound as the first parameter). SQLite only: a server database is
// backed up by its own tools (pg_dump).
QString copyDatabaseTo();

// The statements that have the database keep `tally` counting the rows of
// `table` by the values of `groupColumns`, in `countColumn`, however a row
// is inserted, deleted or moved to another group: no write path (an edit,
// an import, its undo and redo, the demo) can forget to. `tally` has the
// group columns as its primary key and the count; a group whose rows are
// all gone keeps its row, at 0. Their names begin with `tally`.
QStringList keepRowCounts(SqlBackend backend, const QString &table, const QStringList &groupColumns,
    const QString &tally, const QString &countColumn);

// SQLite: the text of the insert trigger keepRowCounts() made for
// `tally` (a query of one row and column, none when there is no such
// trigger), and the statement that drops it. A transaction that writes many
// rows at once lays the trigger aside and makes it again from that text
// before it commits (core/import/deferreddaycounts.h). Empty on a server,
// whose statement triggers keep no statement journal.
QString rowCountOnInsertText(SqlBackend backend, const QString &tally);
QString dropRowCountOnInsert(SqlBackend backend, const QString &tally);

// SQLite: the secondary indexes of `table` (those no constraint needs), as
// rows of their name, the statement that made them and their columns
// (joined by commas); a query binding
// nothing. An import that adds many times the rows a table holds drops them
// and makes them again from that text before it commits: an index built
// from all its rows at once is built by sorting them, faster than by
// inserting a row at a time in the order of the file
// (core/import/indexesaside.h). Empty on a server.
QString secondaryIndexesOf(SqlBackend backend, const QString &table);

// keepRowCounts() again, for a server: its row triggers replaced by
// statement triggers that add up each statement's rows by group (their
// transition tables) and change each group's count once. Within one
// transaction PostgreSQL keeps every version of a row it updates, and the
// next update walks past them all: a day's tests imported row by row into
// the same few counts took a time growing with the square of the rows.
// Joins the old and new rows of an update by `key`. Nothing on SQLite,
// whose rows are changed in place.
QStringList keepRowCountsByStatement(SqlBackend backend, const QString &table, const QStringList &groupColumns,
    const QString &tally, const QString &countColumn, const QString &key);

// A statement of the schema as the migrations write it for SQLite
// (`id INTEGER PRIMARY KEY`, INTEGER, REAL, TEXT), for the back end: on
// PostgreSQL, ids are 64-bit identity columns, integers 64-bit, reals
// double precision, and texts compare by their bytes (COLLATE "C"), as
// SQLite's do, whatever the locale the server's database was made with.
QString schemaStatement(SqlBackend backend, const QString &statement);

// INSERT INTO `table` (`columns`) `rows` (VALUES … or a SELECT) that passes
// over a row whose unique key is already there.
QString insertIgnoringDuplicates(SqlBackend backend, const QString &table, const QString &columns,
    const QString &rows);
// INSERT INTO `table` (`columns`) VALUES (?, …) that replaces the values of
// the row of the same `key` (a unique column) if there is one.
QString insertOrReplace(SqlBackend backend, const QString &table, const QStringList &columns,
    const QString &key);

// The end of a query that reads all its rows after the number bound to its
// one "?" (SQLite's LIMIT -1 OFFSET ?).
QString allRowsFrom(SqlBackend backend);

// The columns of `table` (one of Seawall's), their names in the second
// column.
QString columnsOf(SqlBackend backend, const QString &table);

// The tables of the database (not SQLite's own, not views), their names
// in the first column.
QString tableNames(SqlBackend backend);
// Each foreign key of the database's tables as a row: the table, its
// column, the table it refers to.
QString foreignKeys(SqlBackend backend);
// Begins a transaction that reads: every query in it sees the database as
// it was when it began (a copy reads every table of the same moment).
QString beginSnapshot(SqlBackend backend);
// Has a server's identity sequence of `table`'s id go on past the largest
// id there, after rows were written with their own ids; empty on SQLite,
// whose next id is always past the largest.
QString moveKeysPast(SqlBackend backend, const QString &table);

// The schema's version and whose the database is: SQLite keeps them in the
// file's header (PRAGMA user_version, application_id); a PostgreSQL
// database in a table of one row, seawall_schema, made by the first step.
// `schemaKept()` counts the places they are kept (0: a database no
// Seawall has written to); then `schemaVersion()` reads the version and the
// application's id.
QString schemaKept(SqlBackend backend);
QString schemaVersion(SqlBackend backend);
QStringList setSchemaVersion(SqlBackend backend, int version, int applicationId);
// Held until the transaction that migrates ends, so that two programs
// migrating one server database at once take turns; empty on SQLite, whose
// first write takes the file's lock.
QString lockSchema(SqlBackend backend);
// Asks, within a transaction, for the lock only imports take (a server
// lets writers run side by side; an import waits for another to end): one
// row, true when it was free and is now held until the transaction ends.
// Empty for a file, whose transaction holds its one write lock.
QString tryLockImports(SqlBackend backend);
// PostgreSQL: the schema Seawall's tables are in, the first of the
// session's search path but for the masked views a viewer reads in their
// place (db/serverroles.h).
QString dataSchema();
// A count of the tables of the database (0: a new, empty one).
QString tableCount(SqlBackend backend);

// The statements that have a server tell every program listening on
// channel changesChannel() which table a committed transaction changed (its
// name as the payload; the server sends each once per transaction), for
// every table there is now: a step that makes a table runs them again.
// Nothing in a file: another program's change shows in its data_version.
QStringList announceChanges(SqlBackend backend);
QString changesChannel();

// The statements that have the database refuse every UPDATE and DELETE of
// the rows of `table` (the audit log), whoever asks: the program, another
// program, a user with a SQL shell that does not drop them first. The
// refusal says `message`. Their names begin with `table`.
QStringList refuseChanges(SqlBackend backend, const QString &table, const QString &message);
// The statements that take refuseChanges() away again, for the one change
// of the audit log there is: personal data purged (core/audit/purge.h),
// inside its transaction, which puts them back before it commits.
QStringList allowChanges(SqlBackend backend, const QString &table);

} // namespace SqlDialect
} // namespace seawall
