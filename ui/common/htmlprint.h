// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QDateTime;

class QPagedPaintDevice;

namespace seawall::HtmlPrint {

// A list for the desk (the call list, the follow-up list) laid out from
// its HTML on A4 in the print face: on a printer, or in a PDF file
// titled `title` (a list of many columns across the page).
void print(const QString &html, QPagedPaintDevice *device);

// The parts every such list shares: the page's opening with its red title
// and the line under it; a table's opening with its shaded header, each
// column a fixed share of the width in percent (Qt's table layout would
// otherwise break a phone number to give an empty note column room); and
// the page's end with the time it was printed, as the briefing's footer.
// Texts are given unescaped.
QString begin(const QString &title, const QString &subtitle);
QString tableHead(const QStringList &headers, const QList<int> &widths, int padding = 5);
QString end(const QDateTime &printedAt);
Status writePdf(const QString &html, const QString &title, const QString &path,
                QPageLayout::Orientation orientation = QPageLayout::Portrait);

} // namespace seawall::HtmlPrint
