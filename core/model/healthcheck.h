// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"

#include <QDate>
#include <QString>

#include <optional>

namespace seawall {

// One day's health check of a person (健康监测): temperature and symptoms,
// phoned in or sent in a file. Natural key: person + date.
struct HealthCheck
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 companyId = 0;
    QDate checkedOn;
    std::optional<double> temperature; // ℃, empty when not taken
    QString symptoms;

    // A temperature from this on is a fever (发热).
    static constexpr double kFever = 37.3;
    // Symptoms that say there are none: empty, 无, 无异常, 正常, none.
    static bool isNormalText(const QString &symptoms);
    bool isAbnormal() const;
    bool operator==(const HealthCheck &) const = default;
};

template <>
const EntityDef &definition<HealthCheck>();

} // namespace seawall
