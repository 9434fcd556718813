// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/model/stocktake.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace seawall {

// Each supplies item's stock on a day against its minimum (DOMAIN.md: the
// latest stocktake on or before the day, the latest minimum given on or
// before it), and the counts of one item over time.
struct StockLevel
{
    qint64 stocktakeId = 0; // the latest count
    qint64 companyId = 0;
    QString company;
    QString item;
    QString unit;
    QDate countedOn;
    qint64 quantity = 0;
    std::optional<qint64> minimum;

    bool below() const { return minimum && quantity < *minimum; }
};

namespace StockLevels {

// Every item of the companies among `companyIds` (all when empty) counted
// on or before `date`, by company code, then item.
Result<std::vector<StockLevel>> on(Database &db, const QDate &date, const QList<qint64> &companyIds = {});
// The counts of one item of a company, newest first.
std::vector<Stocktake> history(Database &db, qint64 companyId, const QString &item);

} // namespace StockLevels
} // namespace seawall
