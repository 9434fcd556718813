// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing's 保障情况: today's duty, duty gaps, supplies below their
// minimum, certificates expiring, drills this month. Kept to a table of the
// units on duty and a few lines, so that the briefing stays within three
// pages.
#include "ui/print/briefingdocument.h"

#include "core/util/masking.h"
#include "ui/common/cells.h"
#include "ui/common/printstyle.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Lists of names as the paragraphs list them (、 in Chinese).
QString joined(const QStringList &items)
{
    return items.join(QCoreApplication::translate("Briefing", ", ", "between the names of units"));
}

// At most `shown` of the items, then how many more.
QStringList firstOf(QStringList items, int shown)
{
    const qsizetype more = items.size() - shown;
    if (more > 0) {
        items = items.mid(0, shown);
        items << QCoreApplication::translate("BriefingDocument", "and %n more", nullptr, int(more));
    }
    return items;
}

// A day within the month or so around the briefing: 3/15.
QString dayText(const QDate &date) { return date.toString(u"M/d"_s); }

} // namespace

std::vector<PageBlock> BriefingDocument::readiness() const
{
    using PrintStyle::points;
    std::vector<PageBlock> blocks;
    addHeading(blocks, tr("V. Readiness"));
    const ReadinessDetails &r = m_briefing.readiness;
    const QLocale locale;
    const auto line = [&](const QString &text, bool emphasised) {
        blocks.push_back(PageBlocks::text(text, PrintStyle::font(PrintStyle::Face::Body, 10.5, emphasised), m_width,
                                          Qt::AlignLeft, Qt::black, 0, points(2)));
    };

    // Today's duty, two units a row: who (day / night when split), a
    // masked phone, the leaders.
    if (!r.onDuty.empty()) {
        std::vector<QStringList> units;
        for (size_t i = 0; i < r.onDuty.size();) {
            const QString company = r.onDuty[i].company;
            QStringList people, phones, leaders;
            for (; i < r.onDuty.size() && r.onDuty[i].company == company; ++i) {
                const Duty &duty = r.onDuty[i].duty;
                people << duty.person;
                if (!duty.phone.isEmpty())
                    phones << maskPhoneCell(duty.phone);
                if (!duty.leader.isEmpty() && !leaders.contains(duty.leader))
                    leaders << duty.leader;
            }
            // One number a unit, the first shift's, keeps a row to a line;
            // the week's 值班表 has them all.
            units.push_back({company, people.join(u'/'), phones.value(0), leaders.join(u'/')});
        }
        PageBlocks::Table table;
        const QStringList header{tr("Unit"), tr("On duty"), tr("Phone"), tr("Leader")};
        for (int half = 0; half < 2; ++half) {
            table.widths << 1.7 << 2.0 << 1.8 << 1.1;
            table.align << Qt::AlignLeft << Qt::AlignLeft << Qt::AlignLeft << Qt::AlignLeft;
            table.header << header;
        }
        const size_t rows = (units.size() + 1) / 2;
        for (size_t row = 0; row < rows; ++row) {
            QStringList cells = units[row];
            cells << (row + rows < units.size() ? units[row + rows] : QStringList{QString(), QString(), QString(), QString()});
            table.rows.push_back(cells);
            table.emphasised.push_back(false);
        }
        for (PageBlock &block : PageBlocks::table(table, m_width))
            blocks.push_back(std::move(block));
        blocks.push_back(PageBlocks::space(points(4)));
    }

    // Gaps of today and tomorrow.
    QStringList today, tomorrow;
    for (const ReadinessDetails::DutyGap &gap : r.dutyGaps) {
        const QString what = gap.missing.contains(DutyShift::FullDay)
                                 ? tr("%1 (no duty)").arg(gap.company)
                                 : tr("%1 (no %2)").arg(gap.company, displayName(gap.missing.front()));
        (gap.date == r.date ? today : tomorrow) << what;
    }
    if (today.isEmpty() && tomorrow.isEmpty())
        line(tr("Duty gaps: none today or tomorrow."), false);
    else
        line(tr("Duty gaps: today %1; tomorrow %2.")
                 .arg(today.isEmpty() ? tr("none") : joined(today), tomorrow.isEmpty() ? tr("none") : joined(tomorrow)),
             true);

    QStringList shortages;
    for (const SupplyShortage &s : r.shortages)
        shortages << tr("%1 %2 %3/%4").arg(s.company, s.item, locale.toString(s.quantity), locale.toString(s.minimum));
    if (shortages.isEmpty())
        line(tr("Supplies: every item is at or above its minimum reserve."), false);
    else
        line(tr("Supplies below the minimum reserve (%n): %1.", nullptr, int(shortages.size()))
                 .arg(joined(firstOf(shortages, 3))),
             true);

    QStringList expiring;
    for (const ReadinessDetails::Expiring &e : r.expiring)
        expiring << tr("%1 %2 (%3)").arg(e.person, e.course, dayText(e.validUntil));
    if (expiring.isEmpty())
        line(tr("Certificates: none expires within 30 days."), false);
    else
        line(tr("Certificates expiring within 30 days (%n): %1.", nullptr, int(expiring.size()))
                 .arg(joined(firstOf(expiring, 2))),
             false);

    // This month's drills by number, the latest named; then who has none.
    QString drillLine = tr("Drills this month: %n", nullptr, int(r.drillsThisMonth.size()));
    if (!r.drillsThisMonth.empty()) {
        const ReadinessDetails::DrillHeld &latest = r.drillsThisMonth.back();
        drillLine += tr(", the latest %1 (%2)").arg(latest.title, dayText(latest.date));
    }
    drillLine += tr(".");
    QStringList idle;
    for (const ReadinessDetails::NoDrill &n : r.withoutDrill)
        idle << n.company;
    if (!idle.isEmpty())
        drillLine += u' ' + tr("No drill in 30 days: %1.").arg(joined(idle));
    line(drillLine, !idle.isEmpty());
    return blocks;
}

} // namespace seawall
