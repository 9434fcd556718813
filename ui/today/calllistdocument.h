// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/reportgrid.h"

#include <QDateTime>

#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace seawall {

// The call list on A4: a title, the day, and the units that have not sent
// their daily report with whom to call. For the coordinator's desk, so the
// phone numbers are printed in full.
class CallListDocument
{
public:
    CallListDocument(const QDate &date, std::vector<CallListEntry> entries, const QDateTime &printedAt);

    // A document laid out for `device` (page size and margins).
    void print(QPagedPaintDevice *device) const;
    Status writePdf(const QString &path) const;
    QString html() const;

private:
    QDate m_date;
    std::vector<CallListEntry> m_entries;
    QDateTime m_printedAt;
};

} // namespace seawall
