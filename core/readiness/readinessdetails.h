// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/figures/readiness.h"
#include "core/model/duty.h"
#include "core/model/enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace seawall {

// The records behind the readiness warnings of a day (Today, the
// briefing's 保障情况), by the rules of the readiness figures.
struct ReadinessDetails
{
    // A unit that reports daily whose duty is not covered on a day.
    struct DutyGap
    {
        qint64 companyId = 0;
        QString company;
        QDate date;
        QList<DutyShift> missing;
    };
    // A training record of an active person that certifies on the day and
    // expires within the 30 days after it.
    struct Expiring
    {
        qint64 trainingId = 0;
        QString person;
        QString company;
        QString course;
        QDate validUntil;
    };
    // A unit that reports daily with no drill in the 30 days up to the day.
    struct NoDrill
    {
        qint64 companyId = 0;
        QString company;
        QDate lastDrill; // null when it never held one
    };
    // A unit's duty on the day, one line per shift.
    struct OnDuty
    {
        QString company;
        Duty duty;
    };
    struct DrillHeld
    {
        qint64 drillId = 0;
        QDate date;
        QString company;
        QString title;
        DrillType type = DrillType::Other;
        int participants = 0;
    };

    QDate date;
    std::vector<DutyGap> dutyGaps;        // the day, then the next, by company code
    std::vector<SupplyShortage> shortages; // by company code, then item
    std::vector<Expiring> expiring;        // soonest first
    std::vector<NoDrill> withoutDrill;     // by company code
    std::vector<OnDuty> onDuty;            // the day's duty, by company code and shift
    std::vector<DrillHeld> drillsThisMonth; // from the 1st of the day's month to the day, by date

    // Of the companies among `companyIds` (all when empty).
    static Result<ReadinessDetails> load(Database &db, const QDate &date, const QList<qint64> &companyIds = {});
};

} // namespace seawall
