// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "qtcatch.h"

#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>
#include <vector>

namespace seawall::test {

// The back end the tests run on: SQLite files unless the environment
// names a PostgreSQL server, by SEAWALL_TEST_DB (postgresql://user@host:port/
// any database to connect to first) or by SEAWALL_TEST_DB_FILE, the file
// holding such an address (ctest's: tests/pg/pgserver.sh writes it). When it
// is named and cannot be reached, the tests fail: they never fall back to
// SQLite.
QString testServer();

// A fresh database, opened and migrated: a file in a temporary folder, or
// on the test server a database of its own, dropped again afterwards.
// `path` opens it again (a second connection). `dir` is a temporary
// folder either way, for the files a test writes.
struct TempDatabase
{
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;
    QTemporaryDir dir;
    QString path;
    Database db;

private:
    QString m_serverDatabase;
};

// The value of a Result that must be ok; the test stops, saying why, if
// it is not.
template <typename R>
auto ok(const R &result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// Whom the rows `db` writes name as their changer: on a server the role
// its address connects as, on a file the account running the test.
QString changer(const Database &db);

// A login role of `role` made on the test server by the owner of `t`'s
// database (roles belong to the whole server: a name of its own), and the
// address that logs in to that database as it.
QString addLogin(TempDatabase &t, Role role);

// Copies `source` (an old database of tests/data/db) to `path`, writable
// as a user's file is, and returns `path`.
QString copyOf(const QString &source, const QString &path);

// Four persons of `company` whose names sort one way by code point (丁 4E01,
// 万 4E07, 安 5B89, 张 5F20) and another in pinyin (an, ding, wan, zhang):
// 张三, 安娜, 丁一, 万芳, in that order of ids, which it returns.
std::vector<qint64> addPinyinNames(Database &db, qint64 company);

// A plain SQLite connection to the file at `path`, outside Database: to
// read a file as it is, or to write or lock it behind Seawall's back. The
// test stops when it cannot open; the connection (and any transaction left
// open on it) ends with the object.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    // A query on the connection; to go before the object does.
    QSqlQuery query() const;
    // Runs a statement the test needs, or stops saying why it failed.
    void exec(const QString &sql);
    // The first column of the first row `sql` gives; null when none.
    QVariant value(const QString &sql);

private:
    QString m_name;
};

// Writes a file with the given bytes and returns its path.
QString writeFile(const QString &path, const QByteArray &bytes);

// The first column of the first row `sql` gives with `binds` (null when
// it gives none); the test stops, naming the statement and the error, when
// it fails.
QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {});
// Runs a statement the test needs, or stops saying why it failed.
void exec(Database &db, const QString &sql);

// A company, named and coded, under `parent` (0: at the top); its id.
qint64 addCompany(Database &db, const QString &code, const QString &name, qint64 parent = 0);

} // namespace seawall::test
