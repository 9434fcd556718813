// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/calllistdocument.h"

#include "core/util/filemodes.h"
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
CallListDocument::CallListDocument(const QDate &date, std::vector<CallListEntry> entries,
                                   const QDateTime &printedAt)
    : m_date(date), m_entries(std::move(entries)), m_printedAt(printedAt)
{
}

QString CallListDocument::html() const
{
    const QLocale locale;
    QString html = u"<html><body>"_s;
    html += u"<h2 align=\"center\" style=\"color:%1\">%2</h2>"_s.arg(PrintStyle::red().name(),
                                                                   QCoreApplication::translate(
                                                                       "CallListDocument", "Daily report call list")
                                                                       .toHtmlEscaped());
    html += u"<p align=\"center\">%1</p>"_s.arg(
        QCoreApplication::translate("CallListDocument", "Units without a daily report for %1: %2")
            .arg(locale.toString(m_date, QLocale::LongFormat), locale.toString(qint64(m_entries.size())))
            .toHtmlEscaped());
    if (m_entries.empty()) {
        html += u"<p align=\"center\">%1</p>"_s.arg(
            QCoreApplication::translate("CallListDocument", "Every unit has reported.").toHtmlEscaped());
    } else {
        html += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\""
                u" style=\"border-collapse:collapse\"><thead><tr>"_s;
        const QStringList headers{
            QCoreApplication::translate("CallListDocument", "No."),
            QCoreApplication::translate("CallListDocument", "Unit"),
            QCoreApplication::translate("CallListDocument", "Contact person"),
            QCoreApplication::translate("CallListDocument", "Phone"),
            QCoreApplication::translate("CallListDocument", "Days without report"),
            QCoreApplication::translate("CallListDocument", "Called / note"),
        };
        // Fixed shares of the width: Qt's table layout would otherwise break a
        // phone number to give the empty note column room.
        const int widths[] = {8, 22, 14, 22, 12, 22};
        for (int i = 0; i < headers.size(); ++i)
            html += u"<th bgcolor=\"#eeeeee\" width=\"%1%\">%2</th>"_s.arg(widths[i]).arg(headers[i].toHtmlEscaped());
        html += u"</tr></thead>"_s;
        int number = 0;
        for (const CallListEntry &e : m_entries) {
            const QString missed = e.daysMissed ? locale.toString(*e.daysMissed)
                                                : QCoreApplication::translate("CallListDocument", "never reported");
            // Numbers and names must not break across lines: they are dialled and read out.
            html += u"<tr><td align=\"center\">%1</td><td nowrap>%2</td><td nowrap>%3</td><td nowrap>%4</td>"
                    u"<td align=\"center\" nowrap>%5</td><td></td></tr>"_s.arg(
                        locale.toString(++number), e.name.toHtmlEscaped(), e.contactPerson.toHtmlEscaped(),
                        e.contactPhone.toHtmlEscaped(), missed.toHtmlEscaped());
        }
        html += u"</table>"_s;
    }
    html += u"<p align=\"right\"><small>%1</small></p>"_s.arg(
        QCoreApplication::translate("CallListDocument", "Printed %1")
            .arg(m_printedAt.toString(u"yyyy-MM-dd HH:mm"_s)) // as the briefing's footer
            .toHtmlEscaped());
    html += u"</body></html>"_s;
    return html;
}

void CallListDocument::print(QPagedPaintDevice *device) const
{
    QTextDocument document;
    QFont font = PrintStyle::font(PrintStyle::Face::Table, 11);
    font.setPointSizeF(11); // QTextDocument scales points to the device itself
    document.setDefaultFont(font);
    document.setHtml(html());
    document.print(device);
}

Status CallListDocument::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print() keeps its own 2 cm margins inside the page.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(QCoreApplication::translate("CallListDocument", "Daily report call list"));
    writer.setCreator(u"Seawall"_s);
    print(&writer);
    (void)keepOwnerOnly(path); // names and phone numbers
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error(Error::Kind::Open,
                     QCoreApplication::translate("CallListDocument", "Could not write %1.").arg(path));
    return {};
}

} // namespace seawall
