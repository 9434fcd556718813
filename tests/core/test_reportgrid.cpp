// SPDX-License-Identifier: GPL-3.0-or-later
// The Today view's lists on the hand-built group of figuresfixture.cpp, as
// of 2022-03-15. Its reports on that day: KF evening 无 (zero), WY morning 无
// and evening with anomalies, CY morning NONE (zero), TL only on 03-14, RC
// does not report daily (and neither does the root YH).
#include "core/db/companyrepository.h"
#include "core/db/repository.h"
#include "core/model/dailyreport.h"
#include "core/figures/figuresengine.h"
#include "figuresfixture.h"
#include "core/reports/openfindings.h"
#include "core/reports/reportgrid.h"
#include "testdb.h"

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

template <typename T>
T ok(Result<T> result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

const ReportGridRow &row(const ReportGrid &grid, const QString &code)
{
    for (const ReportGridRow &r : grid.rows)
        if (r.code == code)
            return r;
    FAIL("no row " << code.toStdString());
    return grid.rows.front();
}

void addReport(Database &db, qint64 company, QDate on, ReportEdition edition, const QString &anomalies)
{
    DailyReport r;
    r.companyId = company;
    r.date = on;
    r.edition = edition;
    r.anomalies = anomalies;
    REQUIRE(Repository<DailyReport>(db).insert(r).ok());
}

} // namespace

TEST_CASE("the report grid has a row per reporting unit and a cell per day", "[reports]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const QDate day = test::FiguresFixture::day();
    addReport(t.db, fixture.company[u"CY"_s], {2022, 3, 2}, ReportEdition::Evening, u"停水"_s); // first day shown
    addReport(t.db, fixture.company[u"CY"_s], {2022, 3, 1}, ReportEdition::Evening, u"无"_s);   // before it

    const ReportGrid grid = ok(ReportStatus(t.db).grid(day, 14));
    REQUIRE(grid.dates.size() == 14);
    CHECK(grid.dates.front() == QDate(2022, 3, 2));
    CHECK(grid.dates.back() == day);
    // Units that report daily, by code: not YH (root) nor RC.
    REQUIRE(grid.rows.size() == 4);
    CHECK(grid.rows[0].code == u"CY"_s);
    CHECK(grid.rows[1].code == u"KF"_s);
    CHECK(grid.rows[2].code == u"TL"_s);
    CHECK(grid.rows[3].code == u"WY"_s);

    const ReportGridRow &cy = row(grid, u"CY"_s);
    CHECK(cy.days[0].state == ReportState::Reported);
    CHECK(cy.days[0].anomalies == u"停水"_s);
    for (size_t i = 1; i < 13; ++i)
        CHECK(cy.days[i].state == ReportState::Missing);
    CHECK(cy.days[13].state == ReportState::ZeroReport); // the morning one stands for the day
    CHECK(cy.days[13].edition == ReportEdition::Morning);
    // No unit sends a morning report by default: no morning column, though
    // the morning reports that came are kept.
    CHECK_FALSE(grid.morningColumn);
    CHECK_FALSE(cy.sendsMorning);
    CHECK(cy.morning.state == ReportState::ZeroReport);
    CHECK(cy.evening.state == ReportState::Missing);

    const ReportGridRow &kf = row(grid, u"KF"_s);
    CHECK(kf.days[13].state == ReportState::ZeroReport);
    CHECK(kf.morning.state == ReportState::NotExpected);
    CHECK(kf.evening.state == ReportState::ZeroReport);
    CHECK(kf.evening.reportId != 0);

    const ReportGridRow &tl = row(grid, u"TL"_s);
    CHECK(tl.days[12].state == ReportState::ZeroReport); // 03-14
    CHECK(tl.days[13].state == ReportState::Missing);
    CHECK(tl.morning.state == ReportState::NotExpected);
    CHECK(tl.evening.state == ReportState::Missing);

    // Both editions: the evening one, with anomalies, stands for the day.
    const ReportGridRow &wy = row(grid, u"WY"_s);
    CHECK(wy.days[13].state == ReportState::Reported);
    CHECK(wy.days[13].edition == ReportEdition::Evening);
    CHECK(wy.days[13].anomalies == u"外来人员2人已登记"_s);
    CHECK(wy.morning.state == ReportState::ZeroReport);
    CHECK(wy.evening.state == ReportState::Reported);
}

TEST_CASE("the grid has a morning column for the units that send a morning report", "[reports]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const QDate day = test::FiguresFixture::day();
    CompanyRepository companies(t.db);
    // 铁路公司 sends morning reports and sent none on 03-15; 开发公司 does
    // not and sent its evening 无.
    Company tl = *companies.find(fixture.company[u"TL"_s]);
    tl.reportsMorning = true;
    REQUIRE(companies.update(tl).ok());

    const ReportGrid grid = ok(ReportStatus(t.db).grid(day, 14));
    CHECK(grid.morningColumn);
    const ReportGridRow &tlRow = row(grid, u"TL"_s);
    CHECK(tlRow.sendsMorning);
    CHECK(tlRow.morning.state == ReportState::Missing);
    CHECK(tlRow.evening.state == ReportState::Missing);
    CHECK(tlRow.days[13].state == ReportState::Missing);
    const ReportGridRow &kf = row(grid, u"KF"_s);
    CHECK_FALSE(kf.sendsMorning);
    CHECK(kf.morning.state == ReportState::NotExpected);
    CHECK(kf.evening.state == ReportState::ZeroReport);

    // Its morning report comes, with something to report: it has reported
    // for the day, by that report, and is no longer to be called.
    addReport(t.db, tl.id, day, ReportEdition::Morning, u"发热1人"_s);
    const ReportGrid after = ok(ReportStatus(t.db).grid(day, 14));
    const ReportGridRow &tlAfter = row(after, u"TL"_s);
    CHECK(tlAfter.morning.state == ReportState::Reported);
    CHECK(tlAfter.evening.state == ReportState::Missing);
    CHECK(tlAfter.days[13].state == ReportState::Reported);
    CHECK(tlAfter.days[13].edition == ReportEdition::Morning);
    CHECK(ok(ReportStatus(t.db).callList(day)).empty());
    // Then its evening 无: the day is a zero report, as the evening decides.
    addReport(t.db, tl.id, day, ReportEdition::Evening, u"无"_s);
    const ReportGridRow &tlBoth = row(ok(ReportStatus(t.db).grid(day, 14)), u"TL"_s);
    CHECK(tlBoth.morning.state == ReportState::Reported);
    CHECK(tlBoth.evening.state == ReportState::ZeroReport);
    CHECK(tlBoth.days[13].state == ReportState::ZeroReport);
    CHECK(tlBoth.days[13].edition == ReportEdition::Evening);

    SECTION("a unit that does not report daily is expected no morning report")
    {
        Company rc = *companies.find(fixture.company[u"RC"_s]);
        rc.reportsMorning = true;
        REQUIRE(companies.update(rc).ok());
        Company tlAgain = *companies.find(tl.id);
        tlAgain.reportsMorning = false;
        REQUIRE(companies.update(tlAgain).ok());
        const ReportGrid withRc = ok(ReportStatus(t.db).grid(day, 14));
        CHECK(withRc.rows.size() == 4); // CY KF TL WY, as before: RC does not report daily
        CHECK_FALSE(withRc.morningColumn);
    }
}

TEST_CASE("the call list holds the units missing the day's report with their contact", "[reports]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const QDate day = test::FiguresFixture::day();
    CompanyRepository companies(t.db);
    Company tl = *companies.find(fixture.company[u"TL"_s]);
    tl.contactPerson = u"王主任"_s;
    tl.contactPhone = u"13912345678"_s;
    REQUIRE(companies.update(tl).ok());
    addReport(t.db, tl.id, {2022, 3, 10}, ReportEdition::Evening, u"无"_s); // older than its 03-14 one
    Company bj;
    bj.code = u"BJ"_s;
    bj.name = u"滨江公司"_s;
    bj.parentId = fixture.company[u"YH"_s];
    bj.contactPhone = u"0513-1234567"_s;
    const qint64 bjId = ok(companies.insert(bj)); // has never reported
    addReport(t.db, bjId, {2022, 3, 16}, ReportEdition::Evening, u"无"_s); // after the day: not counted

    const std::vector<CallListEntry> list = ok(ReportStatus(t.db).callList(day));
    REQUIRE(list.size() == 2);
    CHECK(list[0].name == u"滨江公司"_s);
    CHECK(list[0].contactPhone == u"0513-1234567"_s);
    CHECK_FALSE(list[0].daysMissed.has_value());
    CHECK(list[1].name == u"铁路公司"_s);
    CHECK(list[1].contactPerson == u"王主任"_s);
    CHECK(list[1].contactPhone == u"13912345678"_s);
    CHECK(list[1].daysMissed == 1); // last reported on 03-14

    // The same units the figures count as missing.
    const Figures f = ok(FiguresEngine(t.db).compute(day));
    CHECK(f.dailyReports.missing == QStringList{u"滨江公司"_s, u"铁路公司"_s});

    SECTION("a scope keeps only its units")
    {
        const auto scoped = ok(ReportStatus(t.db, {fixture.company[u"KF"_s], fixture.company[u"TL"_s]}).callList(day));
        REQUIRE(scoped.size() == 1);
        CHECK(scoped[0].code == u"TL"_s);
        const ReportGrid grid = ok(ReportStatus(t.db, {fixture.company[u"KF"_s]}).grid(day, 14));
        REQUIRE(grid.rows.size() == 1);
        CHECK(grid.rows[0].code == u"KF"_s);
    }
}

TEST_CASE("overdue findings are the open ones past their deadline", "[reports]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);

    // On 03-15: JC01 防护物资储备不足 (deadline 03-08, 7 days) and JC02
    // 未设隔离区 (03-14, 1 day); JC04's is due on the day, JC03 is later.
    const auto onDay = ok(OpenFindings::load(t.db, {2022, 3, 15}, OpenFindings::Which::Overdue));
    REQUIRE(onDay.size() == 2);
    CHECK(onDay[0].inspectionCode == u"JC01"_s);
    CHECK(onDay[0].companyName == u"铁路公司"_s);
    CHECK(onDay[0].description == u"防护物资储备不足"_s);
    CHECK(onDay[0].deadline == QDate(2022, 3, 8));
    CHECK(onDay[0].daysOverdue == 7);
    CHECK(onDay[1].inspectionCode == u"JC02"_s);
    CHECK(onDay[1].companyName == u"开发公司"_s);
    CHECK(onDay[1].description == u"未设隔离区"_s);
    CHECK(onDay[1].daysOverdue == 1);
    CHECK(ok(FiguresEngine(t.db).compute({2022, 3, 15})).inspections.findingsOverdue == 2);

    // On 03-16 JC04 扫码登记不全 is one day over; JC02 测温记录缺失 was
    // rectified that day; JC03's deadline is 03-23.
    const auto nextDay = ok(OpenFindings::load(t.db, {2022, 3, 16}, OpenFindings::Which::Overdue));
    REQUIRE(nextDay.size() == 3);
    CHECK(nextDay[0].daysOverdue == 8);
    CHECK(nextDay[1].description == u"未设隔离区"_s);
    CHECK(nextDay[1].daysOverdue == 2);
    CHECK(nextDay[2].inspectionCode == u"JC04"_s);
    CHECK(nextDay[2].daysOverdue == 1);

    const auto scoped
        = ok(OpenFindings::load(t.db, {2022, 3, 15}, OpenFindings::Which::Overdue, {fixture.company[u"KF"_s]}));
    REQUIRE(scoped.size() == 1);
    CHECK(scoped[0].inspectionCode == u"JC02"_s);
}
