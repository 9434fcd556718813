// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/followupdocument.h"

#include "ui/common/htmlprint.h"
#include "ui/common/printstyle.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// A table of fixed column shares, its header shaded.
QString tableHead(const QStringList &headers, const QList<int> &widths)
{
    QString html = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\""
                   u" style=\"border-collapse:collapse\"><thead><tr>"_s;
    for (int i = 0; i < headers.size(); ++i)
        html += u"<th bgcolor=\"#eeeeee\" width=\"%1%\">%2</th>"_s.arg(widths.value(i)).arg(headers[i].toHtmlEscaped());
    return html + u"</tr></thead>"_s;
}

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
    QString html = u"<html><body>"_s;
    html += u"<h2 align=\"center\" style=\"color:%1\">%2</h2>"_s.arg(PrintStyle::red().name(),
                                                                   tr("Health follow-up list").toHtmlEscaped());
    html += u"<p align=\"center\">%1</p>"_s.arg(
        tr("Under observation on %1: %2").arg(locale.toString(m_date, QLocale::LongFormat),
                                            locale.toString(qint64(m_observed.size())))
            .toHtmlEscaped());
    if (m_observed.empty()) {
        html += u"<p align=\"center\">%1</p>"_s.arg(tr("No one is under observation.").toHtmlEscaped());
    } else {
        html += tableHead({tr("No."), tr("Unit"), tr("Name"), tr("Phone"), tr("From"), tr("Measure"), tr("Day"),
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
        html += tableHead({tr("Unit"), tr("Name"), tr("Phone"), tr("Destination"), tr("Left on"),
                           tr("Planned return"), tr("Days overdue")},
                          {16, 11, 15, 18, 13, 14, 13});
        for (const OverdueReturn &r : m_overdue)
            html += u"<tr>"_s + cell(r.companyName) + cell(r.name) + cell(r.phone) + cell(r.destination)
                    + cell(r.leaveOn.toString(Qt::ISODate)) + cell(r.plannedReturnOn.toString(Qt::ISODate))
                    + cell(locale.toString(r.daysOverdue), u"align=\"center\""_s) + u"</tr>"_s;
        html += u"</table>"_s;
    }
    html += u"<p align=\"right\"><small>%1</small></p>"_s.arg(
        tr("Printed %1").arg(m_printedAt.toString(u"yyyy-MM-dd HH:mm"_s)).toHtmlEscaped());
    html += u"</body></html>"_s;
    return html;
}

void FollowUpDocument::print(QPagedPaintDevice *device) const { HtmlPrint::print(html(), device); }

Status FollowUpDocument::writePdf(const QString &path) const
{
    return HtmlPrint::writePdf(html(), tr("Health follow-up list"), path, QPageLayout::Landscape);
}

} // namespace seawall
