// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/briefing/briefing.h"
#include "ui/print/pageblocks.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>

#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace seawall {

// The printed briefing (防控日报): lays a Briefing out on A4 portrait pages
// in the style of an HQ office's document and paints them on any device:
// the print preview, a printer, a PDF, an image. Page breaks never split a
// table row or a chart; a table continued on a new page repeats its header.
class BriefingDocument
{
    Q_DECLARE_TR_FUNCTIONS(BriefingDocument)

public:
    explicit BriefingDocument(Briefing briefing);

    const Briefing &briefing() const { return m_briefing; }
    int pageCount() const { return int(m_pages.size()); }

    // The page in print units (0.1 pt): A4 is 5953 × 8419.
    static QSizeF pageSize();

    // Paints page `index` (0-based); the painter's window must be the page
    // in print units (see paintOn and pageImage).
    void paintPage(QPainter &painter, int index) const;

    // Every page, one per sheet, onto a QPdfWriter or QPrinter (set to A4
    // portrait here). False when the device cannot be painted on.
    bool paintOn(QPagedPaintDevice &device) const;

    // Writes every page to a PDF: beside its target first, then renamed into
    // place, so that a failure (a full disk) never leaves half a file under
    // the user's name.
    Status writePdf(const QString &path) const;

    // One page as an image of the given width in pixels (white background).
    QImage pageImage(int index, int widthPixels) const;

    // What page `index` says, block by block from the top (a table row:
    // its cells between tabs); charts and spaces say nothing.
    QStringList pageText(int index) const;

private:
    void build();
    void paginate(std::vector<PageBlock> blocks);
    void addHeading(std::vector<PageBlock> &blocks, const QString &text) const;
    std::vector<PageBlock> masthead() const;
    std::vector<PageBlock> overview() const;
    std::vector<PageBlock> companyTable() const;
    std::vector<PageBlock> charts() const;
    std::vector<PageBlock> findings() const;
    std::vector<PageBlock> reports() const;
    // 保障情况 (briefingreadiness.cpp).
    std::vector<PageBlock> readiness() const;
    std::vector<PageBlock> movement() const; // briefingmovement.cpp
    void paintFooter(QPainter &painter, int index) const;

    Briefing m_briefing;
    double m_width = 0; // of the text column
    std::vector<std::vector<PageBlock>> m_pages;
};

} // namespace seawall
