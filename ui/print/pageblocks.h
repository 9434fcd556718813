// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QChart;
class QPainter;

namespace seawall {

// One unbreakable piece of a printed page: a line of text, a paragraph, a
// table row, a chart. A page break never falls inside a block.
struct PageBlock
{
    double height = 0;         // in print units (PrintStyle)
    // What it may shrink to, when that saves the last page (a chart); 0: it may not.
    double minHeight = 0;
    bool keepWithNext = false; // a heading stays with what follows it
    std::function<void(QPainter &, const QRectF &)> paint;
    // What it says, for a reader of the layout (a table row: its cells
    // between tabs); empty for a chart or a space.
    QString text;
    // For a table row: the header to repeat when the row opens a new page.
    std::shared_ptr<PageBlock> repeatHeader;
};

// Makers of blocks for a given content width.
namespace PageBlocks {

// Text wrapped to the width; `indent` indents the first line (in units).
PageBlock text(const QString &text, const QFont &font, double width, Qt::Alignment align = Qt::AlignLeft,
               const QColor &color = Qt::black, double indent = 0, double spaceAfter = 0);

// A table: column widths as fractions of the width, the header row, then
// its rows. Cells wrap; a row is as tall as its tallest cell.
struct Table
{
    QList<double> widths;
    QList<Qt::Alignment> align;
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> emphasised; // rows printed bold (totals, overdue)
};
std::vector<PageBlock> table(const Table &table, double width);

// The lines a table's header cell is set in, `width` wide: broken only where
// a reader breaks a title — at a blank, before an opening bracket, after a
// closing one, a slash or 、 — so that 今日检测（人次） becomes 今日检测 over
// （人次）, never 今日检测（人 over 次）. A part too wide for the column on its
// own is left whole here (the layout breaks it as a last resort).
QStringList headerLines(const QString &text, const QFont &font, double width);

// A chart painted as vectors into a box of the given height (which it may
// give up down to minHeight); the block owns the chart.
PageBlock chart(QChart *chart, double width, double height, double minHeight = 0);
// Two charts side by side.
PageBlock chartPair(QChart *left, QChart *right, double width, double height, double minHeight = 0);

PageBlock space(double height);

} // namespace PageBlocks
} // namespace seawall
