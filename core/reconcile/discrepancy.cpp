// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reconcile/discrepancy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

QString kindCode(DiscrepancyKind kind)
{
    switch (kind) {
    case DiscrepancyKind::TestCount:
        return u"test_count"_s;
    case DiscrepancyKind::OffRoster:
        return u"off_roster"_s;
    case DiscrepancyKind::Unvaccinated:
        return u"unvaccinated"_s;
    case DiscrepancyKind::MissingReport:
        return u"missing_report"_s;
    case DiscrepancyKind::OverdueFinding:
        return u"overdue_finding"_s;
    case DiscrepancyKind::NameMismatch:
        return u"name_mismatch"_s;
    }
    return {};
}

std::optional<DiscrepancyKind> parseKindCode(const QString &code)
{
    for (DiscrepancyKind kind : kAllDiscrepancyKinds)
        if (kindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString displayName(DiscrepancyKind kind)
{
    switch (kind) {
    case DiscrepancyKind::TestCount:
        return QCoreApplication::translate("Reconcile", "Tests reported vs. recorded");
    case DiscrepancyKind::OffRoster:
        return QCoreApplication::translate("Reconcile", "Persons not on the roster");
    case DiscrepancyKind::Unvaccinated:
        return QCoreApplication::translate("Reconcile", "Vaccination incomplete");
    case DiscrepancyKind::MissingReport:
        return QCoreApplication::translate("Reconcile", "Missing daily report");
    case DiscrepancyKind::OverdueFinding:
        return QCoreApplication::translate("Reconcile", "Overdue finding");
    case DiscrepancyKind::NameMismatch:
        return QCoreApplication::translate("Reconcile", "Names differ for one ID number");
    }
    return {};
}

} // namespace seawall
