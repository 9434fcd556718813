// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/sql/encodedrow.h"
#include "core/util/error.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace seawall {

// A statement prepared on a Database's own SQLite connection, bound and run
// through SQLite's C API. For the few statements a large import runs a
// hundred thousand times: QSqlResult::bindValue formats and hashes a
// placeholder name for every value it binds, which was an eighth of the time
// of a large import. Everything else goes through QSqlQuery.
//
// On a connection that is not SQLite's (a PostgreSQL server) the same calls
// go through a QSqlQuery: there the import's multi-row INSERTs return the
// ids they wrote (RETURNING id), and a bulk copy goes through COPY
// (db/pgcopy.h).
class SqliteStatement
{
public:
    explicit SqliteStatement(Database &db);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    Status prepare(const QString &sql);

    // Positions count from 0, as with QSqlQuery. A string is bound without
    // a copy: it must live until exec() returns.
    void bind(int position, const QVariant &value);
    void bindNull(int position);
    void bindInteger(int position, qint64 value);
    void bindReal(int position, double value);
    // UTF-8, not copied: it must live until exec() returns.
    void bindUtf8(int position, const char *text, qsizetype size);
    // A value of an encoded row whose texts are in `text` (not copied).
    void bind(int position, const EncodedRow::Value &value, const char *text);
    // Runs a statement that returns no rows and makes it ready to run again.
    Status exec();
    // The next row of a query: true while there is one (read it with
    // integer() and text()), then false, when the statement is ready to run
    // again.
    Result<bool> next();
    qint64 integer(int column) const;
    QString text(int column) const;
    qint64 changes() const;
    qint64 lastInsertId() const;

    // The most values one statement may bind on this connection.
    static qsizetype maxBound(Database &db);

private:
    Error error(int code) const;
    Status execQuery();

    Database &m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // Not SQLite: the query, the values bound to it, and its effect.
    std::unique_ptr<QSqlQuery> m_query;
    QVariantList m_values;
    qint64 m_changes = 0;
    qint64 m_lastInsertId = 0;
};

} // namespace seawall
