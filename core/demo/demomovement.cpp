// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's people on the move: departures, arrivals and the health checks of those under observation.
#include "core/demo/demoloader.h"

#include "core/db/bulkwriter.h"
#include "core/db/database.h"
#include "core/model/arrival.h"
#include "core/model/departure.h"
#include "core/model/enums.h"
#include "core/model/healthcheck.h"

using namespace Qt::StringLiterals;

namespace seawall::demo {

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

} // namespace seawall::demo
