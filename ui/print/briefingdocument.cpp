// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/briefingdocument.h"

#include "ui/charts/briefingcharts.h"
#include "core/figures/figuresformat.h"
#include "ui/common/cells.h"
#include "ui/common/printstyle.h"
#include "core/util/savefile.h"

#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

using PrintStyle::points;

constexpr double kPageWidth = 5953;  // A4, 210 mm
constexpr double kPageHeight = 8419; // 297 mm
constexpr double kMarginX = 624;     // 22 mm
constexpr double kMarginTop = 567;   // 20 mm
constexpr double kMarginBottom = 680; // 24 mm, with the footer inside

QString number(qint64 value) { return QLocale().toString(value); }

QString signedNumber(double value, int decimals)
{
    const QString text = QLocale().toString(std::abs(value), 'f', decimals);
    return value > 0 ? u"+"_s + text : value < 0 ? u"−"_s + text : text;
}

} // namespace

BriefingDocument::BriefingDocument(Briefing briefing) : m_briefing(std::move(briefing))
{
    m_width = kPageWidth - 2 * kMarginX;
    build();
}

QSizeF BriefingDocument::pageSize() { return {kPageWidth, kPageHeight}; }

void BriefingDocument::build()
{
    std::vector<PageBlock> blocks;
    for (auto part : {masthead(), overview(), companyTable(), charts(), findings(), readiness(), reports(), movement()})
        for (PageBlock &block : part)
            blocks.push_back(std::move(block));
    paginate(std::move(blocks));
}

namespace {

constexpr double kAvailable = kPageHeight - kMarginTop - kMarginBottom;

// A block's height when the blocks that may shrink give up `shrink` (0 to 1)
// of what they may.
double heightOf(const PageBlock &block, double shrink)
{
    if (block.minHeight <= 0 || block.minHeight >= block.height)
        return block.height;
    return block.height - shrink * (block.height - block.minHeight);
}

// Where each page starts: the index of its first block. A page break never
// falls inside a block nor after a block kept with the next.
std::vector<size_t> pageStarts(const std::vector<PageBlock> &blocks, double shrink)
{
    std::vector<size_t> starts{0};
    double used = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
        // A heading goes to the next page with the block it introduces.
        double needed = heightOf(blocks[i], shrink);
        for (size_t j = i; blocks[j].keepWithNext && j + 1 < blocks.size(); ++j)
            needed += heightOf(blocks[j + 1], shrink);
        if (used > 0 && used + std::min(needed, kAvailable) > kAvailable) {
            starts.push_back(i);
            used = blocks[i].repeatHeader ? blocks[i].repeatHeader->height : 0;
        }
        used += heightOf(blocks[i], shrink);
    }
    return starts;
}

// How much of the last page is used.
double lastPageHeight(const std::vector<PageBlock> &blocks, const std::vector<size_t> &starts, double shrink)
{
    double used = blocks[starts.back()].repeatHeader ? blocks[starts.back()].repeatHeader->height : 0;
    for (size_t i = starts.back(); i < blocks.size(); ++i)
        used += heightOf(blocks[i], shrink);
    return used;
}

// A last page that holds no more than a few lines (五、日报告 and its line,
// the last row of a table) reads as if something were missing.
bool lonelyLastPage(const std::vector<PageBlock> &blocks, const std::vector<size_t> &starts, double shrink)
{
    return starts.size() > 1 && lastPageHeight(blocks, starts, shrink) < kAvailable / 5;
}

} // namespace

void BriefingDocument::paginate(std::vector<PageBlock> blocks)
{
    double shrink = 0;
    std::vector<size_t> starts = blocks.empty() ? std::vector<size_t>{0} : pageStarts(blocks, 0);
    // The charts give up some of their height whenever that saves a page
    // (the briefing is to stay within three); else a lonely last page
    // takes lines along.
    if (!blocks.empty() && starts.size() > 1) {
        if (pageStarts(blocks, 1).size() < starts.size()) {
            // The charts give up as little of their height as takes the
            // last lines back onto the page before.
            double fits = 1;
            double overflows = 0;
            for (int step = 0; step < 16; ++step) {
                const double mid = (fits + overflows) / 2;
                (pageStarts(blocks, mid).size() < starts.size() ? fits : overflows) = mid;
            }
            shrink = fits;
            starts = pageStarts(blocks, shrink);
        } else if (lonelyLastPage(blocks, starts, 0)) {
            // Otherwise the last lines take the two lines or table rows
            // before them along (a continued table repeats its header).
            const size_t tail = starts.back();
            std::vector<PageBlock> kept = blocks;
            int taken = 0;
            double height = 0;
            for (size_t i = tail; i-- > starts[starts.size() - 2] + 1 && taken < 2;) {
                height += kept[i].height;
                kept[i].keepWithNext = true;
                taken += kept[i].height > points(8) ? 1 : 0; // a space is no line
            }
            // Only lines and rows come along, never a chart or half a page.
            if (taken == 2 && height < kAvailable / 4) {
                blocks = std::move(kept);
                starts = pageStarts(blocks, 0);
            }
        }
    }

    m_pages.clear();
    for (size_t p = 0; p < starts.size(); ++p) {
        const size_t end = p + 1 < starts.size() ? starts[p + 1] : blocks.size();
        std::vector<PageBlock> page;
        if (p > 0 && starts[p] < blocks.size() && blocks[starts[p]].repeatHeader)
            page.push_back(*blocks[starts[p]].repeatHeader);
        for (size_t i = starts[p]; i < end; ++i) {
            page.push_back(blocks[i]);
            page.back().height = heightOf(blocks[i], shrink);
        }
        m_pages.push_back(std::move(page));
    }
}

void BriefingDocument::addHeading(std::vector<PageBlock> &blocks, const QString &text) const
{
    blocks.push_back(PageBlocks::space(points(6)));
    PageBlock heading = PageBlocks::text(text, PrintStyle::font(PrintStyle::Face::Heading, 13.5, true), m_width,
                                         Qt::AlignLeft, Qt::black, 0, points(4));
    heading.keepWithNext = true;
    blocks.push_back(heading);
}

std::vector<PageBlock> BriefingDocument::masthead() const
{
    const Briefing &b = m_briefing;
    const QLocale locale;
    std::vector<PageBlock> blocks;
    blocks.push_back(PageBlocks::text(tr("%1 Epidemic Prevention Daily Briefing").arg(b.groupName),
                                      PrintStyle::font(PrintStyle::Face::Title, 22, true), m_width,
                                      Qt::AlignHCenter, PrintStyle::red(), 0, points(4)));
    blocks.push_back(PageBlocks::text(tr("No. %1").arg(b.issueNumber),
                                      PrintStyle::font(PrintStyle::Face::Body, 13), m_width, Qt::AlignHCenter,
                                      Qt::black, 0, points(6)));

    // Issuer on the left, date and edition on the right, over a red rule.
    const QString issuer = tr("Epidemic prevention office of %1").arg(b.groupName);
    const QString dated = tr("%1 (%2 edition)")
                              .arg(locale.toString(b.date, tr("MMMM d, yyyy")),
                                   b.edition == ReportEdition::Morning ? tr("morning") : tr("evening"));
    PageBlock line;
    line.height = points(22);
    line.paint = [issuer, dated](QPainter &painter, const QRectF &rect) {
        painter.setFont(PrintStyle::font(PrintStyle::Face::Body, 11.5));
        painter.setPen(Qt::black);
        const QRectF textRect(rect.left(), rect.top(), rect.width(), points(16));
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, issuer);
        painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, dated);
        painter.setPen(QPen(PrintStyle::red(), points(2.2)));
        painter.drawLine(QPointF(rect.left(), rect.bottom() - points(3)),
                         QPointF(rect.right(), rect.bottom() - points(3)));
        painter.setPen(QPen(PrintStyle::red(), points(0.6)));
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
    };
    blocks.push_back(line);
    blocks.push_back(PageBlocks::space(points(6)));
    // The end of the figures' day (数据截至…24时): the briefing's day in the
    // evening, the day before in the morning; with its year when that is
    // another one (the morning of January 1).
    const QDate asOf = b.figures.date;
    const QString asOfText
        = locale.toString(asOf, asOf.year() == b.date.year() ? tr("MMMM d") : tr("MMMM d, yyyy"));
    blocks.push_back(PageBlocks::text(tr("(Figures as of %1, %2:00)").arg(asOfText).arg(24),
        PrintStyle::font(PrintStyle::Face::Body, 11), m_width, Qt::AlignHCenter, Qt::black, 0, points(2)));
    return blocks;
}

std::vector<PageBlock> BriefingDocument::overview() const
{
    const Figures &f = m_briefing.figures;
    const Figures &p = m_briefing.previous;
    // The morning edition's figures are of the day before.
    const bool morning = m_briefing.edition == ReportEdition::Morning;
    std::vector<PageBlock> blocks;
    addHeading(blocks, tr("I. Overview"));

    // The headline figures with their change since the day before.
    PageBlocks::Table table;
    table.widths = {3.2, 1.6, 1.6, 3.2, 1.6, 1.6};
    table.align = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
    const QString day = morning ? tr("Yesterday") : tr("Today");
    table.header = {tr("Figure"), day, tr("Change"), tr("Figure"), day, tr("Change")};
    const auto count = [](qint64 now, qint64 before) {
        return QStringList{number(now), signedNumber(double(now - before), 0)};
    };
    const auto pct = [](double now, double before) {
        return QStringList{FiguresFormat::percent(now), signedNumber((now - before) * 100.0, 1)};
    };
    const auto hours = [](double now, double before) {
        return QStringList{QLocale().toString(now, 'f', 1), signedNumber(now - before, 1)};
    };
    const QList<std::pair<QString, QStringList>> cells{
        {morning ? tr("Tests yesterday (person-times)") : tr("Tests today (person-times)"),
         count(f.tests.onDate, p.tests.onDate)},
        {morning ? tr("Positive results yesterday") : tr("Positive results today"),
         count(f.tests.positiveOnDate, p.tests.positiveOnDate)},
        {tr("Tests to date (person-times)"), count(f.tests.cumulative, p.tests.cumulative)},
        {tr("Active personnel"), count(f.personnel.active, p.personnel.active)},
        {tr("Full vaccination rate"), pct(f.vaccination.fullRate, p.vaccination.fullRate)},
        {tr("Boosted"), count(f.vaccination.booster, p.vaccination.booster)},
        {morning ? tr("Volunteer shifts yesterday") : tr("Volunteer shifts today"),
         count(f.volunteers.shiftsOnDate, p.volunteers.shiftsOnDate)},
        {tr("Volunteer hours to date"), hours(f.volunteers.hoursCumulative, p.volunteers.hoursCumulative)},
        {tr("Open findings"), count(f.inspections.findingsOpen, p.inspections.findingsOpen)},
        {tr("Overdue findings"), count(f.inspections.findingsOverdue, p.inspections.findingsOverdue)},
        {tr("Units reported"), count(f.dailyReports.reported, p.dailyReports.reported)},
        {tr("Units missing"), count(qint64(f.dailyReports.missing.size()), qint64(p.dailyReports.missing.size()))},
    };
    for (int i = 0; i + 1 < cells.size(); i += 2)
        table.rows.push_back(QStringList{cells[i].first} + cells[i].second + QStringList{cells[i + 1].first}
                             + cells[i + 1].second);
    for (PageBlock &block : PageBlocks::table(table, m_width))
        blocks.push_back(std::move(block));

    blocks.push_back(PageBlocks::space(points(8)));
    const QFont body = PrintStyle::font(PrintStyle::Face::Body, 12);
    const double indent = 2 * body.pixelSize(); // two characters, as Chinese paragraphs begin
    for (const QString &paragraph : m_briefing.paragraph.split(u'\n', Qt::SkipEmptyParts))
        blocks.push_back(PageBlocks::text(paragraph.trimmed(), body, m_width, Qt::AlignLeft, Qt::black, indent,
                                          points(4)));
    return blocks;
}

std::vector<PageBlock> BriefingDocument::companyTable() const
{
    std::vector<PageBlock> blocks;
    addHeading(blocks, tr("II. By company"));
    PageBlocks::Table table;
    table.widths = {2.6, 1.5, 1.8, 1.6, 1.8, 1.6, 1.4};
    table.align = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
                   Qt::AlignHCenter};
    const bool morning = m_briefing.edition == ReportEdition::Morning;
    table.header = {tr("Company"),
                    tr("Active personnel"),
                    morning ? tr("Tests yesterday") : tr("Tests today"),
                    tr("Full vaccination"),
                    tr("Volunteer shifts"),
                    tr("Open findings"),
                    morning ? tr("Report yesterday") : tr("Daily report")};
    qint64 personnel = 0, tests = 0, shifts = 0, findings = 0;
    for (const Briefing::CompanyRow &c : m_briefing.companies) {
        QString report;
        switch (c.report) {
        case Briefing::ReportState::Reported: report = tr("Reported"); break;
        case Briefing::ReportState::Zero: report = tr("Zero report"); break;
        case Briefing::ReportState::Missing: report = tr("Missing"); break;
        case Briefing::ReportState::NotRequired: report = u"—"_s; break;
        }
        table.rows.push_back({c.name, number(c.personnel), number(c.testsToday), FiguresFormat::percent(c.fullRate),
                              number(c.shiftsToday), number(c.findingsOpen), report});
        table.emphasised.push_back(c.report == Briefing::ReportState::Missing);
        personnel += c.personnel;
        tests += c.testsToday;
        shifts += c.shiftsToday;
        findings += c.findingsOpen;
    }
    const Figures &f = m_briefing.figures;
    table.rows.push_back({tr("Total"), number(personnel), number(tests), FiguresFormat::percent(f.vaccination.fullRate),
                          number(shifts), number(findings),
                          tr("%1 of %2").arg(number(f.dailyReports.reported), number(f.dailyReports.expected))});
    table.emphasised.push_back(true);
    for (PageBlock &block : PageBlocks::table(table, m_width))
        blocks.push_back(std::move(block));
    return blocks;
}

std::vector<PageBlock> BriefingDocument::charts() const
{
    std::vector<PageBlock> blocks;
    addHeading(blocks, tr("III. Charts"));
    const Briefing &b = m_briefing;
    // The bar charts may give up a fifth of their height to save a page;
    // the coverage chart a sixth, as far as the figures beside its bars
    // stay apart.
    blocks.push_back(PageBlocks::chart(BriefingCharts::testsPerDay(b), m_width, points(135), points(108)));
    blocks.push_back(PageBlocks::space(points(6)));
    // Three bars a company, each tall enough for the figures written beside it.
    const double coverageHeight = points(50) + points(26) * double(b.coverage.size());
    blocks.push_back(
        PageBlocks::chart(BriefingCharts::vaccinationCoverage(b), m_width, coverageHeight, coverageHeight * 5 / 6));
    blocks.push_back(PageBlocks::space(points(6)));
    const double rows = double(std::max(b.findings.size(), b.volunteerHours.size()));
    const double pairHeight = points(56) + points(16) * std::max(rows, 3.0);
    blocks.push_back(PageBlocks::chartPair(BriefingCharts::findingsByCompany(b),
                                           BriefingCharts::volunteerHoursByTeam(b), m_width, pairHeight,
                                           pairHeight * 0.8));
    return blocks;
}

std::vector<PageBlock> BriefingDocument::findings() const
{
    std::vector<PageBlock> blocks;
    addHeading(blocks, tr("IV. Inspections and rectification"));
    const QFont body = PrintStyle::font(PrintStyle::Face::Body, 12);
    if (m_briefing.openFindings.empty()) {
        blocks.push_back(PageBlocks::text(tr("All findings have been rectified."), body, m_width));
        return blocks;
    }
    PageBlocks::Table table;
    table.widths = {0.6, 2.0, 4.6, 1.7, 1.7, 1.2};
    table.align = {Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignHCenter,
                   Qt::AlignHCenter};
    table.header = {tr("No."), tr("Company"), tr("Finding"), tr("Inspected"), tr("Deadline"), tr("Status")};
    int n = 0;
    for (const OpenFinding &finding : m_briefing.openFindings) {
        table.rows.push_back({number(++n), finding.companyName, finding.description,
                              Cells::date(finding.inspectedOn), Cells::date(finding.deadline),
                              finding.overdue() ? tr("Overdue") : tr("Being rectified")});
        table.emphasised.push_back(finding.overdue());
    }
    for (PageBlock &block : PageBlocks::table(table, m_width))
        blocks.push_back(std::move(block));
    return blocks;
}

std::vector<PageBlock> BriefingDocument::reports() const
{
    std::vector<PageBlock> blocks;
    addHeading(blocks, tr("VI. Daily reports"));
    const Briefing &b = m_briefing;
    const Figures &f = b.figures;
    const QLocale locale;
    const bool morning = b.edition == ReportEdition::Morning;
    // Names as the paragraph lists them (、 in Chinese).
    const auto names = [](const QStringList &units) {
        return units.join(QCoreApplication::translate("Briefing", ", ", "between the names of units"));
    };
    const auto line = [&](const QString &text, bool emphasised) {
        blocks.push_back(PageBlocks::text(text, PrintStyle::font(PrintStyle::Face::Body, 12, emphasised),
            m_width, Qt::AlignLeft, Qt::black, 0, points(2)));
    };
    // The reports of the figures' day, by either edition.
    const int expected = int(f.dailyReports.expected);
    if (f.dailyReports.missing.isEmpty())
        line(morning ? tr("All %n unit(s) reported yesterday.", nullptr, expected)
                     : tr("All %n unit(s) have reported.", nullptr, expected),
            false);
    else
        line((morning ? tr("Not reported yesterday: %1.") : tr("Not reported: %1."))
                 .arg(names(b.missingUnits)),
            true);
    // What the units wrote under anomalies, each in a line of its own.
    for (const Briefing::Anomaly &a : b.anomalies)
        line(tr("%1: %2", "a unit, then the anomalies its report names").arg(a.company, a.text), false);
    // The morning edition adds the day's morning reports received so far.
    if (const auto &m = b.morningReports) {
        const int units = int(m->expected);
        if (m->expected == 0)
            line(tr("No unit sends a morning report."), false);
        else if (m->missing.isEmpty())
            line(tr("Morning reports today: all %n unit(s) have reported.", nullptr, units), false);
        else
            line(tr("Morning reports today: %1 of %n unit(s) received so far; not yet received: %2.", nullptr,
                     units)
                     .arg(locale.toString(m->received), names(m->missing)),
                true);
    }
    return blocks;
}

void BriefingDocument::paintFooter(QPainter &painter, int index) const
{
    const Briefing &b = m_briefing;
    const QRectF rect(kMarginX, kPageHeight - kMarginBottom + points(22), m_width, points(14));
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), points(0.4)));
    painter.drawLine(rect.topLeft() - QPointF(0, points(4)), rect.topRight() - QPointF(0, points(4)));
    painter.setFont(PrintStyle::font(PrintStyle::Face::Table, 8));
    painter.setPen(Qt::black);
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Printed %1 by %2").arg(QLocale().toString(b.printedAt, u"yyyy-MM-dd HH:mm"_s), b.printedBy));
    painter.drawText(rect, Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
    painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, tr("Seawall %1").arg(b.programVersion));
}

void BriefingDocument::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    double y = kMarginTop;
    for (const PageBlock &block : m_pages[size_t(index)]) {
        block.paint(painter, QRectF(kMarginX, y, m_width, block.height));
        y += block.height;
    }
    paintFooter(painter, index);
    painter.restore();
}

bool BriefingDocument::paintOn(QPagedPaintDevice &device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const QRect full = device.pageLayout().fullRectPixels(device.logicalDpiX());
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !device.newPage())
            return false;
        painter.setViewport(full);
        painter.setWindow(0, 0, int(kPageWidth), int(kPageHeight));
        paintPage(painter, i);
    }
    return painter.end();
}

Status BriefingDocument::writePdf(const QString &path) const
{
    // QPdfWriter reports no failed write (it painted, so it succeeded): the
    // PDF goes through a QSaveFile, whose commit finds a full disk.
    QSaveFile file(path);
    const auto cannot = [&file, &path] {
        return Error{Error::Kind::Open, tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannot();
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setCreator(tr("Seawall %1").arg(m_briefing.programVersion));
        writer.setTitle(tr("%1 Epidemic Prevention Daily Briefing").arg(m_briefing.groupName));
        if (!paintOn(writer))
            return cannot(); // the QSaveFile discards what was written
    }
    if (!commitSaveFile(file))
        return cannot();
    return {};
}

QStringList BriefingDocument::pageText(int index) const
{
    QStringList text;
    if (index < 0 || index >= pageCount())
        return text;
    for (const PageBlock &block : m_pages[size_t(index)])
        if (!block.text.isEmpty())
            text << block.text;
    return text;
}

QImage BriefingDocument::pageImage(int index, int widthPixels) const
{
    const int height = int(widthPixels * kPageHeight / kPageWidth + 0.5);
    QImage image(widthPixels, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setWindow(0, 0, int(kPageWidth), int(kPageHeight));
    paintPage(painter, index);
    return image;
}

} // namespace seawall
