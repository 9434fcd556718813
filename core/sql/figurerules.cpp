// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sql/figurerules.h"

#include "core/sql/sqldialect.h"

using namespace Qt::StringLiterals;

namespace seawall::FigureRules {

QString activePerson(const QString &alias)
{
    return u"%1.category <> 'external' AND (%1.joined_on IS NULL OR %1.joined_on <= ?)"
           u" AND (%1.left_on IS NULL OR %1.left_on > ?)"_s.arg(alias);
}

QString exemptPerson(const QString &alias)
{
    return u"(%1.exempt_from <= ? AND (%1.exempt_until IS NULL OR %1.exempt_until >= ?))"_s.arg(alias);
}

QString rectifiedFinding(const QString &alias)
{
    return u"(%1.status = 'rectified' AND (%1.rectified_on IS NULL OR %1.rectified_on <= ?))"_s.arg(alias);
}

QString reportingCompany(const QString &alias) { return u"%1.reports_daily = 1"_s.arg(alias); }

QString morningReportingCompany(const QString &alias)
{
    return u"(%1.reports_daily = 1 AND %1.reports_morning = 1)"_s.arg(alias);
}

QString overdueFinding() { return u"(NOT "_s + rectifiedFinding() + u" AND f.deadline < ?)"_s; }

QString dutyCovered(const QString &alias)
{
    // A condition on both back ends (PostgreSQL has no max of a truth
    // value): a full day counts 2, a day and a night 1 together.
    return u"(coalesce((SELECT 2 * max(CASE WHEN d.shift = 'full_day' THEN 1 ELSE 0 END)"
           u" + max(CASE WHEN d.shift = 'day' THEN 1 ELSE 0 END) * max(CASE WHEN d.shift = 'night' THEN 1 ELSE 0 END)"
           u" FROM duty d WHERE d.company_id = %1.id AND d.duty_date = ?), 0) > 0)"_s.arg(alias);
}

QString minimumInForce(const QString &alias)
{
    return u"(SELECT m.minimum FROM stocktake m WHERE m.company_id = %1.company_id AND m.item = %1.item"
           u" AND m.counted_on <= %1.counted_on AND m.minimum IS NOT NULL ORDER BY m.counted_on DESC LIMIT 1)"_s.arg(alias);
}

QString belowMinimum(const QString &alias) { return u"(%1.quantity < %2)"_s.arg(alias, minimumInForce(alias)); }

QString latestStocktake(const QString &alias)
{
    return u"(%1.counted_on = (SELECT max(l.counted_on) FROM stocktake l WHERE l.company_id = %1.company_id"
           u" AND l.item = %1.item AND l.counted_on <= ?))"_s.arg(alias);
}

QString certifies(const QString &alias)
{
    return u"(%1.passed = 1 AND %1.exam_on <= ? AND (%1.valid_until IS NULL OR %1.valid_until >= ?))"_s.arg(alias);
}

QString certificateExpiringSoon(const QString &alias)
{
    return u"(%1.passed = 1 AND %1.exam_on <= ? AND %1.valid_until > ? AND %1.valid_until <= %2)"_s.arg(
        alias, SqlDialect::addDays(u"?"_s, kCertificateWarningDays));
}

QString observedArrival(const QString &alias, const QString &day)
{
    return u"(%1.measure <> 'none' AND %1.arrived_on <= %2 AND %1.ends_on > %2)"_s.arg(alias, day);
}

QString checkedOn(const QString &alias)
{
    return u"EXISTS (SELECT 1 FROM health_check hc WHERE hc.person_id = %1.person_id AND hc.checked_on = ?)"_s.arg(alias);
}

QString awayDeparture(const QString &alias, const QString &day)
{
    return u"(%1.approved = 1 AND %1.leave_on <= %2 AND (%1.returned_on IS NULL OR %1.returned_on > %2))"_s.arg(alias, day);
}

QString countedReport(const QString &alias)
{
    return u"NOT (%1.edition = 'morning' AND EXISTS (SELECT 1 FROM daily_report r2"
           u" WHERE r2.company_id = %1.company_id AND r2.report_date = %1.report_date"
           u" AND r2.edition = 'evening'))"_s.arg(alias);
}

} // namespace seawall::FigureRules
