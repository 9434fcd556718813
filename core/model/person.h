// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"
#include "core/model/enums.h"

#include <QDate>
#include <QString>

namespace seawall {

// A person of the roster (花名册), or an external person (外部) who appears
// only in test, vaccination or shift records.
struct Person
{
    qint64 id = 0;
    QString idNumber;
    QString name;
    qint64 companyId = 0;
    QString department;
    Gender gender = Gender::Unknown;
    QString phone;
    QString position;
    bool partyMember = false;
    PersonCategory category = PersonCategory::Staff;
    QDate joinedOn;   // null when unknown
    QDate leftOn;     // null while employed
    QDate exemptFrom; // medical contraindication (接种禁忌), null when none
    QDate exemptUntil;

    bool onRoster() const { return category != PersonCategory::External; }
    bool operator==(const Person &) const = default;
};

template <>
const EntityDef &definition<Person>();

} // namespace seawall
