// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/vaccination.h"

#include "core/entity/entitydef.h"

using namespace Qt::StringLiterals;

namespace seawall {

template <>
const EntityDef &definition<Vaccination>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Vaccination, u"vaccination"_s, QT_TRANSLATE_NOOP("Entity", "vaccination"),
                    QT_TRANSLATE_NOOP("Entity", "Vaccinations")};
        d.columns = aboutPerson(&Vaccination::personId, &Vaccination::companyId, Column::Indexed, Column::Optional);
        d.columns += QList<Column>{
            plain(&Vaccination::dose, u"dose"_s, QT_TRANSLATE_NOOP("Field", "Dose"), Column::Key),
            plain(&Vaccination::vaccinatedOn, u"vaccinated_on"_s, QT_TRANSLATE_NOOP("Field", "Vaccination date"),
                  Column::Day)
                .withField(u"date"_s),
            plain(&Vaccination::manufacturer, u"manufacturer"_s, QT_TRANSLATE_NOOP("Field", "Manufacturer"),
                  Column::Searchable | Column::Indexed),
            plain(&Vaccination::place, u"place"_s, QT_TRANSLATE_NOOP("Field", "Place"),
                  Column::Searchable | Column::Indexed),
        };
        d.title = {u"dose"_s, u"person_id"_s};
        // A person's milestones follow their doses.
        d.follow = EntityDef::FollowUp::VaccinationMilestones;
        d.followBy = u"person_id"_s;
        d.list.id = u"vaccinations"_s;
        d.list.columns = {u"vaccinated_on"_s, u"person_id"_s, u"company_id"_s,
                          u"dose"_s,          u"manufacturer"_s, u"place"_s};
        d.list.filters = {u"dose"_s};
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall
