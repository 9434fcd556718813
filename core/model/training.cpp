// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/training.h"

#include "core/entity/entitydef.h"
#include "core/sql/figurerules.h"

using namespace Qt::StringLiterals;

namespace seawall {

template <>
const EntityDef &definition<Training>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Training, u"training"_s, QT_TRANSLATE_NOOP("Entity", "training record"),
                    QT_TRANSLATE_NOOP("Entity", "Trainings")};
        d.columns = aboutPerson(&Training::personId, &Training::companyId, 0, Column::Optional);
        d.columns += QList<Column>{
            plain(&Training::course, u"course"_s, QT_TRANSLATE_NOOP("Field", "Course"),
                  Column::Key | Column::Required | Column::Searchable),
            plain(&Training::examOn, u"exam_on"_s, QT_TRANSLATE_NOOP("Field", "Exam date"), Column::Day),
            plain(&Training::passed, u"passed"_s, QT_TRANSLATE_NOOP("Field", "Passed")),
            plain(&Training::certificateNo, u"certificate_no"_s, QT_TRANSLATE_NOOP("Field", "Certificate number"),
                  Column::Searchable),
            plain(&Training::validUntil, u"valid_until"_s, QT_TRANSLATE_NOOP("Field", "Valid until"),
                  Column::Optional),
        };
        d.list.id = u"trainings"_s;
        d.list.columns = {u"exam_on"_s,        u"person_id"_s,  u"company_id"_s, u"course"_s,
                          u"passed"_s,         u"certificate_no"_s, u"valid_until"_s};
        d.list.hidden = {u"id_number"_s};
        d.list.filters = {u"passed"_s};
        // A certificate that expires within 30 days of the as-of date stands out.
        d.list.highlight = FigureRules::certificateExpiringSoon(u"r"_s);
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall
