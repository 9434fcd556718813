// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's vaccinations and nucleic-acid tests.
#include "core/demo/demoloader.h"

#include "core/db/bulkwriter.h"
#include "core/db/database.h"
#include "core/db/vaccinationstatus.h"
#include "core/model/enums.h"
#include "core/model/nucleictest.h"
#include "core/model/vaccination.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace seawall::demo {

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

} // namespace seawall::demo
