// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"
#include "testdb.h"
#include "core/validation/idnumber.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// The demo's last day, and the days counted back from it by hand.
const QDate kToday(2022, 3, 15);
const QString kFirstDay = u"2022-02-14"_s;     // 29 days before
const QString kPositiveDay = u"2022-03-05"_s;  // 10 days before

DemoGenerator::Options demoOptions(quint32 seed = 20220315)
{
    DemoGenerator::Options options;
    options.today = kToday;
    options.seed = seed;
    return options;
}

void generateDemo(Database &db, const DemoGenerator::Options &options = demoOptions())
{
    const Status status = DemoGenerator(db).generate(options);
    INFO((status.ok() ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
}

// Every row of `sql`, its columns joined by '|'.
QStringList rows(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    QStringList result;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns << query.value(i).toString();
        result << columns.join(u'|');
    }
    return result;
}

qint64 number(Database &db, const QString &sql)
{
    const QStringList result = rows(db, sql);
    REQUIRE(result.size() == 1);
    return result.front().toLongLong();
}

QByteArray checksum(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : {u"company"_s, u"company_alias"_s, u"person"_s, u"nucleic_test"_s, u"vaccination"_s,
                                 u"volunteer_shift"_s, u"inspection"_s, u"finding"_s, u"daily_report"_s}) {
        for (const QString &row : rows(db, u"SELECT * FROM %1 ORDER BY id"_s.arg(table)))
            hash.addData((table + u':' + row + u'\n').toUtf8());
    }
    return hash.result().toHex();
}

} // namespace

TEST_CASE("Demo data fills an empty database with the group's companies", "[demo]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::isEmpty(t.db));
    generateDemo(t.db);
    CHECK_FALSE(DemoGenerator::isEmpty(t.db));

    // As in shared/samples/companies.csv: code, name, parent, reports daily.
    const QStringList expected{
        u"YH|沿海集团||0"_s,      u"KF|开发公司|YH|1"_s, u"WY|物业公司|KF|1"_s, u"SW|海润水务公司|KF|1"_s,
        u"CY|产业公司|YH|1"_s,    u"SH|盛和公司|YH|1"_s, u"HT|海通公司|YH|1"_s, u"BJ|滨江公司|YH|1"_s,
        u"TL|铁路公司|YH|1"_s,    u"RC|人才事务所|YH|1"_s,
    };
    CHECK(rows(t.db, u"SELECT c.code, c.name, coalesce(p.code, ''), c.reports_daily FROM company c "
                     u"LEFT JOIN company p ON p.id = c.parent_id ORDER BY c.id"_s)
          == expected);

    const QRegularExpression mobile(u"^1[3-9][0-9]{9}$"_s);
    for (const QString &row : rows(t.db, u"SELECT contact_person, contact_phone FROM company"_s)) {
        const QStringList columns = row.split(u'|');
        CHECK(columns[0].size() >= 2);
        CHECK(mobile.match(columns[1]).hasMatch());
    }
    CHECK(rows(t.db, u"SELECT c.code FROM company_alias a JOIN company c ON c.id = a.company_id "
                     u"WHERE a.alias IN ('海润水务', '人才所') ORDER BY c.code"_s)
          == QStringList{u"RC"_s, u"SW"_s});
    CHECK(number(t.db, u"SELECT count(DISTINCT company_id) FROM company_alias"_s) == 10);

    const qint64 roster = number(t.db, u"SELECT count(*) FROM person WHERE category <> 'external'"_s);
    CHECK(roster >= 2900);
    CHECK(roster <= 3100);
    const qint64 externals = number(t.db, u"SELECT count(*) FROM person WHERE category = 'external'"_s);
    CHECK(externals >= 40);
    CHECK(externals <= 60);
    // External persons appear in tests only.
    CHECK(number(t.db, u"SELECT count(*) FROM person p WHERE p.category = 'external' AND (EXISTS (SELECT 1 FROM "
                       u"vaccination v WHERE v.person_id = p.id) OR EXISTS (SELECT 1 FROM volunteer_shift s "
                       u"WHERE s.person_id = p.id))"_s)
          == 0);
    CHECK(number(t.db, u"SELECT count(DISTINCT t.person_id) FROM nucleic_test t JOIN person p ON p.id = t.person_id "
                       u"WHERE p.category = 'external'"_s)
          > externals / 2);
    CHECK(rows(t.db, u"PRAGMA foreign_key_check"_s).isEmpty());
    CHECK(number(t.db, u"SELECT count(*) FROM person WHERE batch_id IS NOT NULL"_s) == 0);
}

TEST_CASE("Every demo person has a valid, unique ID number", "[demo]")
{
    test::TempDatabase t;
    generateDemo(t.db);
    int checked = 0;
    for (const QString &row : rows(t.db, u"SELECT id_number, gender FROM person"_s)) {
        const QStringList columns = row.split(u'|');
        const QString &idNumber = columns[0];
        INFO(idNumber.toStdString());
        CHECK(IdNumber::isValid(idNumber));
        // The 17th character is odd for men, even for women.
        const bool odd = (idNumber.at(16).unicode() - u'0') % 2 == 1;
        CHECK(columns[1] == (odd ? u"male"_s : u"female"_s));
        const int born = QStringView(idNumber).mid(6, 4).toInt();
        CHECK(born >= 1960);
        CHECK(born <= 2003);
        ++checked;
    }
    CHECK(checked > 3000);
    CHECK(number(t.db, u"SELECT count(*) - count(DISTINCT id_number) FROM person"_s) == 0);
}

TEST_CASE("Demo generation refuses a database that is not empty", "[demo]")
{
    test::TempDatabase t;
    SECTION("a company of its own")
    {
        QSqlQuery query(t.db.connection());
        REQUIRE(query.exec(u"INSERT INTO company (code, name) VALUES ('X', '某公司')"_s));
    }
    SECTION("a second run")
    {
        generateDemo(t.db);
    }
    const QByteArray before = checksum(t.db);
    REQUIRE_FALSE(DemoGenerator::isEmpty(t.db));
    const Status status = DemoGenerator(t.db).generate(demoOptions(7));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Invalid);
    CHECK_FALSE(status.error().message.isEmpty());
    CHECK(checksum(t.db) == before);
}

TEST_CASE("Today at least one unit has not reported", "[demo]")
{
    test::TempDatabase t;
    generateDemo(t.db);
    const qint64 missing = number(t.db, u"SELECT count(*) FROM company c WHERE c.reports_daily = 1 AND NOT EXISTS "
                                        u"(SELECT 1 FROM daily_report r WHERE r.company_id = c.id "
                                        u"AND r.report_date = '2022-03-15')"_s);
    CHECK(missing >= 1);
    CHECK(missing <= 4);
    CHECK(number(t.db, u"SELECT count(*) FROM daily_report r JOIN company c ON c.id = r.company_id "
                       u"WHERE c.reports_daily = 0"_s)
          == 0);
    // Evening editions every day (about 9 of 9 units), morning editions today only.
    CHECK(rows(t.db, u"SELECT min(report_date), max(report_date), count(DISTINCT report_date) FROM daily_report"_s)
          == QStringList{kFirstDay + u"|2022-03-15|30"_s});
    const qint64 evenings = number(t.db, u"SELECT count(*) FROM daily_report WHERE edition = 'evening'"_s);
    CHECK(evenings >= 30 * 9 * 8 / 10);
    CHECK(evenings < 30 * 9);
    CHECK(number(t.db, u"SELECT count(*) FROM daily_report WHERE edition = 'morning' "
                       u"AND report_date <> '2022-03-15'"_s)
          == 0);
    CHECK(number(t.db, u"SELECT count(*) FROM daily_report WHERE edition = 'morning'"_s) >= 1);
}

TEST_CASE("The demo data has exactly one positive test", "[demo]")
{
    test::TempDatabase t;
    generateDemo(t.db);
    CHECK(rows(t.db, u"SELECT c.code, t.sampled_on FROM nucleic_test t JOIN company c ON c.id = t.company_id "
                     u"WHERE t.result <> 'negative'"_s)
          == QStringList{u"HT|"_s + kPositiveDay});
    // A few hundred tests a day, every day of the window.
    CHECK(rows(t.db, u"SELECT min(sampled_on), max(sampled_on), count(DISTINCT sampled_on) FROM nucleic_test"_s)
          == QStringList{kFirstDay + u"|2022-03-15|30"_s});
    CHECK(number(t.db, u"SELECT min(n) FROM (SELECT count(*) AS n FROM nucleic_test GROUP BY sampled_on)"_s) >= 200);
    CHECK(number(t.db, u"SELECT max(n) FROM (SELECT count(*) AS n FROM nucleic_test GROUP BY sampled_on)"_s) <= 450);
    // The tests the database keeps per day and company for the figures are
    // a full count of them: no group differs, and every test is in one.
    CHECK(number(t.db, u"SELECT count(*) FROM nucleic_test_day_count k WHERE k.tests <> (SELECT count(*)"
                       u" FROM nucleic_test t WHERE t.sampled_on = k.sampled_on AND t.company_id = k.company_id)"_s)
          == 0);
    CHECK(number(t.db, u"SELECT sum(tests) FROM nucleic_test_day_count"_s)
          == number(t.db, u"SELECT count(*) FROM nucleic_test"_s));
    // Tests are of persons on the roster that day (or external).
    CHECK(number(t.db, u"SELECT count(*) FROM nucleic_test t JOIN person p ON p.id = t.person_id "
                       u"WHERE p.category <> 'external' AND ((p.joined_on IS NOT NULL AND p.joined_on > t.sampled_on) "
                       u"OR (p.left_on IS NOT NULL AND p.left_on <= t.sampled_on))"_s)
          == 0);
}

TEST_CASE("Demo data is deterministic", "[demo]")
{
    test::TempDatabase first;
    test::TempDatabase second;
    test::TempDatabase other;
    generateDemo(first.db);
    generateDemo(second.db);
    generateDemo(other.db, demoOptions(42));
    const QString counts = u"SELECT (SELECT count(*) FROM person), (SELECT sum(id) FROM nucleic_test), "
                           u"(SELECT count(*) FROM vaccination), (SELECT count(*) FROM daily_report)"_s;
    CHECK(rows(first.db, counts) == rows(second.db, counts));
    CHECK(checksum(first.db) == checksum(second.db));
    CHECK(checksum(first.db) != checksum(other.db));
}

TEST_CASE("Every demo daily report's zero flag matches its anomalies", "[demo]")
{
    test::TempDatabase t;
    generateDemo(t.db);
    // DOMAIN.md's rule, written out here rather than asked of the code that
    // set the flag: empty, 无, 无异常 or none, in any case, blanks around
    // ignored.
    const QStringList zeroTexts{u""_s, u"无"_s, u"无异常"_s, u"none"_s};
    const auto isZero = [&zeroTexts](const QString &text) {
        return zeroTexts.contains(text.trimmed(), Qt::CaseInsensitive);
    };
    int zero = 0;
    int other = 0;
    for (const QString &row : rows(t.db, u"SELECT zero_report, anomalies FROM daily_report"_s)) {
        const qsizetype bar = row.indexOf(u'|');
        const QString anomalies = row.mid(bar + 1);
        INFO(anomalies.toStdString());
        const QString flag = row.left(bar);
        REQUIRE((flag == u"0"_s || flag == u"1"_s));
        const bool flagged = flag == u"1"_s;
        CHECK(flagged == isZero(anomalies));
        ++(flagged ? zero : other);
    }
    CHECK(zero > other * 3); // most units have nothing to report
    CHECK(other > 0);
}

TEST_CASE("Demo vaccinations, shifts and inspections follow the domain's rules", "[demo]")
{
    test::TempDatabase t;
    std::vector<int> seen;
    DemoGenerator::Options options = demoOptions();
    options.progress = [&seen](int percent) { seen.push_back(percent); };
    generateDemo(t.db, options);
    REQUIRE_FALSE(seen.empty());
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.back() == 100);

    // No more primary doses than the first dose's maker needs (DOMAIN.md).
    CHECK(number(t.db, u"SELECT count(*) FROM vaccination WHERE (dose = 'third' AND manufacturer <> '智飞') "
                       u"OR (dose = 'second' AND manufacturer = '康希诺')"_s)
          == 0);
    CHECK(number(t.db, u"SELECT count(*) FROM vaccination WHERE vaccinated_on NOT LIKE '2021-__-__'"_s) == 0);
    // The persons' derived milestones agree with their doses.
    CHECK(number(t.db, u"SELECT count(*) FROM person p WHERE p.first_dose_on IS NOT "
                       u"(SELECT min(v.vaccinated_on) FROM vaccination v WHERE v.person_id = p.id)"_s)
          == 0);
    CHECK(number(t.db, u"SELECT count(*) FROM person p WHERE p.booster_on IS NOT (SELECT min(v.vaccinated_on) "
                       u"FROM vaccination v WHERE v.person_id = p.id AND v.dose = 'booster')"_s)
          == 0);
    const qint64 vaccinated = number(t.db, u"SELECT count(DISTINCT person_id) FROM vaccination"_s);
    const qint64 boosted = number(t.db, u"SELECT count(*) FROM vaccination WHERE dose = 'booster'"_s);
    CHECK(vaccinated > 2500);
    CHECK(boosted * 10 > vaccinated * 5);
    CHECK(boosted * 10 < vaccinated * 7);
    const qint64 party = number(t.db, u"SELECT count(*) FROM person WHERE party_member = 1"_s);
    CHECK(party * 100 > 3000 * 25);
    CHECK(party * 100 < 3000 * 35);
    CHECK(number(t.db, u"SELECT count(*) FROM person WHERE exempt_from IS NOT NULL"_s) > 0);

    CHECK(number(t.db, u"SELECT count(*) FROM volunteer_shift WHERE team NOT IN ('党员志愿者', '青年突击队') "
                       u"OR end_at <> strftime('%Y-%m-%d %H:%M', start_at, '+4 hours')"_s)
          == 0);
    CHECK(number(t.db, u"SELECT count(*) FROM volunteer_shift"_s) >= 30 * 3);

    const QRegularExpression code(u"^JC[0-9]{8}-[0-9]{2}$"_s);
    for (const QString &row : rows(t.db, u"SELECT code FROM inspection"_s))
        CHECK(code.match(row).hasMatch());
    CHECK(number(t.db, u"SELECT count(*) FROM inspection"_s) >= 4);
    CHECK(number(t.db, u"SELECT count(DISTINCT method) FROM inspection"_s) == 3);
    CHECK(number(t.db, u"SELECT count(*) FROM finding f JOIN inspection i ON i.id = f.inspection_id "
                       u"WHERE f.deadline <> date(i.inspected_on, '+7 days') "
                       u"OR (f.status = 'rectified') <> (f.rectified_on IS NOT NULL) "
                       u"OR f.rectified_on < i.inspected_on OR f.rectified_on > '2022-03-15'"_s)
          == 0);
    CHECK(number(t.db, u"SELECT max(n) FROM (SELECT count(*) AS n FROM finding GROUP BY inspection_id)"_s) <= 4);
    CHECK(number(t.db, u"SELECT count(*) FROM finding WHERE status = 'open' AND deadline < '2022-03-15'"_s) >= 1);
    CHECK(number(t.db, u"SELECT count(*) FROM finding WHERE status = 'rectified'"_s) >= 1);
}
