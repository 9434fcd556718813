// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/htmlprint.h"

#include "core/util/filemodes.h"
#include "ui/common/printstyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace seawall::HtmlPrint {

QString begin(const QString &title, const QString &subtitle)
{
    return u"<html><body><h2 align=\"center\" style=\"color:%1\">%2</h2><p align=\"center\">%3</p>"_s.arg(
        PrintStyle::red().name(), title.toHtmlEscaped(), subtitle.toHtmlEscaped());
}

QString tableHead(const QStringList &headers, const QList<int> &widths, int padding)
{
    QString html = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\""
                   u" style=\"border-collapse:collapse\"><thead><tr>"_s.arg(padding);
    for (int i = 0; i < headers.size(); ++i)
        html += u"<th bgcolor=\"#eeeeee\" width=\"%1%\">%2</th>"_s.arg(widths.value(i)).arg(headers[i].toHtmlEscaped());
    return html + u"</tr></thead>"_s;
}

QString end(const QDateTime &printedAt)
{
    return u"<p align=\"right\"><small>%1</small></p></body></html>"_s.arg(
        QCoreApplication::translate("HtmlPrint", "Printed %1").arg(printedAt.toString(u"yyyy-MM-dd HH:mm"_s)).toHtmlEscaped());
}

void print(const QString &html, QPagedPaintDevice *device)
{
    QTextDocument document;
    QFont font = PrintStyle::font(PrintStyle::Face::Table, 11);
    font.setPointSizeF(11); // QTextDocument scales points to the device itself
    document.setDefaultFont(font);
    document.setHtml(html);
    document.print(device);
}

Status writePdf(const QString &html, const QString &title, const QString &path, QPageLayout::Orientation orientation)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(orientation);
        // QTextDocument::print() keeps its own 2 cm margins inside the page.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(u"Seawall"_s);
        print(html, &writer);
    }
    (void)keepOwnerOnly(path); // the desk's lists name persons and their phones
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error(Error::Kind::Open, QCoreApplication::translate("CallListDocument", "Could not write %1.").arg(path));
    return {};
}

} // namespace seawall::HtmlPrint
