// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"
#include "core/model/enums.h"

#include <QDate>
#include <QString>

namespace seawall {

// One shift of a company's 24-hour duty (值班). Natural key: company +
// date + shift. A company's duty is covered on a day by a full-day shift,
// or by both a day and a night shift.
struct Duty
{
    qint64 id = 0;
    qint64 companyId = 0;
    QDate date;
    DutyShift shift = DutyShift::FullDay;
    QString person; // the person on duty, by name
    QString phone;
    QString leader; // 带班领导

    bool operator==(const Duty &) const = default;
};

template <>
const EntityDef &definition<Duty>();

} // namespace seawall
