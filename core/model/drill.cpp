// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/drill.h"

#include "core/entity/entitydef.h"

using namespace Qt::StringLiterals;

namespace seawall {

template <>
const EntityDef &definition<Drill>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Drill, u"drill"_s, QT_TRANSLATE_NOOP("Entity", "drill"),
                    QT_TRANSLATE_NOOP("Entity", "Drills")};
        d.columns = {
            companyOf(&Drill::companyId, Column::Key),
            plain(&Drill::date, u"drill_date"_s, QT_TRANSLATE_NOOP("Field", "Date"),
                  Column::Key | Column::Day)
                .withField(u"date"_s),
            plain(&Drill::title, u"title"_s, QT_TRANSLATE_NOOP("Field", "Drill"),
                  Column::Key | Column::Required | Column::Searchable),
            plain(&Drill::type, u"type"_s, QT_TRANSLATE_NOOP("Field", "Drill type")),
            plain(&Drill::participants, u"participants"_s, QT_TRANSLATE_NOOP("Field", "Participants")),
            plain(&Drill::notes, u"notes"_s, QT_TRANSLATE_NOOP("Field", "Notes"), Column::Searchable),
        };
        d.list.id = u"drills"_s;
        d.list.columns = {u"drill_date"_s, u"company_id"_s, u"title"_s, u"type"_s, u"participants"_s, u"notes"_s};
        d.list.filters = {u"type"_s};
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall
