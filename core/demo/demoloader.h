// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo generator's own parts, for its files alone
// (demogenerator.cpp and the demo*.cpp beside it): the scale of a run,
// what it keeps of the persons it made, and the loader that writes each
// table in turn, one file a group of tables.

#include "core/demo/demodata.h"
#include "core/demo/demogenerator.h"
#include "core/util/error.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

namespace seawall {

class Database;

namespace demo {

// Julian days standing for "no date": joined since always, never left.
inline constexpr qint64 kAlways = std::numeric_limits<qint64>::min();
inline constexpr qint64 kNever = std::numeric_limits<qint64>::max();

inline constexpr int kCompanies = int(DemoData::companies.size());

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

inline constexpr Scale kNormal{3'000, 50, 30, 0, 150, 3, 8, 2};
inline constexpr Scale kLarge{200'000, 2'000, 60, 1'000'000, 8'000, 300, 367, 58};

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

inline QDate dateOf(qint64 julianDay)
{
    if (julianDay == kAlways || julianDay == kNever)
        return {};
    return QDate::fromJulianDay(julianDay);
}

inline int companyIndex(QStringView code)
{
    for (int i = 0; i < kCompanies; ++i)
        if (DemoData::companies[i].code == code)
            return i;
    return -1;
}

// Whether the company of this index sends a morning report.
inline bool sendsMorning(int index)
{
    const auto &units = DemoData::morningReporters;
    return std::find(units.begin(), units.end(), DemoData::companies[index].code) != units.end();
}

// The ids are chosen here (1, 2, …): the tables are empty, as every one of
// them refers to a company or a person.
inline qint64 idOf(int index) { return index + 1; }

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

} // namespace demo
} // namespace seawall
