// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuresfixture.h"

#include "core/db/companyrepository.h"
#include "core/db/repository.h"
#include "core/model/dailyreport.h"
#include "core/model/inspection.h"
#include "core/db/personrepository.h"
#include "core/model/volunteershift.h"
#include "core/model/nucleictest.h"
#include "core/model/vaccination.h"
#include "qtcatch.h"
#include "testdb.h"

using namespace Qt::StringLiterals;

namespace seawall::test {
namespace {

QDate d(int month, int day) { return {2022, month, day}; }
QDate d(int year, int month, int day) { return {year, month, day}; }
QDateTime t(int month, int day, int hour, int minute = 0) { return {d(month, day), QTime(hour, minute)}; }

} // namespace

FiguresFixture::FiguresFixture(Database &db)
{
    CompanyRepository companies(db);
    const auto addCompany = [&](const QString &code, const QString &name, const QString &parent, bool reports) {
        Company c;
        c.code = code;
        c.name = name;
        c.parentId = parent.isEmpty() ? 0 : company.value(parent);
        c.reportsDaily = reports;
        company[code] = ok(companies.insert(c));
    };
    addCompany(u"YH"_s, u"沿海集团"_s, {}, false);
    addCompany(u"KF"_s, u"开发公司"_s, u"YH"_s, true);
    addCompany(u"WY"_s, u"物业公司"_s, u"KF"_s, true);
    addCompany(u"CY"_s, u"产业公司"_s, u"YH"_s, true);
    addCompany(u"TL"_s, u"铁路公司"_s, u"YH"_s, true);  // expected, but sends no report on D
    addCompany(u"RC"_s, u"人才事务所"_s, u"YH"_s, false); // does not report daily

    PersonRepository persons(db);
    QHash<qint64, qint64> companyOf; // person id → company id
    struct P
    {
        const char *key;
        const char *idNumber;
        const char *company;
        PersonCategory category;
        bool party;
        QDate joined, left, exemptFrom, exemptUntil;
    };
    const P rows[] = {
        {"P1", "32061219850312163X", "KF", PersonCategory::Staff, true, d(2020, 1, 1), {}, {}, {}},
        {"P2", "320612199001011005", "KF", PersonCategory::Staff, false, {}, {}, {}, {}},
        {"P3", "320612197511201002", "KF", PersonCategory::Staff, true, {}, d(3, 10), {}, {}}, // left before D
        {"P4", "320612198812081002", "WY", PersonCategory::Dispatched, true, {}, {}, {}, {}},
        {"P5", "320612199505051000", "WY", PersonCategory::Outsourced, false, {}, {}, {}, {}},
        {"P6", "320612197003151002", "CY", PersonCategory::Staff, false, {}, {}, d(2021, 1, 1), {}}, // exempt
        {"P7", "320612200002291008", "CY", PersonCategory::Staff, false, d(3, 16), {}, {}, {}}, // joins after D
        {"P8", "32061219820717100X", "CY", PersonCategory::Family, true, {}, {}, {}, {}},
        {"P9", "320612199309301009", "TL", PersonCategory::Staff, false, {}, {}, {}, {}},
        {"P10", "320612196606061001", "TL", PersonCategory::External, true, {}, {}, {}, {}}, // not on roster
        {"P11", "320612197901011001", "RC", PersonCategory::Staff, false, {}, {}, d(2021, 1, 1), d(3, 1)}, // exemption over
        {"P12", "320612198602141003", "KF", PersonCategory::Staff, false, {}, d(3, 15), {}, {}}, // left on D
        {"P13", "320612199912311009", "WY", PersonCategory::Staff, false, d(3, 15), {}, {}, {}}, // joined on D
    };
    for (const P &row : rows) {
        Person p;
        p.idNumber = QString::fromLatin1(row.idNumber);
        p.name = u"人员"_s + QString::fromLatin1(row.key);
        p.companyId = company.value(QString::fromLatin1(row.company));
        p.category = row.category;
        p.partyMember = row.party;
        p.joinedOn = row.joined;
        p.leftOn = row.left;
        p.exemptFrom = row.exemptFrom;
        p.exemptUntil = row.exemptUntil;
        person[QString::fromLatin1(row.key)] = ok(persons.insert(p));
        companyOf[person.value(QString::fromLatin1(row.key))] = p.companyId;
    }

    Repository<Vaccination> vaccinations(db);
    const auto vaccinate = [&](const char *key, Dose dose, QDate on, const QString &maker) {
        Vaccination v;
        v.personId = person.value(QString::fromLatin1(key));
        v.companyId = companyOf.value(v.personId);
        v.dose = dose;
        v.vaccinatedOn = on;
        v.manufacturer = maker;
        ok(vaccinations.insert(v));
    };
    vaccinate("P1", Dose::First, d(2021, 4, 1), u"科兴"_s);
    vaccinate("P1", Dose::Second, d(2021, 5, 1), u"科兴"_s);
    vaccinate("P1", Dose::Booster, d(2021, 11, 1), u"科兴"_s);
    vaccinate("P2", Dose::First, d(2021, 6, 1), u"康希诺"_s); // full after one dose
    vaccinate("P3", Dose::First, d(2021, 4, 1), u"科兴"_s);   // left: not counted
    vaccinate("P3", Dose::Second, d(2021, 5, 1), u"科兴"_s);
    vaccinate("P4", Dose::First, d(2021, 4, 1), u"智飞"_s); // not full after two
    vaccinate("P4", Dose::Second, d(2021, 5, 1), u"智飞"_s);
    vaccinate("P5", Dose::Booster, d(2021, 12, 1), u"科兴"_s); // booster without primary series
    vaccinate("P8", Dose::First, d(2021, 3, 1), u"北京生物"_s);
    vaccinate("P8", Dose::Second, d(3, 20), u"北京生物"_s); // after D
    vaccinate("P9", Dose::First, d(2021, 3, 1), u"智飞"_s);
    vaccinate("P9", Dose::Second, d(2021, 4, 1), u"智飞"_s);
    vaccinate("P9", Dose::Third, d(2021, 5, 1), u"智飞"_s);
    vaccinate("P10", Dose::First, d(2021, 3, 1), u"科兴"_s); // external: not counted
    vaccinate("P13", Dose::First, d(2021, 5, 1), u"武汉生物"_s);
    vaccinate("P13", Dose::Second, d(2021, 6, 1), u"武汉生物"_s);

    Repository<NucleicTest> tests(db);
    const auto test = [&](const char *key, const char *companyCode, QDate on, const QString &site, TestResult r) {
        NucleicTest x;
        x.personId = person.value(QString::fromLatin1(key));
        x.companyId = company.value(QString::fromLatin1(companyCode));
        x.sampledOn = on;
        x.site = site;
        x.result = r;
        ok(tests.insert(x));
    };
    test("P1", "KF", d(3, 15), u"通州湾社区"_s, TestResult::Negative);
    test("P2", "KF", d(3, 15), u"通州湾社区"_s, TestResult::Negative);
    test("P1", "KF", d(3, 15), u"高速卡口G15"_s, TestResult::Negative); // same person twice on D
    test("P4", "WY", d(3, 15), u"通州湾社区"_s, TestResult::Positive);
    test("P10", "TL", d(3, 15), u"任港社区"_s, TestResult::Negative); // external person counts
    test("P1", "KF", d(3, 14), u"通州湾社区"_s, TestResult::Negative);
    test("P9", "TL", d(3, 16), u"通州湾社区"_s, TestResult::Negative); // after D
    test("P3", "KF", d(3, 1), u"通州湾社区"_s, TestResult::Negative);  // before leaving

    Repository<VolunteerShift> shifts(db);
    const auto shift = [&](const char *key, QDateTime start, QDateTime end) {
        VolunteerShift s;
        s.personId = person.value(QString::fromLatin1(key));
        s.companyId = companyOf.value(s.personId);
        s.team = u"党员志愿者"_s;
        s.site = u"城港社区"_s;
        s.start = start;
        s.end = end;
        ok(shifts.insert(s));
    };
    shift("P1", t(3, 15, 8), t(3, 15, 12));     // 4 h on D
    shift("P4", t(3, 15, 22), t(3, 16, 2));     // 4 h, starts on D, ends after
    shift("P1", t(3, 14, 18), t(3, 14, 21, 30)); // 3.5 h before D
    shift("P5", t(3, 16, 8), t(3, 16, 10));     // after D
    shift("P13", t(3, 14, 23), t(3, 15, 1));    // 2 h, counts on the 14th

    Repository<Inspection> inspections(db);
    Repository<Finding> findings(db);
    const auto inspect = [&](const QString &code, QDate on, const char *companyCode) {
        Inspection i;
        i.code = code;
        i.inspectedOn = on;
        i.companyId = company.value(QString::fromLatin1(companyCode));
        i.method = InspectionMethod::Unannounced;
        inspection[code] = ok(inspections.insert(i));
    };
    const auto find = [&](const QString &code, const QString &what, QDate deadline, FindingStatus status,
                          QDate rectifiedOn) {
        Finding f;
        f.inspectionId = inspection.value(code);
        f.description = what;
        f.deadline = deadline;
        f.status = status;
        f.rectifiedOn = rectifiedOn;
        ok(findings.insert(f));
    };
    inspect(u"JC01"_s, d(3, 1), "TL");
    find(u"JC01"_s, u"防护物资储备不足"_s, d(3, 8), FindingStatus::Open, {});   // overdue
    find(u"JC01"_s, u"消杀台账不全"_s, d(3, 8), FindingStatus::Rectified, d(3, 5)); // rectified
    find(u"JC01"_s, u"值班记录缺失"_s, d(3, 20), FindingStatus::Open, {});       // open, not yet due
    inspect(u"JC02"_s, d(3, 10), "KF");
    find(u"JC02"_s, u"测温记录缺失"_s, d(3, 17), FindingStatus::Rectified, d(3, 16)); // rectified after D
    find(u"JC02"_s, u"未设隔离区"_s, d(3, 14), FindingStatus::Open, {});            // overdue
    inspect(u"JC03"_s, d(3, 16), "CY"); // after D
    find(u"JC03"_s, u"口罩佩戴不规范"_s, d(3, 23), FindingStatus::Open, {});
    inspect(u"JC04"_s, d(3, 15), "WY");
    find(u"JC04"_s, u"扫码登记不全"_s, d(3, 15), FindingStatus::Open, {}); // due on D: not overdue

    Repository<DailyReport> reports(db);
    const auto report = [&](const char *companyCode, QDate on, ReportEdition edition, const QString &anomalies) {
        DailyReport r;
        r.companyId = company.value(QString::fromLatin1(companyCode));
        r.date = on;
        r.edition = edition;
        r.onDuty = 10;
        r.anomalies = anomalies;
        ok(reports.insert(r));
    };
    report("KF", d(3, 15), ReportEdition::Evening, u" 无 "_s);            // zero report
    report("WY", d(3, 15), ReportEdition::Morning, u"无"_s);
    report("WY", d(3, 15), ReportEdition::Evening, u"外来人员2人已登记"_s); // latest edition not zero
    report("CY", d(3, 15), ReportEdition::Morning, u"NONE"_s);             // zero, morning only
    report("TL", d(3, 14), ReportEdition::Evening, u"无"_s);               // the day before only
    report("RC", d(3, 15), ReportEdition::Evening, u"无"_s);               // not expected to report
}

} // namespace seawall::test
