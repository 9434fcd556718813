// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/inspection.h"

#include "core/entity/entitydef.h"
#include "core/sql/figurerules.h"

using namespace Qt::StringLiterals;

namespace seawall {

template <>
const EntityDef &definition<Inspection>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Inspection, u"inspection"_s, QT_TRANSLATE_NOOP("Entity", "inspection"),
                    QT_TRANSLATE_NOOP("Entity", "Inspections")};
        d.columns = {
            plain(&Inspection::code, u"code"_s, QT_TRANSLATE_NOOP("Field", "Inspection code"), Column::Key | Column::Required | Column::Searchable),
            plain(&Inspection::inspectedOn, u"inspected_on"_s, QT_TRANSLATE_NOOP("Field", "Inspection date"),
                  Column::Day)
                .withField(u"date"_s),
            companyOf(&Inspection::companyId),
            plain(&Inspection::method, u"method"_s, QT_TRANSLATE_NOOP("Field", "Method")),
            plain(&Inspection::inspectors, u"inspectors"_s, QT_TRANSLATE_NOOP("Field", "Inspectors"),
                  Column::Searchable | Column::Name | Column::Personal)
                .withField(u"inspector"_s),
        };
        d.list.id = u"inspections"_s;
        d.list.columns = {u"inspected_on"_s, u"code"_s,      u"company_id"_s,   u"method"_s,
                          u"inspectors"_s,   u"findings"_s,  u"findings_open"_s};
        d.list.computed = {
            {u"findings"_s, QT_TRANSLATE_NOOP("Field", "Findings"),
             u"(SELECT count(*) FROM finding f WHERE f.inspection_id = r.id)"_s},
            {u"findings_open"_s, QT_TRANSLATE_NOOP("Field", "Open"),
             u"(SELECT count(*) FROM finding f WHERE f.inspection_id = r.id AND f.status = 'open')"_s},
        };
        d.list.filters = {u"method"_s, u"open"_s};
        d.list.conditions = {{u"open"_s,
                              QT_TRANSLATE_NOOP("Field", "Findings"),
                              {{QT_TRANSLATE_NOOP("Field", "With open findings"),
                                u"EXISTS (SELECT 1 FROM finding f WHERE f.inspection_id = r.id AND f.status = 'open')"_s}}}};
        // An inspection with an overdue finding stands out.
        d.list.highlight = u"EXISTS (SELECT 1 FROM finding f WHERE f.inspection_id = r.id AND f.deadline < ? AND NOT "_s
                           + FigureRules::rectifiedFinding() + u')';
        d.list.shows = {EntityKind::Finding};
        return std::move(d.finish());
    }();
    return def;
}

template <>
const EntityDef &definition<Finding>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Finding, u"finding"_s, QT_TRANSLATE_NOOP("Entity", "finding"),
                    QT_TRANSLATE_NOOP("Entity", "Findings")};
        d.columns = {
            reference(&Finding::inspectionId, u"inspection_id"_s, EntityKind::Inspection,
                      QT_TRANSLATE_NOOP("Field", "Inspection"), Column::Key | Column::Cascade)
                .withField(u"inspection"_s),
            plain(&Finding::description, u"description"_s, QT_TRANSLATE_NOOP("Field", "Finding"),
                  Column::Key | Column::Required | Column::Searchable)
                .withField(u"finding"_s),
            plain(&Finding::deadline, u"deadline"_s, QT_TRANSLATE_NOOP("Field", "Deadline"), Column::Optional),
            plain(&Finding::status, u"status"_s, QT_TRANSLATE_NOOP("Field", "Status")),
            plain(&Finding::rectifiedOn, u"rectified_on"_s, QT_TRANSLATE_NOOP("Field", "Rectified on"),
                  Column::Optional),
        };
        d.title = {u"description"_s};
        d.list.id = u"findings"_s;
        d.list.columns = {u"description"_s, u"deadline"_s, u"status"_s, u"rectified_on"_s};
        d.list.sortColumn = 1;
        d.list.company = u"j_inspection_id.company_id"_s;
        d.list.highlight = u"r.deadline < ? AND NOT "_s + FigureRules::rectifiedFinding(u"r"_s);
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall
