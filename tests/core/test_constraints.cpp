// SPDX-License-Identifier: GPL-3.0-or-later
// Natural keys and foreign keys hold, whichever way a row arrives.
#include "core/db/companyrepository.h"
#include "core/db/repository.h"
#include "core/model/dailyreport.h"
#include "core/model/inspection.h"
#include "core/db/personrepository.h"
#include "core/model/volunteershift.h"
#include "core/model/nucleictest.h"
#include "core/model/vaccination.h"
#include "testdb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// One company and one person to hang records on.
struct Base
{
    test::TempDatabase t;
    qint64 companyId = 0;
    qint64 personId = 0;

    Base()
    {
        Company c;
        c.code = u"KF"_s;
        c.name = u"开发公司"_s;
        c.aliases = {u"开发"_s};
        companyId = CompanyRepository(t.db).insert(c).value();
        Person p;
        p.idNumber = u"320612199001011005"_s;
        p.name = u"张伟"_s;
        p.companyId = companyId;
        personId = PersonRepository(t.db).insert(p).value();
    }
};

} // namespace

TEST_CASE("a duplicate natural key is a conflict", "[db][constraints]")
{
    Base b;
    Database &db = b.t.db;

    SECTION("person: ID number, whatever the case of x")
    {
        Person p;
        p.idNumber = u"32061219850312163x"_s;
        p.name = u"李娜"_s;
        p.companyId = b.companyId;
        PersonRepository persons(db);
        REQUIRE(persons.insert(p).ok());
        p.idNumber = u"32061219850312163X"_s;
        const auto again = persons.insert(p);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().kind == Error::Kind::Conflict);
        CHECK(again.error().message.contains(u"32061219850312163X"_s));
    }
    SECTION("test: person + day + site")
    {
        NucleicTest x;
        x.personId = b.personId;
        x.companyId = b.companyId;
        x.sampledOn = {2022, 3, 15};
        x.site = u"通州湾社区"_s;
        Repository<NucleicTest> tests(db);
        REQUIRE(tests.insert(x).ok());
        CHECK(tests.insert(x).error().kind == Error::Kind::Conflict);
        x.site = u"高速卡口G15"_s; // another site the same day is another test
        CHECK(tests.insert(x).ok());
    }
    SECTION("vaccination: person + dose")
    {
        Vaccination v;
        v.personId = b.personId;
        v.companyId = b.companyId;
        v.dose = Dose::First;
        v.vaccinatedOn = {2021, 4, 1};
        Repository<Vaccination> vaccinations(db);
        REQUIRE(vaccinations.insert(v).ok());
        v.vaccinatedOn = {2021, 5, 1};
        CHECK(vaccinations.insert(v).error().kind == Error::Kind::Conflict);
    }
    SECTION("shift: person + start")
    {
        VolunteerShift s;
        s.personId = b.personId;
        s.companyId = b.companyId;
        s.start = {{2022, 3, 15}, {8, 0}};
        s.end = {{2022, 3, 15}, {12, 0}};
        Repository<VolunteerShift> shifts(db);
        REQUIRE(shifts.insert(s).ok());
        CHECK(shifts.insert(s).error().kind == Error::Kind::Conflict);
    }
    SECTION("inspection code, finding per inspection")
    {
        Inspection i;
        i.code = u"JC01"_s;
        i.inspectedOn = {2022, 3, 1};
        i.companyId = b.companyId;
        Repository<Inspection> inspections(db);
        const qint64 id = inspections.insert(i).value();
        CHECK(inspections.insert(i).error().kind == Error::Kind::Conflict);
        Finding f;
        f.inspectionId = id;
        f.description = u"消杀台账不全"_s;
        f.deadline = {2022, 3, 8};
        Repository<Finding> findings(db);
        REQUIRE(findings.insert(f).ok());
        CHECK(findings.insert(f).error().kind == Error::Kind::Conflict);
    }
    SECTION("daily report: company + date + edition")
    {
        DailyReport r;
        r.companyId = b.companyId;
        r.date = {2022, 3, 15};
        Repository<DailyReport> reports(db);
        REQUIRE(reports.insert(r).ok());
        CHECK(reports.insert(r).error().kind == Error::Kind::Conflict);
        r.edition = ReportEdition::Morning;
        CHECK(reports.insert(r).ok());
    }
    SECTION("company: code, and names across names and aliases")
    {
        CompanyRepository companies(db);
        Company c;
        c.code = u"KF"_s;
        c.name = u"另一个"_s;
        CHECK(companies.insert(c).error().kind == Error::Kind::Conflict);
        c.code = u"WY"_s;
        c.name = u"开发"_s; // another company's alias
        const auto byAlias = companies.insert(c);
        REQUIRE_FALSE(byAlias.ok());
        CHECK(byAlias.error().field == u"name"_s);
        c.name = u"物业公司"_s;
        c.aliases = {u"开发公司"_s}; // another company's name as an alias
        CHECK_FALSE(companies.insert(c).ok());
        CHECK(companies.count() == 1);
    }
}

TEST_CASE("foreign keys: records need what they refer to", "[db][constraints]")
{
    Base b;
    Database &db = b.t.db;
    SECTION("a person of a company that does not exist")
    {
        Person p;
        p.idNumber = u"32061219850312163X"_s;
        p.name = u"李娜"_s;
        p.companyId = 999;
        const auto result = PersonRepository(db).insert(p);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Invalid);
        CHECK(result.error().field == u"company"_s);
    }
    SECTION("a test of a person who does not exist")
    {
        NucleicTest x;
        x.personId = 999;
        x.companyId = b.companyId;
        x.sampledOn = {2022, 3, 15};
        const auto result = Repository<NucleicTest>(db).insert(x);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Invalid);
        CHECK(result.error().field == u"person"_s);
    }
    SECTION("a finding whose inspection does not exist")
    {
        Finding f;
        f.inspectionId = 999;
        f.description = u"值班记录缺失"_s;
        f.deadline = {2022, 3, 8};
        const auto result = Repository<Finding>(db).insert(f);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Invalid);
        CHECK(result.error().field == u"inspection"_s);
        CHECK_FALSE(result.error().message.isEmpty());
    }
}

TEST_CASE("deleting what others refer to is refused with a reason", "[db][constraints]")
{
    Base b;
    Database &db = b.t.db;
    NucleicTest x;
    x.personId = b.personId;
    x.companyId = b.companyId;
    x.sampledOn = {2022, 3, 15};
    REQUIRE(Repository<NucleicTest>(db).insert(x).ok());

    const Status person = PersonRepository(db).remove(b.personId);
    REQUIRE_FALSE(person.ok());
    CHECK(person.error().kind == Error::Kind::Conflict);
    INFO(person.error().message.toStdString());
    CHECK(person.error().message.contains(u"1"_s));
    const Status company = CompanyRepository(db).remove(b.companyId);
    REQUIRE_FALSE(company.ok());
    CHECK(company.error().kind == Error::Kind::Conflict);
    CHECK(PersonRepository(db).find(b.personId).has_value());
}

TEST_CASE("deleting an inspection deletes its findings", "[db][constraints]")
{
    Base b;
    Inspection i;
    i.code = u"JC09"_s;
    i.inspectedOn = {2022, 3, 1};
    i.companyId = b.companyId;
    Repository<Inspection> inspections(b.t.db);
    const qint64 id = inspections.insert(i).value();
    Finding f;
    f.inspectionId = id;
    f.description = u"口罩佩戴不规范"_s;
    f.deadline = {2022, 3, 8};
    Repository<Finding> findings(b.t.db);
    REQUIRE(findings.insert(f).ok());
    REQUIRE(inspections.remove(id).ok());
    CHECK(findings.count() == 0);
}

TEST_CASE("the database refuses a shift that ends before it starts", "[db][constraints]")
{
    Base b;
    QSqlQuery q(b.t.db.connection());
    q.prepare(u"INSERT INTO volunteer_shift (person_id, start_at, end_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(b.personId);
    q.addBindValue(u"2022-03-15 12:00"_s);
    q.addBindValue(u"2022-03-15 08:00"_s);
    CHECK_FALSE(q.exec());

    VolunteerShift s;
    s.personId = b.personId;
    s.companyId = b.companyId;
    s.start = {{2022, 3, 15}, {12, 0}};
    s.end = {{2022, 3, 15}, {8, 0}};
    const auto result = Repository<VolunteerShift>(b.t.db).insert(s);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Invalid);
    CHECK(result.error().field == u"end"_s);
}
