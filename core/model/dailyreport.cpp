// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/dailyreport.h"

#include "core/util/text.h"

using namespace Qt::StringLiterals;

namespace seawall {

bool DailyReport::isZeroText(const QString &anomalies)
{
    const QString folded = foldLabel(anomalies);
    return folded.isEmpty() || folded == u"无"_s || folded == u"无异常"_s || folded == u"none"_s;
}

bool DailyReport::isZeroReport() const { return isZeroText(anomalies); }

} // namespace seawall
