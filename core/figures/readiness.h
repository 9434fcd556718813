// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace seawall {

// An item of a company whose stock on the day is below its minimum.
struct SupplyShortage
{
    qint64 stocktakeId = 0; // the latest count, on or before the day
    qint64 companyId = 0;
    QString company; // name
    QString item;
    QString unit;
    qint64 quantity = 0;
    qint64 minimum = 0;

    bool operator==(const SupplyShortage &) const = default;
};

// The readiness figures of DOMAIN.md (`readiness.*`) as of the end of a day.
struct ReadinessFigures
{
    QStringList dutyGaps; // names of reporting companies whose duty is not covered, by code
    std::vector<SupplyShortage> suppliesBelowMinimum; // by company code, then item
    qint64 certified = 0;             // distinct active persons
    qint64 certificatesExpiring = 0;  // records expiring within D + 1 … D + 30
    qint64 drillsCumulative = 0;
    qint64 drillsLast30Days = 0;      // dated D − 29 … D
    QStringList companiesWithoutDrill; // names of reporting companies, by code

    bool operator==(const ReadinessFigures &) const = default;
};

} // namespace seawall
