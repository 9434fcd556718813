// SPDX-License-Identifier: GPL-3.0-or-later
// `seawall copy-to`: a file onto the PostgreSQL test server and back, and
// `demo` on a server (made in a file, then copied). The cases that need the
// server are registered with the postgresql label only.
#include "runprogram.h"
#include "testdb.h"

#include "core/db/databasecopy.h"
#include "core/db/tableorder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {


using test::Run;

Run runSeawall(const QString &db, const QStringList &arguments)
{
    test::RunOptions options;
    options.timeoutMs = 600000;
    return test::runSeawall(QStringList{u"--db"_s, db} + arguments, options);
}

QJsonObject statsOf(const QString &db, const QString &date)
{
    const Run run = runSeawall(db, {u"stats"_s, u"--date"_s, date, u"--json"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.bytes).object();
}

// The rows of every table of the database at `path`.
QMap<QString, qint64> countsOf(const QString &path)
{
    Database db;
    REQUIRE(db.open(path).ok());
    const TableOrder order = test::ok(TableOrder::of(db));
    QMap<QString, qint64> counts;
    for (const QString &table : order.tables) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(u"SELECT count(*) FROM "_s + table));
        REQUIRE(query.next());
        counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
}

// The demo's last day, and three days of it: its first, its middle and
// its last (the demo covers the 30 days up to --date).
const QString kDemoDay = u"2022-03-20"_s;
const QStringList kDays{u"2022-02-19"_s, u"2022-03-05"_s, u"2022-03-20"_s};

QString demoFile(const QString &path)
{
    const Run demo = runSeawall(path, {u"demo"_s, u"--date"_s, kDemoDay});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    return path;
}

void requireSameStats(const QString &one, const QString &other)
{
    for (const QString &date : kDays) {
        INFO(date.toStdString());
        const QJsonObject a = statsOf(one, date);
        const QJsonObject b = statsOf(other, date);
        // Figures there to compare: tests to date are counted from the
        // per-day counts the database keeps; a copy that doubled them (its
        // triggers counting the copied tests again on top of the copied
        // counts) would differ here.
        CHECK(a.value(u"tests"_s).toObject().value(u"cumulative"_s).toInteger() > 0);
        CHECK(a == b);
    }
}

// A test whose person is not there, written with the file's foreign keys
// off: the last test by id, so that every table before the tests (and
// the tests before it) is already written when the target refuses it.
void addOrphanTest(const QString &path)
{
    test::RawSqlite raw(path);
    raw.exec(u"PRAGMA foreign_keys = OFF"_s);
    raw.exec(u"CREATE TEMP TABLE one AS SELECT * FROM nucleic_test ORDER BY id LIMIT 1"_s);
    raw.exec(u"UPDATE one SET id = (SELECT max(id) + 1 FROM nucleic_test), person_id = 987654321"_s);
    raw.exec(u"INSERT INTO nucleic_test SELECT * FROM one"_s);
}

// The rows of data: the settings aside, where a file notes of itself as it
// opens the ICU version of its pinyin index (a new file has that row).
qint64 rowsIn(const QMap<QString, qint64> &counts)
{
    qint64 rows = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows += it.key() == u"setting"_s ? 0 : it.value();
    return rows;
}

} // namespace

TEST_CASE("the demo copied to the server and back gives the same figures and counts", "[copyto][postgresql-only]")
{
    test::TempDatabase server;
    REQUIRE(server.db.backend() == SqlBackend::Postgresql);
    server.db.close();
    const QString file = demoFile(server.dir.filePath(u"demo.sqlite"_s));
    const QString back = server.dir.filePath(u"back.sqlite"_s);

    const Run there = runSeawall(file, {u"copy-to"_s, server.path});
    INFO(there.err.toStdString());
    REQUIRE(there.exitCode == 0);
    CHECK(there.err.contains(u"Copying nucleic_test:"_s));
    const Run home = runSeawall(server.path, {u"copy-to"_s, back});
    INFO(home.err.toStdString());
    REQUIRE(home.exitCode == 0);

    const QMap<QString, qint64> counts = countsOf(file);
    // The demo's tables with rows: companies, persons, tests and the
    // counts kept of them at least.
    CHECK(counts.value(u"company"_s) > 0);
    CHECK(counts.value(u"person"_s) > 0);
    CHECK(counts.value(u"nucleic_test_day_count"_s) > 0);
    CHECK(countsOf(server.path) == counts);
    CHECK(countsOf(back) == counts);
    requireSameStats(file, server.path);
    requireSameStats(file, back);

    // The server's ids go on past the copied ones: a new company gets one.
    const QString csv = test::writeFile(server.dir.filePath(u"new.csv"_s),
        u"单位编码,单位名称,上级单位编码\nZZ99,新设公司,\n"_s.toUtf8());
    const Run added = runSeawall(server.path, {u"import"_s, u"--kind"_s, u"companies"_s, csv});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
}

TEST_CASE("copy-to refuses a server database that holds data", "[copyto][postgresql-only]")
{
    test::TempDatabase server;
    const qint64 company = test::addCompany(server.db, u"X1"_s, u"已有公司"_s);
    REQUIRE(company > 0);
    server.db.close();
    const QString file = demoFile(server.dir.filePath(u"demo.sqlite"_s));
    const Run run = runSeawall(file, {u"copy-to"_s, server.path});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(u"already holds data (1 rows in company)"_s));
    const QMap<QString, qint64> counts = countsOf(server.path);
    CHECK(rowsIn(counts) == 1); // the company it had, and nothing more
}

TEST_CASE("a copy that fails half way leaves the server database without data", "[copyto][postgresql-only]")
{
    test::TempDatabase server;
    server.db.close();
    const QString file = demoFile(server.dir.filePath(u"demo.sqlite"_s));
    addOrphanTest(file);
    const Run run = runSeawall(file, {u"copy-to"_s, server.path});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(u"nucleic_test"_s)); // the server's foreign key names it
    CHECK(rowsIn(countsOf(server.path)) == 0);
}

TEST_CASE("copy-to copies a file into a new file and refuses the same file", "[copyto][sqlite-only]")
{
    QTemporaryDir dir;
    const QString file = demoFile(dir.filePath(u"demo.sqlite"_s));
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    const Run run = runSeawall(file, {u"copy-to"_s, copy});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(countsOf(copy) == countsOf(file));
    requireSameStats(file, copy);

    const Run same = runSeawall(file, {u"copy-to"_s, QDir(dir.path()).filePath(u"./demo.sqlite"_s)});
    CHECK(same.exitCode == 1);
    // Into the copy again: it holds data now.
    const Run again = runSeawall(file, {u"copy-to"_s, copy});
    CHECK(again.exitCode == 3);
    CHECK(countsOf(copy) == countsOf(file));
}

TEST_CASE("a copy into a file that fails half way leaves the file without data", "[copyto][sqlite-only]")
{
    QTemporaryDir dir;
    const QString file = demoFile(dir.filePath(u"demo.sqlite"_s));
    addOrphanTest(file);
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    const Run run = runSeawall(file, {u"copy-to"_s, copy});
    CHECK(run.exitCode == 3);
    CHECK(rowsIn(countsOf(copy)) == 0);
}

TEST_CASE("demo on a server writes what it writes in a file", "[copyto][postgresql-only]")
{
    test::TempDatabase server;
    server.db.close();
    const QString file = demoFile(server.dir.filePath(u"demo.sqlite"_s));
    const Run demo = runSeawall(server.path, {u"demo"_s, u"--date"_s, kDemoDay});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(countsOf(server.path) == countsOf(file));
    requireSameStats(file, server.path);
    // Once more, if empty: left as it is.
    const Run again = runSeawall(server.path, {u"demo"_s, u"--if-empty"_s, u"--date"_s, kDemoDay});
    CHECK(again.exitCode == 0);
    CHECK(countsOf(server.path) == countsOf(file));
}
