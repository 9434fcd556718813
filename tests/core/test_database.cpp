// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"
#include "core/db/listchecks.h"
#include "core/db/scopedpragma.h"
#include "core/entity/entitydef.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace seawall;
using seawall::test::scalar;

namespace {

// Writes an SQLite file through a plain connection, outside of Database.
void rawSql(const QString &path, const QStringList &statements)
{
    test::RawSqlite raw(path);
    for (const QString &sql : statements)
        raw.exec(sql);
}

} // namespace

TEST_CASE("a new file is created at the latest schema version", "[db][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/new.sqlite"_s);
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(QFile::exists(path));
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    // 9: versions, a shift's remark, company.reports_morning; 10: search indexes;
    // 11: the pinyin index of names; 12: the tests kept per day and company;
    // 13: the readiness registers; 14: people on the move; 15: the audit log;
    // 16: the days locked; 17: changes announced on a server; 18: on a
    // server, the tests per day kept by statement triggers; 19: in a file,
    // a CHECK against a list of values spelled as comparisons; 20: no
    // person_company, the start of person_figures
    CHECK(Database::latestSchemaVersion() == 20);
    CHECK(scalar(db, u"PRAGMA foreign_keys"_s).toInt() == 1);
    CHECK(scalar(db, u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    CHECK(scalar(db, u"PRAGMA application_id"_s).toInt() == 0x53454157);
    // A new file needs no copy of an older version.
    CHECK(QDir(dir.filePath(u"sub"_s)).entryList({u"*.v*.sqlite"_s}).isEmpty());
}

TEST_CASE("opening a current file again changes nothing", "[db][migration]")
{
    test::TempDatabase t;
    QSqlQuery q(t.db.connection());
    REQUIRE(q.exec(u"INSERT INTO company (code, name) VALUES ('YH', '沿海集团')"_s));
    t.db.close();
    Database again;
    REQUIRE(again.open(t.path).ok());
    CHECK(again.schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(again, u"SELECT name FROM company"_s).toString() == u"沿海集团"_s);
    CHECK(QDir(t.dir.path()).entryList({u"*.v*.sqlite"_s}).isEmpty());
}

TEST_CASE("a version 1 file is copied, then migrated with its data", "[db][migration]")
{
    // tests/data/db/v1.sqlite was written by the version 1 schema.
    QTemporaryDir dir;
    const QString path = test::copyOf(QStringLiteral(SEAWALL_TEST_DATA) + u"/db/v1.sqlite"_s, dir.filePath(u"old.sqlite"_s));
    {
        Database db;
        const Status status = db.open(path);
        INFO((status.ok() ? QString() : status.error().message).toStdString());
        REQUIRE(status.ok());
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());
        CHECK(scalar(db, u"SELECT count(*) FROM person"_s).toInt() == 2);
        CHECK(scalar(db, u"SELECT name FROM company WHERE code = 'KF'"_s).toString() == u"开发公司"_s);
        // Added by version 2; what it holds after the ladder is only which
        // ICU built the pinyin index of names (version 11).
        CHECK(scalar(db, u"SELECT group_concat(key) FROM setting"_s).toString() == u"pinyin_order"_s);
        CHECK(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'person_name_pinyin'"_s).toInt() == 1);
        CHECK(scalar(db, u"SELECT count(*) FROM reconciliation_review"_s).toInt() == 0); // added by version 5
        CHECK(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'person_search'"_s).toInt() == 1); // version 6
        CHECK(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'person_name'"_s).toInt() == 0);
        CHECK(scalar(db, u"SELECT count(*) FROM person_name_variant"_s).toInt() == 0); // added by version 7
        CHECK(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'vaccination_day'"_s).toInt() == 1); // version 8
        // Version 9: no company sends a morning report until it is set.
        CHECK(scalar(db, u"SELECT count(*) FROM company WHERE reports_morning = 0"_s).toInt()
            == scalar(db, u"SELECT count(*) FROM company"_s).toInt());
        CHECK(scalar(db, u"SELECT count(*) FROM company"_s).toInt() > 0);
        CHECK(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name IN ('nucleic_test_site', 'nucleic_test_sampled',"
                         u" 'vaccination_manufacturer', 'vaccination_place')"_s)
                  .toInt()
              == 4); // version 10
        // Version 20: the persons of a company are found through
        // person_figures, which begins as person_company did.
        CHECK(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'person_company'"_s).toInt() == 0);
        QSqlQuery plan(db.connection());
        REQUIRE(plan.exec(u"EXPLAIN QUERY PLAN SELECT count(*) FROM person WHERE company_id = 1 AND category = 'staff'"_s));
        REQUIRE(plan.next());
        CHECK(plan.value(3).toString() == u"SEARCH person USING COVERING INDEX person_figures (company_id=? AND category=?)"_s);
        CHECK(scalar(db, u"SELECT count(*) FROM person WHERE company_id = (SELECT company_id FROM person LIMIT 1)"_s).toInt()
              >= 1);
    }
    const QString copy = Database::backupPathFor(path, 1);
    CHECK(copy == dir.filePath(u"old.v1.sqlite"_s));
    REQUIRE(QFile::exists(copy));
    // The copy is the file as it was: opening it would migrate it, so look
    // at its version through a plain connection.
    test::RawSqlite raw(copy);
    CHECK(raw.value(u"PRAGMA user_version"_s).toInt() == 1);
    CHECK(raw.value(u"SELECT count(*) FROM person"_s).toInt() == 2);
}

TEST_CASE("a version 8 file gains the readiness registers at version 13 and is migrated to the latest", "[db][migration][readiness]")
{
    // tests/data/db/v8.sqlite was written by the version 8 schema: no
    // duty, stocktake, training or drill table, no row versions.
    QTemporaryDir dir;
    const QString path = test::copyOf(QStringLiteral(SEAWALL_TEST_DATA) + u"/db/v8.sqlite"_s, dir.filePath(u"old.sqlite"_s));
    Database db;
    const Status status = db.open(path);
    INFO((status.ok() ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    // Each table has exactly the columns its definition reads and writes.
    for (const EntityKind kind : {EntityKind::Duty, EntityKind::Stocktake, EntityKind::Training, EntityKind::Drill}) {
        const EntityDef &def = Entities::of(kind);
        QStringList columns;
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(u"PRAGMA table_info(%1)"_s.arg(def.table)));
        while (q.next())
            columns << q.value(1).toString();
        INFO(def.table.toStdString());
        CHECK(columns == def.tableColumns());
    }
    const qint64 company = scalar(db, u"SELECT id FROM company ORDER BY id LIMIT 1"_s).toLongLong();
    QSqlQuery q(db.connection());
    const auto exec = [&q](const QString &sql) { return q.exec(sql); };
    const QString c = QString::number(company);
    // A shift is one of the three; the same shift twice on a day is one row.
    CHECK(exec(u"INSERT INTO duty (company_id, duty_date, shift, person) VALUES (%1, '2022-03-01', 'day', '潘欣')"_s.arg(c)));
    CHECK_FALSE(exec(u"INSERT INTO duty (company_id, duty_date, shift, person) VALUES (%1, '2022-03-01', 'day', '李强')"_s.arg(c)));
    CHECK_FALSE(exec(u"INSERT INTO duty (company_id, duty_date, shift, person) VALUES (%1, '2022-03-02', 'evening', '李强')"_s.arg(c)));
    // A minimum may be missing, a quantity may not be negative.
    CHECK(exec(u"INSERT INTO stocktake (company_id, item, counted_on, quantity) VALUES (%1, '口罩', '2022-03-01', 2000)"_s.arg(c)));
    CHECK(scalar(db, u"SELECT minimum IS NULL FROM stocktake"_s).toInt() == 1);
    CHECK_FALSE(exec(u"INSERT INTO stocktake (company_id, item, counted_on, quantity) VALUES (%1, '口罩', '2022-03-02', -1)"_s.arg(c)));
    CHECK(exec(u"INSERT INTO drill (company_id, drill_date, title, type) VALUES (%1, '2022-03-01', '应急演练', 'emergency')"_s.arg(c)));
    CHECK_FALSE(exec(u"INSERT INTO drill (company_id, drill_date, title, type) VALUES (%1, '2022-03-01', '应急演练', 'other')"_s.arg(c)));
    const QString person = scalar(db, u"SELECT id FROM person ORDER BY id LIMIT 1"_s).toString();
    CHECK(exec(u"INSERT INTO training (person_id, course, exam_on, passed) VALUES (%1, '防护培训', '2022-03-01', 1)"_s.arg(person)));
    CHECK_FALSE(exec(u"INSERT INTO training (person_id, course, exam_on, passed) VALUES (%1, '防护培训', '2022-03-05', 0)"_s.arg(person)));
    // The company with duty on record cannot go while it is there.
    CHECK_FALSE(exec(u"DELETE FROM company WHERE id = %1"_s.arg(c)));
}

TEST_CASE("a version 8 file gains the tables of people on the move, with their versions", "[db][migration]")
{
    // tests/data/db/v8.sqlite was written by the version 8 schema; version 9
    // added a version to every editable table there then, version 14 makes
    // the three tables of departures, arrivals and health checks whole.
    QTemporaryDir dir;
    const QString path = test::copyOf(QStringLiteral(SEAWALL_TEST_DATA) + u"/db/v8.sqlite"_s, dir.filePath(u"v8.sqlite"_s));
    const qint64 persons = test::RawSqlite(path).value(u"SELECT count(*) FROM person"_s).toLongLong();
    Database db;
    const Status status = db.open(path);
    INFO((status.ok() ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(db, u"SELECT count(*) FROM person"_s).toLongLong() == persons);
    for (const QString &table : {u"departure"_s, u"arrival"_s, u"health_check"_s})
        CHECK(scalar(db, u"SELECT count(*) FROM %1"_s.arg(table)).toInt() == 0);
    CHECK(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name IN ('departure_day', 'arrival_day',"
                     u" 'arrival_observed', 'health_check_day')"_s)
              .toInt()
          == 4);
    // A row written as the program writes it: its version starts at 1 and
    // an arrival without its end is refused.
    const qint64 person = scalar(db, u"SELECT min(id) FROM person"_s).toLongLong();
    const qint64 company = scalar(db, u"SELECT company_id FROM person WHERE id = %1"_s.arg(person)).toLongLong();
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"INSERT INTO health_check (person_id, company_id, checked_on, temperature, abnormal)"
                   u" VALUES (%1, %2, '2022-03-15', 36.5, 0)"_s.arg(person).arg(company)));
    CHECK(scalar(db, u"SELECT version FROM health_check"_s).toInt() == 1);
    CHECK_FALSE(q.exec(u"INSERT INTO arrival (person_id, company_id, arrived_on)"
                       u" VALUES (%1, %2, '2022-03-15')"_s.arg(person).arg(company)));
    CHECK(QFile::exists(dir.filePath(u"v8.v8.sqlite"_s)));
}

TEST_CASE("a file of a newer schema is refused and left alone", "[db][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path).ok());
    }
    rawSql(path, {u"PRAGMA user_version = 99"_s});
    Database db;
    const Status status = db.open(path);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Newer);
    CHECK(status.error().message.contains(u"newer.sqlite"_s));
    CHECK(status.error().message.contains(u"99"_s));
    CHECK_FALSE(db.isOpen());
    rawSql(path, {}); // untouched and still readable
}

TEST_CASE("files that are not Seawall databases are refused", "[db]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = test::writeFile(dir.filePath(u"notes.sqlite"_s), "单位,姓名\n开发公司,张三\n");
        Database db;
        const Status status = db.open(path);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::NotSeawall);
        CHECK(status.error().message.contains(u"notes.sqlite"_s));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(u"other.sqlite"_s);
        rawSql(path, {u"CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)"_s});
        Database db;
        const Status status = db.open(path);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::NotSeawall);
        // and it was not migrated behind the user's back
        CHECK(test::RawSqlite(path).value(u"SELECT count(*) FROM sqlite_master WHERE name = 'person'"_s).toInt() == 0);
    }
}

TEST_CASE("a file locked by another program is reported as locked", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locked.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path).ok());
    }
    {
        test::RawSqlite holder(path);
        holder.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s);
        holder.exec(u"BEGIN EXCLUSIVE"_s);
        holder.exec(u"INSERT INTO company (code, name) VALUES ('X', 'X')"_s);

        Database db;
        const Status status = db.open(path);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Locked);
        CHECK(status.error().message.contains(u"locked.sqlite"_s));
    }
}

TEST_CASE("a transaction rolls back unless committed and nests", "[db]")
{
    test::TempDatabase t;
    const auto companies = [&] { return scalar(t.db, u"SELECT count(*) FROM company"_s).toInt(); };
    {
        Transaction outer(t.db);
        REQUIRE(outer.isActive());
        QSqlQuery q(t.db.connection());
        REQUIRE(q.exec(u"INSERT INTO company (code, name) VALUES ('A', 'A')"_s));
        {
            Transaction inner(t.db);
            REQUIRE(q.exec(u"INSERT INTO company (code, name) VALUES ('B', 'B')"_s));
            REQUIRE(inner.commit().ok());
        }
        {
            Transaction abandoned(t.db);
            REQUIRE(q.exec(u"INSERT INTO company (code, name) VALUES ('C', 'C')"_s));
        }
        CHECK(companies() == 2);
    }
    CHECK(companies() == 0);
}

TEST_CASE("a CHECK against a list of three or more values is spelled as comparisons", "[db][migration]")
{
    using ListChecks::asComparisons;
    CHECK(asComparisons(u"CREATE TABLE t (g TEXT CHECK (g IN ('unknown', 'male', 'female')), p INTEGER CHECK (p IN (0, 1)),"
                        u" c TEXT NOT NULL\n    CHECK (c IN ('a','b' , 'c', 'd')), CHECK (p IS NULL OR p <> 2))"_s)
          == u"CREATE TABLE t (g TEXT CHECK (g = 'unknown' OR g = 'male' OR g = 'female'), p INTEGER CHECK (p IN (0, 1)),"
             u" c TEXT NOT NULL\n    CHECK (c = 'a' OR c = 'b' OR c = 'c' OR c = 'd'), CHECK (p IS NULL OR p <> 2))"_s);
    const QString none = u"CREATE TABLE t (x TEXT NOT NULL CHECK (x <> ''), y INTEGER CHECK (y IN (0, 1)))"_s;
    CHECK(asComparisons(none) == none);
}

TEST_CASE("a file's CHECKs against lists refuse what they refused, without a temporary table for each row",
          "[db][migration]")
{
    // Version 19 (core/db/listchecks.h), on a new file and on a version 1
    // file migrated with its rows.
    QTemporaryDir dir;
    const QString oldPath = test::copyOf(QStringLiteral(SEAWALL_TEST_DATA) + u"/db/v1.sqlite"_s, dir.filePath(u"old.sqlite"_s));
    for (const QString &path : {dir.filePath(u"new.sqlite"_s), oldPath}) {
        INFO(path.toStdString());
        Database db;
        REQUIRE(db.open(path).ok());
        // No table keeps a list of three values or more in a CHECK.
        QSqlQuery tables(db.connection());
        REQUIRE(tables.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'table'"_s));
        const QRegularExpression list(u"CHECK \\(\\w+ IN \\([^()]*,[^()]*,"_s);
        qsizetype spelled = 0;
        while (tables.next()) {
            INFO(tables.value(0).toString().toStdString());
            CHECK_FALSE(list.match(tables.value(1).toString()).hasMatch());
            spelled += tables.value(1).toString().count(u" OR "_s) > 0;
        }
        CHECK(spelled >= 7); // person, nucleic_test, vaccination, inspection, duty, drill, arrival …
        // A person written by itself makes no temporary table.
        QSqlQuery plan(db.connection());
        REQUIRE(plan.exec(u"EXPLAIN INSERT INTO person (id_number, name, company_id, gender, category)"
                               u" VALUES ('110101199003074514', '某人', 1, 'male', 'staff')"_s));
        QStringList opcodes;
        while (plan.next())
            opcodes << plan.value(1).toString();
        CHECK(opcodes.contains(u"Insert"_s));
        CHECK_FALSE(opcodes.contains(u"OpenEphemeral"_s));
        CHECK(scalar(db, u"PRAGMA integrity_check"_s).toString() == u"ok"_s);

        // What the lists allowed passes; what they did not is refused.
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(u"INSERT INTO company (code, name) VALUES ('ZZ', '测试公司')"_s));
        const qint64 company = q.lastInsertId().toLongLong();
        const auto person = [&](const QString &idNumber, const QString &gender, const QString &category) {
            QSqlQuery insert(db.connection());
            insert.prepare(u"INSERT INTO person (id_number, name, company_id, gender, category) VALUES (?, '某人', ?, ?, ?)"_s);
            insert.addBindValue(idNumber);
            insert.addBindValue(company);
            insert.addBindValue(gender);
            insert.addBindValue(category);
            return insert.exec();
        };
        CHECK(person(u"110101199003074514"_s, u"female"_s, u"family"_s));
        CHECK(person(u"110101199003074522"_s, u"unknown"_s, u"external"_s));
        CHECK_FALSE(person(u"110101199003074530"_s, u"other"_s, u"staff"_s));
        CHECK_FALSE(person(u"110101199003074549"_s, u"male"_s, u"visitor"_s));
        CHECK_FALSE(person(u"110101199003074557"_s, u"Male"_s, u"staff"_s));
        CHECK(scalar(db, u"SELECT count(*) FROM person WHERE company_id = ?"_s, {company}).toInt() == 2);
        CHECK_FALSE(q.exec(u"UPDATE person SET category = 'guest' WHERE company_id = %1"_s.arg(company)));
    }
}

TEST_CASE("a SQLite that keeps its schema from being written leaves the lists as they are", "[db][migration]")
{
    // SQLITE_DBCONFIG_DEFENSIVE, as some builds set it: step 19 changes
    // nothing and fails nothing.
    test::TempDatabase t;
    sqlite3 *handle = t.db.sqliteHandle();
    REQUIRE(handle);
    test::exec(t.db, u"BEGIN"_s);
    const QString before = scalar(t.db, u"SELECT group_concat(sql, ';') FROM sqlite_master"_s).toString();
    // Back as version 18 had it.
    test::exec(t.db, u"PRAGMA writable_schema = ON"_s);
    const QString person = scalar(t.db, u"SELECT sql FROM sqlite_master WHERE name = 'person'"_s).toString();
    const QString listed = QString(person).replace(u"gender = 'unknown' OR gender = 'male' OR gender = 'female'"_s,
                                                   u"gender IN ('unknown', 'male', 'female')"_s);
    REQUIRE(listed != person);
    QSqlQuery put(t.db.connection());
    REQUIRE(put.prepare(u"UPDATE sqlite_master SET sql = ? WHERE name = 'person'"_s));
    put.addBindValue(listed);
    REQUIRE(put.exec());
    test::exec(t.db, u"PRAGMA writable_schema = RESET"_s);
    int on = 1;
    REQUIRE(sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) == SQLITE_OK);
    REQUIRE(on == 1);

    CHECK(ListChecks::spellAsComparisons(t.db).ok());
    CHECK(scalar(t.db, u"SELECT sql FROM sqlite_master WHERE name = 'person'"_s).toString() == listed);
    CHECK(scalar(t.db, u"PRAGMA writable_schema"_s).toInt() == 0);
    // Not defensive: the same step spells it again.
    REQUIRE(sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 0, &on) == SQLITE_OK);
    CHECK(ListChecks::spellAsComparisons(t.db).ok());
    CHECK(scalar(t.db, u"SELECT sql FROM sqlite_master WHERE name = 'person'"_s).toString() == person);
    CHECK(scalar(t.db, u"SELECT group_concat(sql, ';') FROM sqlite_master"_s).toString() == before);
    test::exec(t.db, u"COMMIT"_s);
    CHECK(scalar(t.db, u"PRAGMA integrity_check"_s).toString() == u"ok"_s);
}

TEST_CASE("a pragma set for a scope is set back as the connection had it", "[db]")
{
    test::TempDatabase t;
    const auto pragma = [&t](const char *name) { return scalar(t.db, u"PRAGMA %1"_s.arg(QLatin1StringView(name))).toInt(); };
    REQUIRE(pragma("foreign_keys") == 1);
    const int cache = pragma("cache_size");
    // Every connection's own: 32 MiB, not SQLite's 2 MB (database.cpp).
    CHECK(cache == -32768);
    REQUIRE(cache > -65536);
    {
        const ScopedPragma keys(t.db, u"foreign_keys"_s, 0);
        const ScopedPragma larger(t.db, u"cache_size"_s, -65536, [](int was) { return was <= -65536; });
        CHECK(pragma("foreign_keys") == 0);
        CHECK(pragma("cache_size") == -65536);
        {
            // Enough already: left as it is, and as it is afterwards.
            const ScopedPragma smaller(t.db, u"cache_size"_s, -1024, [](int was) { return was <= -1024; });
            CHECK(pragma("cache_size") == -65536);
        }
        CHECK(pragma("cache_size") == -65536);
        {
            // Nested, then set back to the outer one's value.
            const ScopedPragma sort(t.db, u"cache_size"_s, -8192);
            CHECK(pragma("cache_size") == -8192);
        }
        CHECK(pragma("cache_size") == -65536);
    }
    CHECK(pragma("foreign_keys") == 1);
    CHECK(pragma("cache_size") == cache);
}
