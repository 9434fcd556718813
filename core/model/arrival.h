// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"
#include "core/model/enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace seawall {

// An arrival or a return to the city (来返登记). Natural key: person +
// arrival date. Under a measure other than 无 the person is observed from
// the arrival date until the day before the observation ends.
struct Arrival
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 companyId = 0;
    QDate arrivedOn;
    QString fromPlace;
    RiskLevel riskLevel = RiskLevel::None;
    HealthCode healthCode = HealthCode::Green;
    ObservationMeasure measure = ObservationMeasure::None;
    std::optional<int> observationDays; // empty: the measure's own (7 at home, 14 centralised)
    QDate releasedOn;                    // null when not released early

    // The days the measure lasts when not given.
    static int defaultDays(ObservationMeasure measure);
    int observationDaysOrDefault() const;
    // The released-on date when given, else the arrival date plus the
    // observation days: the first day no longer observed.
    QDate endsOn() const;
    bool isObservedOn(const QDate &day) const;
    bool operator==(const Arrival &) const = default;
};

template <>
const EntityDef &definition<Arrival>();

} // namespace seawall
