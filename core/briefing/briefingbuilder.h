// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/briefing/briefing.h"
#include "core/db/database.h"

namespace seawall {

// Gathers a briefing's contents for a day and edition with SQL aggregates
// (through FiguresEngine for the headline figures), and drafts its
// paragraph.
class BriefingBuilder
{
public:
    explicit BriefingBuilder(Database &db);

    // Everything but the print fields (printedBy/At, programVersion) and the
    // issue number, which BriefingStore assigns when the briefing is saved.
    // The evening edition of D is as of the end of D; the morning edition of
    // D as of the end of D − 1, with D's morning reports so far.
    Result<Briefing> build(const QDate &date, ReportEdition edition) const;

    // The morning reports of `date` received so far, of the units that send
    // a morning report.
    Result<Briefing::MorningReports> morningReports(const QDate &date) const;

    // The 总体情况 paragraph in the user's language, drafted from the
    // figures: a positive result is stated plainly and first; then tests
    // today and to date, vaccination, volunteers, findings, daily reports.
    static QString draftParagraph(const Briefing &briefing);

private:
    Database &m_db;
};

} // namespace seawall
