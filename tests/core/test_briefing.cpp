// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing's contents for the hand-built group of figuresfixture.cpp
// (whose figures for 2022-03-15 are worked out in test_figures.cpp), its
// drafted paragraph in English and Chinese, and the store of printed
// briefings. Expected values are worked out by hand in the comments.
#include "core/briefing/briefingbuilder.h"
#include "core/briefing/briefingstore.h"
#include "core/db/companyrepository.h"
#include "core/db/repository.h"
#include "core/model/arrival.h"
#include "core/model/dailyreport.h"
#include "core/model/drill.h"
#include "core/model/volunteershift.h"
#include "core/model/nucleictest.h"
#include "core/figures/figuresengine.h"
#include "chinese.h"
#include "figuresfixture.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

using State = Briefing::ReportState;

template <typename T> T ok(Result<T> result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return std::move(result.value());
}

Briefing build(Database &db, const QDate &date, ReportEdition edition = ReportEdition::Evening)
{
    return ok(BriefingBuilder(db).build(date, edition));
}

QDate mar(int day)
{
    return { 2022, 3, day };
}

using test::Chinese;

void addTest(Database &db, const test::FiguresFixture &fixture, const char *person, const char *company,
    const QString &site, TestResult result)
{
    NucleicTest x;
    x.personId = fixture.person.value(QString::fromLatin1(person));
    x.companyId = fixture.company.value(QString::fromLatin1(company));
    x.sampledOn = mar(15);
    x.site = site;
    x.result = result;
    ok(Repository<NucleicTest>(db).insert(x));
}

void addReport(
    Database &db, const test::FiguresFixture &fixture, const char *company, const QString &anomalies)
{
    DailyReport r;
    r.companyId = fixture.company.value(QString::fromLatin1(company));
    r.date = mar(15);
    r.anomalies = anomalies;
    ok(Repository<DailyReport>(db).insert(r));
}

const BriefingStore::Change *changeOf(const std::vector<BriefingStore::Change> &changes, const QString &key)
{
    for (const auto &change : changes)
        if (change.key == key)
            return &change;
    return nullptr;
}

// The figure under `key` changed, is called `label`, and went from
// `before` to `now`.
void checkChange(const std::vector<BriefingStore::Change> &changes, const QString &key, const QString &label,
                 const QString &before, const QString &now)
{
    INFO(key.toStdString());
    const auto *change = changeOf(changes, key);
    REQUIRE(change);
    CHECK(change->label == label);
    CHECK(change->before == before);
    CHECK(change->now == now);
}

} // namespace

TEST_CASE("the briefing's header and figures", "[briefing]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Briefing b = build(t.db, mar(15));
    CHECK(b.groupName == u"沿海集团"_s);
    CHECK(b.date == mar(15));
    CHECK(b.edition == ReportEdition::Evening);
    CHECK(b.issueNumber == 1); // nothing printed yet
    CHECK(b.figures.tests.onDate == 5);
    CHECK(b.figures.date == mar(15));
    CHECK(b.previous.date == mar(14));
    CHECK(b.previous.tests.onDate == 1); // P1 on 03-14
    CHECK(b.testsPendingToday == 0);
    CHECK(b.missingUnits == QStringList { u"铁路公司"_s });
    CHECK_FALSE(b.paragraphEdited);
    CHECK_FALSE(b.morningReports.has_value()); // the evening edition has no morning section
}

TEST_CASE("the morning briefing shows the day before and the morning reports so far", "[briefing][morning]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    // 铁路公司 and 物业公司 send morning reports. On 03-15 WY sent its
    // morning 无 (and its evening one); TL nothing. CY's morning NONE is
    // not expected of it and not counted among the morning reports.
    CompanyRepository companies(t.db);
    for (const QString &code : { u"TL"_s, u"WY"_s }) {
        Company c = *companies.find(fixture.company[code]);
        c.reportsMorning = true;
        REQUIRE(companies.update(c).ok());
    }
    const Briefing b = build(t.db, mar(15), ReportEdition::Morning);
    CHECK(b.date == mar(15));
    CHECK(b.edition == ReportEdition::Morning);

    // As of the end of 03-14: the evening figures of that day.
    CHECK(b.figures.date == mar(14));
    CHECK(b.previous.date == mar(13));
    CHECK(b.figures == build(t.db, mar(14)).figures);
    // By hand: on 03-14 only P1's test (the five sampled on 03-15, the
    // positive among them, do not count); to date P3's of 03-01 and P1's.
    CHECK(b.figures.tests.onDate == 1);
    CHECK(b.figures.tests.positiveOnDate == 0);
    CHECK(b.figures.tests.cumulative == 2);
    // P1 18:00–21:30 and P13 23:00–01:00 started on 03-14: 3.5 + 2 = 5.5 h.
    CHECK(b.figures.volunteers.shiftsOnDate == 2);
    CHECK(b.figures.volunteers.hoursOnDate == Approx(5.5));
    // Daily reports of 03-14: of CY KF TL WY only TL (evening 无).
    CHECK(b.figures.dailyReports.reported == 1);
    CHECK(b.figures.dailyReports.zero == 1);
    CHECK(b.missingUnits == QStringList { u"产业公司"_s, u"开发公司"_s, u"物业公司"_s });
    QDate lastChartDay;
    for (const auto &day : b.testsPerDay)
        lastChartDay = day.date;
    CHECK(lastChartDay == mar(14));
    CHECK(b.testsPerDay.back().count == 1);
    // The per-company table is of 03-14 too: KF's one test (P1), TL reported.
    for (const auto &row : b.companies) {
        if (row.code == u"KF"_s) {
            CHECK(row.testsToday == 1);
            CHECK(row.report == State::Missing);
        }
        if (row.code == u"TL"_s)
            CHECK(row.report == State::Zero);
    }

    // 03-15's morning reports so far: TL and WY expected, WY's came.
    REQUIRE(b.morningReports.has_value());
    CHECK(b.morningReports->expected == 2);
    CHECK(b.morningReports->received == 1);
    CHECK(b.morningReports->missing == QStringList { u"铁路公司"_s });

    // Printed, it is kept with the figures of 03-14, and compared with them.
    Briefing printed = b;
    const BriefingStore::Saved saved = ok(BriefingStore(t.db).save(printed));
    CHECK(saved.date == mar(15));
    CHECK(saved.figuresDate() == mar(14));
    CHECK(BriefingStore::changes(saved, ok(FiguresEngine(t.db).compute(saved.figuresDate()))).empty());

    SECTION("in Chinese")
    {
        Chinese zh;
        // The paragraph of 03-14 (see the test of that day below) told of
        // yesterday, then the morning reports.
        CHECK(build(t.db, mar(15), ReportEdition::Morning).paragraph
            == u"昨日全集团开展核酸检测1人次（1人），累计2人次，检测结果均为阴性；"
               u"全程接种3人，全程接种率37.5%，加强针接种2人；昨日开展志愿服务2班次、共5.5小时，累计5.5小时；"
               u"督查发现问题尚未整改4项，其中逾期1项；昨日应报4个单位，已报1个，其中零报告1个；"
               u"产业公司、开发公司、物业公司未报；各单位日报告外出0人、外来0人、隔离观察0人；"
               u"今日早报应报2个单位，已报1个，铁路公司尚未报送。"_s);
    }
    SECTION("every morning report in")
    {
        DailyReport r;
        r.companyId = fixture.company.value(u"TL"_s);
        r.date = mar(15);
        r.edition = ReportEdition::Morning;
        r.anomalies = u"无"_s;
        ok(Repository<DailyReport>(t.db).insert(r));
        const Briefing all = build(t.db, mar(15), ReportEdition::Morning);
        CHECK(all.morningReports->received == 2);
        CHECK(all.morningReports->missing.isEmpty());
        CHECK(all.paragraph.endsWith(
            u"; this morning 2 unit(s) expected to send a morning report, all received."_s));
        // Its figures are still those of 03-14: TL's report of 03-15 is not one of them.
        CHECK(all.figures.dailyReports.reported == 1);
    }
}

TEST_CASE("a morning briefing without units that send a morning report says so", "[briefing][morning]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Briefing b = build(t.db, mar(15), ReportEdition::Morning);
    REQUIRE(b.morningReports.has_value());
    CHECK(b.morningReports->expected == 0);
    CHECK(b.morningReports->received == 0); // CY's and WY's morning reports are not expected of them
    CHECK(b.morningReports->missing.isEmpty());
    CHECK_FALSE(b.paragraph.contains(u"morning"_s));
    CHECK(b.paragraph.startsWith(u"Yesterday the group carried out 1 nucleic-acid test(s) of 1 person(s)"_s));
}

TEST_CASE("the per-company table is by code with the root last", "[briefing]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Briefing b = build(t.db, mar(15));
    QStringList codes;
    for (const auto &row : b.companies)
        codes << row.code;
    CHECK(codes == QStringList { u"CY"_s, u"KF"_s, u"RC"_s, u"TL"_s, u"WY"_s, u"YH"_s });
    REQUIRE(b.companies.size() == 6);

    const auto &cy = b.companies[0]; // P6 (exempt) and P8; no tests, no shifts
    CHECK(cy.name == u"产业公司"_s);
    CHECK(cy.personnel == 2);
    CHECK(cy.testsToday == 0);
    CHECK(cy.fullRate == Approx(0.0));
    CHECK(cy.shiftsToday == 0);
    CHECK(cy.findingsOpen == 0); // JC03 is after the day
    CHECK(cy.report == State::Zero); // "NONE", morning edition only

    const auto &kf = b.companies[1]; // P1, P2; P1 tested twice, P2 once
    CHECK(kf.personnel == 2);
    CHECK(kf.testsToday == 3);
    CHECK(kf.fullRate == Approx(1.0));
    CHECK(kf.shiftsToday == 1); // P1 08-12
    CHECK(kf.findingsOpen == 2); // JC02: one still open, one rectified only on 03-16
    CHECK(kf.report == State::Zero);

    CHECK(b.companies[2].report == State::NotRequired); // RC does not report daily

    const auto &tl = b.companies[3];
    CHECK(tl.testsToday == 1); // P10, external, reported by TL
    CHECK(tl.findingsOpen == 2);
    CHECK(tl.report == State::Missing); // only a report of 03-14

    const auto &wy = b.companies[4]; // P4, P5, P13
    CHECK(wy.personnel == 3);
    CHECK(wy.testsToday == 1);
    CHECK(wy.fullRate == Approx(1.0 / 3.0));
    CHECK(wy.shiftsToday == 1); // P4 from 22:00; P13's shift started on the 14th
    CHECK(wy.findingsOpen == 1);
    CHECK(wy.report == State::Reported); // its evening edition is not a zero report

    const auto &yh = b.companies[5];
    CHECK(yh.name == u"沿海集团"_s);
    CHECK(yh.personnel == 0);
    CHECK(yh.report == State::NotRequired);
}

TEST_CASE("tests per day cover the 14 days up to the date", "[briefing]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Briefing b = build(t.db, mar(15));
    REQUIRE(b.testsPerDay.size() == 14);
    CHECK(b.testsPerDay.front().date == mar(2));
    CHECK(b.testsPerDay.front().count == 0); // a day without tests is there too
    CHECK(b.testsPerDay[12].date == mar(14));
    CHECK(b.testsPerDay[12].count == 1);
    CHECK(b.testsPerDay.back().date == mar(15));
    CHECK(b.testsPerDay.back().count == 5);
    qint64 total = 0;
    for (const auto &day : b.testsPerDay)
        total += day.count;
    CHECK(total == 6); // P3's test of 03-01 is outside, P9's of 03-16 after
}

TEST_CASE("vaccination coverage and findings by company", "[briefing]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Briefing b = build(t.db, mar(15));
    // Only companies with active persons: the root has none.
    REQUIRE(b.coverage.size() == 5);
    const auto coverage = [&](size_t i) {
        const auto &c = b.coverage[i];
        return QStringList { c.company, QString::number(c.active), QString::number(c.exempt),
            QString::number(c.firstDose), QString::number(c.full), QString::number(c.booster) };
    };
    // P6 is exempt; P11's exemption ended on 03-01.
    CHECK(coverage(0)
        == QStringList { u"产业公司"_s, u"2"_s, u"1"_s, u"1"_s, u"0"_s, u"0"_s }); // P8's second dose is after D
    CHECK(coverage(1) == QStringList { u"开发公司"_s, u"2"_s, u"0"_s, u"2"_s, u"2"_s, u"1"_s }); // P1 booster
    CHECK(coverage(2) == QStringList { u"人才事务所"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s });
    CHECK(coverage(3) == QStringList { u"铁路公司"_s, u"1"_s, u"0"_s, u"1"_s, u"1"_s, u"0"_s }); // P10 is external
    CHECK(coverage(4) == QStringList { u"物业公司"_s, u"3"_s, u"0"_s, u"3"_s, u"1"_s, u"1"_s }); // P5 booster only

    // Inspections up to the day: JC02 (KF), JC01 (TL), JC04 (WY).
    REQUIRE(b.findings.size() == 3);
    CHECK(b.findings[0].company == u"开发公司"_s);
    CHECK(b.findings[0].open == 2);
    CHECK(b.findings[0].rectified == 0); // rectified on 03-16, after the day
    CHECK(b.findings[1].company == u"铁路公司"_s);
    CHECK(b.findings[1].open == 2);
    CHECK(b.findings[1].rectified == 1);
    CHECK(b.findings[2].company == u"物业公司"_s);
    CHECK(b.findings[2].open == 1);
}

TEST_CASE("volunteer hours by team with the most first", "[briefing]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const auto shift = [&](const char *person, const QString &team, QDateTime start, QDateTime end) {
        VolunteerShift s;
        s.personId = fixture.person.value(QString::fromLatin1(person));
        s.companyId = fixture.company.value(u"KF"_s);
        s.team = team;
        s.start = start;
        s.end = end;
        ok(Repository<VolunteerShift>(t.db).insert(s));
    };
    shift("P2", u"青年突击队"_s, { mar(13), QTime(8, 0) }, { mar(13), QTime(22, 0) }); // 14 h
    shift("P2", u"青年突击队"_s, { mar(16), QTime(8, 0) }, { mar(16), QTime(9, 0) }); // after the day
    shift("P2", {}, { mar(12), QTime(8, 0) }, { mar(12), QTime(8, 30) }); // no team
    const Briefing b = build(t.db, mar(15));
    REQUIRE(b.volunteerHours.size() == 3);
    CHECK(b.volunteerHours[0].team == u"青年突击队"_s);
    CHECK(b.volunteerHours[0].hours == Approx(14.0));
    CHECK(b.volunteerHours[1].team == u"党员志愿者"_s);
    CHECK(b.volunteerHours[1].hours == Approx(13.5)); // 4 + 4 + 3.5 + 2
    CHECK(b.volunteerHours[2].team == u"No team"_s);
    CHECK(b.volunteerHours[2].hours == Approx(0.5));
    CHECK(b.companies[1].shiftsToday == 1); // KF: P2's shifts are not on the day
}

TEST_CASE("open findings are overdue first then by deadline", "[briefing]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Briefing b = build(t.db, mar(15));
    QStringList order;
    for (const auto &f : b.openFindings)
        order << f.description;
    CHECK(order
        == QStringList { u"防护物资储备不足"_s, u"未设隔离区"_s, // overdue: 03-08, 03-14
            u"扫码登记不全"_s, u"测温记录缺失"_s, u"值班记录缺失"_s }); // 03-15, 03-17, 03-20
    REQUIRE(b.openFindings.size() == 5);
    const auto &first = b.openFindings[0];
    CHECK(first.companyName == u"铁路公司"_s);
    CHECK(first.inspectionCode == u"JC01"_s);
    CHECK(first.inspectedOn == mar(1));
    CHECK(first.deadline == mar(8));
    CHECK(first.daysOverdue == 7);
    CHECK(b.openFindings[1].overdue());
    CHECK_FALSE(b.openFindings[2].overdue()); // due on the day itself
    CHECK(b.openFindings[2].companyName == u"物业公司"_s);
}

TEST_CASE("the paragraph states a positive result first", "[briefing][paragraph]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    SECTION("in English")
    {
        const QString p = build(t.db, mar(15)).paragraph;
        CHECK(p.startsWith(u"Today nucleic-acid tests found 1 positive result(s)."_s));
        CHECK(p.contains(u"5 nucleic-acid test(s) of 4 person(s), 7 to date;"_s));
        CHECK_FALSE(p.contains(u"negative"_s));
        CHECK(p.contains(u"a full vaccination rate of 50.0%, 2 with a booster"_s));
        CHECK(p.contains(u"2 volunteer shift(s) today totalling 8 hours, 13.5 hours to date"_s));
        CHECK(p.contains(u"5 inspection finding(s) not yet rectified, 2 of them overdue"_s));
        CHECK(p.endsWith(
            u"4 unit(s) expected to report, 3 reported, 2 of them zero reports; 铁路公司 not reported; "
            u"the units report 0 away, 0 arrivals and 0 under observation."_s));
    }
    SECTION("in Chinese")
    {
        Chinese zh;
        CHECK(build(t.db, mar(15)).paragraph
            == u"今日核酸检测发现阳性1例。今日全集团开展核酸检测5人次（4人），累计7人次；"
               u"全程接种4人，全程接种率50.0%，加强针接种2人；今日开展志愿服务2班次、共8小时，累计13.5小时；"
               u"督查发现问题尚未整改5项，其中逾期2项；应报4个单位，已报3个，其中零报告2个；铁路公司未报；"
               u"各单位日报告外出0人、外来0人、隔离观察0人。"_s);
    }
}

TEST_CASE("the paragraph of a day without positives says all negative", "[briefing][paragraph]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    Chinese zh;
    // 03-14: P1's one test, 2 to date. Active: P12 has not left yet, P13
    // not joined: full P1 P2 P9 of 9 - 1 exempt. Shifts of P1 (3.5 h) and
    // P13 (2 h). JC01 and JC02: four open, one overdue (03-08; 03-14 is
    // not before the day). Only TL reported (zero).
    CHECK(build(t.db, mar(14)).paragraph
        == u"今日全集团开展核酸检测1人次（1人），累计2人次，检测结果均为阴性；"
           u"全程接种3人，全程接种率37.5%，加强针接种2人；今日开展志愿服务2班次、共5.5小时，累计5.5小时；"
           u"督查发现问题尚未整改4项，其中逾期1项；应报4个单位，已报1个，其中零报告1个；"
           u"产业公司、开发公司、物业公司未报；各单位日报告外出0人、外来0人、隔离观察0人。"_s);
}

TEST_CASE("a pending result or a full set of reports changes the paragraph", "[briefing][paragraph]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    addReport(t.db, fixture, "TL", u"无"_s);
    SECTION("in English")
    {
        const QString p = build(t.db, mar(15)).paragraph;
        CHECK(p.endsWith(u"4 unit(s) expected to report, all reported, 3 of them zero reports; "
                         u"the units report 0 away, 0 arrivals and 0 under observation."_s));
    }
    SECTION("pending with a positive")
    {
        Chinese zh;
        addTest(t.db, fixture, "P5", "WY", u"通州湾社区"_s, TestResult::Pending);
        const Briefing b = build(t.db, mar(15));
        CHECK(b.testsPendingToday == 1);
        CHECK(b.paragraph.startsWith(
            u"今日核酸检测发现阳性1例。今日全集团开展核酸检测6人次（5人），累计8人次；1人次结果待出；"_s));
        CHECK(b.paragraph.endsWith(u"应报4个单位，均已上报，其中零报告3个；各单位日报告外出0人、外来0人、隔离观察0人。"_s));
        CHECK_FALSE(b.paragraph.contains(u"阴性"_s));
    }
    SECTION("pending without a positive")
    {
        Chinese zh;
        QSqlQuery q(t.db.connection());
        REQUIRE(q.exec(u"UPDATE nucleic_test SET result = 'pending' WHERE result = 'positive'"_s));
        const QString p = build(t.db, mar(15)).paragraph;
        CHECK(
            p.startsWith(u"今日全集团开展核酸检测5人次（4人），累计7人次；1人次结果待出，其余均为阴性；"_s));
        CHECK_FALSE(p.contains(u"检测结果均为阴性"_s));
    }
}

TEST_CASE("a day without any data drafts a short paragraph", "[briefing][paragraph]")
{
    Briefing b; // nothing: no tests, no persons, no findings, no units
    Chinese zh;
    CHECK(BriefingBuilder::draftParagraph(b)
        == u"今日未开展核酸检测，累计0人次；今日无志愿服务，累计0小时。"_s);
}

TEST_CASE("issue numbers count printed briefings and a reprint keeps its number", "[briefing][store]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    BriefingStore store(t.db);
    Briefing evening = build(t.db, mar(15));
    evening.printedBy = u"coordinator"_s;
    evening.printedAt = QDateTime(mar(15), QTime(21, 5));
    const BriefingStore::Saved first = ok(store.save(evening));
    CHECK(first.issueNumber == 1);
    CHECK(evening.issueNumber == 1);
    CHECK(first.printedBy == u"coordinator"_s);
    CHECK(first.printedAt == QDateTime(mar(15), QTime(21, 5)));
    CHECK(first.figures[u"tests"_s][u"on_date"_s].toInt() == 5);
    CHECK(first.paragraph == evening.paragraph);

    Briefing morning = build(t.db, mar(15), ReportEdition::Morning);
    CHECK(morning.issueNumber == 2);
    CHECK(ok(store.save(morning)).issueNumber == 2);
    CHECK(morning.printedAt.isValid()); // now, when not given
    Briefing earlier = build(t.db, mar(14));
    CHECK(ok(store.save(earlier)).issueNumber == 3);

    Briefing again = build(t.db, mar(15));
    CHECK(again.issueNumber == 1);
    again.printedAt = QDateTime(mar(15), QTime(22, 0));
    CHECK(ok(store.save(again)).issueNumber == 1);
    CHECK(store.issueNumberFor(mar(16), ReportEdition::Evening) == 4);

    const auto all = store.all();
    REQUIRE(all.size() == 3);
    CHECK(all[0].date == mar(15));
    CHECK(all[0].edition == ReportEdition::Evening);
    CHECK(all[0].printedAt == QDateTime(mar(15), QTime(22, 0)));
    CHECK(all[1].edition == ReportEdition::Morning);
    CHECK(all[2].date == mar(14));
    CHECK_FALSE(store.find(mar(16), ReportEdition::Evening).has_value());
}

TEST_CASE("an edited paragraph is kept until printed and used by the builder", "[briefing][store]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    BriefingStore store(t.db);
    const QString edited = u"今日全集团核酸检测发现阳性1例，已按规定处置。"_s;
    REQUIRE(store.saveParagraph(mar(15), ReportEdition::Evening, edited).ok());
    CHECK(store.editedParagraph(mar(15), ReportEdition::Evening) == edited);
    CHECK_FALSE(store.editedParagraph(mar(15), ReportEdition::Morning).has_value());
    CHECK(store.all().empty()); // a draft is not a printed briefing
    CHECK(store.issueNumberFor(mar(16), ReportEdition::Evening) == 1);

    Briefing b = build(t.db, mar(15));
    CHECK(b.paragraph == edited);
    CHECK(b.paragraphEdited);
    CHECK_FALSE(build(t.db, mar(15), ReportEdition::Morning).paragraphEdited);

    const BriefingStore::Saved saved = ok(store.save(b));
    CHECK(saved.paragraph == edited);
    CHECK(saved.paragraphEdited);
    CHECK(build(t.db, mar(15)).paragraph == edited); // a reprint reads the same

    SECTION("an empty paragraph goes back to the drafted one")
    {
        REQUIRE(store.saveParagraph(mar(15), ReportEdition::Evening, u"  "_s).ok());
        const Briefing drafted = build(t.db, mar(15));
        CHECK_FALSE(drafted.paragraphEdited);
        CHECK(drafted.paragraph.startsWith(u"Today nucleic-acid tests found"_s));
        CHECK(store.find(mar(15), ReportEdition::Evening)->paragraph == edited); // as printed
    }
}

TEST_CASE("changes since a briefing was printed", "[briefing][store]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    BriefingStore store(t.db);
    Briefing b = build(t.db, mar(15));
    const BriefingStore::Saved saved = ok(store.save(b));
    const auto now = [&] { return ok(FiguresEngine(t.db).compute(mar(15))); };
    CHECK(BriefingStore::changes(saved, now()).empty());

    addTest(t.db, fixture, "P2", "KF", u"高速卡口G15"_s, TestResult::Negative); // P2 again: same persons
    addReport(t.db, fixture, "TL", u"无"_s);
    const auto changes = BriefingStore::changes(saved, now());

    // Each labelled as `stats` labels it.
    checkChange(changes, u"tests.on_date"_s, u"Tests today (person-times)"_s, u"5"_s, u"6"_s);
    checkChange(changes, u"companies.KF.tests_on_date"_s, u"开发公司: tests today"_s, u"3"_s, u"4"_s);
    checkChange(changes, u"daily_reports.missing"_s, u"Missing reports"_s, u"铁路公司"_s, u"none"_s);
    checkChange(changes, u"companies.TL.reported"_s, u"铁路公司: daily report"_s, u"missing"_s, u"reported"_s);

    QStringList keys;
    for (const auto &change : changes)
        keys << change.key;
    // The headline figures first, in the briefing's order, then companies.
    CHECK(keys
        == QStringList { u"tests.on_date"_s, u"tests.cumulative"_s, u"daily_reports.reported"_s,
            u"daily_reports.zero"_s, u"daily_reports.missing"_s, u"companies.KF.tests_on_date"_s,
            u"companies.TL.reported"_s });
}

TEST_CASE("the changes since a briefing name every figure in Chinese", "[briefing][store]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    Briefing b = build(t.db, mar(15));
    const BriefingStore::Saved saved = ok(BriefingStore(t.db).save(b));
    // An arrival from a risk area kept at home, and a drill, both of KF on
    // the day: the movement and readiness figures change, and KF's line.
    Arrival a;
    a.personId = fixture.person.value(u"P2"_s);
    a.companyId = fixture.company.value(u"KF"_s);
    a.arrivedOn = mar(15);
    a.fromPlace = u"上海"_s;
    a.riskLevel = RiskLevel::Medium;
    a.measure = ObservationMeasure::HomeMonitoring;
    ok(Repository<Arrival>(t.db).insert(a));
    Drill d;
    d.companyId = fixture.company.value(u"KF"_s);
    d.date = mar(15);
    d.title = u"发热病人转运演练"_s;
    d.participants = 12;
    ok(Repository<Drill>(t.db).insert(d));

    test::Chinese chinese;
    const auto changes = BriefingStore::changes(saved, ok(FiguresEngine(t.db).compute(mar(15))));
    checkChange(changes, u"movement.arrivals_on_date"_s, u"今日来返人员"_s, u"0"_s, u"1"_s);
    checkChange(changes, u"readiness.drills_cumulative"_s, u"累计演练"_s, u"0"_s, u"1"_s);
    checkChange(changes, u"companies.KF.arrivals_on_date"_s, u"开发公司：今日来返人员"_s, u"0"_s, u"1"_s);
    const auto *without = changeOf(changes, u"readiness.companies_without_drill"_s);
    REQUIRE(without);
    CHECK(without->before.contains(u"开发公司"_s));
    CHECK_FALSE(without->now.contains(u"开发公司"_s));
    for (const auto &change : changes) {
        INFO(change.key.toStdString() << " " << change.label.toStdString());
        CHECK(change.label != change.key);
        CHECK_FALSE(change.label.contains(u'_'));
    }
}

TEST_CASE("a version 1 file migrates and keeps briefings", "[briefing][migration]")
{
    QTemporaryDir dir;
    const QString path = test::copyOf(QStringLiteral(SEAWALL_TEST_DATA) + u"/db/v1.sqlite"_s, dir.filePath(u"old.sqlite"_s));
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    Briefing b = build(db, mar(15));
    CHECK(b.groupName == u"沿海集团"_s);
    CHECK(ok(BriefingStore(db).save(b)).issueNumber == 1);
    QSqlQuery q(db.connection());
    // The table's rules hold: one row per day and edition, known editions only.
    CHECK_FALSE(q.exec(u"INSERT INTO briefing (briefing_date, edition) VALUES ('2022-03-15', 'evening')"_s));
    CHECK_FALSE(q.exec(u"INSERT INTO briefing (briefing_date, edition) VALUES ('2022-03-15', 'noon')"_s));
}
