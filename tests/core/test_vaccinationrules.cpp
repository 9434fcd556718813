// SPDX-License-Identifier: GPL-3.0-or-later
// The primary-series rule of DOMAIN.md and the milestones kept per person.
#include "core/db/personrepository.h"
#include "core/db/vaccinationstatus.h"
#include "core/db/repository.h"
#include "core/model/vaccination.h"
#include "core/model/vaccinationrules.h"
#include "testdb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

Vaccination dose(Dose d, QDate on, const QString &maker)
{
    Vaccination v;
    v.dose = d;
    v.vaccinatedOn = on;
    v.manufacturer = maker;
    return v;
}

} // namespace

TEST_CASE("primary series length by manufacturer", "[vaccination]")
{
    const auto [maker, doses] = GENERATE(table<QString, int>({
        {u"北京生物"_s, 2},
        {u"武汉生物"_s, 2},
        {u"科兴"_s, 2},
        {u"智飞"_s, 3},
        {u"安徽智飞龙科马"_s, 3},
        {u"Zhifei"_s, 3},
        {u"康希诺"_s, 1},
        {u"CanSino"_s, 1},
        {u"某厂家"_s, 2},
        {QString(), 2},
    }));
    INFO(maker.toStdString());
    CHECK(primaryDosesRequired(maker) == doses);
}

TEST_CASE("milestones: the day each step was reached", "[vaccination]")
{
    const QDate jan{2021, 1, 10};
    const QDate feb{2021, 2, 10};
    const QDate mar{2021, 3, 10};
    const QDate dec{2021, 12, 1};

    SECTION("科兴: full on the second dose")
    {
        const auto m = milestones({dose(Dose::Second, feb, u"科兴"_s), dose(Dose::First, jan, u"科兴"_s),
                                   dose(Dose::Booster, dec, u"科兴"_s)});
        CHECK(m == VaccinationMilestones{jan, feb, dec});
    }
    SECTION("康希诺: full after one dose")
    {
        CHECK(milestones({dose(Dose::First, jan, u"康希诺"_s)}) == VaccinationMilestones{jan, jan, {}});
    }
    SECTION("智飞: not full after two, full on the third")
    {
        const std::vector<Vaccination> two{dose(Dose::First, jan, u"智飞"_s), dose(Dose::Second, feb, u"智飞"_s)};
        CHECK_FALSE(milestones(two).full.isValid());
        auto three = two;
        three.push_back(dose(Dose::Third, mar, u"智飞"_s));
        CHECK(milestones(three).full == mar);
    }
    SECTION("the first dose's manufacturer decides, not a later one's")
    {
        // 康希诺 first: one dose is a full series even if the next is 智飞.
        CHECK(milestones({dose(Dose::First, jan, u"康希诺"_s), dose(Dose::Second, feb, u"智飞"_s)}).full == jan);
        // 智飞 first, 科兴 second: still three needed.
        CHECK_FALSE(milestones({dose(Dose::First, jan, u"智飞"_s), dose(Dose::Second, feb, u"科兴"_s)})
                        .full.isValid());
    }
    SECTION("a booster without a primary series")
    {
        CHECK(milestones({dose(Dose::Booster, dec, u"科兴"_s)}) == VaccinationMilestones{dec, {}, dec});
    }
    SECTION("no doses")
    {
        CHECK(milestones({}) == VaccinationMilestones{});
    }
}

TEST_CASE("writing doses keeps the person's milestones in step", "[vaccination][db]")
{
    test::TempDatabase t;
    QSqlQuery q(t.db.connection());
    REQUIRE(q.exec(u"INSERT INTO company (code, name) VALUES ('KF', '开发公司')"_s));
    Person p;
    p.idNumber = u"320612199001011005"_s;
    p.name = u"张伟"_s;
    p.companyId = 1;
    const qint64 personId = PersonRepository(t.db).insert(p).value();
    const auto stored = [&] {
        QSqlQuery s(t.db.connection());
        s.prepare(u"SELECT first_dose_on, full_on, booster_on FROM person WHERE id = ?"_s);
        s.addBindValue(personId);
        REQUIRE(s.exec());
        REQUIRE(s.next());
        return QStringList{s.value(0).toString(), s.value(1).toString(), s.value(2).toString()};
    };

    Repository<Vaccination> vaccinations(t.db);
    Vaccination first = dose(Dose::First, {2021, 4, 1}, u"科兴"_s);
    first.personId = personId;
    first.companyId = 1;
    first.id = vaccinations.insert(first).value();
    CHECK(stored() == QStringList{u"2021-04-01"_s, QString(), QString()});

    Vaccination second = dose(Dose::Second, {2021, 5, 1}, u"科兴"_s);
    second.personId = personId;
    second.companyId = 1;
    second.id = vaccinations.insert(second).value();
    CHECK(stored() == QStringList{u"2021-04-01"_s, u"2021-05-01"_s, QString()});

    first.manufacturer = u"智飞"_s; // now three are needed
    REQUIRE(vaccinations.update(first).ok());
    CHECK(stored() == QStringList{u"2021-04-01"_s, QString(), QString()});

    REQUIRE(vaccinations.remove(first.id).ok());
    // Only 第二针 by 科兴 is left: the earliest primary dose decides (2 needed).
    CHECK(stored() == QStringList{u"2021-05-01"_s, QString(), QString()});
}

TEST_CASE("a refresh of the persons a write named gives each the milestones of their doses", "[vaccination][db]")
{
    test::TempDatabase t;
    QSqlQuery q(t.db.connection());
    REQUIRE(q.exec(u"INSERT INTO company (code, name) VALUES ('KF', '开发公司')"_s));
    // As many persons as a large file names, each with a first 科兴 dose
    // on 04-01, the even ones a second on 05-01 (科兴 needs two), written
    // past the repository so that their milestones are not yet kept.
    const int persons = GENERATE(2, 6000);
    REQUIRE(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                   u" INSERT INTO person (id_number, name, company_id)"
                   u" SELECT '3206121990' || (10000000 + i), '员工' || i, 1 FROM n"_s
                       .arg(persons)));
    REQUIRE(q.exec(u"INSERT INTO vaccination (person_id, company_id, dose, vaccinated_on, manufacturer)"
                   u" SELECT id, 1, 'first', '2021-04-01', '科兴' FROM person"_s));
    REQUIRE(q.exec(u"INSERT INTO vaccination (person_id, company_id, dose, vaccinated_on, manufacturer)"
                   u" SELECT id, 1, 'second', '2021-05-01', '科兴' FROM person WHERE id % 2 = 0"_s));
    REQUIRE(q.exec(u"SELECT id FROM person ORDER BY id"_s));
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    REQUIRE(ids.size() == persons);

    REQUIRE(VaccinationStatus::refresh(t.db, ids).ok());

    REQUIRE(q.exec(u"SELECT count(*) FROM person WHERE first_dose_on = '2021-04-01' AND booster_on IS NULL"
                   u" AND ((id % 2 = 0 AND full_on = '2021-05-01') OR (id % 2 = 1 AND full_on IS NULL))"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == persons);
}
