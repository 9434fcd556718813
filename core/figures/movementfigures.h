// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace seawall {

// The figures of people on the move (DOMAIN.md, `movement.*`) as of the
// end of one day.
struct MovementFigures
{
    qint64 arrivalsOnDate = 0;
    qint64 arrivalsRiskOnDate = 0; // of those, from a medium or high risk area
    qint64 underObservation = 0;   // distinct persons
    qint64 quarantine = 0;         // of those, under 集中隔离
    qint64 homeMonitoring = 0;     // the others
    qint64 lastDay = 0;            // whose observation ends tomorrow
    qint64 checksMissed = 0;       // under observation, no health check dated D
    qint64 checksAbnormal = 0;     // health checks dated D that are abnormal
    qint64 away = 0;               // distinct persons
    qint64 overdueReturns = 0;     // of those, planned return before D

    bool operator==(const MovementFigures &) const = default;
};

// One company's share of them: through its own records only.
struct CompanyMovement
{
    qint64 arrivalsOnDate = 0;
    qint64 underObservation = 0;
    qint64 away = 0;

    bool operator==(const CompanyMovement &) const = default;
};

} // namespace seawall
