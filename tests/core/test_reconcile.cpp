// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/vaccinationstatus.h"
#include "core/reconcile/reconciler.h"
#include "core/reconcile/reviewstore.h"
#include "reconcilefixture.h"
#include "testdb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QDate d(int month, int day) { return {2022, month, day}; }

std::vector<Discrepancy> compute(Database &db, const QDate &from, const QDate &to, const QList<qint64> &ids = {})
{
    const auto items = Reconciler(db).compute(from, to, ids);
    INFO((items.ok() ? QString() : items.error().message).toStdString());
    REQUIRE(items.ok());
    return items.value();
}

// "kind company date first second" of each item, in the order listed.
QStringList summary(const std::vector<Discrepancy> &items)
{
    QStringList lines;
    for (const Discrepancy &i : items)
        lines << u"%1 %2 %3 %4 %5"_s.arg(kindCode(i.kind), i.companyCode, i.date.toString(Qt::ISODate))
                     .arg(i.first)
                     .arg(i.second);
    return lines;
}

const Discrepancy &find(const std::vector<Discrepancy> &items, DiscrepancyKind kind, const QString &company)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const Discrepancy &i) {
        return i.kind == kind && i.companyCode == company;
    });
    REQUIRE(it != items.end());
    return *it;
}

QStringList column(const RecordTable &table, int c)
{
    QStringList values;
    for (const QVariantList &row : table.rows)
        values << row.value(c).toString();
    return values;
}

// The names of the persons behind an item, in the order listed.
QStringList namesBehind(Database &db, const Discrepancy &item)
{
    const auto table = Reconciler(db).records(item);
    REQUIRE(table.ok());
    return column(table.value(), 1);
}

} // namespace

TEST_CASE("reconciliation lists each kind of discrepancy and none of the near misses", "[reconcile]")
{
    test::TempDatabase t;
    test::ReconcileFixture f(t.db);

    // Worked out from the fixture's comments for 2022-03-15 (window of the
    // missing reports: 03-09 … 03-15).
    const QStringList expected{
        u"test_count KF 2022-03-15 3 2"_s,        // report 3, records A1 and X1
        u"off_roster KF 2022-03-15 1 0"_s,        // X1
        u"off_roster WY 2022-03-15 2 0"_s,        // X2, X3
        u"unvaccinated KF 2022-03-15 2 1"_s,      // none: A2, A7 (dose after D); incomplete: A3
        u"unvaccinated WY 2022-03-15 0 1"_s,      // B2 has 2 of 智飞's 3
        u"missing_report WY 2022-03-12 0 0"_s,    // the one day WY sent nothing
        u"overdue_finding CY 2022-03-10 5 0"_s,   // F1 and F4 (rectified only after D)
        u"overdue_finding CY 2022-03-10 5 0"_s,
    };
    const auto items = compute(t.db, test::ReconcileFixture::day(), test::ReconcileFixture::day());
    CHECK(summary(items) == expected);

    const Discrepancy &tests = find(items, DiscrepancyKind::TestCount, u"KF"_s);
    CHECK(tests.key == u"KF/2022-03-15"_s);
    CHECK(tests.companyName == u"开发公司"_s);
    CHECK(tests.description == u"The report says 3 tests done; there are 2 test records, 1 fewer."_s);
    // Days in the descriptions as the lists write them, in any language.
    CHECK(find(items, DiscrepancyKind::MissingReport, u"WY"_s).description == u"No daily report for 2022-03-12."_s);
    QStringList overdueKeys;
    for (const Discrepancy &i : items)
        if (i.kind == DiscrepancyKind::OverdueFinding)
            overdueKeys << i.key;
    // By key: 测 (U+6D4B) sorts before 消 (U+6D88).
    CHECK(overdueKeys == QStringList{u"DC-01/测温点无人值守"_s, u"DC-01/消毒记录不全"_s});
    for (const Discrepancy &i : items)
        CHECK_FALSE(i.reviewed());
}

TEST_CASE("reconciliation over a range and a company subtree", "[reconcile]")
{
    test::TempDatabase t;
    test::ReconcileFixture f(t.db);

    SECTION("a range longer than a week looks for missing reports over all of it")
    {
        const auto items = compute(t.db, d(3, 8), d(3, 15));
        const QStringList missing = summary(items).filter(u"missing_report"_s);
        // CY started reporting on 03-09; WY skipped 03-12.
        CHECK(missing == QStringList{u"missing_report CY 2022-03-08 0 0"_s, u"missing_report WY 2022-03-12 0 0"_s});
        // 03-14: KF's morning report says 5, its evening one 1 = the record.
        CHECK(summary(items).filter(u"test_count"_s) == QStringList{u"test_count KF 2022-03-15 3 2"_s});
    }
    SECTION("the subtree of 开发公司 leaves out 产业公司")
    {
        const auto items = compute(t.db, f.day(), f.day(), {f.company[u"KF"_s], f.company[u"WY"_s]});
        CHECK(items.size() == 6);
        for (const Discrepancy &i : items)
            CHECK(i.companyCode != u"CY"_s);
    }
    SECTION("a day before the findings were overdue")
    {
        const auto items = compute(t.db, d(3, 10), d(3, 10));
        CHECK(summary(items).filter(u"overdue_finding"_s).isEmpty());
        // 03-10: KF reported 0 and has no records; WY reported; window 03-04 … 03-10.
        CHECK(summary(items).filter(u"test_count"_s).isEmpty());
    }
}

TEST_CASE("the records behind each item", "[reconcile]")
{
    test::TempDatabase t;
    test::ReconcileFixture f(t.db);
    const auto items = compute(t.db, f.day(), f.day());
    Reconciler reconciler(t.db);
    const auto records = [&](DiscrepancyKind kind, const QString &company) {
        const auto table = reconciler.records(find(items, kind, company));
        REQUIRE(table.ok());
        return table.value();
    };

    const RecordTable tests = records(DiscrepancyKind::TestCount, u"KF"_s);
    // 外部1 (wài) before 员工1 (yuán): names in pinyin order.
    CHECK(column(tests, tests.idNumberColumn) == QStringList{f.idNumber(u"X1"_s), f.idNumber(u"A1"_s)});
    CHECK(tests.rows.at(0).at(3).toDate() == f.day());

    const RecordTable off = records(DiscrepancyKind::OffRoster, u"WY"_s);
    CHECK(column(off, 1) == QStringList{u"外部2"_s, u"外部3"_s});
    CHECK(column(off, 3) == QStringList{u"1"_s, u"0"_s}); // X2 was tested once

    const RecordTable vaccination = records(DiscrepancyKind::Unvaccinated, u"KF"_s);
    CHECK(column(vaccination, vaccination.idNumberColumn)
          == QStringList{f.idNumber(u"A2"_s), f.idNumber(u"A3"_s), f.idNumber(u"A7"_s)});
    CHECK(column(vaccination, 4) == QStringList{u"0"_s, u"1"_s, u"0"_s});

    const RecordTable reports = records(DiscrepancyKind::MissingReport, u"WY"_s);
    // 03-09 … 03-15 without 03-12; 03-13 only in the morning.
    CHECK(reports.rows.size() == 6);
    CHECK(reports.rows.at(3).at(0).toDate() == d(3, 13));

    const RecordTable finding = records(DiscrepancyKind::OverdueFinding, u"CY"_s);
    REQUIRE(finding.rows.size() == 1);
    CHECK(finding.rows.at(0).at(0).toString() == u"DC-01"_s);
    CHECK(finding.rows.at(0).at(5).toDate() == d(3, 10));
}

TEST_CASE("the persons behind an item are in pinyin order, as Chinese readers look for them", "[reconcile]")
{
    test::TempDatabase t;
    test::ReconcileFixture f(t.db);
    // By code point 丁 (U+4E01) < 外 (U+5916) < 安 (U+5B89); in pinyin
    // an < ding < wai.
    QSqlQuery q(t.db.connection());
    REQUIRE(q.exec(u"INSERT INTO person (id_number, name, company_id, category) VALUES"
                   u" ('320612199001019901', '丁一', %1, 'external'),"
                   u" ('320612199001019902', '安娜', %1, 'external')"_s.arg(f.company[u"WY"_s])));
    const auto items = compute(t.db, f.day(), f.day());
    CHECK(namesBehind(t.db, find(items, DiscrepancyKind::OffRoster, u"WY"_s))
          == QStringList{u"安娜"_s, u"丁一"_s, u"外部2"_s, u"外部3"_s});
}

TEST_CASE("a person without doses counts as unvaccinated except on the days of their exemption", "[reconcile]")
{
    test::TempDatabase t;
    test::ReconcileFixture f(t.db);
    // WY has none without a dose (B2 has two of 智飞's three). On 03-15:
    // 例一's exemption ended the day before, 例二's lasts through the day,
    // 例三's starts the day after.
    QSqlQuery q(t.db.connection());
    REQUIRE(q.exec(u"INSERT INTO person (id_number, name, company_id, exempt_from, exempt_until) VALUES"
                   u" ('320612199001019911', '例一', %1, '2022-01-01', '2022-03-14'),"
                   u" ('320612199001019912', '例二', %1, '2022-01-01', '2022-03-15'),"
                   u" ('320612199001019913', '例三', %1, '2022-03-16', NULL)"_s.arg(f.company[u"WY"_s])));
    REQUIRE(f.day() == d(3, 15));
    const auto items = compute(t.db, f.day(), f.day());
    const Discrepancy &wy = find(items, DiscrepancyKind::Unvaccinated, u"WY"_s);
    CHECK(wy.first == 2); // 例一, 例三
    CHECK(wy.second == 1); // B2
    CHECK(namesBehind(t.db, wy) == QStringList{u"例三"_s, u"例一"_s, u"物业2"_s});
}

TEST_CASE("a review is kept in the file and follows its item", "[reconcile]")
{
    test::TempDatabase t;
    test::ReconcileFixture f(t.db);
    {
        ReviewStore store(t.db);
        REQUIRE(store.mark(DiscrepancyKind::TestCount, u"KF/2022-03-15"_s, u"检测机构补报一人"_s).ok());
        REQUIRE(store.mark(DiscrepancyKind::OffRoster, u"WY/2/%1"_s.arg(f.person[u"X3"_s]), u"外包人员"_s).ok());
    }
    t.db.close();
    Database again;
    REQUIRE(again.open(t.path).ok());
    auto items = compute(again, f.day(), f.day());
    const Discrepancy &tests = find(items, DiscrepancyKind::TestCount, u"KF"_s);
    REQUIRE(tests.reviewed());
    CHECK(tests.review->note == u"检测机构补报一人"_s);
    CHECK_FALSE(tests.review->reviewedBy.isEmpty());
    CHECK(tests.review->reviewedAt.isValid());
    CHECK(find(items, DiscrepancyKind::OffRoster, u"WY"_s).reviewed());
    CHECK_FALSE(find(items, DiscrepancyKind::OffRoster, u"KF"_s).reviewed());

    // A fourth person off WY's roster makes it a new item, not reviewed.
    QSqlQuery q(again.connection());
    REQUIRE(q.exec(u"INSERT INTO person (id_number, name, company_id, category) VALUES"
                   u" ('320612199001019999', '外部四', %1, 'external')"_s.arg(f.company[u"WY"_s])));
    items = compute(again, f.day(), f.day());
    CHECK(find(items, DiscrepancyKind::OffRoster, u"WY"_s).first == 3);
    CHECK_FALSE(find(items, DiscrepancyKind::OffRoster, u"WY"_s).reviewed());

    REQUIRE(ReviewStore(again).clear(DiscrepancyKind::TestCount, u"KF/2022-03-15"_s).ok());
    items = compute(again, f.day(), f.day());
    CHECK_FALSE(find(items, DiscrepancyKind::TestCount, u"KF"_s).reviewed());
    const auto gone = ReviewStore(again).find(DiscrepancyKind::TestCount, u"KF/2022-03-15"_s);
    REQUIRE(gone.ok());
    CHECK_FALSE(gone.value().has_value());
}

TEST_CASE("discrepancy kinds have stored codes", "[reconcile]")
{
    for (DiscrepancyKind kind : kAllDiscrepancyKinds) {
        CHECK(parseKindCode(kindCode(kind)) == kind);
        CHECK_FALSE(displayName(kind).isEmpty());
    }
    CHECK_FALSE(parseKindCode(u"nonsense"_s).has_value());
}
