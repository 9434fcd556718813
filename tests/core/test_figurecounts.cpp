// SPDX-License-Identifier: GPL-3.0-or-later
// The tests of each day and company that the database keeps (schema 14) for
// the figures' tests to date: after imports, edits, deletes, an import
// undone and every undo and redo they equal a full count of the tests, and
// the figures read them. The expected counts are worked out by hand in the
// comments.
#include "core/db/repository.h"
#include "core/edit/edits.h"
#include "core/figures/figuresengine.h"
#include "core/import/importer.h"
#include "core/import/importundo.h"
#include "core/model/nucleictest.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

using Counts = QList<QString>; // "day company-code tests", by day and code

Counts rows(Database &db, const QString &sql)
{
    Counts out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    while (q.next())
        out << u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

// What the database kept, groups at 0 left out.
Counts kept(Database &db)
{
    return rows(db, u"SELECT k.sampled_on, c.code, k.tests FROM nucleic_test_day_count k"
                    u" JOIN company c ON c.id = k.company_id WHERE k.tests <> 0 ORDER BY 1, 2"_s);
}

// A full count of the tests.
Counts counted(Database &db)
{
    return rows(db, u"SELECT t.sampled_on, c.code, count(*) FROM nucleic_test t"
                    u" JOIN company c ON c.id = t.company_id GROUP BY 1, 2 ORDER BY 1, 2"_s);
}

qint64 toDate(Database &db, const QString &day)
{
    const Result<Figures> f = FiguresEngine(db).compute(QDate::fromString(day, Qt::ISODate));
    REQUIRE(f.ok());
    return f.value().tests.cumulative;
}

qint64 testOf(Database &db, const QString &idNumber, const QString &day)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT t.id FROM nucleic_test t JOIN person p ON p.id = t.person_id"
              u" WHERE p.id_number = ? AND t.sampled_on = ?"_s);
    q.addBindValue(idNumber);
    q.addBindValue(day);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

ImportResult import(test::TempDatabase &t, const QString &name, const QByteArray &bytes)
{
    const ImportResult result = Importer(t.db).run({test::writeFile(t.dir.filePath(name), bytes)}, {});
    REQUIRE(result.committed);
    return result;
}

const char *const kQin = "320612198311208861"; // 秦鹏文, 滨江公司 (BJ)

// 沿海集团 (YH) with 滨江公司 (BJ) and 开发公司 (KF); 秦鹏文 and 龚雪 of BJ,
// 彭志 of KF.
void importPersons(test::TempDatabase &t)
{
    import(t, u"companies.csv"_s, "单位编码,单位名称,上级单位编码\nYH,沿海集团,\nBJ,滨江公司,YH\nKF,开发公司,YH\n");
    import(t, u"personnel.csv"_s,
           "单位,姓名,身份证号\n"
           "滨江公司,秦鹏文,320612198311208861\n"
           "滨江公司,龚雪,320612200002105519\n"
           "开发公司,彭志,320612200207301943\n");
}

} // namespace

TEST_CASE("the tests kept per day and company equal a full count after imports, edits, undo and redo",
          "[figures][counts]")
{
    test::TempDatabase t;
    importPersons(t);
    CHECK(kept(t.db).isEmpty());

    // 03-10: 秦鹏文 and 龚雪 (BJ), 彭志 (KF); 03-11: 秦鹏文 (BJ); 03-12: 彭志 (KF).
    const ImportResult firstFile = import(t, u"tests.csv"_s,
           "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
           "滨江公司,秦鹏文,320612198311208861,2022-03-10,通州湾社区,阴性\n"
           "滨江公司,龚雪,320612200002105519,2022-03-10,通州湾社区,阴性\n"
           "开发公司,彭志,320612200207301943,2022-03-10,通州湾社区,阴性\n"
           "滨江公司,秦鹏文,320612198311208861,2022-03-11,通州湾社区,阴性\n"
           "开发公司,彭志,320612200207301943,2022-03-12,通州湾社区,阳性\n");
    const Counts first{u"2022-03-10 BJ 2"_s, u"2022-03-10 KF 1"_s, u"2022-03-11 BJ 1"_s, u"2022-03-12 KF 1"_s};
    CHECK(kept(t.db) == first);
    CHECK(counted(t.db) == first);
    // To date: 3 by 03-10, 3 + 1 = 4 by 03-11, 4 + 1 = 5 by 03-12 and after.
    CHECK(toDate(t.db, u"2022-03-09"_s) == 0);
    CHECK(toDate(t.db, u"2022-03-11"_s) == 4);
    CHECK(toDate(t.db, u"2022-03-20"_s) == 5);
    // Of BJ alone: 2 on 03-10 and 1 on 03-11.
    const qint64 bj = rows(t.db, u"SELECT id, '', '' FROM company WHERE code = 'BJ'"_s).value(0).section(u' ', 0, 0).toLongLong();
    const Result<Figures> ofBj = FiguresEngine(t.db, {bj}).compute(QDate(2022, 3, 20));
    REQUIRE(ofBj.ok());
    CHECK(ofBj.value().tests.cumulative == 3);

    // A second file sends 秦鹏文's 03-11 test again with another result (an
    // update, no new test), twice, and 龚雪 on 03-12 (a new one): 03-12 BJ 1.
    const QByteArray second = "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
                              "滨江公司,秦鹏文,320612198311208861,2022-03-11,通州湾社区,阳性\n"
                              "滨江公司,龚雪,320612200002105519,2022-03-12,通州湾社区,阴性\n"
                              "滨江公司,秦鹏文,320612198311208861,2022-03-11,通州湾社区,阴性\n";
    const QString secondPath = test::writeFile(t.dir.filePath(u"tests2.csv"_s), second);
    const ImportResult again = Importer(t.db).run({secondPath}, {});
    REQUIRE(again.committed);
    const Counts withSecond{u"2022-03-10 BJ 2"_s, u"2022-03-10 KF 1"_s, u"2022-03-11 BJ 1"_s,
                            u"2022-03-12 BJ 1"_s, u"2022-03-12 KF 1"_s};
    CHECK(kept(t.db) == withSecond);
    CHECK(counted(t.db) == withSecond);
    CHECK(toDate(t.db, u"2022-03-12"_s) == 6);

    // The import as a step: undone, the first file's counts; redone, both.
    const EditStepPtr importStep = Edits::imported({secondPath}, {}, again);
    REQUIRE(importStep);
    REQUIRE(importStep->undo(t.db).ok());
    CHECK(kept(t.db) == first);
    CHECK(counted(t.db) == first);
    REQUIRE(importStep->redo(t.db).ok());
    CHECK(kept(t.db) == withSecond);
    CHECK(counted(t.db) == withSecond);

    // An edit moves 秦鹏文's 03-11 test to 03-12: 03-11 BJ 0 (left out),
    // 03-12 BJ 1 + 1 = 2.
    const qint64 moved = testOf(t.db, QString::fromLatin1(kQin), u"2022-03-11"_s);
    NucleicTest test = *Repository<NucleicTest>(t.db).find(moved);
    test.sampledOn = QDate(2022, 3, 12);
    const Result<EditStepPtr> edit = Edits::save(t.db, test);
    REQUIRE(edit.ok());
    REQUIRE(edit.value());
    const Counts edited{u"2022-03-10 BJ 2"_s, u"2022-03-10 KF 1"_s, u"2022-03-12 BJ 2"_s, u"2022-03-12 KF 1"_s};
    CHECK(kept(t.db) == edited);
    CHECK(counted(t.db) == edited);
    CHECK(toDate(t.db, u"2022-03-11"_s) == 3);
    REQUIRE(edit.value()->undo(t.db).ok());
    CHECK(kept(t.db) == withSecond);
    CHECK(counted(t.db) == withSecond);
    REQUIRE(edit.value()->redo(t.db).ok());
    CHECK(kept(t.db) == edited);

    // Deleted, the test leaves 03-12 BJ at 1; undone, it is back at 2.
    const Result<EditStepPtr> removed = Edits::remove(t.db, EntityKind::NucleicTest, {moved});
    REQUIRE(removed.ok());
    const Counts afterDelete{u"2022-03-10 BJ 2"_s, u"2022-03-10 KF 1"_s, u"2022-03-12 BJ 1"_s,
                             u"2022-03-12 KF 1"_s};
    CHECK(kept(t.db) == afterDelete);
    CHECK(counted(t.db) == afterDelete);
    CHECK(toDate(t.db, u"2022-03-20"_s) == 5);
    REQUIRE(removed.value()->undo(t.db).ok());
    CHECK(kept(t.db) == edited);
    CHECK(counted(t.db) == edited);
    REQUIRE(removed.value()->redo(t.db).ok());
    CHECK(kept(t.db) == afterDelete);

    // The first file's import undone from the Imports view: its four new
    // tests (3 on 03-10, 彭志's on 03-12) go; what remains is the second
    // file's 龚雪 on 03-12.
    REQUIRE(ImportUndo(t.db).undo(firstFile.files.at(0).batchId).ok());
    const Counts undone{u"2022-03-12 BJ 1"_s};
    CHECK(kept(t.db) == undone);
    CHECK(counted(t.db) == undone);
    CHECK(toDate(t.db, u"2022-03-20"_s) == 1);
}

// An import counts its new tests per day once, before it commits, with the
// counting trigger laid aside meanwhile (core/import/deferreddaycounts.h):
// what it must get right.
TEST_CASE("an import's tests are counted per day as a full count has them, and the counting goes on after it",
          "[figures][counts]")
{
    test::TempDatabase t;
    importPersons(t);
    // Before: 龚雪's test on 03-10 under BJ.
    import(t, u"before.csv"_s,
           "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
           "滨江公司,龚雪,320612200002105519,2022-03-10,通州湾社区,阴性\n");
    CHECK(kept(t.db) == Counts{u"2022-03-10 BJ 1"_s});

    // 秦鹏文's new test on 03-10 under BJ, sent again two rows later under
    // KF (the same key: an update of the test the file has just written);
    // 彭志's new test on 03-11 under KF. So 03-10: BJ 1 (龚雪 only), KF 1
    // (秦鹏文); 03-11: KF 1. Counted per group of the new tests alone, BJ
    // would be left at 0: the update took 秦鹏文 out of BJ, where the
    // import had not counted him yet.
    import(t, u"tests.csv"_s,
           "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
           "滨江公司,秦鹏文,320612198311208861,2022-03-10,通州湾社区,阴性\n"
           "开发公司,彭志,320612200207301943,2022-03-11,通州湾社区,阴性\n"
           "开发公司,秦鹏文,320612198311208861,2022-03-10,通州湾社区,阴性\n");
    const Counts imported{u"2022-03-10 BJ 1"_s, u"2022-03-10 KF 1"_s, u"2022-03-11 KF 1"_s};
    CHECK(counted(t.db) == imported);
    CHECK(kept(t.db) == imported);
    CHECK(rows(t.db, u"SELECT count(*), '', '' FROM nucleic_test_day_count WHERE tests < 0"_s)
          == Counts{u"0  "_s});

    // A check that is not committed, and an import refused for a bad row,
    // count nothing.
    const QString more = test::writeFile(t.dir.filePath(u"more.csv"_s),
        "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
        "滨江公司,龚雪,320612200002105519,2022-03-12,通州湾社区,阴性\n"
        "滨江公司,龚雪,320612200002105519,2022-03-13,通州湾社区,不知道\n");
    ImportOptions check;
    check.dryRun = true;
    check.skipInvalid = true;
    CHECK_FALSE(Importer(t.db).run({more}, check).committed);
    CHECK_FALSE(Importer(t.db).run({more}, {}).committed);
    CHECK(kept(t.db) == imported);
    if (t.db.backend() == SqlBackend::Sqlite)
        CHECK(rows(t.db, u"SELECT count(*), '', '' FROM sqlite_master WHERE type = 'trigger'"
                         u" AND name = 'nucleic_test_day_count_insert'"_s)
              == Counts{u"1  "_s});

    // After them, a test typed in is counted as it is saved: 03-12 BJ 1.
    NucleicTest typed;
    typed.personId = test::scalar(t.db, u"SELECT id FROM person WHERE id_number = '320612200002105519'"_s).toLongLong();
    typed.companyId = test::scalar(t.db, u"SELECT id FROM company WHERE code = 'BJ'"_s).toLongLong();
    typed.sampledOn = QDate(2022, 3, 12);
    typed.site = u"通州湾社区"_s;
    typed.result = TestResult::Negative;
    const Result<EditStepPtr> saved = Edits::save(t.db, typed);
    REQUIRE(saved.ok());
    const Counts withTyped{u"2022-03-10 BJ 1"_s, u"2022-03-10 KF 1"_s, u"2022-03-11 KF 1"_s, u"2022-03-12 BJ 1"_s};
    CHECK(counted(t.db) == withTyped);
    CHECK(kept(t.db) == withTyped);
}

TEST_CASE("a version 8 file's tests are counted per day and company as it migrates", "[figures][counts][migration]")
{
    // The file holds 39 tests from 2022-03-01 to 03-21, 20 of them sampled
    // on or before 03-10 (as the sqlite3 shell counts them in the file).
    QTemporaryDir dir;
    const QString path
        = test::copyOf(QStringLiteral(SEAWALL_TEST_DATA) + u"/db/v8.sqlite"_s, dir.filePath(u"v8.sqlite"_s));
    Database db;
    REQUIRE(db.open(path).ok());
    REQUIRE(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(counted(db).size() > 1);
    CHECK(kept(db) == counted(db));
    CHECK(toDate(db, u"2022-03-10"_s) == 20);
    CHECK(toDate(db, u"2022-03-21"_s) == 39);
}
