// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readiness/dutyweek.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QDateTime>

class QPagedPaintDevice;

namespace seawall {

// The week's 值班表 on one A4 landscape page: per unit and day the person
// on duty with the phone, and the leader on duty. Posted on the wall and
// dialled from, so the numbers are printed in full.
class DutyRosterDocument
{
    Q_DECLARE_TR_FUNCTIONS(DutyRosterDocument)

public:
    DutyRosterDocument(DutyWeek week, const QDateTime &printedAt);

    QString html() const;
    // Lays the roster out for `device`, turned to landscape.
    void print(QPagedPaintDevice *device) const;
    Status writePdf(const QString &path) const;

private:
    // One day of a unit: each shift's person and phone, then the leaders.
    static QString cellHtml(const QList<Duty> &shifts);
    // 白 / 夜 / 全天: a shift's name short enough for a day's column.
    static QString shortName(DutyShift shift);

    DutyWeek m_week;
    QDateTime m_printedAt;
};

} // namespace seawall
