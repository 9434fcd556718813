// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/model/duty.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace seawall {

// The 24-hour duty of the units that report daily over seven days: the
// week grid of the Duty view and the 值班表 printed from it.
struct DutyWeek
{
    static constexpr int kDays = 7;

    struct Row
    {
        qint64 companyId = 0;
        QString code;
        QString name;
        std::array<QList<Duty>, kDays> days; // each day's shifts, in shift order
    };

    QDate start;
    std::vector<Row> rows; // by company code

    QDate day(int column) const { return start.addDays(column); }

    // Covered (DOMAIN.md): a full-day shift, or both a day and a night shift.
    static bool covered(const QList<Duty> &shifts);
    // The shifts a day still needs: full day when it has none, the other
    // one when it has a day or a night shift only; none when covered.
    static QList<DutyShift> missing(const QList<Duty> &shifts);
    // The Monday of the week holding `day`.
    static QDate weekOf(const QDate &day);

    // The week from `start`, of the companies that report daily among
    // `companyIds` (all when empty).
    static Result<DutyWeek> load(Database &db, const QDate &start, const QList<qint64> &companyIds = {});
};

} // namespace seawall
