// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"
#include "core/model/enums.h"

#include <QDate>
#include <QString>

namespace seawall {

// One nucleic-acid test record (核酸检测, one person-time).
// Natural key: person + sampled-on date + site.
struct NucleicTest
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 companyId = 0; // the reporting company
    QDate sampledOn;
    QString site;
    TestResult result = TestResult::Negative;
    QString lab;

    bool operator==(const NucleicTest &) const = default;
};

template <>
const EntityDef &definition<NucleicTest>();

} // namespace seawall
