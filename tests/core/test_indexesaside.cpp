// SPDX-License-Identifier: GPL-3.0-or-later
// An import that adds many times the rows a table holds lays the table's
// secondary indexes aside and makes them again before it commits
// (core/import/indexesaside.h), on SQLite: what it must get right is that
// the indexes come back as they were, whole, whatever becomes of the
// import, and that they are laid aside only then. The import's progress
// callback runs on its own connection between rows: there the tests look
// at which indexes the import's transaction has.
#include "testdb.h"

#include "core/import/importer.h"
#include "core/validation/idnumber.h"

#include <QDate>
#include <QFileInfo>

#include <functional>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

constexpr qint64 kLarge = 1024 * 1024; // a large file (importer.cpp)
constexpr int kPersons = 16000;        // a roster and a tests file of about 1.2 MiB each

bool onSqlite(Database &db) { return db.backend() == SqlBackend::Sqlite; }

// The indexes of `table` that no constraint made: name and statement.
QStringList indexes(Database &db, const QString &table)
{
    const QString sql = onSqlite(db)
        ? u"SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
          u" ORDER BY name"_s
        : u"SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE tablename = ? AND indexdef NOT LIKE '%UNIQUE%'"
          u" ORDER BY indexname"_s;
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    q.addBindValue(table);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString idOf(int n)
{
    const QString first17 = u"110101"_s + QDate(1930, 1, 1).addDays(n).toString(u"yyyyMMdd"_s) + u"123"_s;
    return first17 + IdNumber::checkCharacter(first17);
}

// 职工0 … of 铁路公司, `from` to `to`.
QString roster(test::TempDatabase &t, int from, int to)
{
    QByteArray bytes = "单位,部门,姓名,身份证号\n";
    for (int n = from; n < to; ++n)
        bytes += u"铁路公司,工程部第一项目经理部,职工%1,%2\n"_s.arg(n).arg(idOf(n)).toUtf8();
    return test::writeFile(t.dir.filePath(u"roster-%1.csv"_s.arg(from)), bytes);
}

// A negative test of each of 职工0 … 职工(kPersons - 1), on 2022-03-01 +
// n % 16 + `offset` days; then the lines `extra`.
QString tests(test::TempDatabase &t, const QString &name, int offset, const QByteArray &extra = {})
{
    QByteArray bytes = "单位,姓名,身份证号,采样日期,采样点,检测结果\n";
    for (int n = 0; n < kPersons; ++n)
        bytes += u"铁路公司,职工%1,%2,%3,通州湾社区,阴性\n"_s.arg(n)
                     .arg(idOf(n), QDate(2022, 3, 1).addDays(n % 16 + offset).toString(Qt::ISODate))
                     .toUtf8();
    const QString path = test::writeFile(t.dir.filePath(name), bytes + extra);
    REQUIRE(QFileInfo(path).size() >= kLarge);
    return path;
}

void importCompanies(Database &db)
{
    const ImportResult base = Importer(db).run({QStringLiteral(SEAWALL_TEST_DATA) + u"/import/base/companies.csv"_s}, {});
    REQUIRE(base.committed);
}

// Runs the import with `watch` called between its rows, with the records
// read so far.
ImportResult importWatching(Database &db, const QStringList &files, ImportOptions options,
                            const std::function<void(qint64)> &watch)
{
    options.progress = watch;
    return Importer(db).run(files, options);
}

QString integrity(Database &db) { return test::scalar(db, u"PRAGMA integrity_check"_s).toString(); }

} // namespace

TEST_CASE("a large roster and tests file into empty tables lay their indexes aside and make them again as they were",
          "[import][indexes]")
{
    test::TempDatabase t;
    importCompanies(t.db);
    const QStringList personIndexes = indexes(t.db, u"person"_s);
    const QStringList testIndexes = indexes(t.db, u"nucleic_test"_s);
    // person_figures, person_name_pinyin, person_search (person_company,
    // the start of person_figures, went in version 20); nucleic_test_day,
    // _sampled, _site.
    CHECK_FALSE(personIndexes.join(u'\n').contains(u"person_company"_s));
    if (onSqlite(t.db)) {
        REQUIRE(personIndexes.size() == 3);
        REQUIRE(testIndexes.size() == 3);
    }
    const QList<qsizetype> all{personIndexes.size(), testIndexes.size()};

    const QString rosterFile = roster(t, 0, kPersons);
    REQUIRE(QFileInfo(rosterFile).size() >= kLarge);
    const QString testsFile = tests(t, u"tests.csv"_s, 0);
    // The roster is written first, then the tests. While the roster's rows
    // are written both tables are without their indexes but the tests'
    // index of their day alone, which each row's entry goes to the end of;
    // while the tests' rows are, the persons have theirs again.
    QList<qsizetype> duringRoster; // of person, of nucleic_test
    QList<qsizetype> duringTests;
    QStringList testIndexesDuringTests;
    // Told once, when the last row is read: the count is every record's,
    // and the tests' indexes are still to be made.
    qint64 lastCount = 0;
    QList<qint64> rowsRead; // the count when told, and the tests' indexes then
    ImportOptions options;
    options.rowsRead = [&] { rowsRead << lastCount << indexes(t.db, u"nucleic_test"_s).size(); };
    // The connection's settings for the import (SQLite's; a server has
    // none of these), during the rows and after.
    const auto pragmas = [&t] {
        if (!onSqlite(t.db))
            return QList<int>{};
        QList<int> values;
        for (const char *name : {"foreign_keys", "cache_size", "threads"})
            values << test::scalar(t.db, u"PRAGMA %1"_s.arg(QLatin1StringView(name))).toInt();
        return values;
    };
    const QList<int> before = pragmas();
    QList<int> duringRows;
    const ImportResult result = importWatching(t.db, {testsFile, rosterFile}, options, [&](qint64 records) {
        duringRows = pragmas();
        lastCount = records;
        QList<qsizetype> &seen = records < kPersons ? duringRoster : duringTests;
        seen = {indexes(t.db, u"person"_s).size(), indexes(t.db, u"nucleic_test"_s).size()};
        if (records >= kPersons)
            testIndexesDuringTests = indexes(t.db, u"nucleic_test"_s);
    });
    INFO(result.failure.value_or(QString()).toStdString());
    REQUIRE(result.committed);
    if (onSqlite(t.db)) {
        CHECK(duringRoster == QList<qsizetype>{0, 1});
        CHECK(duringTests == QList<qsizetype>{3, 1});
        CHECK(testIndexesDuringTests
              == QStringList{u"nucleic_test_sampled: CREATE INDEX nucleic_test_sampled ON nucleic_test(sampled_on)"_s});
        CHECK(rowsRead == QList<qint64>{2 * kPersons, 1});
    } else {
        // A server keeps its indexes.
        CHECK(duringRoster == all);
        CHECK(duringTests == all);
        CHECK(rowsRead == QList<qint64>{2 * kPersons, testIndexes.size()});
    }

    if (onSqlite(t.db)) {
        // Foreign keys unchecked and a 64 MiB cache while the rows go in;
        // after, the connection's own again (the sort's memory and thread
        // too).
        CHECK(duringRows == QList<int>{0, -65536, before.at(2)});
        CHECK(before.at(0) == 1);
    }
    CHECK(pragmas() == before);
    CHECK(indexes(t.db, u"person"_s) == personIndexes);
    CHECK(indexes(t.db, u"nucleic_test"_s) == testIndexes);
    if (onSqlite(t.db))
        CHECK(integrity(t.db) == u"ok"_s); // every index holds every row
    CHECK(test::scalar(t.db, u"SELECT count(*) FROM person"_s).toInt() == kPersons);
    CHECK(test::scalar(t.db, u"SELECT count(*) FROM nucleic_test"_s).toInt() == kPersons);
    // Read through the indexes made again: by day (16,000 tests over 16
    // days), by site, by the pinyin of a name (职工 zhigong).
    CHECK(test::scalar(t.db, u"SELECT count(*) FROM nucleic_test WHERE sampled_on = '2022-03-05'"_s).toInt() == 1000);
    CHECK(test::scalar(t.db, u"SELECT count(*) FROM nucleic_test WHERE site = '通州湾社区'"_s).toInt() == kPersons);
    CHECK(test::scalar(t.db, u"SELECT count(*) FROM person WHERE company_id = (SELECT id FROM company WHERE code = 'TL')"_s)
              .toInt()
          == kPersons);
    // The tests kept per day and company were counted with the index of
    // tests by day back in place: as a full count has them.
    CHECK(test::scalar(t.db, u"SELECT tests FROM nucleic_test_day_count WHERE sampled_on = '2022-03-16'"_s).toInt()
          == 1000);
}

TEST_CASE("indexes laid aside are as they were when the import is refused or cancelled", "[import][indexes]")
{
    test::TempDatabase t;
    importCompanies(t.db);
    REQUIRE(Importer(t.db).run({roster(t, 0, kPersons)}, {}).committed);
    const QStringList testIndexes = indexes(t.db, u"nucleic_test"_s);
    REQUIRE(!testIndexes.isEmpty());
    qsizetype during = -1;
    const auto watch = [&](qint64) { during = indexes(t.db, u"nucleic_test"_s).size(); };

    SECTION("a row refused, and the valid rows not written")
    {
        // The last line's result is none the program knows.
        const QString file = tests(t, u"refused.csv"_s, 0, "铁路公司,职工1,"_ba + idOf(1).toUtf8() + ",2022-04-01,通州湾社区,不知道\n");
        const ImportResult result = importWatching(t.db, {file}, {}, watch);
        CHECK_FALSE(result.committed);
        CHECK(result.files.at(0).rejected == 1);
    }
    SECTION("cancelled half way")
    {
        ImportOptions options;
        qint64 read = 0;
        options.cancelled = [&read] { return read > kPersons / 2; };
        int told = 0; // that the last row was read: never
        options.rowsRead = [&told] { ++told; };
        const ImportResult result = importWatching(t.db, {tests(t, u"cancelled.csv"_s, 0)}, options, [&](qint64 records) {
            read = records;
            watch(records);
        });
        CHECK(result.cancelled);
        CHECK(told == 0);
    }
    CHECK(during == (onSqlite(t.db) ? 1 : testIndexes.size()));
    CHECK(indexes(t.db, u"nucleic_test"_s) == testIndexes);
    CHECK(test::scalar(t.db, u"SELECT count(*) FROM nucleic_test"_s).toInt() == 0);
    if (onSqlite(t.db))
        CHECK(integrity(t.db) == u"ok"_s);
}

TEST_CASE("a large file over a table holding more than a quarter of it, and a check, leave the indexes in place",
          "[import][indexes]")
{
    test::TempDatabase t;
    importCompanies(t.db);
    REQUIRE(Importer(t.db).run({roster(t, 0, kPersons)}, {}).committed);
    const QStringList testIndexes = indexes(t.db, u"nucleic_test"_s);
    qsizetype during = -1;
    const auto watch = [&](qint64) { during = indexes(t.db, u"nucleic_test"_s).size(); };

    // A check of a large file into the empty table writes nothing, and
    // lays nothing aside.
    const ImportResult checked = importWatching(t.db, {tests(t, u"first.csv"_s, 0)}, [] {
        ImportOptions check;
        check.dryRun = true;
        return check;
    }(), watch);
    CHECK(checked.files.at(0).inserted == kPersons);
    CHECK(during == testIndexes.size());

    during = -1;
    REQUIRE(importWatching(t.db, {tests(t, u"first.csv"_s, 0)}, {}, watch).committed);
    CHECK(during == (onSqlite(t.db) ? 1 : testIndexes.size()));

    // 16,000 tests held; a file of 1.2 MiB is taken for at most 10,000
    // rows (128 bytes a row), fewer than four times those held.
    during = -1;
    const ImportResult second = importWatching(t.db, {tests(t, u"second.csv"_s, 16)}, {}, watch);
    REQUIRE(second.committed);
    CHECK(second.files.at(0).inserted == kPersons);
    CHECK(during == testIndexes.size());
    CHECK(indexes(t.db, u"nucleic_test"_s) == testIndexes);
    CHECK(test::scalar(t.db, u"SELECT count(*) FROM nucleic_test"_s).toInt() == 2 * kPersons);
}
