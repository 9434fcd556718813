// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/healthcheck.h"

#include "core/entity/entitydef.h"
#include "core/util/text.h"

using namespace Qt::StringLiterals;

namespace seawall {

bool HealthCheck::isNormalText(const QString &symptoms)
{
    const QString folded = foldLabel(symptoms);
    return folded.isEmpty() || folded == u"无"_s || folded == u"无异常"_s || folded == u"正常"_s
           || folded == u"none"_s;
}

bool HealthCheck::isAbnormal() const
{
    // Compared in tenths, so that 37.3 typed or read from a file is 37.3.
    const bool fever = temperature && qRound(*temperature * 10.0) >= qRound(kFever * 10.0);
    return fever || !isNormalText(symptoms);
}

namespace {

bool abnormal(const HealthCheck &check) { return check.isAbnormal(); }

} // namespace

template <>
const EntityDef &definition<HealthCheck>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::HealthCheck, u"health_check"_s, QT_TRANSLATE_NOOP("Entity", "health check"),
                    QT_TRANSLATE_NOOP("Entity", "Health checks")};
        d.since = 12;
        d.columns = aboutPerson(&HealthCheck::personId, &HealthCheck::companyId);
        d.columns += QList<Column>{
            plain(&HealthCheck::checkedOn, u"checked_on"_s, QT_TRANSLATE_NOOP("Field", "Date"),
                  Column::Key | Column::Day)
                .withField(u"date"_s),
            plain(&HealthCheck::temperature, u"temperature"_s, QT_TRANSLATE_NOOP("Field", "Temperature (℃)"),
                  Column::Optional),
            plain(&HealthCheck::symptoms, u"symptoms"_s, QT_TRANSLATE_NOOP("Field", "Symptoms"), Column::Searchable),
            // Stored so that the figures count abnormal checks by the one
            // rule of HealthCheck::isAbnormal().
            derived(u"abnormal"_s, &abnormal, QT_TRANSLATE_NOOP("Field", "Abnormal")),
        };
        d.list.id = u"health_checks"_s;
        d.list.columns = {u"checked_on"_s, u"person_id"_s, u"company_id"_s, u"temperature"_s, u"symptoms"_s,
                          u"abnormal"_s};
        d.list.filters = {u"abnormal"_s};
        d.list.highlight = u"r.abnormal = 1"_s;
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall
