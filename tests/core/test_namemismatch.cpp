// SPDX-License-Identifier: GPL-3.0-or-later
// One ID number under different names: what an import records, what undo
// and a second import of the same file do, and the reconciliation's item.
#include "reconcilefixture.h"
#include "testdb.h"

#include "core/import/importer.h"
#include "core/import/importundo.h"
#include "core/reconcile/reconciler.h"
#include "core/reconcile/reviewstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

ImportResult import(Database &db, const QString &file)
{
    const ImportResult result = Importer(db).run({file}, {});
    for (const FileReport &report : result.files)
        for (const ImportProblem &error : report.errors)
            UNSCOPED_INFO(error.message.toStdString());
    return result;
}

std::vector<Discrepancy> names(Database &db)
{
    const auto items = Reconciler(db).compute({2022, 3, 15}, {2022, 3, 15});
    REQUIRE(items.ok());
    std::vector<Discrepancy> found;
    for (const Discrepancy &i : items.value())
        if (i.kind == DiscrepancyKind::NameMismatch)
            found.push_back(i);
    return found;
}

// 海通公司 with 陆伟志, 曾雪 and 张三 on its roster.
void roster(test::TempDatabase &t)
{
    REQUIRE(import(t.db, test::writeFile(t.dir.filePath(u"companies.csv"_s),
                                         "单位编码,单位名称,上级单位编码\nYH,沿海集团,\nHT,海通公司,YH\n"))
                .committed);
    REQUIRE(import(t.db, test::writeFile(t.dir.filePath(u"roster.csv"_s),
                                         "单位,姓名,身份证号\n"
                                         "海通公司,陆伟志,32061219970812218X\n"
                                         "海通公司,曾雪,320612197801146515\n"
                                         "海通公司,张三,110101199003074514\n"))
                .committed);
}

} // namespace

TEST_CASE("a test file naming a person otherwise gives one name mismatch until undone", "[reconcile][names]")
{
    test::TempDatabase t;
    roster(t);
    // Line 3 pads 曾雪 with an ideographic space (the same name); lines 4
    // and 5 call 张三 张叁: one name, recorded once, at its first line.
    const QString tests = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                          "单位,姓名,身份证号,采样日期,检测结果\n"
                                          "海通公司,陆伟志,32061219970812218X,2022-03-15,阴性\n"
                                          "海通公司,曾　雪,320612197801146515,2022-03-15,阴性\n"
                                          "海通公司,张叁,110101199003074514,2022-03-15,阴性\n"
                                          "海通公司,张叁,110101199003074514,2022-03-16,阴性\n");
    const ImportResult result = import(t.db, tests);
    REQUIRE(result.committed);
    const qint64 batch = result.files.at(0).batchId;
    CHECK(scalar(t.db, u"SELECT count(*) FROM person_name_variant"_s) == u"1"_s);
    CHECK(scalar(t.db, u"SELECT name || '/' || line || '/' || file_kind FROM person_name_variant"_s)
          == u"张叁/4/tests"_s);
    CHECK(scalar(t.db, u"SELECT name FROM person WHERE id_number = '110101199003074514'"_s) == u"张三"_s);

    auto items = names(t.db);
    REQUIRE(items.size() == 1);
    const Discrepancy item = items.at(0);
    CHECK(item.companyCode == u"HT"_s);
    CHECK(item.first == 1);
    CHECK(item.second == 1);
    CHECK(item.key == u"110101199003074514/张三/张叁"_s);
    CHECK(item.description
          == u"ID number 110101********4514: the roster says 张三; imported files say 张叁 (tests.csv, line 4)."_s);
    CHECK(item.date == QDate::currentDate());

    const auto records = Reconciler(t.db).records(item);
    REQUIRE(records.ok());
    REQUIRE(records->rows.size() == 2);
    CHECK(records->idNumberColumn == 0);
    CHECK(records->rows.at(0).at(1).toString() == u"张三"_s);
    CHECK(records->rows.at(0).at(2).toString() == u"Roster"_s);
    CHECK(records->rows.at(1).at(0).toString() == u"110101199003074514"_s);
    CHECK(records->rows.at(1).at(1).toString() == u"张叁"_s);
    CHECK(records->rows.at(1).at(2).toString() == u"tests.csv (Nucleic-acid tests)"_s);
    CHECK(records->rows.at(1).at(3).toLongLong() == 4);
    CHECK(records->rows.at(1).at(4).toLongLong() == batch);
    CHECK(records->rows.at(1).at(5).toDate() == QDate::currentDate());

    SECTION("the same file again records nothing new")
    {
        const ImportResult again = import(t.db, tests);
        REQUIRE(again.committed);
        CHECK(again.files.at(0).alreadyImported);
        CHECK(scalar(t.db, u"SELECT count(*) FROM person_name_variant"_s) == u"1"_s);
        items = names(t.db);
        REQUIRE(items.size() == 1);
        CHECK(items.at(0).key == item.key);
    }
    SECTION("undoing the batch takes its names away")
    {
        REQUIRE(ImportUndo(t.db).undo(batch).ok());
        CHECK(scalar(t.db, u"SELECT count(*) FROM person_name_variant"_s) == u"0"_s);
        CHECK(names(t.db).empty());
    }
    SECTION("a review holds until another name comes")
    {
        REQUIRE(ReviewStore(t.db).mark(DiscrepancyKind::NameMismatch, item.key, u"typo at the lab"_s).ok());
        items = names(t.db);
        REQUIRE(items.size() == 1);
        CHECK(items.at(0).reviewed());
        REQUIRE(import(t.db, test::writeFile(t.dir.filePath(u"vaccinations.csv"_s),
                                             "单位,姓名,身份证号,剂次,接种日期\n"
                                             "海通公司,章三,110101199003074514,第一针,2022-03-01\n"))
                    .committed);
        items = names(t.db);
        REQUIRE(items.size() == 1);
        CHECK(items.at(0).first == 2);
        CHECK(items.at(0).second == 2);
        CHECK(items.at(0).key == u"110101199003074514/张三/张叁/章三"_s);
        CHECK_FALSE(items.at(0).reviewed());
    }
}

TEST_CASE("a roster row that renames a person keeps the name it replaced", "[reconcile][names]")
{
    test::TempDatabase t;
    roster(t);
    // The later roster wins: 陆伟志 is 陆伟 from now on.
    const ImportResult result = import(t.db, test::writeFile(t.dir.filePath(u"roster2.csv"_s),
                                                             "单位,姓名,身份证号\n"
                                                             "海通公司,曾 雪,320612197801146515\n"
                                                             "海通公司,陆伟,32061219970812218X\n"));
    REQUIRE(result.committed);
    CHECK(scalar(t.db, u"SELECT name FROM person WHERE id_number = '32061219970812218X'"_s) == u"陆伟"_s);
    CHECK(scalar(t.db, u"SELECT count(*) FROM person_name_variant"_s) == u"1"_s);
    CHECK(scalar(t.db, u"SELECT group_concat(name || '/' || line || '/' || file_kind, ',') FROM person_name_variant"_s) == u"陆伟志/3/personnel"_s);
    // 曾 雪 is written as the file has it, but is no other name.
    const auto items = names(t.db);
    REQUIRE(items.size() == 1);
    CHECK(items.at(0).description
          == u"ID number 320612********218X: the roster says 陆伟; imported files say 陆伟志 (the name before "
             u"roster2.csv, line 3)."_s);

    REQUIRE(ImportUndo(t.db).undo(result.files.at(0).batchId).ok());
    CHECK(scalar(t.db, u"SELECT name FROM person WHERE id_number = '32061219970812218X'"_s) == u"陆伟志"_s);
    CHECK(names(t.db).empty());
}

TEST_CASE("names that fold to the one on record are no mismatch", "[reconcile][names]")
{
    test::TempDatabase t;
    test::ReconcileFixture f(t.db);
    QSqlQuery q(t.db.connection());
    REQUIRE(q.exec(u"INSERT INTO import_batch (id, file_name, sha256, kind, imported_at)"
                   u" VALUES (90, 'a.csv', 'x', 'tests', '2022-03-14T08:00:00')"_s));
    REQUIRE(q.prepare(u"INSERT INTO person_name_variant (person_id, name, batch_id, line, file_kind, seen_at)"
                      u" VALUES (?, ?, 90, ?, 'tests', '2022-03-14T08:00:00')"_s));
    // 员工1 as 员工１ (full-width digit) and 员 工1: near misses; 员工2 as
    // 员工二: a mismatch; 员工3 as 员工３ only: none.
    const QList<std::tuple<QString, QString, int>> rows{{u"A1"_s, u"员工１"_s, 2},
                                                        {u"A1"_s, u"员 工1"_s, 3},
                                                        {u"A2"_s, u"员工二"_s, 4},
                                                        {u"A3"_s, u"员工３"_s, 5}};
    for (const auto &[person, name, line] : rows) {
        q.addBindValue(f.person[person]);
        q.addBindValue(name);
        q.addBindValue(line);
        REQUIRE(q.exec());
    }
    const auto items = names(t.db);
    REQUIRE(items.size() == 1);
    CHECK(items.at(0).recordId == f.person[u"A2"_s]);
    CHECK(items.at(0).companyCode == u"KF"_s);
    CHECK(items.at(0).date == QDate(2022, 3, 14));
    CHECK(items.at(0).description.endsWith(u"the roster says 员工2; imported files say 员工二 (a.csv, line 4)."_s));

    const auto records = Reconciler(t.db).records(items.at(0));
    REQUIRE(records.ok());
    CHECK(records->rows.size() == 2);

    SECTION("a company outside the scope shows none")
    {
        const auto scoped = Reconciler(t.db).compute({2022, 3, 15}, {2022, 3, 15}, {f.company[u"WY"_s]});
        REQUIRE(scoped.ok());
        for (const Discrepancy &i : scoped.value())
            CHECK(i.kind != DiscrepancyKind::NameMismatch);
    }
}
