// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's companies and its roster.
#include "core/demo/demoloader.h"

#include "core/db/bulkwriter.h"
#include "core/db/database.h"
#include "core/model/company.h"
#include "core/model/enums.h"
#include "core/model/person.h"

using namespace Qt::StringLiterals;

namespace seawall::demo {

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

} // namespace seawall::demo
