// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"
#include "core/model/enums.h"

#include <QDate>
#include <QString>

namespace seawall {

// A drill a company held (演练). Natural key: company + date + title.
struct Drill
{
    qint64 id = 0;
    qint64 companyId = 0;
    QDate date;
    QString title;
    DrillType type = DrillType::Other;
    int participants = 0;
    QString notes;

    bool operator==(const Drill &) const = default;
};

template <>
const EntityDef &definition<Drill>();

} // namespace seawall
