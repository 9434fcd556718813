// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/departure.h"

#include "core/entity/entitydef.h"
#include "core/sql/figurerules.h"

using namespace Qt::StringLiterals;

namespace seawall {

bool Departure::isAwayOn(const QDate &day) const
{
    return approved && leaveOn.isValid() && leaveOn <= day && (!returnedOn.isValid() || returnedOn > day);
}

template <>
const EntityDef &definition<Departure>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Departure, u"departure"_s, QT_TRANSLATE_NOOP("Entity", "leave-city declaration"),
                    QT_TRANSLATE_NOOP("Entity", "Departures")};
        d.since = 12;
        d.columns = aboutPerson(&Departure::personId, &Departure::companyId);
        d.columns += QList<Column>{
            plain(&Departure::leaveOn, u"leave_on"_s, QT_TRANSLATE_NOOP("Field", "Leaves on"),
                  Column::Key | Column::Day),
            plain(&Departure::destination, u"destination"_s, QT_TRANSLATE_NOOP("Field", "Destination"),
                  Column::Searchable),
            plain(&Departure::reason, u"reason"_s, QT_TRANSLATE_NOOP("Field", "Reason"), Column::Searchable),
            plain(&Departure::plannedReturnOn, u"planned_return_on"_s, QT_TRANSLATE_NOOP("Field", "Planned return"),
                  Column::Optional),
            plain(&Departure::approved, u"approved"_s, QT_TRANSLATE_NOOP("Field", "Approved")).emptyMeans(1),
            plain(&Departure::returnedOn, u"returned_on"_s, QT_TRANSLATE_NOOP("Field", "Returned on"),
                  Column::Optional),
        };
        d.list.id = u"departures"_s;
        d.list.columns = {u"leave_on"_s,          u"person_id"_s, u"company_id"_s, u"destination"_s, u"reason"_s,
                          u"planned_return_on"_s, u"approved"_s,  u"returned_on"_s};
        d.list.filters = {u"away"_s, u"approved"_s};
        d.list.conditions = {{u"away"_s,
                              QT_TRANSLATE_NOOP("Field", "Away from the city"),
                              {{QT_TRANSLATE_NOOP("Field", "Away on the day"), FigureRules::awayDeparture(u"r"_s)},
                               {QT_TRANSLATE_NOOP("Field", "Return overdue"),
                                FigureRules::awayDeparture(u"r"_s) + u" AND r.planned_return_on < ?"_s}}}};
        // A return overdue on the as-of day stands out.
        d.list.highlight = FigureRules::awayDeparture(u"r"_s) + u" AND r.planned_return_on < ?"_s;
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall
