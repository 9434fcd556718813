// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing's charts and pages as a reader sees them.
#include "chinese.h"
#include "core/briefing/briefingbuilder.h"
#include "core/demo/demogenerator.h"
#include "ui/charts/briefingcharts.h"
#include "figuresfixture.h"
#include "ui/print/briefingdocument.h"
#include "ui/print/pageblocks.h"
#include "ui/common/printstyle.h"
#include "testdb.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

Briefing fixtureBriefing(test::TempDatabase &t)
{
    test::FiguresFixture fixture(t.db);
    Result<Briefing> built = BriefingBuilder(t.db).build(test::FiguresFixture::day(), ReportEdition::Evening);
    REQUIRE(built.ok());
    Briefing b = built.value();
    b.printedAt = QDateTime({2022, 3, 15}, {20, 30});
    b.printedBy = u"tester"_s;
    b.programVersion = u"0.1.0"_s;
    return b;
}

// Share of pixels that are not white.
double inked(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
    return double(ink) / double(image.width() * image.height());
}

QImage render(QChart *chart, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    chart->resize(QSizeF(size) * 10); // in print units, 0.1 pt
    QGraphicsScene scene;
    scene.addItem(chart);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size) * 10));
    scene.removeItem(chart); // the caller keeps the chart
    return image;
}

} // namespace

TEST_CASE("each briefing chart renders a non-empty image of the right size", "[ui][charts]")
{
    test::TempDatabase t;
    const Briefing b = fixtureBriefing(t);
    using Maker = std::function<QChart *(const Briefing &)>;
    const auto [name, make] = GENERATE(table<const char *, Maker>({
        {"tests per day", BriefingCharts::testsPerDay},
        {"coverage", BriefingCharts::vaccinationCoverage},
        {"findings", BriefingCharts::findingsByCompany},
        {"volunteer hours", BriefingCharts::volunteerHoursByTeam},
    }));
    INFO(name);
    const std::unique_ptr<QChart> chart(make(b));
    REQUIRE(chart);
    const QImage image = render(chart.get(), {480, 300});
    CHECK(image.size() == QSize(480, 300));
    const double ink = inked(image);
    CHECK(ink > 0.02); // axes, bars and labels
    CHECK(ink < 0.9);
    REQUIRE_FALSE(chart->series().isEmpty());
}

TEST_CASE("the fixture's briefing fits on three A4 pages", "[ui][print]")
{
    test::TempDatabase t;
    const BriefingDocument document(fixtureBriefing(t));
    CHECK(BriefingDocument::pageSize() == QSizeF(5953, 8419)); // A4 in 0.1 pt
    // Two pages up to the findings; 保障情况 (V) and the daily reports (VI) on the third.
    CHECK(document.pageCount() == 3);
    for (int i = 0; i < document.pageCount(); ++i) {
        const QImage page = document.pageImage(i, 620);
        CHECK(page.height() == 877);
        CHECK(inked(page) > 0.01);
    }
    // The title is red, as official documents have it.
    const QImage first = document.pageImage(0, 620);
    bool red = false;
    for (int y = 0; y < 120 && !red; ++y)
        for (int x = 0; x < first.width() && !red; ++x) {
            const QColor c = first.pixelColor(x, y);
            red = c.red() > 150 && c.green() < 80 && c.blue() < 80;
        }
    CHECK(red);
}

TEST_CASE("a table's header breaks between the words of its title, never inside one", "[ui][print]")
{
    const QFont font = PrintStyle::font(PrintStyle::Face::Table, 9, true);
    const QFontMetricsF metrics(font);
    const double glyph = metrics.horizontalAdvance(u"今"_s); // CJK characters and full-width brackets alike
    // Five characters wide: 今日检测 fits, 今日检测（ does not, so the bracket opens line two.
    CHECK(PageBlocks::headerLines(u"今日检测（人次）"_s, font, 5 * glyph)
          == QStringList{u"今日检测"_s, u"（人次）"_s});
    CHECK(PageBlocks::headerLines(u"志愿服务（班次）"_s, font, 6 * glyph)
          == QStringList{u"志愿服务"_s, u"（班次）"_s});
    // Wide enough for all eight: one line.
    CHECK(PageBlocks::headerLines(u"今日检测（人次）"_s, font, 8.5 * glyph) == QStringList{u"今日检测（人次）"_s});
    // A word with no place to break stays whole, even in a column too narrow for it.
    CHECK(PageBlocks::headerLines(u"未整改问题"_s, font, 3 * glyph) == QStringList{u"未整改问题"_s});
    // English breaks at its blanks.
    const double today = metrics.horizontalAdvance(u"today"_s);
    CHECK(PageBlocks::headerLines(u"Tests today"_s, font, today + 1) == QStringList{u"Tests"_s, u"today"_s});
}

TEST_CASE("the last page never holds the daily reports' section alone", "[ui][print]")
{
    test::TempDatabase t;
    const Briefing fixture = fixtureBriefing(t);
    // More open findings push the last section down row by row, over the
    // end of page two (where the charts may give up some height) and of
    // page three (where they are not, and rows must come along).
    const int extra = GENERATE(range(0, 26));
    Briefing b = fixture;
    for (int i = 0; i < extra; ++i) {
        OpenFinding f;
        f.companyName = u"铁路公司"_s;
        f.inspectionCode = u"JC%1"_s.arg(100 + i);
        f.inspectedOn = QDate(2022, 3, 10);
        f.description = u"台账缺页 %1"_s.arg(i + 1);
        f.deadline = QDate(2022, 3, 20);
        b.openFindings.push_back(f);
    }
    const BriefingDocument document(b);
    INFO("extra findings: " << extra << ", pages: " << document.pageCount());
    REQUIRE(document.pageCount() >= 2);
    const QStringList last = document.pageText(document.pageCount() - 1);
    INFO(last.join(u" / "_s).toStdString());
    // The section is there, at the end, and something of what precedes it
    // (a row of the findings, a chart's page) shares its page.
    REQUIRE(last.size() >= 4);
    CHECK(last.at(last.size() - 3) == u"VI. Daily reports"_s);
    CHECK(last.at(last.size() - 2) == u"Not reported: 铁路公司."_s);
    CHECK(last.last() == u"物业公司: 外来人员2人已登记"_s); // its anomalies, a line each

    CHECK(last.first() != u"VI. Daily reports"_s);
    // Every finding is printed once.
    int rows = 0;
    for (int page = 0; page < document.pageCount(); ++page)
        for (const QString &line : document.pageText(page))
            rows += line.contains(u"\t台账缺页 "_s) ? 1 : 0;
    CHECK(rows == extra);
}

TEST_CASE("the coverage chart writes each rate as the company table prints it", "[ui][charts]")
{
    test::TempDatabase t;
    const Briefing b = fixtureBriefing(t);
    const std::unique_ptr<QChart> chart(BriefingCharts::vaccinationCoverage(b));
    const QString first = u"At least one dose"_s;
    const QString full = u"Full primary series"_s;
    const QString booster = u"Booster"_s;
    // By hand, of the active persons not exempt: 物业公司 1 of 3 full, 1
    // boosted; 产业公司 2 active but P6 exempt, P8 one dose of two; 开发公司
    // both full, one boosted.
    CHECK(BriefingCharts::valueLabel(chart.get(), u"物业公司"_s, full) == u"33.3%"_s);
    CHECK(BriefingCharts::valueLabel(chart.get(), u"物业公司"_s, booster) == u"33.3%"_s);
    CHECK(BriefingCharts::valueLabel(chart.get(), u"产业公司"_s, first) == u"100.0%"_s);
    CHECK(BriefingCharts::valueLabel(chart.get(), u"产业公司"_s, full) == u"0.0%"_s);
    CHECK(BriefingCharts::valueLabel(chart.get(), u"开发公司"_s, full) == u"100.0%"_s);
    CHECK(BriefingCharts::valueLabel(chart.get(), u"开发公司"_s, booster) == u"50.0%"_s);

    // The company table's column of full vaccination, as printed, says the same.
    const BriefingDocument document(b);
    int compared = 0;
    for (int page = 0; page < document.pageCount(); ++page) {
        for (const QString &line : document.pageText(page)) {
            const QStringList cells = line.split(u'\t');
            // 单位, 在册人员, 今日检测, 全程接种率, …: the rows of the companies with persons.
            if (cells.size() != 7 || cells[1] == u"0"_s || cells[0] == u"Total"_s || cells[0] == u"Company"_s)
                continue;
            INFO(line.toStdString());
            CHECK(BriefingCharts::valueLabel(chart.get(), cells[0], full) == cells[3]);
            ++compared;
        }
    }
    CHECK(compared == 5);
}

TEST_CASE("the briefing's findings table writes days as the window's lists do", "[ui][print]")
{
    test::TempDatabase t;
    const BriefingDocument document(fixtureBriefing(t));
    QStringList rows;
    for (int page = 0; page < document.pageCount(); ++page)
        rows << document.pageText(page);
    // JC01 of 铁路公司, inspected on 03-01, due 03-08: overdue on the 15th.
    CHECK(rows.contains(u"1\t铁路公司\t防护物资储备不足\t2022-03-01\t2022-03-08\tOverdue"_s));
}

TEST_CASE("the demo's briefing with its readiness section stays within three A4 pages", "[ui][print][readiness]")
{
    // The demo group of 30 March 2022 (DemoReadiness): 海通公司 has no night
    // shift on the day, 铁路公司 no duty on the next; some supplies are low.
    test::TempDatabase t;
    DemoGenerator::Options options;
    options.today = QDate(2022, 3, 30);
    REQUIRE(DemoGenerator(t.db).generate(options).ok());
    for (const ReportEdition edition : {ReportEdition::Evening, ReportEdition::Morning}) {
        {
            // As it is printed, in Chinese, with the sections of people on
            // the move and of readiness, it stays within three pages (in
            // English, the source language, its longer words take four).
            // The translator and locale are set as the program sets them for
            // a Chinese user (app/translation.cpp) before the briefing is
            // built, since its paragraph is written then.
            const test::Chinese chinese;
            const QLocale before;
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
            Result<Briefing> chineseBriefing = BriefingBuilder(t.db).build(options.today, edition);
            REQUIRE(chineseBriefing.ok());
            const BriefingDocument printed(chineseBriefing.value());
            QLocale::setDefault(before);
            const QStringList first = printed.pageText(0);
            REQUIRE_FALSE(first.filter(u"全集团开展核酸检测"_s).isEmpty()); // the paragraph is Chinese
            INFO("pages in Chinese: " << printed.pageCount() << "; last page: "
                                      << printed.pageText(printed.pageCount() - 1).join(u" / "_s).toStdString());
            CHECK(printed.pageCount() <= 3);
        }
        Result<Briefing> built = BriefingBuilder(t.db).build(options.today, edition);
        REQUIRE(built.ok());
        const BriefingDocument document(built.value());
        QStringList text;
        for (int page = 0; page < document.pageCount(); ++page)
            text << document.pageText(page);
        const QString all = text.join(u'\n');
        CHECK(all.contains(u"V. Readiness"_s));
        CHECK(all.contains(u"海通公司 (no Night shift)"_s));
        CHECK(all.contains(u"铁路公司 (no duty)"_s));
        CHECK(all.contains(u"Supplies below the minimum reserve"_s));
        // The phones of the duty table are masked, as on screen.
        CHECK_FALSE(QRegularExpression(u"\\b1[3-9]\\d{9}\\b"_s).match(all).hasMatch());
    }
}
