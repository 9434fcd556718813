// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/briefing/briefing.h"
#include "core/db/database.h"

#include <QJsonObject>

#include <vector>

namespace seawall {

// Briefings as printed or exported: their date, edition, issue number,
// figures and paragraph are kept, so that a later change to the data can be
// shown against what leaders read.
class BriefingStore
{
public:
    struct Saved
    {
        qint64 id = 0;
        QDate date;
        ReportEdition edition = ReportEdition::Evening;
        int issueNumber = 0;
        QJsonObject figures; // FiguresFormat::toJson of what was printed
        QString paragraph;
        bool paragraphEdited = false;
        QDateTime printedAt;
        QString printedBy;

        // The day the printed figures were as of: the briefing's day for an
        // evening edition, the day before for a morning one.
        QDate figuresDate() const;
    };

    // One figure that differs between a saved briefing and the data now.
    struct Change
    {
        QString key; // "tests.on_date", "companies.KF.personnel", "daily_reports.missing"
        QString label; // in the user's language
        QString before;
        QString now;
    };

    explicit BriefingStore(Database &db);

    // The issue number the briefing of (date, edition) has or will get: its
    // own if it was saved before, else one more than the highest so far.
    int issueNumberFor(const QDate &date, ReportEdition edition) const;

    // Saves (or replaces, for the same date and edition) a printed briefing;
    // sets its issue number.
    // An evening edition locks its day (core/audit/daylocks.h).
    Result<Saved> save(Briefing &briefing);
    std::optional<Saved> find(const QDate &date, ReportEdition edition) const;
    std::vector<Saved> all() const; // newest first

    // An edited paragraph is kept for (date, edition) until printed. An
    // empty one drops the edit: the briefing goes back to the drafted text.
    Status saveParagraph(const QDate &date, ReportEdition edition, const QString &paragraph);
    std::optional<QString> editedParagraph(const QDate &date, ReportEdition edition) const;

    // What changed since a saved briefing was printed.
    static std::vector<Change> changes(const Saved &saved, const Figures &now);

private:
    Database &m_db;
};

} // namespace seawall
