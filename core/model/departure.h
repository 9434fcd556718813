// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"

#include <QDate>
#include <QString>

namespace seawall {

// A declaration of leaving the city (离城申报). Natural key: person + leave
// date. The person is away from the leave date while it is approved and
// until the day they are back.
struct Departure
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 companyId = 0;
    QDate leaveOn;
    QString destination;
    QString reason;
    QDate plannedReturnOn; // null when not said
    bool approved = true;  // an empty cell means approved
    QDate returnedOn;      // null until back

    // Away at the end of `day`: approved, left on or before it, not back by it.
    bool isAwayOn(const QDate &day) const;
    bool operator==(const Departure &) const = default;
};

template <>
const EntityDef &definition<Departure>();

} // namespace seawall
