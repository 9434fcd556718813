// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/followupdocument.h"

#include "ui/common/htmlprint.h"
#include "ui/common/printstyle.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

QString cell(const QString &text, const QString &attributes = u"nowrap"_s)
{
    return u"<td %1>%2</td>"_s.arg(attributes, text.toHtmlEscaped());
}

} // namespace

FollowUpDocument::FollowUpDocument(const QDate &date, std::vector<FollowUpEntry> observed,
                                   std::vector<OverdueReturn> overdue, const QDateTime &printedAt)
    : m_date(date), m_observed(std::move(observed)), m_overdue(std::move(overdue)), m_printedAt(printedAt)
{
}

QString FollowUpDocument::html() const
{
    const QLocale locale;
    QString html = HtmlPrint::begin(tr("Health follow-up list"),
                                    tr("Under observation on %1: %2")
                                        .arg(locale.toString(m_date, QLocale::LongFormat),
                                             locale.toString(qint64(m_observed.size()))));
    if (m_observed.empty()) {
        html += u"<p align=\"center\">%1</p>"_s.arg(tr("No one is under observation.").toHtmlEscaped());
    } else {
        html += HtmlPrint::tableHead({tr("No."), tr("Unit"), tr("Name"), tr("Phone"), tr("From"), tr("Measure"), tr("Day"),
                           tr("Temperature"), tr("Symptoms / note")},
                          {5, 12, 8, 13, 11, 14, 8, 10, 19});
        int number = 0;
        for (const FollowUpEntry &e : m_observed) {
            const QString measure = displayName(e.measure);
            QString day = tr("%1 of %2").arg(e.day).arg(e.days);
            if (e.lastDay())
                day += u' ' + tr("(last)");
            const QString temperature = e.temperature ? locale.toString(*e.temperature, 'f', 1) : QString();
            const QString colour = e.abnormal ? u" style=\"color:%1\""_s.arg(PrintStyle::red().name()) : QString();
            html += u"<tr%1>"_s.arg(colour) + cell(locale.toString(++number), u"align=\"center\""_s)
                    + cell(e.companyName) + cell(e.name) + cell(e.phone) + cell(e.fromPlace) + cell(measure)
                    + cell(day, u"align=\"center\" nowrap"_s) + cell(temperature, u"align=\"center\""_s)
                    + cell(e.symptoms, {}) + u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    if (!m_overdue.empty()) {
        html += u"<h3>%1</h3>"_s.arg(tr("Away past the planned return: %1").arg(locale.toString(qint64(m_overdue.size()))).toHtmlEscaped());
        html += HtmlPrint::tableHead({tr("Unit"), tr("Name"), tr("Phone"), tr("Destination"), tr("Left on"),
                           tr("Planned return"), tr("Days overdue")},
                          {16, 11, 15, 18, 13, 14, 13});
        for (const OverdueReturn &r : m_overdue)
            html += u"<tr>"_s + cell(r.companyName) + cell(r.name) + cell(r.phone) + cell(r.destination)
                    + cell(r.leaveOn.toString(Qt::ISODate)) + cell(r.plannedReturnOn.toString(Qt::ISODate))
                    + cell(locale.toString(r.daysOverdue), u"align=\"center\""_s) + u"</tr>"_s;
        html += u"</table>"_s;
    }
    return html + HtmlPrint::end(m_printedAt);
}

void FollowUpDocument::print(QPagedPaintDevice *device) const { HtmlPrint::print(html(), device); }

Status FollowUpDocument::writePdf(const QString &path) const
{
    return HtmlPrint::writePdf(html(), tr("Health follow-up list"), path, QPageLayout::Landscape);
}

} // namespace seawall
