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
#include <QStringList>
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

// A person as later tables need to know them; the id is the index + 1.
struct DemoPerson
{
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
    static inline const qsizetype kRowsPerStatement = qEnvironmentVariableIntValue("XROWS") ? qEnvironmentVariableIntValue("XROWS") : 64;

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
        static const bool nobind = qEnvironmentVariableIsSet("XNOBIND");
        static const bool noexec = qEnvironmentVariableIsSet("XNOEXEC");
        if (nobind) { m_pending.clear(); return {}; }
        for (std::size_t i = 0; i < m_pending.size(); ++i)
            query.bindValue(int(i), m_pending[i]);
        m_pending.clear();
        if (noexec) return {};
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

// The ids are chosen here (1, 2, …): the tables are empty, as every one of
// them refers to a company or a person.
qint64 idOf(int index) { return index + 1; }

// One run of the generator: the random source, and what later tables need
// to know of earlier ones.
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
    RowWriter writer(const QString &table, const QStringList &columns) { return {m_db, table, columns}; }
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
    // Nothing is durable before the commit anyway: skipping the syncs and
    // keeping the pages in memory make a large load much faster.
    QSqlQuery pragma(m_db.connection());
    const auto read = [&pragma](const QString &name) {
        const int value = pragma.exec(u"PRAGMA "_s + name) && pragma.next() ? pragma.value(0).toInt() : 0;
        pragma.finish();
        return value;
    };
    const int synchronous = read(u"synchronous"_s);
    const int cacheSize = read(u"cache_size"_s);
    pragma.exec(u"PRAGMA synchronous = OFF"_s);
    if (qEnvironmentVariableIsSet("XTS")) pragma.exec(u"PRAGMA temp_store = MEMORY"_s);
    if (m_options.large)
        pragma.exec(u"PRAGMA cache_size = -262144"_s); // 256 MiB
    const Status status = load();
    pragma.exec(u"PRAGMA synchronous = %1"_s.arg(synchronous));
    pragma.exec(u"PRAGMA cache_size = %1"_s.arg(cacheSize));
    if (status) {
        pragma.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); // give the log back to the file system
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
    QStringList names;
    QStringList indexes;
    const bool rebuild = m_options.large && qEnvironmentVariableIsSet("XIDX");
    if (rebuild) {
        if (!query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"_s))
            return m_db.errorFrom(query);
        while (query.next()) {
            names << query.value(0).toString();
            indexes << query.value(1).toString();
        }
        for (const QString &name : std::as_const(names))
            if (!query.exec(u"DROP INDEX \"%1\""_s.arg(name)))
                return m_db.errorFrom(query);
    }
    for (auto step : {&Loader::insertCompanies, &Loader::insertPersons, &Loader::insertVaccinations,
                      &Loader::insertTests, &Loader::insertShifts, &Loader::insertInspections,
                      &Loader::insertReports}) {
        if (Status status = (this->*step)(); !status)
            return status;
    }
    for (const QString &create : std::as_const(indexes))
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
    // Separate statements: the order of the draws must not depend on the compiler.
    const QString prefix = any(DemoData::mobilePrefixes);
    return prefix + u"%1"_s.arg(pick(100'000'000), 8, 10, QChar(u'0'));
}

QString Loader::idNumber(const QDate &birth, bool male)
{
    const QString region = any(DemoData::regions);
    const QString date = birth.toString(u"yyyyMMdd"_s);
    for (;;) {
        // Digits 15-16 number the registration office; digit 17 is odd for men.
        const QString office = u"%1"_s.arg(pick(100), 2, 10, QChar(u'0'));
        const QString first17 = region + date + office + QString::number(2 * pick(5) + (male ? 1 : 0));
        QString number = first17 + IdNumber::checkCharacter(first17);
        if (!m_idNumbers.contains(number)) {
            m_idNumbers.insert(number);
            return number;
        }
    }
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
    RowWriter companies = writer(u"company"_s, {u"id"_s, u"code"_s, u"name"_s, u"parent_id"_s, u"reports_daily"_s,
                                                u"contact_person"_s, u"contact_phone"_s});
    RowWriter aliases = writer(u"company_alias"_s, {u"company_id"_s, u"alias"_s});
    for (int c = 0; c < kCompanies; ++c) {
        const DemoData::CompanySeed &seed = DemoData::companies[c];
        const bool root = seed.parentCode.isEmpty();
        // Parents come first; headquarters receives the reports and sends none.
        if (Status status = companies.add({idOf(c), seed.code.toString(), seed.name.toString(),
                                           root ? QVariant() : QVariant(idOf(companyIndex(seed.parentCode))),
                                           root ? 0 : 1, personName(chance(50)), mobile()});
            !status)
            return status;
        if (Status status = aliases.add({idOf(c), seed.alias.toString()}); !status)
            return status;
    }
    if (Status status = companies.flush(); !status)
        return status;
    progress(1);
    return aliases.flush();
}

Status Loader::insertPersons()
{
    RowWriter rows = writer(u"person"_s, {u"id"_s, u"id_number"_s, u"name"_s, u"company_id"_s, u"department"_s,
                                          u"gender"_s, u"phone"_s, u"position"_s, u"party_member"_s, u"category"_s,
                                          u"joined_on"_s, u"left_on"_s, u"exempt_from"_s});
    // Head counts in proportion to the weights, the rest round-robin; a
    // company's persons get neighbouring ids, the external persons
    // (contractors' workers seen only in tests) come last.
    std::vector<int> counts(kCompanies);
    int weights = 0;
    for (const auto &seed : DemoData::companies)
        weights += seed.weight;
    int assigned = 0;
    for (int c = 0; c < kCompanies; ++c)
        assigned += counts[c] = int(qint64(m_scale.persons) * DemoData::companies[c].weight / weights);
    for (int c = 1; assigned < m_scale.persons; ++assigned, c = c % (kCompanies - 1) + 1)
        ++counts[c];
    std::vector<int> order;
    for (int c = 0; c < kCompanies; ++c)
        order.insert(order.end(), std::size_t(counts[c]), c);

    const int total = m_scale.persons + m_scale.externals;
    m_persons.reserve(std::size_t(total));
    m_idNumbers.reserve(total);
    const qint64 bornFirst = QDate(1960, 1, 1).toJulianDay();
    const int bornSpan = int(QDate(2003, 12, 31).toJulianDay() - bornFirst + 1);
    const qint64 hiredFirst = QDate(1990, 1, 1).toJulianDay();
    const qint64 exemptFirst = QDate(2021, 1, 1).toJulianDay();
    const QString male = toCode(Gender::Male);
    const QString female = toCode(Gender::Female);
    for (int i = 0; i < total; ++i) {
        DemoPerson person;
        person.external = i >= m_scale.persons;
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
        if (Status status = rows.add({idOf(i), idNumber(birth, isMale), personName(isMale), idOf(person.company),
                                      department, isMale ? male : female, mobile(), position, person.party ? 1 : 0,
                                      toCode(category), dateValue(person.joined), dateValue(person.left),
                                      person.exempt ? dateValue(exemptFirst + pick(365)) : QVariant()});
            !status)
            return status;
        m_persons.push_back(person);
        if (i % 1024 == 0)
            progress(1, 15, i, total);
    }
    return rows.flush();
}

Status Loader::insertVaccinations()
{
    RowWriter rows = writer(u"vaccination"_s, {u"person_id"_s, u"company_id"_s, u"dose"_s, u"vaccinated_on"_s,
                                               u"manufacturer"_s, u"place"_s});
    const std::array<QVariant, 4> doses{toCode(Dose::First), toCode(Dose::Second), toCode(Dose::Third),
                                        toCode(Dose::Booster)};
    const qint64 campaignFirst = QDate(2021, 2, 1).toJulianDay();
    const qint64 boosterFirst = QDate(2021, 10, 1).toJulianDay();
    const qint64 yearLast = QDate(2021, 12, 31).toJulianDay();

    for (int i = 0; i < int(m_persons.size()); ++i) {
        const DemoPerson &person = m_persons[i];
        if (i % 1024 == 0)
            progress(15, 30, i, qint64(m_persons.size()));
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
        const auto insert = [&](int dose, qint64 on) {
            return rows.add({idOf(i), idOf(person.company), doses[dose], dateValue(on), manufacturer, place});
        };
        // First doses by June, the next ones 3-5 and 4-6 weeks apart: a
        // booster 90 days after the last primary dose still falls in 2021.
        qint64 day = campaignFirst + pick(150);
        for (int dose = 0; dose < count; ++dose) {
            if (dose > 0)
                day += dose == 1 ? 21 + pick(15) : 28 + pick(15);
            if (Status status = insert(dose, day); !status)
                return status;
        }
        if (count == vaccine->primaryDoses && chance(65)) {
            const qint64 lower = std::max(day + 90, boosterFirst);
            if (Status status = insert(3, lower + pick(int(yearLast - lower + 1))); !status)
                return status;
        }
    }
    return rows.flush();
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

    std::vector<TestRow> tests;
    tests.reserve(std::size_t(m_scale.tests > 0 ? m_scale.tests : 350 * m_scale.days));
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
            tests.push_back({person, day, pick(int(DemoData::testSites.size())), pick(int(DemoData::labs.size())),
                             person == positive});
            ++m_tested[std::size_t(day * kCompanies + m_persons[person].company)];
        }
        progress(30, 40, day + 1, m_scale.days);
    }
    // In person order the unique index grows at its end instead of all over.
    std::sort(tests.begin(), tests.end(), [](const TestRow &a, const TestRow &b) {
        return std::tie(a.person, a.day) < std::tie(b.person, b.day);
    });

    RowWriter rows = writer(u"nucleic_test"_s, {u"person_id"_s, u"company_id"_s, u"sampled_on"_s, u"site"_s,
                                                u"result"_s, u"lab"_s});
    std::vector<QVariant> sites;
    std::vector<QVariant> labs;
    for (QStringView site : DemoData::testSites)
        sites.emplace_back(site.toString());
    for (QStringView lab : DemoData::labs)
        labs.emplace_back(lab.toString());
    const QVariant negative = toCode(TestResult::Negative);
    const QVariant positive = toCode(TestResult::Positive);
    for (std::size_t i = 0; i < tests.size(); ++i) {
        const TestRow &test = tests[i];
        if (Status status = rows.add({idOf(test.person), idOf(m_persons[std::size_t(test.person)].company),
                                      m_days[test.day], sites[test.site], test.positive ? positive : negative,
                                      labs[test.lab]});
            !status)
            return status;
        if (i % 4096 == 0)
            progress(40, 85, qint64(i), qint64(tests.size()));
    }
    return rows.flush();
}

Status Loader::insertShifts()
{
    RowWriter rows = writer(u"volunteer_shift"_s, {u"person_id"_s, u"company_id"_s, u"team"_s, u"site"_s,
                                                   u"task"_s, u"start_at"_s, u"end_at"_s});
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
            if (Status status = rows.add({idOf(volunteers[i]), idOf(person.company),
                                          (person.party ? DemoData::partyTeam : DemoData::youthTeam).toString(),
                                          any(DemoData::shiftSites), any(DemoData::shiftTasks),
                                          u"%1 %2:00"_s.arg(date).arg(hour, 2, 10, QChar(u'0')),
                                          u"%1 %2:00"_s.arg(date).arg(hour + 4, 2, 10, QChar(u'0'))});
                !status)
                return status;
            ++done;
        }
    }
    progress(88);
    return rows.flush();
}

Status Loader::insertInspections()
{
    RowWriter inspections = writer(u"inspection"_s, {u"id"_s, u"code"_s, u"inspected_on"_s, u"company_id"_s,
                                                     u"method"_s, u"inspectors"_s});
    RowWriter findings = writer(u"finding"_s, {u"inspection_id"_s, u"description"_s, u"deadline"_s, u"status"_s,
                                               u"rectified_on"_s});
    std::vector<int> descriptions(DemoData::findings.size());
    for (std::size_t i = 0; i < descriptions.size(); ++i)
        descriptions[i] = int(i);

    int inspectionCount = 0;
    for (int day = 0; day < m_scale.days; ++day) {
        const qint64 on = m_first + day;
        int count = m_scale.inspectionsWeekly / 7 + (pick(7) < m_scale.inspectionsWeekly % 7 ? 1 : 0);
        if (day == 0)
            count = std::max(count, 1); // its first finding stays open: one is always overdue
        for (int number = 1; number <= count; ++number) {
            const qint64 id = idOf(inspectionCount++);
            const int r = pick(10);
            const InspectionMethod method = r < 4 ? InspectionMethod::Unannounced
                : r < 8                          ? InspectionMethod::Regular
                                                 : InspectionMethod::Special;
            QString inspectors = any(DemoData::inspectors);
            if (const QString second = any(DemoData::inspectors); chance(60) && second != inspectors)
                inspectors += u"、"_s + second;
            const QString code = u"JC%1-%2"_s.arg(QDate::fromJulianDay(on).toString(u"yyyyMMdd"_s))
                                     .arg(number, 2, 10, QChar(u'0'));
            if (Status status = inspections.add({id, code, m_days[day], idOf(1 + pick(kCompanies - 1)),
                                                 toCode(method), inspectors});
                !status)
                return status;
            if (Status status = inspections.flush(); !status) // before its findings
                return status;

            const int found = 1 + pick(4);
            const qint64 deadline = on + 7;
            shuffleFront(descriptions, found);
            for (int f = 0; f < found; ++f) {
                const bool keepOpen = day == 0 && number == 1 && f == 0;
                const bool rectified = !keepOpen && on < m_today && chance(deadline < m_today ? 75 : 40);
                const qint64 last = std::min(deadline + 3, m_today);
                if (Status status = findings.add({id, DemoData::findings[std::size_t(descriptions[f])].toString(),
                                                  dateValue(deadline),
                                                  toCode(rectified ? FindingStatus::Rectified : FindingStatus::Open),
                                                  rectified ? dateValue(on + 1 + pick(int(last - on))) : QVariant()});
                    !status)
                    return status;
            }
        }
    }
    if (Status status = inspections.flush(); !status)
        return status;
    progress(90);
    return findings.flush();
}

Status Loader::insertReports()
{
    RowWriter rows = writer(u"daily_report"_s, {u"company_id"_s, u"report_date"_s, u"edition"_s, u"on_duty"_s,
                                                u"away"_s, u"arrivals"_s, u"under_observation"_s, u"tests_done"_s,
                                                u"anomalies"_s, u"zero_report"_s});
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
                // The morning edition counts the morning's tests only.
                const QString text = edition == 0 && chance(50) ? any(DemoData::zeroAnomalies) : anomalies;
                if (Status status = rows.add({idOf(c), m_days[day], edition == 0 ? morning : evening, onDuty, away,
                                              arrivals, observation,
                                              edition == 0 ? testsDone * (40 + pick(31)) / 100 : testsDone, text,
                                              DailyReport::isZeroText(text) ? 1 : 0});
                    !status)
                    return status;
            }
        }
        progress(90, 99, day + 1, m_scale.days);
    }
    return rows.flush();
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
