// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reconcile/discrepancy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

namespace {

// Each kind: the code its reviews are stored under, and its name.
struct KindInfo
{
    DiscrepancyKind kind;
    const char *code;
    const char *name; // "Reconcile" context
};

constexpr KindInfo kKinds[] = {
    {DiscrepancyKind::TestCount, "test_count", QT_TRANSLATE_NOOP("Reconcile", "Tests reported vs. recorded")},
    {DiscrepancyKind::OffRoster, "off_roster", QT_TRANSLATE_NOOP("Reconcile", "Persons not on the roster")},
    {DiscrepancyKind::Unvaccinated, "unvaccinated", QT_TRANSLATE_NOOP("Reconcile", "Vaccination incomplete")},
    {DiscrepancyKind::MissingReport, "missing_report", QT_TRANSLATE_NOOP("Reconcile", "Missing daily report")},
    {DiscrepancyKind::OverdueFinding, "overdue_finding", QT_TRANSLATE_NOOP("Reconcile", "Overdue finding")},
    {DiscrepancyKind::NameMismatch, "name_mismatch", QT_TRANSLATE_NOOP("Reconcile", "Names differ for one ID number")},
    {DiscrepancyKind::MovementCount, "movement_count", QT_TRANSLATE_NOOP("Reconcile", "People on the move reported vs. registered")},
};

const KindInfo *infoOf(DiscrepancyKind kind)
{
    for (const KindInfo &info : kKinds)
        if (info.kind == kind)
            return &info;
    return nullptr;
}

} // namespace

QString kindCode(DiscrepancyKind kind)
{
    const KindInfo *info = infoOf(kind);
    return info ? QString::fromLatin1(info->code) : QString();
}

std::optional<DiscrepancyKind> parseKindCode(const QString &code)
{
    for (const KindInfo &info : kKinds)
        if (code == QLatin1StringView(info.code))
            return info.kind;
    return std::nullopt;
}

QString displayName(DiscrepancyKind kind)
{
    const KindInfo *info = infoOf(kind);
    return info ? QCoreApplication::translate("Reconcile", info->name) : QString();
}

} // namespace seawall
