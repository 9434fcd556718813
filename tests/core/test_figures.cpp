// SPDX-License-Identifier: GPL-3.0-or-later
// Every figure of DOMAIN.md on the hand-built group of figuresfixture.cpp.
// The expected numbers are worked out by hand in the comments.
#include "core/db/companyrepository.h"
#include "core/db/repository.h"
#include "core/model/dailyreport.h"
#include "core/db/personrepository.h"
#include "core/model/vaccination.h"
#include "core/figures/figuresengine.h"
#include "core/figures/figuresformat.h"
#include "figuresfixture.h"
#include "testdb.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

const CompanyFigures &byCode(const Figures &f, const QString &code)
{
    for (const CompanyFigures &c : f.companies)
        if (c.code == code)
            return c;
    FAIL("no company " << code.toStdString());
    return f.companies.front();
}

Figures computeFor(Database &db, const QDate &date)
{
    const Result<Figures> result = FiguresEngine(db).compute(date);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

template <typename R>
qint64 ok(const R &result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// The pieces of a small group built inside one test, for the boundary cases
// that would blur the hand-worked figures of FiguresFixture.
qint64 addCompany(Database &db, const QString &code, const QString &name, qint64 parent, bool reports)
{
    Company c;
    c.code = code;
    c.name = name;
    c.parentId = parent;
    c.reportsDaily = reports;
    return ok(CompanyRepository(db).insert(c));
}

qint64 addPerson(Database &db, qint64 company, const char *idNumber, QDate exemptFrom = {}, QDate exemptUntil = {})
{
    Person p;
    p.idNumber = QString::fromLatin1(idNumber);
    p.name = u"人员"_s + p.idNumber.right(4);
    p.companyId = company;
    p.exemptFrom = exemptFrom;
    p.exemptUntil = exemptUntil;
    return ok(PersonRepository(db).insert(p));
}

void vaccinate(Database &db, qint64 person, qint64 company, Dose dose, QDate on, const QString &maker)
{
    Vaccination v;
    v.personId = person;
    v.companyId = company;
    v.dose = dose;
    v.vaccinatedOn = on;
    v.manufacturer = maker;
    ok(Repository<Vaccination>(db).insert(v));
}

} // namespace

TEST_CASE("personnel counts only active roster persons", "[figures]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Figures f = computeFor(t.db, test::FiguresFixture::day());
    // Active: P1 P2 (KF), P4 P5 P13 (WY), P6 P8 (CY), P9 (TL), P11 (RC).
    // Not: P3 left 03-10, P12 left on D, P7 joins 03-16, P10 external.
    CHECK(f.personnel.active == 9);
    // Party members among them: P1, P4, P8 (P3 has left, P10 is external).
    CHECK(f.personnel.partyMembers == 3);
    CHECK(byCode(f, u"YH"_s).personnel == 0); // the root's own, not its children's
    CHECK(byCode(f, u"KF"_s).personnel == 2);
    CHECK(byCode(f, u"WY"_s).personnel == 3);
    CHECK(byCode(f, u"CY"_s).personnel == 2);
    CHECK(byCode(f, u"TL"_s).personnel == 1);
    CHECK(byCode(f, u"RC"_s).personnel == 1);
}

TEST_CASE("tests count person-times, distinct persons and positives", "[figures]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Figures f = computeFor(t.db, test::FiguresFixture::day());
    // On D: P1 twice (two sites), P2, P4 (positive), P10 (external).
    CHECK(f.tests.onDate == 5);
    CHECK(f.tests.personsOnDate == 4);
    CHECK(f.tests.positiveOnDate == 1);
    // Plus P1 on 03-14 and P3 on 03-01; P9 on 03-16 is after D.
    CHECK(f.tests.cumulative == 7);
    CHECK(byCode(f, u"KF"_s).testsOnDate == 3);
    CHECK(byCode(f, u"WY"_s).testsOnDate == 1);
    CHECK(byCode(f, u"TL"_s).testsOnDate == 1);
    CHECK(byCode(f, u"CY"_s).testsOnDate == 0);
}

TEST_CASE("vaccination follows each manufacturer's primary series", "[figures]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Figures f = computeFor(t.db, test::FiguresFixture::day());
    // At least one dose by D: P1, P2, P4, P5 (booster only), P8, P9, P13.
    CHECK(f.vaccination.firstDose == 7);
    // Full: P1 (科兴 2), P2 (康希诺 1), P9 (智飞 3), P13 (武汉生物 2).
    // Not: P4 (智飞, 2 of 3), P5 (booster only), P8 (second dose after D).
    CHECK(f.vaccination.full == 4);
    CHECK(f.vaccination.booster == 2); // P1, P5
    CHECK(f.vaccination.exempt == 1);  // P6; P11's exemption ended 03-01
    CHECK(f.vaccination.fullRate == Approx(4.0 / 8.0));
    CHECK(byCode(f, u"KF"_s).fullRate == Approx(1.0));       // 2 of 2
    CHECK(byCode(f, u"WY"_s).fullRate == Approx(1.0 / 3.0)); // P13 of P4 P5 P13
    CHECK(byCode(f, u"CY"_s).fullRate == Approx(0.0));       // 0 of (2 - 1 exempt)
    CHECK(byCode(f, u"TL"_s).fullRate == Approx(1.0));
    CHECK(byCode(f, u"YH"_s).fullRate == 0.0); // nobody: 0, not a division by zero
}

TEST_CASE("volunteer shifts count on the day they start", "[figures]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Figures f = computeFor(t.db, test::FiguresFixture::day());
    CHECK(f.volunteers.shiftsOnDate == 2);              // 08-12 and 22-02
    CHECK(f.volunteers.hoursOnDate == Approx(8.0));     // 4 + 4
    CHECK(f.volunteers.hoursCumulative == Approx(13.5)); // + 3.5 + 2 on the 14th
    CHECK(f.volunteers.peopleCumulative == 3);           // P1, P4, P13
}

TEST_CASE("findings: rectified, open and overdue as of the day", "[figures]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Figures f = computeFor(t.db, test::FiguresFixture::day());
    CHECK(f.inspections.cumulative == 3); // JC01, JC02, JC04; JC03 is after D
    CHECK(f.inspections.findings == 6);
    CHECK(f.inspections.findingsRectified == 1); // the one rectified 03-16 was still open on D
    CHECK(f.inspections.findingsOpen == 5);
    CHECK(f.inspections.findingsOverdue == 2); // deadlines 03-08 and 03-14; 03-15 is not before D
    CHECK(byCode(f, u"TL"_s).findingsOpen == 2);
    CHECK(byCode(f, u"KF"_s).findingsOpen == 2);
    CHECK(byCode(f, u"WY"_s).findingsOpen == 1);
    CHECK(byCode(f, u"CY"_s).findingsOpen == 0);
}

TEST_CASE("daily reports: expected, reported, zero and missing", "[figures]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Figures f = computeFor(t.db, test::FiguresFixture::day());
    CHECK(f.dailyReports.expected == 4); // KF WY CY TL; not the root, not RC
    CHECK(f.dailyReports.reported == 3);
    CHECK(f.dailyReports.zero == 2); // KF " 无 ", CY "NONE"; WY's evening edition is not
    CHECK(f.dailyReports.missing == QStringList{u"铁路公司"_s});
    CHECK(byCode(f, u"KF"_s).reported == true);
    CHECK(byCode(f, u"TL"_s).reported == false);
    CHECK_FALSE(byCode(f, u"RC"_s).reported.has_value());
    CHECK_FALSE(byCode(f, u"YH"_s).reported.has_value());
}

TEST_CASE("a unit with both editions counts once and its evening report decides zero", "[figures]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const QDate day = test::FiguresFixture::day();
    // Sending morning reports changes none of the day's figures.
    CompanyRepository companies(t.db);
    for (const QString &code : { u"WY"_s, u"TL"_s }) {
        Company c = *companies.find(fixture.company[code]);
        c.reportsMorning = true;
        REQUIRE(companies.update(c).ok());
    }
    Figures f = computeFor(t.db, day);
    CHECK(f.dailyReports.expected == 4); // KF WY CY TL: the units that report daily
    CHECK(f.dailyReports.reported == 3); // KF; WY once for its two editions; CY by its morning one
    CHECK(f.dailyReports.zero == 2); // KF 无, CY NONE; WY's evening has something, its morning 无 not counted
    CHECK(f.dailyReports.missing == QStringList { u"铁路公司"_s });

    // WY's editions the other way round: morning 停水, evening 无. Still one
    // report, now a zero one: KF, CY and WY make 3.
    Repository<DailyReport> reports(t.db);
    QSqlQuery q(t.db.connection());
    REQUIRE(q.exec(
        u"SELECT id FROM daily_report WHERE company_id = "_s + QString::number(fixture.company[u"WY"_s])));
    int rewritten = 0;
    while (q.next()) {
        DailyReport r = *reports.find(q.value(0).toLongLong());
        r.anomalies = r.edition == ReportEdition::Morning ? u"停水"_s : u"无"_s;
        REQUIRE(reports.update(r).ok());
        ++rewritten;
    }
    REQUIRE(rewritten == 2);
    f = computeFor(t.db, day);
    CHECK(f.dailyReports.reported == 3);
    CHECK(f.dailyReports.zero == 3);

    // TL's morning report alone makes it reported, not zero (发热1人):
    // 4 of 4 reported, still 3 zero, no one missing.
    DailyReport tl;
    tl.companyId = fixture.company[u"TL"_s];
    tl.date = day;
    tl.edition = ReportEdition::Morning;
    tl.anomalies = u"发热1人"_s;
    ok(reports.insert(tl));
    f = computeFor(t.db, day);
    CHECK(f.dailyReports.reported == 4);
    CHECK(f.dailyReports.zero == 3);
    CHECK(f.dailyReports.missing.isEmpty());
    CHECK(byCode(f, u"TL"_s).reported == true);
}

TEST_CASE("a day before any data has zero figures and every unit missing", "[figures]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Figures f = computeFor(t.db, {2019, 1, 1});
    // Not yet: P1 (joined 2020), P7 and P13 (2022); P10 is external. P3 and
    // P12 had not left yet.
    CHECK(f.personnel.active == 9);
    CHECK(f.tests.cumulative == 0);
    CHECK(f.vaccination.firstDose == 0);
    CHECK(f.vaccination.fullRate == 0.0);
    CHECK(f.inspections.findings == 0);
    CHECK(f.dailyReports.missing
          == QStringList{u"产业公司"_s, u"开发公司"_s, u"铁路公司"_s, u"物业公司"_s}); // by code: CY KF TL WY
}

TEST_CASE("stats JSON has the keys of DOMAIN.md", "[figures][json]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const QJsonObject json = FiguresFormat::toJson(computeFor(t.db, test::FiguresFixture::day()));
    CHECK(json[u"date"_s].toString() == u"2022-03-15"_s);
    CHECK(json[u"personnel"_s][u"active"_s].toInt() == 9);
    CHECK(json[u"tests"_s][u"persons_on_date"_s].toInt() == 4);
    CHECK(json[u"vaccination"_s][u"full_rate"_s].toDouble() == Approx(0.5));
    CHECK(json[u"volunteers"_s][u"hours_cumulative"_s].toDouble() == Approx(13.5));
    CHECK(json[u"inspections"_s][u"findings_overdue"_s].toInt() == 2);
    CHECK(json[u"daily_reports"_s][u"missing"_s].toArray() == QJsonArray{u"铁路公司"_s});
    const QJsonArray companies = json[u"companies"_s].toArray();
    REQUIRE(companies.size() == 6);
    const QJsonObject first = companies.first().toObject();
    CHECK(first.keys()
          == QStringList{u"arrivals_on_date"_s, u"away"_s, u"code"_s, u"findings_open"_s, u"full_rate"_s, u"name"_s,
                         u"personnel"_s, u"reported"_s, u"tests_on_date"_s, u"under_observation"_s});
    for (const QJsonValue &c : companies)
        if (c[u"code"_s] == u"RC"_s)
            CHECK(c[u"reported"_s].isNull());
}

TEST_CASE("the text table names every company and the missing unit", "[figures]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const QString text = FiguresFormat::toText(computeFor(t.db, test::FiguresFixture::day()));
    for (const char16_t *name : {u"沿海集团", u"开发公司", u"物业公司", u"产业公司", u"铁路公司", u"人才事务所"})
        CHECK(text.contains(QString::fromUtf16(name)));
    CHECK(text.contains(u"Missing reports"_s));
}

TEST_CASE("the text table lines up every count on the right, the readiness counts too", "[figures]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const QStringList lines = FiguresFormat::toText(computeFor(t.db, test::FiguresFixture::day())).split(u'\n');
    const auto line = [&lines](const QString &label) {
        const auto it = std::find_if(lines.cbegin(), lines.cend(),
                                     [&label](const QString &l) { return l.startsWith(label + u"  "_s); });
        REQUIRE(it != lines.cend());
        return *it;
    };
    const qsizetype end = line(u"Tests today (person-times)"_s).size();
    CHECK(line(u"Persons certified"_s).size() == end);
    CHECK(line(u"Drills to date"_s).size() == end);
    // The widest label of all is a readiness one: the others make room for it.
    CHECK(line(u"Certificates expiring within 30 days"_s).size() == end);
    // A unit's report as the Today table words it.
    CHECK(line(u"人才事务所"_s).contains(u"  not required  "_s));
    CHECK(line(u"铁路公司"_s).contains(u"  missing  "_s));
}

TEST_CASE("figures of a company and its units count those only", "[figures]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const qint64 kf = fixture.company.value(u"KF"_s);
    const qint64 wy = fixture.company.value(u"WY"_s);
    const Result<Figures> result = FiguresEngine(t.db, {kf, wy}).compute(test::FiguresFixture::day());
    REQUIRE(result.ok());
    const Figures &f = result.value();
    // 开发公司 and its unit 物业公司 on the 15th.
    CHECK(f.personnel.active == 5); // P1 P2 (KF), P4 P5 P13 (WY); P3 and P12 have left
    CHECK(f.personnel.partyMembers == 2); // P1, P4
    CHECK(f.tests.onDate == 4);           // P1 twice, P2 (KF), P4 (WY); not P10 (TL)
    CHECK(f.tests.personsOnDate == 3);
    CHECK(f.tests.positiveOnDate == 1); // P4
    CHECK(f.tests.cumulative == 6);     // and P1 on the 14th, P3 on the 1st
    CHECK(f.vaccination.firstDose == 5);
    CHECK(f.vaccination.full == 3); // P1 科兴 ×2, P2 康希诺 ×1, P13 武汉生物 ×2; not P4 智飞 ×2, not P5
    CHECK(f.vaccination.fullRate == Approx(0.6));
    CHECK(f.volunteers.shiftsOnDate == 2); // P1 (KF), P4 (WY)
    CHECK(f.volunteers.hoursOnDate == Approx(8.0));
    CHECK(f.volunteers.hoursCumulative == Approx(13.5)); // and P1 3.5 h, P13 2 h on the 14th
    CHECK(f.volunteers.peopleCumulative == 3);
    CHECK(f.inspections.cumulative == 2); // JC02 (KF), JC04 (WY)
    CHECK(f.inspections.findings == 3);
    CHECK(f.inspections.findingsRectified == 0); // 测温记录缺失 only on the 16th
    CHECK(f.inspections.findingsOpen == 3);
    CHECK(f.inspections.findingsOverdue == 1); // 未设隔离区, due the 14th
    CHECK(f.dailyReports.expected == 2);
    CHECK(f.dailyReports.reported == 2);
    CHECK(f.dailyReports.zero == 1); // KF's evening 无; WY's evening has something
    CHECK(f.dailyReports.missing.isEmpty());
    REQUIRE(f.companies.size() == 2);
}

TEST_CASE("an exemption counts on the day it starts and on the day it ends", "[figures]")
{
    // DOMAIN.md counts the persons exempt on D; a person is exempt from
    // exempt_from through exempt_until, both days included (the form calls
    // the end "Exempt until", and an exemption from and until one day is
    // valid: test_validation.cpp "exempt for one day").
    test::TempDatabase t;
    const qint64 root = addCompany(t.db, u"YH"_s, u"沿海集团"_s, 0, false);
    const qint64 cy = addCompany(t.db, u"CY"_s, u"产业公司"_s, root, true);
    addPerson(t.db, cy, "32061219850312163X", {2022, 3, 15});                  // A: from D, no end
    addPerson(t.db, cy, "320612199001011005", {2022, 3, 1}, {2022, 3, 15});   // B: until D
    addPerson(t.db, cy, "320612198812081002", {2022, 3, 15}, {2022, 3, 15});  // E: D only
    const qint64 c = addPerson(t.db, cy, "320612197511201002");                // C: not exempt,
    vaccinate(t.db, c, cy, Dose::First, {2021, 6, 1}, u"康希诺"_s);              // full after one dose

    struct Row
    {
        QDate day;
        qint64 exempt;
        double fullRate;
    };
    // Four active persons, one of them full (C).
    const Row row = GENERATE(values<Row>({
        {{2022, 3, 14}, 1, 1.0 / 3.0}, // B only (A and E not yet): 1 ÷ (4 − 1)
        {{2022, 3, 15}, 3, 1.0},       // A, B and E: 1 ÷ (4 − 3)
        {{2022, 3, 16}, 1, 1.0 / 3.0}, // A only (B and E are over): 1 ÷ (4 − 1)
    }));
    CAPTURE(row.day);
    const Figures f = computeFor(t.db, row.day);
    CHECK(f.personnel.active == 4);
    CHECK(f.vaccination.full == 1);
    CHECK(f.vaccination.exempt == row.exempt);
    CHECK(f.vaccination.fullRate == Approx(row.fullRate));
    CHECK(byCode(f, u"CY"_s).fullRate == Approx(row.fullRate));
}

TEST_CASE("a person exempt and fully vaccinated counts as full and as exempt", "[figures]")
{
    // DOMAIN.md taken literally: full counts every active person with a
    // completed primary series, exempt every active person exempt on D, and
    // full_rate = full ÷ (active − exempt) subtracts nobody from full.
    test::TempDatabase t;
    const qint64 root = addCompany(t.db, u"YH"_s, u"沿海集团"_s, 0, false);
    const qint64 kf = addCompany(t.db, u"KF"_s, u"开发公司"_s, root, true);
    const qint64 a = addPerson(t.db, kf, "32061219850312163X", {2021, 6, 1}); // exempt since 2021-06-01
    vaccinate(t.db, a, kf, Dose::First, {2021, 4, 1}, u"科兴"_s);              // and 科兴 × 2 before that
    vaccinate(t.db, a, kf, Dose::Second, {2021, 5, 1}, u"科兴"_s);
    const qint64 b = addPerson(t.db, kf, "320612199001011005");
    vaccinate(t.db, b, kf, Dose::First, {2021, 6, 1}, u"康希诺"_s); // full after one dose
    addPerson(t.db, kf, "320612197511201002");                       // no dose
    addPerson(t.db, kf, "320612198812081002");                       // no dose

    const Figures f = computeFor(t.db, {2022, 3, 15});
    CHECK(f.personnel.active == 4);           // A B C D
    CHECK(f.vaccination.firstDose == 2);      // A B
    CHECK(f.vaccination.full == 2);           // A (科兴 2 of 2), B (康希诺 1 of 1)
    CHECK(f.vaccination.exempt == 1);         // A
    CHECK(f.vaccination.fullRate == Approx(2.0 / 3.0)); // 2 ÷ (4 − 1)
    CHECK(byCode(f, u"KF"_s).fullRate == Approx(2.0 / 3.0));
}

TEST_CASE("missing units are ordered by company code, not by name", "[figures]")
{
    // Codes, names and the order of insertion all disagree:
    //   by code        YH01 铁路公司, YH02 滨江公司, YH03 海通公司
    //   by pinyin      滨江 (bin), 海通 (hai), 铁路 (tie)
    //   by code point  海 U+6D77, 滨 U+6EE8, 铁 U+94C1
    //   by id          海通, 铁路, 盛和, 滨江
    test::TempDatabase t;
    const qint64 root = addCompany(t.db, u"YH"_s, u"沿海集团"_s, 0, false);
    addCompany(t.db, u"YH03"_s, u"海通公司"_s, root, true);
    addCompany(t.db, u"YH01"_s, u"铁路公司"_s, root, true);
    const qint64 sh = addCompany(t.db, u"YH04"_s, u"盛和公司"_s, root, true);
    addCompany(t.db, u"YH02"_s, u"滨江公司"_s, root, true);
    DailyReport r; // only 盛和公司 reports on D
    r.companyId = sh;
    r.date = {2022, 3, 15};
    r.anomalies = u"无"_s;
    ok(Repository<DailyReport>(t.db).insert(r));

    const Figures f = computeFor(t.db, {2022, 3, 15});
    CHECK(f.dailyReports.expected == 4);
    CHECK(f.dailyReports.reported == 1);
    CHECK(f.dailyReports.missing == QStringList{u"铁路公司"_s, u"滨江公司"_s, u"海通公司"_s});
    CHECK(FiguresFormat::toJson(f)[u"daily_reports"_s][u"missing"_s].toArray()
          == QJsonArray{u"铁路公司"_s, u"滨江公司"_s, u"海通公司"_s});
}
