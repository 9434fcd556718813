// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/pageblocks.h"

#include "ui/common/printstyle.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextLayout>

#include <numeric>

using namespace Qt::StringLiterals;

namespace seawall::PageBlocks {
namespace {

constexpr double kCellPadding = PrintStyle::points(2.2);

// Lays `text` out in lines no wider than `width` (Qt breaks Chinese between
// any two characters and Latin text between words). Returns the height.
double layoutText(QTextLayout &layout, double width, double indent)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetricsF metrics(layout.font());
    double y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        const double x = y == 0 ? indent : 0;
        line.setLineWidth(width - x);
        line.setPosition(QPointF(x, y));
        y += metrics.lineSpacing() * 1.15;
    }
    layout.endLayout();
    return y;
}

// Where a title may break: the parts it is made of, each with what ends it.
QStringList titleParts(const QString &text)
{
    static const QString opening = u"（([【〔《“"_s;
    static const QString closing = u"）)]】〕》”/、"_s;
    QStringList parts;
    QString part;
    for (const QChar c : text) {
        if (opening.contains(c) && !part.trimmed().isEmpty()) {
            parts << part;
            part.clear();
        }
        part += c;
        if (c.isSpace() || closing.contains(c)) {
            parts << part;
            part.clear();
        }
    }
    if (!part.isEmpty())
        parts << part;
    return parts;
}

void drawLayout(QPainter &painter, QTextLayout &layout, const QRectF &rect, Qt::Alignment align)
{
    // QTextLayout positions lines from the left; centre or right-align each.
    for (int i = 0; i < layout.lineCount(); ++i) {
        QTextLine line = layout.lineAt(i);
        double dx = 0;
        if (align & Qt::AlignHCenter)
            dx = (rect.width() - line.naturalTextWidth()) / 2 - line.x();
        else if (align & Qt::AlignRight)
            dx = rect.width() - line.naturalTextWidth() - line.x();
        line.draw(&painter, rect.topLeft() + QPointF(dx, 0));
    }
}

void renderChart(QPainter &painter, QChart *chart, const QRectF &rect)
{
    // The chart lives in its own scene sized in print units, so its fonts
    // (also in print units) keep their size; render() paints vectors.
    chart->resize(rect.size());
    QGraphicsScene scene;
    scene.addItem(chart);
    scene.render(&painter, rect, QRectF(QPointF(0, 0), rect.size()));
    scene.removeItem(chart);
}

} // namespace

QStringList headerLines(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    QString line;
    for (const QString &part : titleParts(text)) {
        const QString joined = line + part;
        if (line.trimmed().isEmpty() || metrics.horizontalAdvance(joined.trimmed()) <= width) {
            line = joined;
        } else {
            lines << line.trimmed();
            line = part;
        }
    }
    if (!line.trimmed().isEmpty())
        lines << line.trimmed();
    return lines;
}

PageBlock text(const QString &text, const QFont &font, double width, Qt::Alignment align, const QColor &color,
               double indent, double spaceAfter)
{
    auto layout = std::make_shared<QTextLayout>(text, font);
    const double height = layoutText(*layout, width, indent);
    PageBlock block;
    block.height = height + spaceAfter;
    block.text = text;
    block.paint = [layout, align, color](QPainter &painter, const QRectF &rect) {
        painter.setPen(color);
        drawLayout(painter, *layout, rect, align);
    };
    return block;
}

std::vector<PageBlock> table(const Table &spec, double width)
{
    const double total = std::accumulate(spec.widths.begin(), spec.widths.end(), 0.0);
    QList<double> columns;
    for (double w : spec.widths)
        columns << width * w / total;

    const auto row = [&](const QStringList &cells, bool header, bool bold) {
        QFont font = PrintStyle::font(PrintStyle::Face::Table, 9, header || bold);
        std::vector<std::shared_ptr<QTextLayout>> layouts;
        double height = 0;
        for (int c = 0; c < cells.size() && c < columns.size(); ++c) {
            const double inner = columns[c] - 2 * kCellPadding;
            // A title breaks where a reader would break it; a cell as text does.
            const QString text = header ? headerLines(cells[c], font, inner).join(QChar::LineSeparator) : cells[c];
            auto layout = std::make_shared<QTextLayout>(text, font);
            height = std::max(height, layoutText(*layout, inner, 0));
            layouts.push_back(layout);
        }
        PageBlock block;
        block.height = height + 2 * kCellPadding;
        block.text = cells.join(u'\t');
        const auto align = spec.align;
        block.paint = [layouts, columns, header, align](QPainter &painter, const QRectF &rect) {
            double x = rect.left();
            if (header)
                painter.fillRect(rect, QColor(0xe6, 0xe6, 0xe6));
            painter.setPen(QPen(Qt::black, PrintStyle::points(0.5)));
            for (size_t c = 0; c < layouts.size(); ++c) {
                const QRectF cell(x, rect.top(), columns[int(c)], rect.height());
                painter.drawRect(cell);
                const QRectF inner = cell.adjusted(kCellPadding, kCellPadding, -kCellPadding, -kCellPadding);
                const Qt::Alignment a = header ? Qt::AlignHCenter : align.value(int(c), Qt::AlignLeft);
                drawLayout(painter, *layouts[c], inner, a);
                x += columns[int(c)];
            }
        };
        return block;
    };

    std::vector<PageBlock> blocks;
    auto header = std::make_shared<PageBlock>(row(spec.header, true, false));
    PageBlock first = *header;
    first.keepWithNext = true;
    blocks.push_back(first);
    for (size_t i = 0; i < spec.rows.size(); ++i) {
        PageBlock block = row(spec.rows[i], false, i < spec.emphasised.size() && spec.emphasised[i]);
        block.repeatHeader = header;
        blocks.push_back(block);
    }
    return blocks;
}

PageBlock chart(QChart *chartItem, double width, double height, double minHeight)
{
    std::shared_ptr<QChart> owned(chartItem);
    PageBlock block;
    block.height = height;
    block.minHeight = minHeight;
    block.paint = [owned, width](QPainter &painter, const QRectF &rect) {
        renderChart(painter, owned.get(), QRectF(rect.topLeft(), QSizeF(width, rect.height())));
    };
    return block;
}

PageBlock chartPair(QChart *left, QChart *right, double width, double height, double minHeight)
{
    std::shared_ptr<QChart> l(left);
    std::shared_ptr<QChart> r(right);
    const double gap = PrintStyle::points(12);
    const double half = (width - gap) / 2;
    PageBlock block;
    block.height = height;
    block.minHeight = minHeight;
    block.paint = [l, r, half, gap](QPainter &painter, const QRectF &rect) {
        renderChart(painter, l.get(), QRectF(rect.topLeft(), QSizeF(half, rect.height())));
        renderChart(painter, r.get(), QRectF(rect.topLeft() + QPointF(half + gap, 0), QSizeF(half, rect.height())));
    };
    return block;
}

PageBlock space(double height)
{
    PageBlock block;
    block.height = height;
    block.paint = [](QPainter &, const QRectF &) {};
    return block;
}

} // namespace seawall::PageBlocks
