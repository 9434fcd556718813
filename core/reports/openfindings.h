// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace seawall {

// A finding of an inspection not rectified as of a day, with where it was
// found. Overdue once its deadline has passed; one without a deadline
// never is (DOMAIN.md).
struct OpenFinding
{
    qint64 findingId = 0;
    qint64 companyId = 0;
    QString companyCode;
    QString companyName;
    QString inspectionCode;
    QDate inspectedOn;
    QString description;
    QDate deadline;
    int daysOverdue = 0; // as of the day; 0 when not overdue

    bool overdue() const { return daysOverdue > 0; }
    bool operator==(const OpenFinding &) const = default;
};

// The one query of the open findings, by the figures' rules (FigureRules),
// for the Today list, the reconciliation and the briefing alike.
namespace OpenFindings {

enum class Which { Open, Overdue };

// Of inspections up to `date`, of the companies in `scope` (empty for the
// whole group): overdue first, then by deadline (none last), company,
// inspection and description.
Result<std::vector<OpenFinding>> load(Database &db, const QDate &date, Which which, const QList<qint64> &scope = {});

} // namespace OpenFindings

} // namespace seawall
