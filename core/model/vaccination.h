// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"
#include "core/model/enums.h"

#include <QDate>
#include <QString>

namespace seawall {

// One vaccine dose (剂次). Natural key: person + dose.
struct Vaccination
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 companyId = 0;
    Dose dose = Dose::First;
    QDate vaccinatedOn;
    QString manufacturer;
    QString place;

    bool operator==(const Vaccination &) const = default;
};

template <>
const EntityDef &definition<Vaccination>();

} // namespace seawall
