// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"

#include <QDateTime>
#include <QString>

namespace seawall {

// One volunteer shift (志愿服务). Natural key: person + start time.
// Times are local wall-clock times, stored to the minute.
struct VolunteerShift
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 companyId = 0;
    QString team;
    QString site;
    QString task;
    QDateTime start;
    QDateTime end;
    QString remark;

    double hours() const { return double(start.secsTo(end)) / 3600.0; }
    bool operator==(const VolunteerShift &) const = default;
};

template <>
const EntityDef &definition<VolunteerShift>();

} // namespace seawall
