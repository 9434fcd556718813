// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/formoptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

FormOptions formOptions(EntityKind kind)
{
    FormOptions options;
    switch (kind) {
    case EntityKind::DailyReport:
        options.dailyReportersOnly = true;
        // The counts are what the coordinator types first when a unit phones in.
        options.focus = u"on_duty"_s;
        options.placeholders = {{u"anomalies"_s, QT_TRANSLATE_NOOP("FormOptions", "无 (nothing to report)")}};
        options.quickSave = FormOptions::QuickSave{
            QT_TRANSLATE_NOOP("FormOptions", "&Zero report"),
            QT_TRANSLATE_NOOP("FormOptions", "Save a zero report (无): nothing to report today."), u"zeroReport"_s,
            u"anomalies"_s, u"无"_s};
        break;
    case EntityKind::Finding:
        options.onlyWith = FormOptions::OnlyWith{
            u"rectified_on"_s, u"status"_s, u"rectified"_s,
            QT_TRANSLATE_NOOP("FormOptions", "Rectified on: a rectified finding needs the date it was rectified.")};
        break;
    case EntityKind::Duty:
        // A unit's duty is kept by the units that report daily; the name is
        // what the coordinator types first.
        options.dailyReportersOnly = true;
        options.focus = u"person"_s;
        break;
    default: break;
    }
    return options;
}

} // namespace seawall
