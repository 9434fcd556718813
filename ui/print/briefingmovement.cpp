// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing's section of people on the move (来返人员与健康监测): one
// compact table of the companies with anything to act on, its total, and
// a line naming those with people away only.
#include "ui/print/briefingdocument.h"

#include "ui/common/printstyle.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace seawall {

std::vector<PageBlock> BriefingDocument::movement() const
{
    std::vector<PageBlock> blocks;
    const Briefing &b = m_briefing;
    // A day without arrivals, anyone observed or away needs no section:
    // the page is for what leaders must act on.
    if (b.movement.empty())
        return blocks;
    addHeading(blocks, tr("VII. Arrivals and health monitoring"));
    const MovementFigures &total = b.figures.movement;
    const bool morning = b.edition == ReportEdition::Morning;
    const QLocale locale;
    const auto n = [&locale](qint64 value) { return locale.toString(value); };
    // "3 (1)": a count and the part of it the header names in brackets.
    const auto pair = [&n](qint64 all, qint64 part) { return part > 0 ? u"%1 (%2)"_s.arg(n(all), n(part)) : n(all); };
    PageBlocks::Table table;
    table.widths = {2.6, 1.7, 2.0, 1.2, 1.3, 1.3, 1.6};
    table.align = {Qt::AlignLeft,    Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter,
                   Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter};
    table.header = {tr("Company"),
                    morning ? tr("Arrivals yesterday (risk areas)") : tr("Arrivals today (risk areas)"),
                    tr("Under observation (centralised)"),
                    tr("Last day"),
                    tr("Checks missed"),
                    tr("Abnormal checks"),
                    tr("Away (overdue)")};
    const auto row = [&](const QString &name, const MovementFigures &m) {
        return QStringList{name,
                           pair(m.arrivalsOnDate, m.arrivalsRiskOnDate),
                           pair(m.underObservation, m.quarantine),
                           n(m.lastDay),
                           n(m.checksMissed),
                           n(m.checksAbnormal),
                           pair(m.away, m.overdueReturns)};
    };
    // A company whose only figure is people away, none of them overdue,
    // needs no call: it is named in a line below the table, not given a row.
    QStringList awayOnly;
    for (const Briefing::MovementRow &r : b.movement) {
        const MovementFigures &m = r.figures;
        if (m.arrivalsOnDate == 0 && m.underObservation == 0 && m.lastDay == 0 && m.checksMissed == 0
            && m.checksAbnormal == 0 && m.overdueReturns == 0) {
            awayOnly << tr("%1 %2", "a unit and how many of its people are away").arg(r.company, n(m.away));
            continue;
        }
        table.rows.push_back(row(r.company, r.figures));
        // What needs a call today stands out.
        table.emphasised.push_back(r.figures.checksMissed > 0 || r.figures.checksAbnormal > 0
                                   || r.figures.overdueReturns > 0);
    }
    // The group's figures: a person observed or away through two
    // companies' records counts once.
    table.rows.push_back(row(tr("Group"), total));
    table.emphasised.push_back(true);
    for (PageBlock &block : PageBlocks::table(table, m_width))
        blocks.push_back(std::move(block));
    if (!awayOnly.isEmpty())
        blocks.push_back(PageBlocks::text(
            tr("Away, none overdue: %1.")
                .arg(awayOnly.join(QCoreApplication::translate("Briefing", ", ", "between the names of units"))),
            PrintStyle::font(PrintStyle::Face::Body, 10.5, false), m_width, Qt::AlignLeft, Qt::black, 0, PrintStyle::points(2)));
    return blocks;
}

} // namespace seawall
