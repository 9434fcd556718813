// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"

#include "db/database.h"
#include "demo/demodata.h"
#include "model/dailyreport.h"
#include "model/enums.h"
#include "validation/idnumber.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Julian days standing for "no date": joined since always, never left.
constexpr qint64 kAlways = std::numeric_limits<qint64>::min();
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

constexpr int kCompanies = int(DemoData::companies.size());

struct Scale
{
    int persons;
    int externals;
    int days;
    int tests;            // over the whole window; 0 for a few hundred a day
    int volunteers;       // the pool the shifts are drawn from
    int shiftsMin;        // per day, [min, max)
    int shiftsMax;
    int inspectionsWeekly;
};

constexpr Scale kNormal{3'000, 50, 30, 0, 150, 3, 8, 2};
constexpr Scale kLarge{200'000, 2'000, 60, 1'000'000, 8'000, 300, 367, 58};

struct DemoPerson
{
    qint64 id = 0;
    int company = 0; // index into DemoData::companies
    qint64 joined = kAlways;
    qint64 left = kNever;
    bool external = false;
    bool party = false;
    bool young = false; // born 1987 or later: the youth commando team's age
    bool exempt = false;

    // On the roster on `day`: joined on or before it, not left on or before it.
    bool activeOn(qint64 day) const { return !external && joined <= day && day < left; }
};

struct TestRow
{
    int person;
    int day;
    int site;
    int lab;
    bool positive;
};

QVariant dateValue(qint64 julianDay)
{
    if (julianDay == kAlways || julianDay == kNever)
        return {};
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

// Writes the rows of one table through multi-row INSERT statements with
// bound values: a few statements stepped instead of one per row make a large
// load several times faster.
class RowWriter
{
public:
    static constexpr qsizetype kRowsPerStatement = 64;

    RowWriter(Database &db, const QString &table, const QStringList &columns)
        : m_db(db), m_full(db.connection()), m_columns(columns.size()),
          m_head(u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s)))
    {
        m_pending.reserve(std::size_t(kRowsPerStatement * m_columns));
    }

    Status add(std::initializer_list<QVariant> row)
    {
        Q_ASSERT(qsizetype(row.size()) == m_columns);
        m_pending.insert(m_pending.end(), row);
        return qsizetype(m_pending.size()) < kRowsPerStatement * m_columns ? Status() : flush();
    }

    // Writes what add() has kept back.
    Status flush()
    {
        const qsizetype rows = qsizetype(m_pending.size()) / m_columns;
        if (rows == 0)
            return {};
        QSqlQuery partial(m_db.connection());
        QSqlQuery &query = rows == kRowsPerStatement ? m_full : partial;
        if (&query == &partial || !m_prepared) {
            const QString tuple = u"(?"_s + u", ?"_s.repeated(m_columns - 1) + u')';
            if (!query.prepare(m_head + QStringList(rows, tuple).join(u", "_s)))
                return m_db.errorFrom(query);
            m_prepared = m_prepared || &query == &m_full;
        }
        for (std::size_t i = 0; i < m_pending.size(); ++i)
            query.bindValue(int(i), m_pending[i]);
        m_pending.clear();
        if (!query.exec())
            return m_db.errorFrom(query);
        return {};
    }

private:
    Database &m_db;
    QSqlQuery m_full;
    bool m_prepared = false;
    qsizetype m_columns;
    QString m_head;
    std::vector<QVariant> m_pending;
};

int companyIndex(QStringView code)
{
    for (int i = 0; i < kCompanies; ++i)
        if (DemoData::companies[i].code == code)
            return i;
    return -1;
}

// One run of the generator: the random source, the prepared statements'
// shared values and what later tables need to know of earlier ones.
class Loader
{
public:
    Loader(Database &db, const DemoGenerator::Options &options);
    Status run();

private:
    Status load();
    Status insertCompanies();
    Status insertPersons();
    Status insertVaccinations();
    Status insertTests();
    Status insertShifts();
    Status insertInspections();
    Status insertReports();

    int pick(int bound) { return m_rng.bounded(bound); }
    bool chance(int percent) { return pick(100) < percent; }
    template <std::size_t N>
    QString any(const std::array<QStringView, N> &list)
    {
        return list[pick(int(N))].toString();
    }
    // Draws `count` distinct elements to the front of `items`.
    void shuffleFront(std::vector<int> &items, int count);
    QString personName(bool male);
    QString mobile();
    QString idNumber(const QDate &birth, bool male);
    Status prepare(QSqlQuery &query, const QString &sql);
    void progress(int percent);
    void progress(int from, int to, qint64 done, qint64 total);

    Database &m_db;
    const DemoGenerator::Options &m_options;
    const Scale m_scale;
    QRandomGenerator m_rng;
    const qint64 m_today;
    const qint64 m_first;       // julian day of the window's first day
    const int m_positiveDay;    // window day of the one positive test
    const int m_positiveCompany;
    std::vector<QVariant> m_days; // ISO text of each day of the window
    std::vector<qint64> m_companyIds;
    std::vector<DemoPerson> m_persons;
    QSet<QString> m_idNumbers;
    std::vector<int> m_active; // roster size per [day * kCompanies + company]
    std::vector<int> m_tested; // test records per [day * kCompanies + company]
    int m_percent = -1;
};

Loader::Loader(Database &db, const DemoGenerator::Options &options)
    : m_db(db),
      m_options(options),
      m_scale(options.large ? kLarge : kNormal),
      m_rng(options.seed),
      m_today(options.today.toJulianDay()),
      m_first(m_today - m_scale.days + 1),
      m_positiveDay(m_scale.days - 11),
      m_positiveCompany(companyIndex(u"HT"))
{
    for (int day = 0; day < m_scale.days; ++day)
        m_days.emplace_back(QDate::fromJulianDay(m_first + day).toString(Qt::ISODate));
}

Status Loader::run()
{
    // Nothing is durable until the commit anyway; skipping the syncs makes a
    // large load several times faster.
    QSqlQuery pragma(m_db.connection());
    int synchronous = 2;
    if (pragma.exec(u"PRAGMA synchronous"_s) && pragma.next())
        synchronous = pragma.value(0).toInt();
    pragma.finish();
    int cacheSize = -2000;
    if (pragma.exec(u"PRAGMA cache_size"_s) && pragma.next())
        cacheSize = pragma.value(0).toInt();
    pragma.finish();
    pragma.exec(u"PRAGMA synchronous = OFF"_s);
    pragma.exec(u"PRAGMA cache_size = -262144"_s);
    if (qEnvironmentVariableIsSet("XFK")) pragma.exec(u"PRAGMA foreign_keys = OFF"_s);
    if (qEnvironmentVariableIsSet("XTS")) pragma.exec(u"PRAGMA temp_store = MEMORY"_s);
    const Status status = load();
    pragma.exec(u"PRAGMA foreign_keys = ON"_s);
    pragma.exec(u"PRAGMA synchronous = %1"_s.arg(synchronous));
    pragma.exec(u"PRAGMA cache_size = %1"_s.arg(cacheSize));
    if (status) {
        // Give the write-ahead log back to the file system.
        pragma.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        pragma.finish();
        progress(100);
    }
    return status;
}

Status Loader::load()
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return m_db.errorFrom(m_db.connection().lastError());
    // Secondary indexes are built faster once, after the rows, than row by
    // row: drop them and create them again exactly as the schema has them.
    QSqlQuery query(m_db.connection());
    QStringList indexes;
    if (!query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    u"ORDER BY name"_s))
        return m_db.errorFrom(query);
    while (query.next())
        indexes << query.value(1).toString();
    query.finish();
    if (m_options.large) {
        if (!query.exec(u"SELECT 'DROP INDEX ' || quote(name) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"_s))
            return m_db.errorFrom(query);
        QStringList drops;
        while (query.next())
            drops << query.value(0).toString();
        for (const QString &drop : drops)
            if (!query.exec(drop))
                return m_db.errorFrom(query);
    }
    for (auto step : {&Loader::insertCompanies, &Loader::insertPersons, &Loader::insertVaccinations,
                      &Loader::insertTests, &Loader::insertShifts, &Loader::insertInspections,
                      &Loader::insertReports}) {
        if (Status status = (this->*step)(); !status)
            return status;
    }
    if (m_options.large)
        for (const QString &create : indexes)
            if (!query.exec(create))
                return m_db.errorFrom(query);
    return transaction.commit();
}

void Loader::shuffleFront(std::vector<int> &items, int count)
{
    const int size = int(items.size());
    for (int i = 0; i < count && i < size - 1; ++i)
        std::swap(items[i], items[i + pick(size - i)]);
}

QString Loader::personName(bool male)
{
    const QStringView surnames = DemoData::surnames;
    const QStringView given = male ? DemoData::maleGiven : DemoData::femaleGiven;
    // Picking below a random bound favours the common surnames at the front.
    QString name(surnames.at(pick(pick(int(surnames.size())) + 1)));
    name += given.at(pick(int(given.size())));
    if (chance(70))
        name += given.at(pick(int(given.size())));
    return name;
}

QString Loader::mobile()
{
    const QString prefix = any(DemoData::mobilePrefixes);
    return prefix + u"%1"_s.arg(pick(100'000'000), 8, 10, QChar(u'0'));
}

QString Loader::idNumber(const QDate &birth, bool male)
{
    const QString region = any(DemoData::regions);
    const QString date = birth.toString(u"yyyyMMdd"_s);
    for (;;) {
        // Digits 15-16 number the registration office; digit 17 is odd for men.
        // (Separate statements: the order of the draws must not depend on the compiler.)
        const QString office = u"%1"_s.arg(pick(100), 2, 10, QChar(u'0'));
        const QString first17 = region + date + office + QString::number(2 * pick(5) + (male ? 1 : 0));
        QString number = first17 + IdNumber::checkCharacter(first17);
        if (!m_idNumbers.contains(number)) {
            m_idNumbers.insert(number);
            return number;
        }
    }
}

Status Loader::prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return m_db.errorFrom(query);
    return {};
}

void Loader::progress(int percent)
{
    if (percent <= m_percent)
        return;
    m_percent = percent;
    if (m_options.progress)
        m_options.progress(percent);
}

void Loader::progress(int from, int to, qint64 done, qint64 total)
{
    if (total > 0)
        progress(from + int((to - from) * done / total));
}

Status Loader::insertCompanies()
{
    QSqlQuery company(m_db.connection());
    QSqlQuery alias(m_db.connection());
    if (Status status = prepare(company, u"INSERT INTO company (code, name, parent_id, reports_daily, "
                                          u"contact_person, contact_phone) VALUES (?, ?, ?, ?, ?, ?)"_s);
        !status)
        return status;
    if (Status status = prepare(alias, u"INSERT INTO company_alias (company_id, alias) VALUES (?, ?)"_s); !status)
        return status;
    for (const DemoData::CompanySeed &seed : DemoData::companies) {
        const bool root = seed.parentCode.isEmpty();
        // Headquarters receives the reports; it sends none.
        if (!exec(company, {seed.code.toString(), seed.name.toString(),
                            root ? QVariant() : QVariant(m_companyIds[companyIndex(seed.parentCode)]), root ? 0 : 1,
                            personName(chance(50)), mobile()}))
            return m_db.errorFrom(company);
        m_companyIds.push_back(company.lastInsertId().toLongLong());
        if (!exec(alias, {m_companyIds.back(), seed.alias.toString()}))
            return m_db.errorFrom(alias);
    }
    progress(1);
    return {};
}

Status Loader::insertPersons()
{
    QSqlQuery query(m_db.connection());
    if (Status status = prepare(query, u"INSERT INTO person (id_number, name, company_id, department, gender, "
                                       u"phone, position, party_member, category, joined_on, left_on, "
                                       u"exempt_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        !status)
        return status;

    // Head counts in proportion to the weights; the rest round-robin.
    std::vector<int> counts(kCompanies);
    int weights = 0;
    for (const auto &seed : DemoData::companies)
        weights += seed.weight;
    int assigned = 0;
    for (int c = 0; c < kCompanies; ++c)
        assigned += counts[c] = int(qint64(m_scale.persons) * DemoData::companies[c].weight / weights);
    for (int c = 1; assigned < m_scale.persons; ++assigned, c = c % (kCompanies - 1) + 1)
        ++counts[c];
    m_persons.reserve(std::size_t(m_scale.persons + m_scale.externals));
    m_idNumbers.reserve(m_scale.persons + m_scale.externals);

    const qint64 bornFirst = QDate(1960, 1, 1).toJulianDay();
    const int bornSpan = int(QDate(2003, 12, 31).toJulianDay() - bornFirst + 1);
    const qint64 hiredFirst = QDate(1990, 1, 1).toJulianDay();
    const qint64 exemptFirst = QDate(2021, 1, 1).toJulianDay();
    const QString male = toCode(Gender::Male);
    const QString female = toCode(Gender::Female);
    const qint64 total = qint64(m_scale.persons) + m_scale.externals;

    // Companies in order, so that a company's persons have neighbouring ids;
    // the external persons (contractors' workers seen only in tests) last.
    std::vector<int> order;
    for (int c = 0; c < kCompanies; ++c)
        order.insert(order.end(), std::size_t(counts[c]), c);
    for (std::size_t i = 0; i < std::size_t(m_scale.persons + m_scale.externals); ++i) {
        DemoPerson person;
        person.external = i >= std::size_t(m_scale.persons);
        person.company = person.external ? 1 + pick(kCompanies - 1) : order[i];
        const bool isMale = chance(52);
        const QDate birth = QDate::fromJulianDay(bornFirst + pick(bornSpan));
        person.young = birth.year() >= 1987;

        PersonCategory category = PersonCategory::External;
        QString department = u""_s; // empty, not NULL
        QString position = u""_s;
        if (!person.external) {
            const int r = pick(100);
            category = r < 80 ? PersonCategory::Staff
                : r < 89      ? PersonCategory::Dispatched
                : r < 96      ? PersonCategory::Outsourced
                              : PersonCategory::Family;
            person.party = chance(category == PersonCategory::Staff ? 35 : 10);
            if (category != PersonCategory::Family) {
                department = any(DemoData::departments);
                position = any(DemoData::positions);
                if (!chance(3)) {
                    const qint64 upper = m_today - 31;
                    const qint64 lower = std::min(upper, std::max(hiredFirst, birth.addYears(18).toJulianDay()));
                    person.joined = lower + pick(int(upper - lower + 1));
                }
                const int turnover = pick(1000);
                if (turnover < 6)
                    person.joined = m_today - pick(30);
                else if (turnover < 12)
                    person.left = m_today - pick(30);
            }
            person.exempt = pick(100) == 0;
        }

        if (!exec(query, {idNumber(birth, isMale), personName(isMale), m_companyIds[person.company], department,
                          isMale ? male : female, mobile(), position, person.party ? 1 : 0, toCode(category),
                          dateValue(person.joined), dateValue(person.left),
                          person.exempt ? dateValue(exemptFirst + pick(365)) : QVariant()}))
            return m_db.errorFrom(query);
        person.id = query.lastInsertId().toLongLong();
        m_persons.push_back(person);
        if (i % 1024 == 0)
            progress(1, 15, qint64(i), total);
    }
    return {};
}

Status Loader::insertVaccinations()
{
    QSqlQuery query(m_db.connection());
    if (Status status = prepare(query, u"INSERT INTO vaccination (person_id, company_id, dose, vaccinated_on, "
                                       u"manufacturer, place) VALUES (?, ?, ?, ?, ?, ?)"_s);
        !status)
        return status;
    const std::array<QVariant, 4> doses{toCode(Dose::First), toCode(Dose::Second), toCode(Dose::Third),
                                        toCode(Dose::Booster)};
    const qint64 campaignFirst = QDate(2021, 2, 1).toJulianDay();
    const qint64 boosterFirst = QDate(2021, 10, 1).toJulianDay();
    const qint64 yearLast = QDate(2021, 12, 31).toJulianDay();

    for (std::size_t i = 0; i < m_persons.size(); ++i) {
        const DemoPerson &person = m_persons[i];
        if (i % 1024 == 0)
            progress(15, 30, qint64(i), qint64(m_persons.size()));
        if (person.external || person.exempt || !chance(93))
            continue;
        int r = pick(100);
        const DemoData::Vaccine *vaccine = &DemoData::vaccines.front();
        for (const DemoData::Vaccine &candidate : DemoData::vaccines) {
            vaccine = &candidate;
            if ((r -= candidate.weight) < 0)
                break;
        }
        int count = vaccine->primaryDoses;
        if (count > 1 && chance(6))
            count = 1 + pick(count - 1); // stopped before the series was complete
        const QString place = any(DemoData::vaccinationPlaces);
        const QString manufacturer = vaccine->manufacturer.toString();
        // First doses by June, then 3-5 and 4-6 weeks apart: a booster 90
        // days after the last primary dose still falls in 2021.
        qint64 day = campaignFirst + pick(150);
        auto insert = [&](int dose, qint64 on) {
            return exec(query, {person.id, m_companyIds[person.company], doses[dose], dateValue(on), manufacturer, place});
        };
        for (int dose = 0; dose < count; ++dose) {
            if (dose > 0)
                day += dose == 1 ? 21 + pick(15) : 28 + pick(15);
            if (!insert(dose, day))
                return m_db.errorFrom(query);
        }
        if (count == vaccine->primaryDoses && chance(65)) {
            const qint64 lower = std::max(day + 90, boosterFirst);
            if (!insert(3, lower + pick(int(yearLast - lower + 1))))
                return m_db.errorFrom(query);
        }
    }
    return {};
}

Status Loader::insertTests()
{
    const std::size_t cells = std::size_t(m_scale.days) * kCompanies;
    m_active.assign(cells, 0);
    m_tested.assign(cells, 0);
    std::vector<int> externals;
    for (int i = 0; i < int(m_persons.size()); ++i)
        if (m_persons[i].external)
            externals.push_back(i);

    std::vector<TestRow> rows;
    rows.reserve(std::size_t(m_scale.tests > 0 ? m_scale.tests : 350 * m_scale.days));
    std::vector<int> pool;
    pool.reserve(m_persons.size());
    for (int day = 0; day < m_scale.days; ++day) {
        pool.clear();
        for (int i = 0; i < int(m_persons.size()); ++i) {
            if (m_persons[i].activeOn(m_first + day)) {
                pool.push_back(i);
                ++m_active[std::size_t(day * kCompanies + m_persons[i].company)];
            }
        }
        const int target = m_scale.tests > 0
            ? m_scale.tests / m_scale.days + (day < m_scale.tests % m_scale.days ? 1 : 0)
            : 250 + pick(101);
        std::vector<int> chosen;
        for (int external : externals)
            if (chance(30))
                chosen.push_back(external);
        const int wanted = std::clamp(target - int(chosen.size()), 0, int(pool.size()));
        shuffleFront(pool, wanted);
        int positive = -1;
        if (day == m_positiveDay && wanted > 0) {
            const auto atPositiveCompany = [&](int i) { return m_persons[i].company == m_positiveCompany; };
            auto found = std::find_if(pool.begin(), pool.end(), atPositiveCompany);
            if (found - pool.begin() >= wanted && found != pool.end()) {
                std::iter_swap(found, pool.begin() + (wanted - 1)); // none drawn: bring one in
                found = pool.begin() + (wanted - 1);
            }
            if (found != pool.end())
                positive = *found;
        }
        chosen.insert(chosen.end(), pool.begin(), pool.begin() + wanted);
        for (int person : chosen) {
            rows.push_back({person, day, pick(int(DemoData::testSites.size())), pick(int(DemoData::labs.size())),
                            person == positive});
            ++m_tested[std::size_t(day * kCompanies + m_persons[person].company)];
        }
        progress(30, 40, day + 1, m_scale.days);
    }
    // In person order the unique index grows at its end instead of all over.
    std::sort(rows.begin(), rows.end(),
              [](const TestRow &a, const TestRow &b) { return std::tie(a.person, a.day) < std::tie(b.person, b.day); });

    QSqlQuery query(m_db.connection());
    if (Status status = prepare(query, u"INSERT INTO nucleic_test (person_id, company_id, sampled_on, site, "
                                       u"result, lab) VALUES (?, ?, ?, ?, ?, ?)"_s);
        !status)
        return status;
    std::vector<QVariant> sites;
    std::vector<QVariant> labs;
    for (QStringView site : DemoData::testSites)
        sites.emplace_back(site.toString());
    for (QStringView lab : DemoData::labs)
        labs.emplace_back(lab.toString());
    const QVariant negative = toCode(TestResult::Negative);
    const QVariant positive = toCode(TestResult::Positive);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TestRow &row = rows[i];
        const DemoPerson &person = m_persons[std::size_t(row.person)];
        if (!exec(query, {person.id, m_companyIds[person.company], m_days[row.day], sites[row.site],
                          row.positive ? positive : negative, labs[row.lab]}))
            return m_db.errorFrom(query);
        if (i % 4096 == 0)
            progress(40, 85, qint64(i), qint64(rows.size()));
    }
    return {};
}

Status Loader::insertShifts()
{
    QSqlQuery query(m_db.connection());
    if (Status status = prepare(query, u"INSERT INTO volunteer_shift (person_id, company_id, team, site, task, "
                                       u"start_at, end_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        !status)
        return status;
    // The same volunteers come back day after day.
    std::vector<int> volunteers;
    for (int i = 0; i < int(m_persons.size()); ++i)
        if (!m_persons[i].external && (m_persons[i].party || m_persons[i].young))
            volunteers.push_back(i);
    shuffleFront(volunteers, m_scale.volunteers);
    volunteers.resize(std::min(volunteers.size(), std::size_t(m_scale.volunteers)));

    for (int day = 0; day < m_scale.days; ++day) {
        const int count = m_scale.shiftsMin + pick(m_scale.shiftsMax - m_scale.shiftsMin);
        shuffleFront(volunteers, count);
        int done = 0;
        for (std::size_t i = 0; i < volunteers.size() && done < count; ++i) {
            const DemoPerson &person = m_persons[std::size_t(volunteers[i])];
            if (!person.activeOn(m_first + day))
                continue;
            const int hour = DemoData::shiftStartHours[std::size_t(pick(int(DemoData::shiftStartHours.size())))];
            const QString date = m_days[day].toString();
            if (!exec(query, {person.id, m_companyIds[person.company],
                              (person.party ? DemoData::partyTeam : DemoData::youthTeam).toString(),
                              any(DemoData::shiftSites), any(DemoData::shiftTasks),
                              u"%1 %2:00"_s.arg(date).arg(hour, 2, 10, QChar(u'0')),
                              u"%1 %2:00"_s.arg(date).arg(hour + 4, 2, 10, QChar(u'0'))}))
                return m_db.errorFrom(query);
            ++done;
        }
    }
    progress(88);
    return {};
}

Status Loader::insertInspections()
{
    QSqlQuery inspection(m_db.connection());
    QSqlQuery finding(m_db.connection());
    if (Status status = prepare(inspection, u"INSERT INTO inspection (code, inspected_on, company_id, method, "
                                            u"inspectors) VALUES (?, ?, ?, ?, ?)"_s);
        !status)
        return status;
    if (Status status = prepare(finding, u"INSERT INTO finding (inspection_id, description, deadline, status, "
                                         u"rectified_on) VALUES (?, ?, ?, ?, ?)"_s);
        !status)
        return status;
    std::vector<int> descriptions(DemoData::findings.size());
    for (std::size_t i = 0; i < descriptions.size(); ++i)
        descriptions[i] = int(i);

    for (int day = 0; day < m_scale.days; ++day) {
        const qint64 on = m_first + day;
        int count = m_scale.inspectionsWeekly / 7 + (pick(7) < m_scale.inspectionsWeekly % 7 ? 1 : 0);
        if (day == 0)
            count = std::max(count, 1); // its first finding stays open: one is always overdue
        for (int number = 1; number <= count; ++number) {
            const int r = pick(10);
            const InspectionMethod method = r < 4 ? InspectionMethod::Unannounced
                : r < 8                          ? InspectionMethod::Regular
                                                 : InspectionMethod::Special;
            QString inspectors = any(DemoData::inspectors);
            if (const QString second = any(DemoData::inspectors); chance(60) && second != inspectors)
                inspectors += u"、"_s + second;
            const QString code = u"JC%1-%2"_s.arg(QDate::fromJulianDay(on).toString(u"yyyyMMdd"_s))
                                     .arg(number, 2, 10, QChar(u'0'));
            if (!exec(inspection, {code, m_days[day], m_companyIds[std::size_t(1 + pick(kCompanies - 1))],
                                   toCode(method), inspectors}))
                return m_db.errorFrom(inspection);
            const qint64 inspectionId = inspection.lastInsertId().toLongLong();

            const int findings = 1 + pick(4);
            const qint64 deadline = on + 7;
            shuffleFront(descriptions, findings);
            for (int f = 0; f < findings; ++f) {
                const bool keepOpen = day == 0 && number == 1 && f == 0;
                const bool rectified = !keepOpen && on < m_today && chance(deadline < m_today ? 75 : 40);
                const qint64 last = std::min(deadline + 3, m_today);
                if (!exec(finding, {inspectionId, DemoData::findings[std::size_t(descriptions[f])].toString(),
                                    dateValue(deadline),
                                    toCode(rectified ? FindingStatus::Rectified : FindingStatus::Open),
                                    rectified ? dateValue(on + 1 + pick(int(last - on))) : QVariant()}))
                    return m_db.errorFrom(finding);
            }
        }
    }
    progress(90);
    return {};
}

Status Loader::insertReports()
{
    QSqlQuery query(m_db.connection());
    if (Status status = prepare(query, u"INSERT INTO daily_report (company_id, report_date, edition, on_duty, "
                                       u"away, arrivals, under_observation, tests_done, anomalies, zero_report) "
                                       u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        !status)
        return status;
    std::vector<int> reporting;
    for (int c = 0; c < kCompanies; ++c)
        if (!DemoData::companies[c].parentCode.isEmpty())
            reporting.push_back(c);
    const QVariant morning = toCode(ReportEdition::Morning);
    const QVariant evening = toCode(ReportEdition::Evening);

    for (int day = 0; day < m_scale.days; ++day) {
        const bool today = day == m_scale.days - 1;
        std::vector<bool> missing(kCompanies, false);
        bool anyMissing = false;
        for (int c : reporting) {
            missing[c] = chance(10) && !(day == m_positiveDay && c == m_positiveCompany);
            anyMissing = anyMissing || missing[c];
        }
        if (today && !anyMissing)
            missing[reporting[std::size_t(pick(int(reporting.size())))]] = true; // someone is always late

        for (int c : reporting) {
            if (missing[c])
                continue;
            const std::size_t cell = std::size_t(day * kCompanies + c);
            const int active = m_active[cell];
            const int tests = m_tested[cell];
            const int away = pick(active / 100 + 4);
            const int arrivals = chance(70) ? 0 : 1 + pick(4);
            int observation = chance(85) ? 0 : 1 + pick(2);
            const int onDuty = std::max(0, active - away - observation - pick(active / 15 + 1));
            const int testsDone = chance(75) ? tests : std::max(0, tests + pick(7) - 3);
            QString anomalies = chance(85) ? any(DemoData::zeroAnomalies) : any(DemoData::anomalies);
            if (day == m_positiveDay && c == m_positiveCompany) {
                anomalies = DemoData::positiveAnomaly.toString();
                observation += 3;
            }
            const bool withMorning = today && chance(85);
            for (int edition = withMorning ? 0 : 1; edition < 2; ++edition) {
                // The morning edition counts the tests of the morning only.
                const QString text = edition == 0 && chance(50) ? any(DemoData::zeroAnomalies) : anomalies;
                if (!exec(query, {m_companyIds[std::size_t(c)], m_days[day], edition == 0 ? morning : evening,
                                  onDuty, away, arrivals, observation,
                                  edition == 0 ? testsDone * (40 + pick(31)) / 100 : testsDone, text,
                                  DailyReport::isZeroText(text) ? 1 : 0}))
                    return m_db.errorFrom(query);
            }
        }
        progress(90, 99, day + 1, m_scale.days);
    }
    return {};
}

} // namespace

DemoGenerator::DemoGenerator(Database &db) : m_db(db) {}

bool DemoGenerator::isEmpty(Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(u"SELECT EXISTS (SELECT 1 FROM company) OR EXISTS (SELECT 1 FROM person)"_s) && query.next()
        && query.value(0).toInt() == 0;
}

Status DemoGenerator::generate(const Options &options)
{
    if (!m_db.isOpen())
        return Error{Error::Kind::Open, QCoreApplication::translate("Demo", "No database is open."), {}};
    if (!options.today.isValid())
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Demo", "The demo data needs a valid date."), {}};
    if (!isEmpty(m_db))
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Demo", "The database already holds companies or persons. Demo data "
                                                         "can only be generated into an empty database."),
                     {}};
    return Loader(m_db, options).run();
}

} // namespace seawall
