// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"

#include <QDate>
#include <QString>

namespace seawall {

// A person's training and exam (培训考试). Natural key: person + course. It
// certifies on a day when passed, the exam is on or before the day, and
// the certificate is valid until that day or later (or has no expiry).
struct Training
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 companyId = 0;
    QString course;
    QDate examOn;
    bool passed = false;
    QString certificateNo;
    QDate validUntil; // null: no expiry

    bool certifiesOn(const QDate &day) const
    {
        return passed && examOn.isValid() && examOn <= day && (!validUntil.isValid() || validUntil >= day);
    }
    bool operator==(const Training &) const = default;
};

template <>
const EntityDef &definition<Training>();

} // namespace seawall
