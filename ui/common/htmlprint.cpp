// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/htmlprint.h"

#include "ui/common/printstyle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace seawall::HtmlPrint {

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
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error(Error::Kind::Open, QCoreApplication::translate("CallListDocument", "Could not write %1.").arg(path));
    return {};
}

} // namespace seawall::HtmlPrint
