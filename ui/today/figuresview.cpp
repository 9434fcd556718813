// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/figuresview.h"

#include "core/figures/figuresformat.h"
#include "ui/common/cells.h"
#include "ui/common/problemlabel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// A figure as a number, to compare two days: a rate in percent, so that
// its change reads in percentage points; a list of units by its length.
double number(const Figures &f, const QString &key)
{
    const QJsonValue value = FiguresFormat::value(f, key);
    if (value.isArray())
        return double(value.toArray().size());
    return FiguresFormat::shown(key) == FiguresFormat::Shown::Rate ? value.toDouble() * 100.0 : value.toDouble();
}

} // namespace

FiguresView::FiguresView(QWidget *parent) : QWidget(parent)
{
    auto *box = new QGroupBox(tr("Group-wide"), this);
    m_box = box;
    m_grid = new QGridLayout(box);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(4);
    const QList<std::pair<QString, QString>> figures{
        {u"personnel.active"_s, tr("Active personnel")},
        {u"personnel.party_members"_s, tr("Party members")},
        {u"tests.on_date"_s, tr("Tests today")},
        {u"tests.persons_on_date"_s, tr("Persons tested")},
        {u"tests.positive_on_date"_s, tr("Positive")},
        {u"tests.cumulative"_s, tr("Tests to date")},
        {u"vaccination.first_dose"_s, tr("First dose")},
        {u"vaccination.full"_s, tr("Full series")},
        {u"vaccination.booster"_s, tr("Booster")},
        {u"vaccination.full_rate"_s, tr("Full rate")},
        {u"volunteers.shifts_on_date"_s, tr("Shifts today")},
        {u"volunteers.hours_cumulative"_s, tr("Volunteer hours")},
        {u"inspections.findings_open"_s, tr("Open findings")},
        {u"inspections.findings_overdue"_s, tr("Overdue findings")},
        {u"daily_reports.reported"_s, tr("Units reported")},
        {u"daily_reports.missing"_s, tr("Missing reports")},
        {u"movement.arrivals_on_date"_s, tr("Arrivals today")},
        {u"movement.under_observation"_s, tr("Under observation")},
        {u"movement.checks_missed"_s, tr("Checks missed")},
        {u"movement.away"_s, tr("Away from the city")},
    };
    constexpr int kPerRow = 5;
    for (int i = 0; i < figures.size(); ++i)
        addFigure(figures[i].first, figures[i].second, i / kPerRow, i % kPerRow);

    const QStringList headers = FiguresFormat::companyTableHeaders();
    m_companies = new QTableWidget(0, int(headers.size()), this);
    m_companies->setHorizontalHeaderLabels(headers);
    m_companies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_companies->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_companies->verticalHeader()->hide();
    m_companies->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_companies->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // the page around it has its margins
    layout->addWidget(box);
    layout->addWidget(m_companies, 1);
}

void FiguresView::addFigure(const QString &key, const QString &label, int row, int column)
{
    auto *cell = new QVBoxLayout;
    auto *value = new QLabel(u"—"_s);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *change = new QLabel;
    change->setStyleSheet(u"color: #555555"_s);
    change->hide();
    auto *caption = new QLabel(label);
    caption->setBuddy(value);
    auto *top = new QHBoxLayout;
    top->addWidget(value);
    top->addWidget(change, 0, Qt::AlignBottom);
    top->addStretch(1);
    cell->addLayout(top);
    cell->addWidget(caption);
    m_grid->addLayout(cell, row, column);
    m_values.insert(key, value);
    m_changes.insert(key, change);
}

QString FiguresView::changeText(const QString &key) const
{
    const QLabel *label = m_changes.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void FiguresView::setCompanyTableVisible(bool visible) { m_companies->setVisible(visible); }

void FiguresView::setFigures(const Figures &figures, const Figures &dayBefore)
{
    setFigures(figures);
    const QLocale locale;
    const QString since = Cells::date(dayBefore.date);
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
        const FiguresFormat::Shown shown = FiguresFormat::shown(it.key());
        const bool fractional = shown == FiguresFormat::Shown::Rate || shown == FiguresFormat::Shown::Hours;
        const double diff = number(figures, it.key()) - number(dayBefore, it.key());
        const QString amount = locale.toString(std::abs(diff), 'f', fractional ? 1 : 0);
        QString text;
        if (amount == locale.toString(0.0, 'f', fractional ? 1 : 0))
            text = tr("±0", "no change since the day before");
        else if (shown == FiguresFormat::Shown::Rate)
            text = (diff > 0 ? tr("▲ %1 pt", "rate risen by percentage points") : tr("▼ %1 pt", "rate fallen"))
                       .arg(amount);
        else
            text = (diff > 0 ? tr("▲ %1", "risen since the day before") : tr("▼ %1", "fallen since the day before"))
                       .arg(amount);
        it.value()->setText(text);
        it.value()->setToolTip(tr("Change since %1").arg(since));
        it.value()->show();
    }
}

QString FiguresView::figureText(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

void FiguresView::setFigures(const Figures &f)
{
    for (QLabel *change : std::as_const(m_changes))
        change->hide();
    const QLocale locale;
    // Each as `stats` writes it, but for the units reported (of those
    // expected) and the units missing (how many, named in the tooltip).
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        it.value()->setText(FiguresFormat::text(it.key(), FiguresFormat::value(f, it.key())));
    m_values.value(u"daily_reports.reported"_s)
        ->setText(tr("%1 of %2").arg(locale.toString(f.dailyReports.reported), locale.toString(f.dailyReports.expected)));
    m_values.value(u"daily_reports.missing"_s)->setText(locale.toString(qint64(f.dailyReports.missing.size())));
    m_values.value(u"daily_reports.missing"_s)->setToolTip(locale.createSeparatedList(f.dailyReports.missing));
    const MovementFigures &m = f.movement;
    m_values.value(u"movement.arrivals_on_date"_s)
        ->setToolTip(tr("%1 from medium- or high-risk areas").arg(locale.toString(m.arrivalsRiskOnDate)));
    m_values.value(u"movement.under_observation"_s)
        ->setToolTip(tr("Centralised quarantine %1, home health monitoring %2, last day today %3")
                         .arg(locale.toString(m.quarantine), locale.toString(m.homeMonitoring),
                              locale.toString(m.lastDay)));
    m_values.value(u"movement.checks_missed"_s)
        ->setToolTip(tr("Abnormal checks today: %1").arg(locale.toString(m.checksAbnormal)));
    m_values.value(u"movement.away"_s)->setToolTip(tr("Returns overdue: %1").arg(locale.toString(m.overdueReturns)));

    const QStringList fields = FiguresFormat::companyTableFields();
    m_companies->setRowCount(int(f.companies.size()));
    for (int row = 0; row < int(f.companies.size()); ++row) {
        const CompanyFigures &c = f.companies[size_t(row)];
        m_companies->setItem(row, 0, new QTableWidgetItem(c.name));
        for (int i = 0; i < fields.size(); ++i) {
            auto *item = new QTableWidgetItem(FiguresFormat::companyText(c, fields[i]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // A report missing stands out.
            if (fields[i] == u"reported"_s && c.reported == false)
                item->setForeground(ProblemLabel::colour());
            m_companies->setItem(row, i + 1, item);
        }
    }
}

void FiguresView::setScopeTitle(const QString &title) { m_box->setTitle(title); }

} // namespace seawall
