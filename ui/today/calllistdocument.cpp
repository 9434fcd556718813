// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/calllistdocument.h"

#include "ui/common/htmlprint.h"

#include <QCoreApplication>
#include <QLocale>

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
    QString html = HtmlPrint::begin(
        QCoreApplication::translate("CallListDocument", "Daily report call list"),
        QCoreApplication::translate("CallListDocument", "Units without a daily report for %1: %2")
            .arg(locale.toString(m_date, QLocale::LongFormat), locale.toString(qint64(m_entries.size()))));
    if (m_entries.empty()) {
        html += u"<p align=\"center\">%1</p>"_s.arg(
            QCoreApplication::translate("CallListDocument", "Every unit has reported.").toHtmlEscaped());
    } else {
        html += HtmlPrint::tableHead({QCoreApplication::translate("CallListDocument", "No."),
                                      QCoreApplication::translate("CallListDocument", "Unit"),
                                      QCoreApplication::translate("CallListDocument", "Contact person"),
                                      QCoreApplication::translate("CallListDocument", "Phone"),
                                      QCoreApplication::translate("CallListDocument", "Days without report"),
                                      QCoreApplication::translate("CallListDocument", "Called / note")},
                                     {8, 22, 14, 22, 12, 22}, 8);
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
    return html + HtmlPrint::end(m_printedAt);
}

void CallListDocument::print(QPagedPaintDevice *device) const { HtmlPrint::print(html(), device); }

Status CallListDocument::writePdf(const QString &path) const
{
    return HtmlPrint::writePdf(html(), QCoreApplication::translate("CallListDocument", "Daily report call list"), path);
}

} // namespace seawall
