// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"
#include "core/model/enums.h"

#include <QDate>
#include <QString>

namespace seawall {

// An inspection (督查检查) of one company. Natural key: its code.
struct Inspection
{
    qint64 id = 0;
    QString code;
    QDate inspectedOn;
    qint64 companyId = 0;
    InspectionMethod method = InspectionMethod::Regular;
    QString inspectors;

    bool operator==(const Inspection &) const = default;
};

// A problem found by an inspection. Natural key: inspection + description.
struct Finding
{
    qint64 id = 0;
    qint64 inspectionId = 0;
    QString description;
    QDate deadline;
    FindingStatus status = FindingStatus::Open;
    QDate rectifiedOn;

    bool operator==(const Finding &) const = default;
};

template <>
const EntityDef &definition<Inspection>();
template <>
const EntityDef &definition<Finding>();

} // namespace seawall
