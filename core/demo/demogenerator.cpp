// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"

#include "core/db/bulkwriter.h"
#include "core/db/database.h"
#include "core/db/databasecopy.h"
#include "core/db/vaccinationstatus.h"
#include "core/demo/demodata.h"
#include "core/demo/demoreadiness.h"
#include "core/model/arrival.h"
#include "core/model/company.h"
#include "core/model/dailyreport.h"
#include "core/model/departure.h"
#include "core/model/healthcheck.h"
#include "core/model/enums.h"
#include "core/model/inspection.h"
#include "core/model/nucleictest.h"
#include "core/model/person.h"
#include "core/model/vaccination.h"
#include "core/model/volunteershift.h"
#include "core/validation/idnumber.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

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
    int tests;                // over the whole window; 0 for a few hundred a day
    int volunteers;           // the pool the shifts are drawn from
    int shiftsMin, shiftsMax; // per day, [min, max)
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
    int person, day, site, lab; // indexes into m_persons, the window, the lists
    bool positive;
};

QDate dateOf(qint64 julianDay)
{
    if (julianDay == kAlways || julianDay == kNever)
        return {};
    return QDate::fromJulianDay(julianDay);
}

int companyIndex(QStringView code)
{
    for (int i = 0; i < kCompanies; ++i)
        if (DemoData::companies[i].code == code)
            return i;
    return -1;
}

// Whether the company of this index sends a morning report.
bool sendsMorning(int index)
{
    const auto &units = DemoData::morningReporters;
    return std::find(units.begin(), units.end(), DemoData::companies[index].code) != units.end();
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
    Status insertReadiness();
    Status insertMovement();

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
    // Reports `from` plus the share `done / total` of the way to `to`.
    void progress(int from, int to = 0, qint64 done = 0, qint64 total = 1);

    Database &m_db;
    const DemoGenerator::Options &m_options;
    const Scale m_scale;
    QRandomGenerator m_rng;
    const qint64 m_today;
    const qint64 m_first;       // julian day of the window's first day
    const int m_positiveDay;    // window day of the one positive test
    const int m_positiveCompany;
    std::vector<QDate> m_days; // each day of the window
    std::vector<DemoPerson> m_persons;
    QSet<QString> m_idNumbers;
    std::vector<int> m_active; // roster size per [day * kCompanies + company]
    std::vector<int> m_tested; // test records per [day * kCompanies + company]
    // People on the move per [day * kCompanies + company], as the registers
    // count them (DOMAIN.md), for the daily reports to say mostly alike.
    std::vector<int> m_arrivals;
    std::vector<int> m_observed;
    std::vector<int> m_away;
    // Drawn from apart, so that the other tables stay as they were.
    QRandomGenerator m_moveRng;
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
      m_positiveCompany(companyIndex(u"HT")),
      m_moveRng(options.seed + 14)
{
    for (int day = 0; day < m_scale.days; ++day)
        m_days.emplace_back(QDate::fromJulianDay(m_first + day));
}

Status Loader::run()
{
    // Nothing is durable before the commit anyway: no syncs, the statement
    // journals in memory and, for the large set, a page cache that holds
    // the indexes make the load several times faster.
    QSqlQuery pragma(m_db.connection());
    const auto read = [&pragma](const QString &sql) {
        const int value = pragma.exec(sql) && pragma.next() ? pragma.value(0).toInt() : 0;
        pragma.finish();
        return value;
    };
    const int synchronous = read(u"PRAGMA synchronous"_s);
    const int cacheSize = read(u"PRAGMA cache_size"_s);
    const int tempStore = read(u"PRAGMA temp_store"_s);
    // Setting temp_store drops the connection's temporary tables: not if it has some.
    const bool setTempStore = read(u"SELECT count(*) FROM temp.sqlite_master"_s) == 0;
    pragma.exec(u"PRAGMA synchronous = OFF"_s);
    if (setTempStore)
        pragma.exec(u"PRAGMA temp_store = MEMORY"_s);
    if (m_options.large)
        pragma.exec(u"PRAGMA cache_size = -262144"_s); // KiB: 256 MiB
    const Status status = load();
    // The saved values are numbers SQLite gave, not data.
    pragma.exec(u"PRAGMA synchronous = %1"_s.arg(synchronous));
    pragma.exec(u"PRAGMA cache_size = %1"_s.arg(cacheSize));
    if (setTempStore)
        pragma.exec(u"PRAGMA temp_store = %1"_s.arg(tempStore));
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
        return transaction.error();
    for (auto step : {&Loader::insertCompanies, &Loader::insertPersons, &Loader::insertVaccinations,
                      &Loader::insertTests, &Loader::insertShifts, &Loader::insertInspections,
                      &Loader::insertMovement, &Loader::insertReports,
                      &Loader::insertReadiness}) {
        if (Status status = (this->*step)(); !status)
            return status;
    }
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

void Loader::progress(int from, int to, qint64 done, qint64 total)
{
    const int percent = from + int((std::max(from, to) - from) * done / std::max<qint64>(total, 1));
    if (percent > m_percent && m_options.progress)
        m_options.progress(percent);
    m_percent = std::max(m_percent, percent);
}

Status Loader::insertCompanies()
{
    BulkWriter companies(m_db, definition<Company>(), true);
    for (int c = 0; c < kCompanies; ++c) {
        const DemoData::CompanySeed &seed = DemoData::companies[c];
        const bool root = seed.parentCode.isEmpty();
        // Parents come first; headquarters receives the reports and sends none.
        Company company;
        company.id = idOf(c);
        company.code = seed.code.toString();
        company.name = seed.name.toString();
        company.parentId = root ? 0 : idOf(companyIndex(seed.parentCode));
        company.reportsDaily = !root;
        company.reportsMorning = sendsMorning(c);
        company.contactPerson = personName(chance(50));
        company.contactPhone = mobile();
        company.aliases = {seed.alias.toString()};
        if (!companies.add(company))
            return companies.flush();
    }
    const Status status = companies.flush();
    progress(1);
    return status;
}

Status Loader::insertPersons()
{
    BulkWriter rows(m_db, definition<Person>(), true);
    // Head counts in proportion to the weights, the rest round-robin; a
    // company's persons get neighbouring ids, the external persons
    // (contractors' workers seen only in tests) come last.
    std::vector<int> counts(kCompanies);
    int weights = 0, assigned = 0;
    for (const auto &seed : DemoData::companies)
        weights += seed.weight;
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
        Person record;
        record.id = idOf(i);
        record.idNumber = idNumber(birth, isMale);
        record.name = personName(isMale);
        record.companyId = idOf(person.company);
        record.department = department;
        record.gender = isMale ? Gender::Male : Gender::Female;
        record.phone = mobile();
        record.position = position;
        record.partyMember = person.party;
        record.category = category;
        record.joinedOn = dateOf(person.joined);
        record.leftOn = dateOf(person.left);
        if (person.exempt)
            record.exemptFrom = dateOf(exemptFirst + pick(365));
        if (!rows.add(record))
            return rows.flush();
        m_persons.push_back(person);
        if (i % 1024 == 0)
            progress(1, 15, i, total);
    }
    return rows.flush();
}

Status Loader::insertVaccinations()
{
    BulkWriter rows(m_db, definition<Vaccination>());
    constexpr std::array doses{Dose::First, Dose::Second, Dose::Third, Dose::Booster};
    const qint64 campaignFirst = QDate(2021, 2, 1).toJulianDay();
    const qint64 boosterFirst = QDate(2021, 10, 1).toJulianDay();
    const qint64 yearLast = QDate(2021, 12, 31).toJulianDay();

    for (int i = 0; i < int(m_persons.size()); ++i) {
        const DemoPerson &person = m_persons[i];
        if (i % 1024 == 0)
            progress(15, 25, i, qint64(m_persons.size()));
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
            Vaccination record;
            record.personId = idOf(i);
            record.companyId = idOf(person.company);
            record.dose = doses[std::size_t(dose)];
            record.vaccinatedOn = dateOf(on);
            record.manufacturer = manufacturer;
            record.place = place;
            return rows.add(record);
        };
        // First doses by June, the next ones 3-5 and 4-6 weeks apart: a
        // booster 90 days after the last primary dose still falls in 2021.
        qint64 day = campaignFirst + pick(150);
        for (int dose = 0; dose < count; ++dose) {
            if (dose > 0)
                day += dose == 1 ? 21 + pick(15) : 28 + pick(15);
            if (!insert(dose, day))
                return rows.flush();
        }
        if (count == vaccine->primaryDoses && chance(65)) {
            const qint64 lower = std::max(day + 90, boosterFirst);
            if (!insert(3, lower + pick(int(yearLast - lower + 1))))
                return rows.flush();
        }
    }
    if (Status status = rows.flush(); !status)
        return status;
    // Each person keeps the days of their vaccination milestones, derived
    // from the doses by the rules of VaccinationStatus.
    const Status status = VaccinationStatus::refreshAll(m_db);
    progress(30);
    return status;
}

Status Loader::insertTests()
{
    const std::size_t cells = std::size_t(m_scale.days) * kCompanies;
    m_active.assign(cells, 0);
    m_tested.assign(cells, 0);

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
        for (int external = m_scale.persons; external < int(m_persons.size()); ++external)
            if (chance(30)) // the external persons come last
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

    BulkWriter rows(m_db, definition<NucleicTest>());
    std::vector<QString> sites;
    std::vector<QString> labs;
    for (QStringView site : DemoData::testSites)
        sites.emplace_back(site.toString());
    for (QStringView lab : DemoData::labs)
        labs.emplace_back(lab.toString());
    NucleicTest record;
    for (std::size_t i = 0; i < tests.size(); ++i) {
        const TestRow &test = tests[i];
        record.personId = idOf(test.person);
        record.companyId = idOf(m_persons[std::size_t(test.person)].company);
        record.sampledOn = m_days[std::size_t(test.day)];
        record.site = sites[std::size_t(test.site)];
        record.result = test.positive ? TestResult::Positive : TestResult::Negative;
        record.lab = labs[std::size_t(test.lab)];
        if (!rows.add(record))
            return rows.flush();
        if (i % 4096 == 0)
            progress(40, 85, qint64(i), qint64(tests.size()));
    }
    return rows.flush();
}

Status Loader::insertShifts()
{
    BulkWriter rows(m_db, definition<VolunteerShift>());
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
            VolunteerShift shift;
            shift.personId = idOf(volunteers[i]);
            shift.companyId = idOf(person.company);
            shift.team = (person.party ? DemoData::partyTeam : DemoData::youthTeam).toString();
            shift.site = any(DemoData::shiftSites);
            shift.task = any(DemoData::shiftTasks);
            shift.start = QDateTime(m_days[std::size_t(day)], QTime(hour, 0));
            shift.end = shift.start.addSecs(4 * 3600);
            if (!rows.add(shift))
                return rows.flush();
            ++done;
        }
    }
    progress(88);
    return rows.flush();
}

Status Loader::insertInspections()
{
    BulkWriter inspections(m_db, definition<Inspection>(), true);
    BulkWriter findings(m_db, definition<Finding>());
    std::vector<int> descriptions(DemoData::findings.size());
    for (std::size_t i = 0; i < descriptions.size(); ++i)
        descriptions[i] = int(i);

    constexpr std::array methods{InspectionMethod::Unannounced, InspectionMethod::Regular, InspectionMethod::Special,
                                 InspectionMethod::Unannounced, InspectionMethod::Regular};
    int inspectionCount = 0;
    for (int day = 0; day < m_scale.days; ++day) {
        const qint64 on = m_first + day;
        int count = m_scale.inspectionsWeekly / 7 + (pick(7) < m_scale.inspectionsWeekly % 7 ? 1 : 0);
        if (day == 0)
            count = std::max(count, 1); // its first finding stays open: one is always overdue
        for (int number = 1; number <= count; ++number) {
            // Every method is used from the third inspection on.
            const InspectionMethod method = methods[std::size_t(inspectionCount % int(methods.size()))];
            const qint64 id = idOf(inspectionCount++);
            QString inspectors = any(DemoData::inspectors);
            if (const QString second = any(DemoData::inspectors); chance(60) && second != inspectors)
                inspectors += u"、"_s + second;
            const QString code = u"JC%1-%2"_s.arg(QDate::fromJulianDay(on).toString(u"yyyyMMdd"_s))
                                     .arg(number, 2, 10, QChar(u'0'));
            Inspection inspection;
            inspection.id = id;
            inspection.code = code;
            inspection.inspectedOn = m_days[std::size_t(day)];
            inspection.companyId = idOf(1 + pick(kCompanies - 1));
            inspection.method = method;
            inspection.inspectors = inspectors;
            if (!inspections.add(inspection))
                return inspections.flush();
            if (Status status = inspections.flush(); !status) // before its findings
                return status;

            const int found = 1 + pick(4);
            const qint64 deadline = on + 7;
            shuffleFront(descriptions, found);
            for (int f = 0; f < found; ++f) {
                const bool keepOpen = day == 0 && number == 1 && f == 0;
                const bool rectified = !keepOpen && on < m_today && chance(deadline < m_today ? 75 : 40);
                const qint64 last = std::min(deadline + 3, m_today);
                Finding finding;
                finding.inspectionId = id;
                finding.description = DemoData::findings[std::size_t(descriptions[f])].toString();
                finding.deadline = dateOf(deadline);
                finding.status = rectified ? FindingStatus::Rectified : FindingStatus::Open;
                if (rectified)
                    finding.rectifiedOn = dateOf(on + 1 + pick(int(last - on)));
                if (!findings.add(finding))
                    return findings.flush();
            }
        }
    }
    if (Status status = inspections.flush(); !status)
        return status;
    progress(90);
    return findings.flush();
}

Status Loader::insertReadiness()
{
    DemoReadiness::Input input;
    input.first = m_days.front();
    input.today = m_days.back();
    for (int c = 0; c < kCompanies; ++c) {
        input.companies.push_back(idOf(c));
        input.names.push_back(DemoData::companies[c].name.toString());
        input.reports.push_back(!DemoData::companies[c].parentCode.isEmpty());
    }
    for (int i = 0; i < int(m_persons.size()); ++i)
        if (m_persons[size_t(i)].activeOn(m_today))
            input.staff.emplace_back(idOf(i), idOf(m_persons[size_t(i)].company));
    input.pick = [this](int bound) { return pick(bound); };
    input.personName = [this](bool male) { return personName(male); };
    input.mobile = [this] { return mobile(); };
    const Status status = DemoReadiness::insert(m_db, input);
    progress(100);
    return status;
}

Status Loader::insertReports()
{
    BulkWriter rows(m_db, definition<DailyReport>());
    std::vector<int> reporting;
    for (int c = 0; c < kCompanies; ++c)
        if (!DemoData::companies[c].parentCode.isEmpty())
            reporting.push_back(c);

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
            int away = pick(active / 100 + 4);
            int arrivals = chance(70) ? 0 : 1 + pick(4);
            int observation = chance(85) ? 0 : 1 + pick(2);
            // The registers' counts, now and then one off, as units count by hand.
            away = m_away[cell] + (m_moveRng.bounded(100) < 4 ? 1 : 0);
            arrivals = m_arrivals[cell];
            observation = m_observed[cell] + (m_moveRng.bounded(100) < 3 ? 1 : 0);
            const int onDuty = std::max(0, active - away - observation - pick(active / 15 + 1));
            const int testsDone = chance(75) ? tests : std::max(0, tests + pick(7) - 3);
            QString anomalies = chance(85) ? any(DemoData::zeroAnomalies) : any(DemoData::anomalies);
            if (day == m_positiveDay && c == m_positiveCompany) {
                anomalies = DemoData::positiveAnomaly.toString();
                observation += 3;
            }
            const bool withMorning = today && sendsMorning(c) && chance(85);
            for (int edition = withMorning ? 0 : 1; edition < 2; ++edition) {
                // The morning edition counts the morning's tests only.
                const QString text = edition == 0 && chance(50) ? any(DemoData::zeroAnomalies) : anomalies;
                DailyReport report;
                report.companyId = idOf(c);
                report.date = m_days[std::size_t(day)];
                report.edition = edition == 0 ? ReportEdition::Morning : ReportEdition::Evening;
                report.onDuty = onDuty;
                report.away = away;
                report.arrivals = arrivals;
                report.underObservation = observation;
                report.testsDone = edition == 0 ? testsDone * (40 + pick(31)) / 100 : testsDone;
                report.anomalies = text;
                if (!rows.add(report))
                    return rows.flush();
            }
        }
        progress(90, 99, day + 1, m_scale.days);
    }
    return rows.flush();
}

Status Loader::insertMovement()
{
    static constexpr std::array<QStringView, 10> places{u"上海市浦东新区", u"南京市", u"苏州市", u"杭州市",
                                                         u"北京市朝阳区", u"如东县", u"海门区", u"无锡市",
                                                         u"合肥市", u"广州市"};
    static constexpr std::array<QStringView, 5> reasons{u"出差", u"探亲", u"就医", u"培训", u"休假"};
    static constexpr std::array<QStringView, 6> symptoms{u"咳嗽", u"乏力", u"咽痛", u"头痛", u"鼻塞", u"腹泻"};
    const auto pickMove = [this](int bound) { return int(m_moveRng.bounded(bound)); };
    const auto chanceMove = [&pickMove](int percent) { return pickMove(100) < percent; };
    const std::size_t cells = std::size_t(m_scale.days) * kCompanies;
    m_arrivals.assign(cells, 0);
    m_observed.assign(cells, 0);
    m_away.assign(cells, 0);
    std::vector<int> roster;
    for (int i = 0; i < int(m_persons.size()); ++i)
        if (!m_persons[std::size_t(i)].external && m_persons[std::size_t(i)].company != 0)
            roster.push_back(i);
    if (roster.empty())
        return {};
    // Until when (a julian day, exclusive) each person is observed or away,
    // so that nobody is in two places at once.
    std::vector<qint64> busyUntil(m_persons.size(), 0);
    BulkWriter arrivals(m_db, definition<Arrival>());
    BulkWriter departures(m_db, definition<Departure>());
    BulkWriter checks(m_db, definition<HealthCheck>());
    const int perDay = std::max(2, m_scale.persons / 600);
    // Someone of the roster, on it and neither observed nor away on `on`;
    // -1 when the one drawn is not.
    const auto drawFree = [&](qint64 on) {
        const int index = roster[std::size_t(pickMove(int(roster.size())))];
        const bool free = busyUntil[std::size_t(index)] <= on && m_persons[std::size_t(index)].activeOn(on);
        return free ? index : -1;
    };
    bool abnormalToday = false;
    for (int day = 0; day < m_scale.days; ++day) {
        const qint64 on = m_first + day;
        // Arrivals: most from nowhere risky and watched by nobody; medium
        // risk means home monitoring, high risk centralised quarantine.
        for (int k = perDay / 2 + pickMove(perDay + 1); k > 0; --k) {
            const int index = drawFree(on);
            if (index < 0)
                continue;
            const DemoPerson &person = m_persons[std::size_t(index)];
            Arrival a;
            a.personId = idOf(index);
            a.companyId = idOf(person.company);
            a.arrivedOn = dateOf(on);
            a.fromPlace = places[std::size_t(pickMove(int(places.size())))].toString();
            const int risk = pickMove(100);
            a.riskLevel = risk < 50 ? RiskLevel::None : risk < 80 ? RiskLevel::Low : risk < 95 ? RiskLevel::Medium : RiskLevel::High;
            a.healthCode = a.riskLevel == RiskLevel::High ? HealthCode::Yellow : HealthCode::Green;
            a.measure = a.riskLevel == RiskLevel::High     ? ObservationMeasure::Quarantine
                        : a.riskLevel == RiskLevel::Medium ? ObservationMeasure::HomeMonitoring
                        : a.riskLevel == RiskLevel::Low && chanceMove(30) ? ObservationMeasure::HomeMonitoring
                                                                          : ObservationMeasure::None;
            if (a.measure == ObservationMeasure::HomeMonitoring && chanceMove(20))
                a.observationDays = 14;
            if (a.measure != ObservationMeasure::None && chanceMove(5))
                a.releasedOn = dateOf(on + 2 + pickMove(3));
            const qint64 ends = a.endsOn().toJulianDay();
            // One record of a person a day, whatever the measure.
            busyUntil[std::size_t(index)] = std::max(ends, on + 1);
            ++m_arrivals[std::size_t(day * kCompanies + person.company)];
            if (!arrivals.add(a))
                return arrivals.flush();
            // A check a day while observed: a few missed, one of today's a fever.
            for (qint64 d = on; d < ends && d <= m_today; ++d) {
                ++m_observed[std::size_t((d - m_first) * kCompanies + person.company)];
                if (chanceMove(d == m_today ? 15 : 5))
                    continue;
                HealthCheck c;
                c.personId = a.personId;
                c.companyId = a.companyId;
                c.checkedOn = dateOf(d);
                c.temperature = 36.0 + pickMove(12) / 10.0;
                if (d == m_today && !abnormalToday) {
                    c.temperature = 37.6;
                    c.symptoms = symptoms[std::size_t(pickMove(int(symptoms.size())))].toString();
                    abnormalToday = true;
                } else {
                    c.symptoms = chanceMove(50) ? u"无"_s : QString();
                }
                if (!checks.add(c))
                    return checks.flush();
            }
        }
        // Departures: declared, nearly all approved, back on the planned
        // day or so; a few are late, and some are still away.
        for (int k = perDay / 2 + pickMove(perDay + 1); k > 0; --k) {
            const int index = drawFree(on);
            if (index < 0)
                continue;
            const DemoPerson &person = m_persons[std::size_t(index)];
            Departure d;
            d.personId = idOf(index);
            d.companyId = idOf(person.company);
            d.leaveOn = dateOf(on);
            d.destination = places[std::size_t(pickMove(int(places.size())))].toString();
            d.reason = reasons[std::size_t(pickMove(int(reasons.size())))].toString();
            const qint64 planned = on + 2 + pickMove(8);
            d.plannedReturnOn = dateOf(planned);
            d.approved = !chanceMove(5);
            const qint64 back = planned + (chanceMove(85) ? 0 : 1 + pickMove(4));
            // A few stay away past their planned return, unheard of.
            const bool stays = chanceMove(4);
            if (back <= m_today && !stays)
                d.returnedOn = dateOf(back);
            const qint64 until = d.returnedOn.isValid() ? back : m_today + 1;
            busyUntil[std::size_t(index)] = std::max(until, on + 1);
            if (d.approved) {
                for (qint64 at = on; at < until && at <= m_today; ++at)
                    ++m_away[std::size_t((at - m_first) * kCompanies + person.company)];
            }
            if (!departures.add(d))
                return departures.flush();
        }
    }
    if (Status status = arrivals.flush(); !status)
        return status;
    if (Status status = departures.flush(); !status)
        return status;
    progress(90);
    return checks.flush();
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
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Demo", "The demo data needs a valid date."),
                     {}};
    if (!isEmpty(m_db))
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Demo", "The database already holds companies or persons. Demo data "
                                                         "can only be generated into an empty database."),
                     {}};
    if (m_db.backend() != SqlBackend::Sqlite)
        return generateThroughFile(options);
    return Loader(m_db, options).run();
}

Status DemoGenerator::generateThroughFile(const Options &options)
{
    // The loader binds its rows through SQLite's own API: on a server the
    // demo is made in a file of its own first, then copied in one
    // transaction (db/databasecopy.h).
    QTemporaryDir dir;
    Database file;
    if (!dir.isValid())
        return Error{Error::Kind::Open, QCoreApplication::translate("Demo", "Cannot make a temporary folder for the demo data.")};
    if (Status opened = file.open(dir.filePath(u"demo.sqlite"_s)); !opened)
        return opened;
    Options inFile = options;
    const auto progress = [&options](int percent) {
        if (options.progress)
            options.progress(percent);
    };
    inFile.progress = [&progress](int percent) { progress(percent * 7 / 10); };
    if (Status made = Loader(file, inFile).run(); !made)
        return made;
    if (Status copied = DatabaseCopy::copy(file, m_db); !copied)
        return copied;
    progress(100);
    return {};
}

} // namespace seawall
