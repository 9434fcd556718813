// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/duty.h"

#include "core/entity/entitydef.h"

using namespace Qt::StringLiterals;

namespace seawall {

template <>
const EntityDef &definition<Duty>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Duty, u"duty"_s, QT_TRANSLATE_NOOP("Entity", "duty shift"),
                    QT_TRANSLATE_NOOP("Entity", "Duty")};
        d.columns = {
            companyOf(&Duty::companyId, Column::Key),
            plain(&Duty::date, u"duty_date"_s, QT_TRANSLATE_NOOP("Field", "Date"),
                  Column::Key | Column::Day)
                .withField(u"date"_s),
            plain(&Duty::shift, u"shift"_s, QT_TRANSLATE_NOOP("Field", "Shift"), Column::Key),
            plain(&Duty::person, u"person"_s, QT_TRANSLATE_NOOP("Field", "Person on duty"),
                  Column::Required | Column::Searchable | Column::Name | Column::Personal),
            plain(&Duty::phone, u"phone"_s, QT_TRANSLATE_NOOP("Field", "Contact phone"),
                  Column::Phone | Column::Landline | Column::Searchable | Column::Personal),
            plain(&Duty::leader, u"leader"_s, QT_TRANSLATE_NOOP("Field", "Leader on duty"),
                  Column::Searchable | Column::Name | Column::Personal),
        };
        d.list.id = u"duty"_s;
        d.list.columns = {u"duty_date"_s, u"company_id"_s, u"shift"_s, u"person"_s, u"phone"_s, u"leader"_s};
        d.list.filters = {u"shift"_s};
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall
