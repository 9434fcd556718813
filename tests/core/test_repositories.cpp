// SPDX-License-Identifier: GPL-3.0-or-later
// What goes into a repository comes back out the same, and upserts by
// natural key say what they did.
#include "core/db/companyrepository.h"
#include "core/db/repository.h"
#include "core/model/dailyreport.h"
#include "core/db/personrepository.h"
#include "core/model/volunteershift.h"
#include "core/model/vaccination.h"
#include "testdb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

using test::addCompany;

} // namespace

TEST_CASE("a person round-trips with every field", "[db][repository]")
{
    test::TempDatabase t;
    Person p;
    p.idNumber = u"32061219850312163x"_s;
    p.name = u" 秦鹏文 "_s;
    p.companyId = addCompany(t.db, u"CY"_s, u"产业公司"_s);
    p.department = u"工程部"_s;
    p.gender = Gender::Male;
    p.phone = u"15101064292"_s;
    p.position = u"保安"_s;
    p.partyMember = true;
    p.category = PersonCategory::Dispatched;
    p.joinedOn = {2020, 5, 1};
    p.leftOn = {2022, 3, 31};
    p.exemptFrom = {2021, 1, 1};
    p.exemptUntil = {2021, 12, 31};
    PersonRepository persons(t.db);
    const auto id = persons.insert(p);
    REQUIRE(id.ok());
    const auto back = persons.find(id.value());
    REQUIRE(back.has_value());
    Person expected = p;
    expected.id = id.value();
    expected.idNumber = u"32061219850312163X"_s; // stored upper-case
    expected.name = u"秦鹏文"_s;                // trimmed
    CHECK(*back == expected);
    CHECK(persons.findByIdNumber(u"32061219850312163x"_s)->id == id.value());
}

TEST_CASE("upsert by natural key: inserted, unchanged, updated", "[db][repository]")
{
    test::TempDatabase t;
    Person p;
    p.idNumber = u"320612199001011005"_s;
    p.name = u"龚雪"_s;
    p.companyId = addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    PersonRepository persons(t.db);
    Person first = p;
    REQUIRE(persons.upsert(first).value() == UpsertOutcome::Inserted);
    Person same = p;
    REQUIRE(persons.upsert(same).value() == UpsertOutcome::Unchanged);
    CHECK(same.id == first.id);
    Person changed = p;
    changed.phone = u"13893032820"_s;
    REQUIRE(persons.upsert(changed).value() == UpsertOutcome::Updated);
    CHECK(persons.count() == 1);
    CHECK(persons.find(first.id)->phone == u"13893032820"_s);
}

TEST_CASE("an invalid record is refused before it reaches the database", "[db][repository]")
{
    test::TempDatabase t;
    Person p;
    p.idNumber = u"320612199001011006"_s; // wrong check character
    p.name = u"龚雪"_s;
    p.companyId = addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    const auto result = PersonRepository(t.db).insert(p);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Invalid);
    CHECK(result.error().field == u"id_number"_s);
    CHECK(PersonRepository(t.db).count() == 0);
}

TEST_CASE("companies: tree, aliases and lookup by name", "[db][repository]")
{
    test::TempDatabase t;
    const qint64 yh = addCompany(t.db, u"YH"_s, u"沿海集团"_s);
    const qint64 kf = addCompany(t.db, u"KF"_s, u"开发公司"_s, yh);
    const qint64 wy = addCompany(t.db, u"WY"_s, u"物业公司"_s, kf);
    const qint64 cy = addCompany(t.db, u"CY"_s, u"产业公司"_s, yh);
    CompanyRepository companies(t.db);

    Company sw;
    sw.code = u"SW"_s;
    sw.name = u"海润水务公司"_s;
    sw.parentId = kf;
    sw.aliases = {u"海润水务"_s, u"水务公司"_s};
    const qint64 swId = companies.insert(sw).value();

    auto subtree = companies.subtree(kf);
    std::sort(subtree.begin(), subtree.end());
    CHECK(subtree == std::vector<qint64>{kf, wy, swId});
    CHECK(companies.subtree(yh).size() == 5);
    CHECK(companies.findByName(u" 水务公司 "_s)->id == swId);
    CHECK(companies.findByName(u"产业公司"_s)->id == cy);
    CHECK_FALSE(companies.findByName(u"不存在"_s).has_value());
    CHECK(companies.find(swId)->aliases == QStringList{u"海润水务"_s, u"水务公司"_s});

    // A company cannot move under its own unit.
    Company kfMoved = *companies.find(kf);
    kfMoved.parentId = wy;
    const Status loop = companies.update(kfMoved);
    REQUIRE_FALSE(loop.ok());
    CHECK(loop.error().field == u"parent_code"_s);

    // Aliases are replaced on update.
    Company renamed = *companies.find(swId);
    renamed.aliases = {u"海润"_s};
    REQUIRE(companies.update(renamed).ok());
    CHECK(companies.find(swId)->aliases == QStringList{u"海润"_s});
    CHECK_FALSE(companies.findByName(u"水务公司"_s).has_value());

    const auto all = companies.all();
    REQUIRE(all.size() == 5);
    CHECK(all.front().code == u"CY"_s); // by code
}

TEST_CASE("a company's morning report setting is stored and read back", "[db][repository]")
{
    test::TempDatabase t;
    Repository<Company> companies(t.db);
    Company bj;
    bj.code = u"BJ"_s;
    bj.name = u"滨江公司"_s;
    CHECK_FALSE(bj.reportsMorning); // none sends a morning report by default
    bj.id = companies.insert(bj).value();
    CHECK(*companies.find(bj.id) == bj);

    Company morning = *companies.find(bj.id);
    morning.reportsMorning = true;
    REQUIRE(companies.update(morning).ok());
    const Company read = *companies.find(bj.id);
    CHECK(read.reportsMorning);
    CHECK(read.reportsDaily);
    CHECK(read == morning);
    QSqlQuery q(t.db.connection());
    REQUIRE(q.exec(u"SELECT reports_morning FROM company WHERE code = 'BJ'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("daily reports store whether they are zero reports", "[db][repository]")
{
    test::TempDatabase t;
    const qint64 kf = addCompany(t.db, u"KF"_s, u"开发公司"_s);
    Repository<DailyReport> reports(t.db);
    DailyReport r;
    r.companyId = kf;
    r.date = {2022, 3, 15};
    r.anomalies = u"　无　"_s; // ideographic spaces around
    r.testsDone = 285;
    const qint64 id = reports.insert(r).value();
    const auto back = reports.find(id);
    REQUIRE(back.has_value());
    CHECK(back->isZeroReport());
    CHECK(back->testsDone == 285);
    // By natural key: company, date and edition.
    DailyReport key;
    key.companyId = kf;
    key.date = r.date;
    key.edition = ReportEdition::Evening;
    CHECK(reports.findByKey(key)->id == id);
    key.edition = ReportEdition::Morning;
    CHECK_FALSE(reports.findByKey(key).has_value());

    DailyReport morning = r;
    morning.edition = ReportEdition::Morning;
    morning.anomalies = u"外来人员2人已登记"_s;
    const qint64 other = reports.insert(morning).value();

    // What the figures count is the stored column, not the text.
    const auto storedFlag = [&t](qint64 reportId) {
        QSqlQuery q(t.db.connection());
        REQUIRE(q.prepare(u"SELECT zero_report FROM daily_report WHERE id = ?"_s));
        q.addBindValue(reportId);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    CHECK(storedFlag(id) == 1);    // "　无　"
    CHECK(storedFlag(other) == 0); // "外来人员2人已登记"

    // An edit that changes the text changes the column with it.
    DailyReport edited = *reports.find(id);
    edited.anomalies = u"1人发热，已送医排查"_s;
    REQUIRE(reports.update(edited).ok());
    CHECK(storedFlag(id) == 0);
    DailyReport cleared = *reports.find(other);
    cleared.anomalies = u" None "_s;
    REQUIRE(reports.update(cleared).ok());
    CHECK(storedFlag(other) == 1);
}

TEST_CASE("shifts and vaccinations round-trip", "[db][repository]")
{
    test::TempDatabase t;
    Person p;
    p.idNumber = u"320612199001011005"_s;
    p.name = u"杜霞"_s;
    p.companyId = addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    const qint64 personId = PersonRepository(t.db).insert(p).value();

    VolunteerShift s;
    s.personId = personId;
    s.companyId = p.companyId;
    s.team = u"青年突击队"_s;
    s.site = u"城港社区"_s;
    s.task = u"核酸检测秩序维护"_s;
    s.start = {{2022, 3, 1}, {7, 0}};
    s.end = {{2022, 3, 1}, {11, 30}};
    Repository<VolunteerShift> shifts(t.db);
    const qint64 shiftId = shifts.insert(s).value();
    s.id = shiftId;
    CHECK(*shifts.find(shiftId) == s);
    CHECK(shifts.find(shiftId)->hours() == Approx(4.5));

    Vaccination v;
    v.personId = personId;
    v.companyId = p.companyId;
    v.dose = Dose::Booster;
    v.vaccinatedOn = {2021, 11, 29};
    v.manufacturer = u"科兴"_s;
    v.place = u"通州区卫生服务中心"_s;
    Repository<Vaccination> vaccinations(t.db);
    const qint64 vId = vaccinations.insert(v).value();
    v.id = vId;
    CHECK(*vaccinations.find(vId) == v);
    Vaccination key;
    key.personId = personId;
    key.dose = Dose::Booster;
    CHECK(vaccinations.findByKey(key)->id == vId);
}
