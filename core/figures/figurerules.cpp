// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figures/figurerules.h"

using namespace Qt::StringLiterals;

namespace seawall::FigureRules {

QString activePerson(const QString &alias)
{
    return u"%1.category <> 'external' AND (%1.joined_on IS NULL OR %1.joined_on <= ?)"
           u" AND (%1.left_on IS NULL OR %1.left_on > ?)"_s.arg(alias);
}

QString rectifiedFinding()
{
    return u"(f.status = 'rectified' AND (f.rectified_on IS NULL OR f.rectified_on <= ?))"_s;
}

QString reportingCompany(const QString &alias) { return u"%1.reports_daily = 1"_s.arg(alias); }

QString overdueFinding() { return u"(NOT "_s + rectifiedFinding() + u" AND f.deadline < ?)"_s; }

} // namespace seawall::FigureRules
