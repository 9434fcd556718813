// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"

#include <QDate>
#include <QString>

#include <optional>

namespace seawall {

// One count of a supplies item at a company (物资盘点). Natural key:
// company + item + date. An item's stock on a day is the quantity of its
// latest stocktake dated on or before it; its minimum the latest minimum
// given on or before it.
struct Stocktake
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString item;
    QDate date;
    QString unit; // of measure: 个, 瓶, 套
    int quantity = 0;
    std::optional<int> minimum; // the minimum reserve; none when not given

    bool operator==(const Stocktake &) const = default;
};

template <>
const EntityDef &definition<Stocktake>();

} // namespace seawall
