// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sql/figurerules.h"

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

} // namespace seawall::FigureRules
