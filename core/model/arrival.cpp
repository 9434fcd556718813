// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/arrival.h"

#include "core/entity/entitydef.h"
#include "core/sql/figurerules.h"

using namespace Qt::StringLiterals;

namespace seawall {

int Arrival::defaultDays(ObservationMeasure measure)
{
    switch (measure) {
    case ObservationMeasure::None: return 0;
    case ObservationMeasure::HomeMonitoring: return 7;
    case ObservationMeasure::Quarantine: return 14;
    }
    return 0;
}

int Arrival::observationDaysOrDefault() const { return observationDays.value_or(defaultDays(measure)); }

QDate Arrival::endsOn() const
{
    if (releasedOn.isValid())
        return releasedOn;
    return arrivedOn.isValid() ? arrivedOn.addDays(observationDaysOrDefault()) : QDate();
}

bool Arrival::isObservedOn(const QDate &day) const
{
    return measure != ObservationMeasure::None && arrivedOn.isValid() && arrivedOn <= day && day < endsOn();
}

namespace {

QDate endsOn(const Arrival &arrival) { return arrival.endsOn(); }

} // namespace

template <>
const EntityDef &definition<Arrival>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Arrival, u"arrival"_s, QT_TRANSLATE_NOOP("Entity", "arrival"),
                    QT_TRANSLATE_NOOP("Entity", "Arrivals")};
        d.since = 12;
        d.columns = aboutPerson(&Arrival::personId, &Arrival::companyId);
        d.columns += QList<Column>{
            plain(&Arrival::arrivedOn, u"arrived_on"_s, QT_TRANSLATE_NOOP("Field", "Arrived on"),
                  Column::Key | Column::Day),
            plain(&Arrival::fromPlace, u"from_place"_s, QT_TRANSLATE_NOOP("Field", "From"), Column::Searchable),
            plain(&Arrival::riskLevel, u"risk_level"_s, QT_TRANSLATE_NOOP("Field", "Risk level")).emptyMeans(u"none"_s),
            plain(&Arrival::healthCode, u"health_code"_s, QT_TRANSLATE_NOOP("Field", "Health code"))
                .emptyMeans(u"green"_s),
            plain(&Arrival::measure, u"measure"_s, QT_TRANSLATE_NOOP("Field", "Measure")).emptyMeans(u"none"_s),
            plain(&Arrival::observationDays, u"observation_days"_s, QT_TRANSLATE_NOOP("Field", "Observation days"),
                  Column::Optional),
            plain(&Arrival::releasedOn, u"released_on"_s, QT_TRANSLATE_NOOP("Field", "Released on"),
                  Column::Optional),
            // Stored so that the figures find who is observed on a day by
            // an index, by the one rule of Arrival::endsOn().
            derived(u"ends_on"_s, &endsOn, QT_TRANSLATE_NOOP("Field", "Observation ends")),
        };
        d.list.id = u"arrivals"_s;
        d.list.columns = {u"arrived_on"_s, u"person_id"_s, u"company_id"_s,       u"from_place"_s, u"risk_level"_s,
                          u"health_code"_s, u"measure"_s,  u"observation_days"_s, u"released_on"_s, u"ends_on"_s};
        d.list.filters = {u"observed"_s, u"measure"_s, u"risk_level"_s};
        d.list.conditions = {{u"observed"_s,
                              QT_TRANSLATE_NOOP("Field", "Observation"),
                              {{QT_TRANSLATE_NOOP("Field", "Under observation on the day"),
                                FigureRules::observedArrival(u"r"_s)},
                               {QT_TRANSLATE_NOOP("Field", "Last day of observation"),
                                FigureRules::observedArrival(u"r"_s) + u" AND r.ends_on = date(?, '+1 day')"_s},
                               {QT_TRANSLATE_NOOP("Field", "No health check on the day"),
                                FigureRules::observedArrival(u"r"_s) + u" AND NOT "_s + FigureRules::checkedOn(u"r"_s)}}}};
        d.list.highlight = FigureRules::observedArrival(u"r"_s);
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall
