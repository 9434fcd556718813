// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/briefingcharts.h"

#include "ui/common/printstyle.h"

#include "core/figures/figuresformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace seawall::BriefingCharts {
namespace {

// Three fills that stay apart on a black-and-white printout.
QBrush fill(int index)
{
    switch (index % 3) {
    case 0: return QBrush(QColor(0x40, 0x40, 0x40));
    case 1: return QBrush(QColor(0xb4, 0xb4, 0xb4));
    default: return QBrush(Qt::black, Qt::BDiagPattern);
    }
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setTitle(title);
    chart->setTitleFont(PrintStyle::font(PrintStyle::Face::Heading, 9.5, true));
    chart->setTitleBrush(Qt::black);
    chart->legend()->setFont(PrintStyle::font(PrintStyle::Face::Table, 8));
    chart->legend()->setLabelColor(Qt::black);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QBarSet *barSet(const QString &label, int index)
{
    auto *set = new QBarSet(label);
    set->setBrush(fill(index));
    set->setPen(QPen(Qt::black, PrintStyle::points(0.4)));
    set->setLabelColor(Qt::black);
    set->setLabelFont(PrintStyle::font(PrintStyle::Face::Table, 7));
    return set;
}

// `precision` counts significant digits: 12 prints whole numbers whole.
template <typename Series>
Series *styled(Series *series, const QString &format, int precision)
{
    series->setLabelsVisible(true);
    series->setLabelsFormat(format);
    series->setLabelsPrecision(precision);
    series->setBarWidth(0.75);
    return series;
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(PrintStyle::font(PrintStyle::Face::Table, 7.5));
    axis->setLabelsColor(Qt::black);
    axis->setLinePen(QPen(Qt::black, PrintStyle::points(0.5)));
    axis->setGridLinePen(QPen(QColor(0xd0, 0xd0, 0xd0), PrintStyle::points(0.3)));
    axis->setTitleFont(PrintStyle::font(PrintStyle::Face::Table, 7.5));
}

// A value axis from 0 with room above the largest bar for its label.
QValueAxis *valueAxis(double largest, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setRange(0.0, largest > 0.0 ? largest * 1.18 : 1.0);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    styleAxis(axis);
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    styleAxis(axis);
    axis->setGridLineVisible(false);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

// A share of the base as a fraction, 0 when there is no base (as full_rate).
double share(qint64 part, qint64 base) { return base > 0 ? double(part) / double(base) : 0.0; }

// The values of a horizontal bar series written beside its bars by hand:
// Qt Charts' own labels format with 'g' (75 where the tables say 75.0%) and
// sit on the bar's end, running into it and the bars around. Each text here
// is the tables' own, a little past its bar's end, the ink of its figures
// centred on the bar (the briefing gives each bar room for them). Painted
// with the chart, so it follows the chart's layout at any size.
class BarValueLabels : public QGraphicsItem
{
public:
    static constexpr int kType = UserType + 0x5e1;

    // texts[set][category], in the order of the series' sets and categories.
    BarValueLabels(QChart *chart, QHorizontalBarSeries *series, QList<QStringList> texts)
        : QGraphicsItem(chart), m_chart(chart), m_series(series), m_texts(std::move(texts))
    {
        setZValue(1000); // over the bars and the grid
    }

    int type() const override { return kType; }
    QRectF boundingRect() const override { return m_chart->rect(); }

    QString text(int set, int category) const { return m_texts.value(set).value(category); }
    int setIndex(const QString &label) const
    {
        const QList<QBarSet *> sets = m_series->barSets();
        for (int i = 0; i < sets.size(); ++i)
            if (sets[i]->label() == label)
                return i;
        return -1;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QList<QBarSet *> sets = m_series->barSets();
        const double count = double(sets.size());
        const double width = m_series->barWidth();
        painter->save();
        painter->setFont(m_font);
        painter->setPen(Qt::black);
        const QFontMetricsF metrics(m_font);
        const double gap = PrintStyle::points(2);
        for (int s = 0; s < sets.size(); ++s) {
            for (int c = 0; c < sets[s]->count(); ++c) {
                // Where Qt Charts puts bar s of category c: its slice of the band.
                const double centre = c - width / 2 + (s + 0.5) / count * width;
                const QPointF end = m_chart->mapToPosition(QPointF(sets[s]->at(c), centre), m_series);
                // The figures' ink (cap height) centred on the bar.
                const QPointF baseline(end.x() + gap, end.y() + metrics.capHeight() / 2);
                painter->drawText(baseline, text(s, c));
            }
        }
        painter->restore();
    }

private:
    QChart *m_chart;
    QHorizontalBarSeries *m_series;
    QList<QStringList> m_texts;
    QFont m_font = PrintStyle::font(PrintStyle::Face::Table, 7);
};

const BarValueLabels *valueLabelsOf(const QChart *chart)
{
    for (const QGraphicsItem *item : chart->childItems())
        if (item->type() == BarValueLabels::kType)
            return static_cast<const BarValueLabels *>(item);
    return nullptr;
}

} // namespace

QString valueLabel(const QChart *chart, const QString &category, const QString &set)
{
    const BarValueLabels *labels = chart ? valueLabelsOf(chart) : nullptr;
    if (!labels)
        return {};
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    const int c = axis ? int(axis->categories().indexOf(category)) : -1;
    const int s = labels->setIndex(set);
    return c < 0 || s < 0 ? QString() : labels->text(s, c);
}

QChart *testsPerDay(const Briefing &briefing)
{
    QChart *chart = newChart(QCoreApplication::translate("BriefingCharts", "Nucleic-acid tests per day (person-times)"));
    QBarSet *set = barSet(QCoreApplication::translate("BriefingCharts", "Tests"), 0);
    QStringList days;
    double largest = 0.0;
    for (const Briefing::DayCount &day : briefing.testsPerDay) {
        *set << double(day.count);
        largest = std::max(largest, double(day.count));
        days << QLocale().toString(day.date, u"M/d"_s);
    }
    auto *series = styled(new QBarSeries, u"@value"_s, 12);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    if (largest >= 1000.0)
        series->setLabelsAngle(-90.0); // wide numbers stand upright above their bars
    series->append(set);
    attach(chart, series, categoryAxis(days), valueAxis(largest, u"%d"_s));
    chart->legend()->hide();
    return chart;
}

QChart *vaccinationCoverage(const Briefing &briefing)
{
    QChart *chart = newChart(QCoreApplication::translate(
        "BriefingCharts", "Vaccination coverage by company (% of active personnel not exempt)"));
    QBarSet *first = barSet(QCoreApplication::translate("BriefingCharts", "At least one dose"), 0);
    QBarSet *full = barSet(QCoreApplication::translate("BriefingCharts", "Full primary series"), 1);
    QBarSet *booster = barSet(QCoreApplication::translate("BriefingCharts", "Booster"), 2);
    QStringList companies;
    QStringList firstText, fullText, boosterText;
    // Horizontal bars list from the bottom up: reverse to read top-down.
    // The base is full_rate's, so that the full series says what the
    // company table says.
    for (auto it = briefing.coverage.rbegin(); it != briefing.coverage.rend(); ++it) {
        companies << it->company;
        const qint64 base = it->active - it->exempt;
        for (auto [set, texts, part] : {std::tuple{first, &firstText, it->firstDose},
                                        std::tuple{full, &fullText, it->full},
                                        std::tuple{booster, &boosterText, it->booster}}) {
            *set << 100.0 * share(part, base);
            *texts << FiguresFormat::percent(share(part, base));
        }
    }
    auto *series = styled(new QHorizontalBarSeries, u"@value%"_s, 3);
    series->setLabelsVisible(false); // written by BarValueLabels
    series->setBarWidth(0.8);
    series->append({booster, full, first});
    auto *axis = valueAxis(100.0, u"%d%"_s);
    // Ticks every 20 % up to 100 %, with room beyond for the labels.
    axis->setRange(0.0, 112.0);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(20.0);
    chart->addSeries(series);
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(categoryAxis(companies), Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(chart->axes(Qt::Vertical).constFirst());
    new BarValueLabels(chart, series, {boosterText, fullText, firstText});
    // The legend in reading order: first dose, full, booster.
    chart->legend()->setReverseMarkers(true);
    return chart;
}

QChart *findingsByCompany(const Briefing &briefing)
{
    QChart *chart = newChart(QCoreApplication::translate("BriefingCharts", "Inspection findings by company"));
    QBarSet *open = barSet(QCoreApplication::translate("BriefingCharts", "Being rectified"), 0);
    QBarSet *rectified = barSet(QCoreApplication::translate("BriefingCharts", "Rectified"), 2);
    QStringList companies;
    double largest = 0.0;
    for (auto it = briefing.findings.rbegin(); it != briefing.findings.rend(); ++it) {
        companies << it->company;
        *open << double(it->open);
        *rectified << double(it->rectified);
        largest = std::max(largest, double(it->open + it->rectified));
    }
    auto *series = styled(new QHorizontalStackedBarSeries, u"@value"_s, 12);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    open->setLabelColor(Qt::white);
    rectified->setLabelBrush(QBrush(Qt::black));
    series->append({open, rectified});
    attach(chart, series, valueAxis(largest, u"%d"_s), categoryAxis(companies));
    return chart;
}

QChart *volunteerHoursByTeam(const Briefing &briefing)
{
    QChart *chart = newChart(QCoreApplication::translate("BriefingCharts", "Volunteer hours by team (to date)"));
    QBarSet *set = barSet(QCoreApplication::translate("BriefingCharts", "Hours"), 1);
    QStringList teams;
    double largest = 0.0;
    for (auto it = briefing.volunteerHours.rbegin(); it != briefing.volunteerHours.rend(); ++it) {
        teams << it->team;
        *set << it->hours;
        largest = std::max(largest, it->hours);
    }
    auto *series = styled(new QHorizontalBarSeries, u"@value"_s, 5);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->append(set);
    attach(chart, series, valueAxis(largest, u"%d"_s), categoryAxis(teams));
    chart->legend()->hide();
    return chart;
}

} // namespace seawall::BriefingCharts
