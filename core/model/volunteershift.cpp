// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/volunteershift.h"

#include "core/sql/sqldialect.h"
#include "core/entity/entitydef.h"

using namespace Qt::StringLiterals;

namespace seawall {

template <>
const EntityDef &definition<VolunteerShift>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::VolunteerShift, u"volunteer_shift"_s, QT_TRANSLATE_NOOP("Entity", "shift"),
                    QT_TRANSLATE_NOOP("Entity", "Volunteer shifts")};
        d.columns = aboutPerson(&VolunteerShift::personId, &VolunteerShift::companyId, 0, Column::Optional);
        d.columns += QList<Column>{
            plain(&VolunteerShift::team, u"team"_s, QT_TRANSLATE_NOOP("Field", "Team"), Column::Searchable),
            plain(&VolunteerShift::site, u"site"_s, QT_TRANSLATE_NOOP("Field", "Service site"), Column::Searchable),
            plain(&VolunteerShift::task, u"task"_s, QT_TRANSLATE_NOOP("Field", "Task"), Column::Searchable),
            plain(&VolunteerShift::start, u"start_at"_s, QT_TRANSLATE_NOOP("Field", "Start time"),
                  Column::Key | Column::Day)
                .withField(u"start"_s),
            plain(&VolunteerShift::end, u"end_at"_s, QT_TRANSLATE_NOOP("Field", "End time")).withField(u"end"_s),
            plain(&VolunteerShift::remark, u"remark"_s, QT_TRANSLATE_NOOP("Field", "Remark"), Column::Searchable)
                .addedIn(9),
        };
        d.list.id = u"shifts"_s;
        d.list.columns = {u"start_at"_s, u"end_at"_s, u"hours"_s, u"person_id"_s, u"company_id"_s,
                          u"team"_s,     u"site"_s,   u"task"_s,  u"remark"_s};
        d.list.hidden = {u"id_number"_s};
        d.list.computed = {{u"hours"_s, QT_TRANSLATE_NOOP("Field", "Hours"),
                            u"round("_s + SqlDialect::hoursBetween(u"r.start_at"_s, u"r.end_at"_s) + u", 2)"_s,
                            ColumnType::Real}};
        d.list.filters = {u"team"_s};
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall
