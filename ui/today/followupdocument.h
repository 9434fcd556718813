// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/followuplist.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

class QPagedPaintDevice;

namespace seawall {

// The follow-up list on A4 across, for the units to call their people under
// observation: who, where from, day N of M, the day's temperature or a
// blank to write it in; then who is away past their planned return. Phone
// numbers are printed in full, as on the call list.
class FollowUpDocument
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpDocument)

public:
    FollowUpDocument(const QDate &date, std::vector<FollowUpEntry> observed, std::vector<OverdueReturn> overdue,
                     const QDateTime &printedAt);

    void print(QPagedPaintDevice *device) const;
    Status writePdf(const QString &path) const;
    QString html() const;

private:
    QDate m_date;
    std::vector<FollowUpEntry> m_observed;
    std::vector<OverdueReturn> m_overdue;
    QDateTime m_printedAt;
};

} // namespace seawall
