// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/duty/dutyrosterdocument.h"

#include "core/util/filemodes.h"
#include "ui/common/htmlprint.h"
#include "ui/common/printstyle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace seawall {
QString DutyRosterDocument::shortName(DutyShift shift)
{
    switch (shift) {
    case DutyShift::Day: return tr("Day", "a day shift, in a narrow column");
    case DutyShift::Night: return tr("Night", "a night shift, in a narrow column");
    case DutyShift::FullDay: return tr("24h", "a full-day shift, in a narrow column");
    }
    return {};
}

QString DutyRosterDocument::cellHtml(const QList<Duty> &shifts)
{
    if (shifts.isEmpty())
        return u"<span style=\"color:%1\">%2</span>"_s.arg(PrintStyle::red().name(), tr("No duty").toHtmlEscaped());
    QStringList lines;
    QStringList leaders;
    for (const Duty &duty : shifts) {
        // A line a shift, the number beside the name: ten units' week fits one page.
        QString line = u"<b>%1</b> %2"_s.arg(shortName(duty.shift).toHtmlEscaped(), duty.person.toHtmlEscaped());
        if (!duty.phone.isEmpty())
            line += u' ' + duty.phone.toHtmlEscaped();
        lines << line;
        if (!duty.leader.isEmpty() && !leaders.contains(duty.leader))
            leaders << duty.leader;
    }
    if (const QList<DutyShift> missing = DutyWeek::missing(shifts); !missing.isEmpty())
        lines << u"<span style=\"color:%1\">%2</span>"_s.arg(
            PrintStyle::red().name(), tr("No %1").arg(displayName(missing.front())).toHtmlEscaped());
    if (!leaders.isEmpty())
        lines << tr("Leader: %1").arg(leaders.join(u"、"_s)).toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

DutyRosterDocument::DutyRosterDocument(DutyWeek week, const QDateTime &printedAt)
    : m_week(std::move(week)), m_printedAt(printedAt)
{
}

QString DutyRosterDocument::html() const
{
    const QLocale locale;
    QStringList headers{tr("Unit")};
    QList<int> widths{9};
    for (int column = 0; column < DutyWeek::kDays; ++column) {
        headers << locale.toString(m_week.day(column), u"M/d ddd"_s);
        widths << 13;
    }
    QString html = HtmlPrint::begin(tr("Duty roster"), tr("%1 to %2").arg(locale.toString(m_week.start, QLocale::LongFormat),
                                                                       locale.toString(m_week.day(DutyWeek::kDays - 1),
                                                                                       QLocale::LongFormat)));
    html += HtmlPrint::tableHead(headers, widths, 2);
    for (const DutyWeek::Row &row : m_week.rows) {
        html += u"<tr><td nowrap><b>%1</b></td>"_s.arg(row.name.toHtmlEscaped());
        for (const QList<Duty> &day : row.days)
            html += u"<td>%1</td>"_s.arg(cellHtml(day));
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    return html + HtmlPrint::end(m_printedAt);
}

void DutyRosterDocument::print(QPagedPaintDevice *device) const
{
    device->setPageOrientation(QPageLayout::Landscape);
    QTextDocument document;
    QFont font = PrintStyle::font(PrintStyle::Face::Table, 7);
    font.setPointSizeF(7); // QTextDocument scales points to the device itself
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html());
    // Laid out as pages of the printable area, so that print() keeps the
    // device's margins instead of adding 2 cm of its own inside them.
    document.setPageSize(QSizeF(device->pageLayout().paintRectPixels(96).size()));
    document.print(device);
}

Status DutyRosterDocument::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    // Narrow margins: the ten units' week takes the width of the page.
    writer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
    writer.setTitle(tr("Duty roster"));
    writer.setCreator(u"Seawall"_s);
    print(&writer);
    (void)keepOwnerOnly(path); // names and phone numbers
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error(Error::Kind::Open, tr("Could not write %1.").arg(path));
    return {};
}

} // namespace seawall
