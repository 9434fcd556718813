// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/databaseaddress.h"
#include "core/db/role.h"
#include "core/sql/sqldialect.h"
#include "core/util/error.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct pg_conn;

namespace seawall {

struct Migration;

// One open Seawall database: a file (a QSQLITE connection of its own) or a
// database on a PostgreSQL server (QPSQL; db/databaseaddress.h).
//
// Opening a file checks that it is a Seawall database (or empty), switches
// on foreign keys, WAL and a busy timeout, registers the pinyin order of
// names (db/pinyinkey.h), and migrates the schema to the version this
// program knows, keeping a copy of the file as it was first. Opening a
// server database checks the same of it (Seawall's, or without tables) and
// migrates it the same way, with the same steps spelled for PostgreSQL.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating if needed) and migrates. ":memory:" gives a private
    // in-memory database; postgresql://user@host[:port]/database a
    // database on a server (the password from libpq's PGPASSWORD or
    // ~/.pgpass). Another kind of address is refused. Read-only, the file
    // must exist; it is neither migrated nor changed in any way (a damaged
    // file, a backup being read).
    Status open(const QString &location, Access access = Access::ReadWrite);
    // On a server, `password` (asked of the user, or from the system
    // keyring) is given to the server and kept nowhere; without one, libpq's
    // own sources. An error of kind Password when the server wants one that
    // was not given, or refused the one given.
    Status open(const DatabaseAddress &address, Access access = Access::ReadWrite, const QString &password = {});
    // Another connection to the database `other` has open (for a worker
    // thread: a connection serves the thread that made it), with the
    // password it was given, if any.
    Status openSameAs(const Database &other);
    void close();
    bool isOpen() const;

    // The file, or the server database's address (for messages).
    QString path() const { return m_path; }
    // Opened read-only, or a file SQLite could only open so (its mode).
    bool isReadOnly() const;
    bool isMemory() const;

    // Has SQLite read the file through a memory map instead of copying in
    // each page it reads (nothing on a server, or in memory). For the
    // window's connection: its lists read rows scattered over the file, and
    // copying in their 16 KiB pages was a quarter of the searches' time on
    // the large demo. Not for an import or the command line, whose pages read
    // would count as their memory.
    void mapForReading();

    // Reads every page (PRAGMA quick_check): an error of kind Damaged naming
    // the file and SQLite's first finding when it is damaged.
    Status quickCheck() const;
    const DatabaseAddress &address() const { return m_address; }
    SqlBackend backend() const { return m_backend; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    // Who changes the data, as rows, reviews and the audit log name them:
    // on a server the role it gave this session (asked once, when opened),
    // in a file the account running the program.
    QString userName() const;
    // What the session may do: on a server its group role (asked once,
    // when opened; db/serverroles.h), a file's one user its administrator.
    Role role() const { return m_sessionRole; }
    // The connection's own SQLite handle, for what QSqlQuery cannot do
    // (a collation, a statement run a million times); null when closed or
    // on a server.
    sqlite3 *sqliteHandle() const;
    // The connection's libpq handle on a server, else null.
    pg_conn *postgresHandle() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

    // Where the copy of a file of schema version `oldVersion` goes before
    // it is migrated: <name>.v<old>.sqlite beside it.
    static QString backupPathFor(const QString &path, int oldVersion);

    // Makes an Error of kind Sql (or Locked, ReadOnly, Conflict, Damaged…
    // when SQLite or the server says so) that names the database and the
    // cause.
    Error errorFrom(const class QSqlError &error) const;
    Error errorFrom(const class QSqlQuery &query) const;

    // Whether a transaction is open on the connection (a Transaction then
    // nests inside it).
    bool inTransaction() const;

    // Writes that belong together: begin, then commit or roll back.
    bool begin();
    bool commit();
    void rollback();

private:
    Status openFile();
    Status openServer(const QString &password);
    Status connectServer(const QString &password);
    Status checkHeader() const;
    Status configure();
    Status configureServer();
    Status migrate();
    Status migrateStepByStep(int from);
    Status runStep(const Migration &step);
    Error notUpgraded(int from, int step, const Error &cause);
    void keepPinyinOrder();

    QString m_connectionName;
    QString m_role; // the server's session_user
    Role m_sessionRole = Role::Administrator;
    QString m_path;
    Access m_access = Access::ReadWrite;
    DatabaseAddress m_address;
    SqlBackend m_backend = SqlBackend::Sqlite;
};

// Begins a transaction (nested ones are allowed) and rolls it back unless
// commit() was called. The outermost one takes the write lock as it begins,
// waiting up to the busy timeout for another program's write to end.
class Transaction
{
public:
    // Write: takes the write lock at once. Read: reads one state of the
    // database, without waiting for a writer (nested, it is the outer one's).
    enum class Mode { Write, Read };
    explicit Transaction(Database &db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when it could not begin (another program holds the database,
    // the file is read-only…): error() says why, and nothing must be
    // written, as it would not be undone.
    bool isActive() const { return m_active; }
    Error error() const;
    Status commit();

private:
    Database &m_db;
    QString m_name;
    bool m_outermost = false;
    bool m_active = false;
    Status m_begun;
};

} // namespace seawall
