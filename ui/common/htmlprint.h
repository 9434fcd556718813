// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace seawall::HtmlPrint {

// A list for the desk (the call list, the follow-up list) laid out from
// its HTML on A4 in the print face: on a printer, or in a PDF file
// titled `title` (a list of many columns across the page).
void print(const QString &html, QPagedPaintDevice *device);
Status writePdf(const QString &html, const QString &title, const QString &path,
                QPageLayout::Orientation orientation = QPageLayout::Portrait);

} // namespace seawall::HtmlPrint
