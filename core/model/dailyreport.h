// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"
#include "core/model/enums.h"

#include <QDate>
#include <QString>

namespace seawall {

// A unit's daily report (日报告). Natural key: company + date + edition.
struct DailyReport
{
    qint64 id = 0;
    qint64 companyId = 0;
    QDate date;
    ReportEdition edition = ReportEdition::Evening;
    int onDuty = 0;
    int away = 0;
    int arrivals = 0;
    int underObservation = 0;
    int testsDone = 0;
    QString anomalies;

    // 零报告: nothing to report (empty, 无, 无异常 or none).
    bool isZeroReport() const;
    static bool isZeroText(const QString &anomalies);
    bool operator==(const DailyReport &) const = default;
};

template <>
const EntityDef &definition<DailyReport>();

} // namespace seawall
