// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/figuresview.h"

#include "core/figures/figuresformat.h"
#include "ui/common/cells.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// The headline figures as numbers, by key, to compare two days. Rates are
// in percent so that their change reads in percentage points.
QHash<QString, double> headline(const Figures &f)
{
    return {
        {u"personnel.active"_s, double(f.personnel.active)},
        {u"personnel.party_members"_s, double(f.personnel.partyMembers)},
        {u"tests.on_date"_s, double(f.tests.onDate)},
        {u"tests.persons_on_date"_s, double(f.tests.personsOnDate)},
        {u"tests.positive_on_date"_s, double(f.tests.positiveOnDate)},
        {u"tests.cumulative"_s, double(f.tests.cumulative)},
        {u"vaccination.first_dose"_s, double(f.vaccination.firstDose)},
        {u"vaccination.full"_s, double(f.vaccination.full)},
        {u"vaccination.booster"_s, double(f.vaccination.booster)},
        {u"vaccination.full_rate"_s, f.vaccination.fullRate * 100.0},
        {u"volunteers.shifts_on_date"_s, double(f.volunteers.shiftsOnDate)},
        {u"volunteers.hours_cumulative"_s, f.volunteers.hoursCumulative},
        {u"inspections.findings_open"_s, double(f.inspections.findingsOpen)},
        {u"inspections.findings_overdue"_s, double(f.inspections.findingsOverdue)},
        {u"daily_reports.reported"_s, double(f.dailyReports.reported)},
        {u"daily_reports.missing"_s, double(f.dailyReports.missing.size())},
        {u"movement.arrivals_on_date"_s, double(f.movement.arrivalsOnDate)},
        {u"movement.under_observation"_s, double(f.movement.underObservation)},
        {u"movement.checks_missed"_s, double(f.movement.checksMissed)},
        {u"movement.away"_s, double(f.movement.away)},
    };
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

    m_companies = new QTableWidget(0, 6, this);
    m_companies->setHorizontalHeaderLabels({tr("Company"), tr("Personnel"), tr("Tests today"), tr("Full rate"),
                                            tr("Daily report"), tr("Open findings")});
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
    const QHash<QString, double> now = headline(figures);
    const QHash<QString, double> before = headline(dayBefore);
    const QString since = Cells::date(dayBefore.date);
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
        const bool fractional = it.key() == u"vaccination.full_rate"_s || it.key() == u"volunteers.hours_cumulative"_s;
        const double diff = now.value(it.key()) - before.value(it.key());
        const QString amount = locale.toString(std::abs(diff), 'f', fractional ? 1 : 0);
        QString text;
        if (amount == locale.toString(0.0, 'f', fractional ? 1 : 0))
            text = tr("±0", "no change since the day before");
        else if (it.key() == u"vaccination.full_rate"_s)
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
    const auto set = [this](const QString &key, const QString &text) { m_values.value(key)->setText(text); };
    set(u"personnel.active"_s, locale.toString(f.personnel.active));
    set(u"personnel.party_members"_s, locale.toString(f.personnel.partyMembers));
    set(u"tests.on_date"_s, locale.toString(f.tests.onDate));
    set(u"tests.persons_on_date"_s, locale.toString(f.tests.personsOnDate));
    set(u"tests.positive_on_date"_s, locale.toString(f.tests.positiveOnDate));
    set(u"tests.cumulative"_s, locale.toString(f.tests.cumulative));
    set(u"vaccination.first_dose"_s, locale.toString(f.vaccination.firstDose));
    set(u"vaccination.full"_s, locale.toString(f.vaccination.full));
    set(u"vaccination.booster"_s, locale.toString(f.vaccination.booster));
    set(u"vaccination.full_rate"_s, FiguresFormat::percent(f.vaccination.fullRate));
    set(u"volunteers.shifts_on_date"_s, locale.toString(f.volunteers.shiftsOnDate));
    set(u"volunteers.hours_cumulative"_s, locale.toString(f.volunteers.hoursCumulative, 'f', 1));
    set(u"inspections.findings_open"_s, locale.toString(f.inspections.findingsOpen));
    set(u"inspections.findings_overdue"_s, locale.toString(f.inspections.findingsOverdue));
    set(u"daily_reports.reported"_s,
        tr("%1 of %2").arg(locale.toString(f.dailyReports.reported), locale.toString(f.dailyReports.expected)));
    set(u"daily_reports.missing"_s, locale.toString(qint64(f.dailyReports.missing.size())));
    m_values.value(u"daily_reports.missing"_s)->setToolTip(locale.createSeparatedList(f.dailyReports.missing));
    const MovementFigures &m = f.movement;
    set(u"movement.arrivals_on_date"_s, locale.toString(m.arrivalsOnDate));
    m_values.value(u"movement.arrivals_on_date"_s)
        ->setToolTip(tr("%1 from medium- or high-risk areas").arg(locale.toString(m.arrivalsRiskOnDate)));
    set(u"movement.under_observation"_s, locale.toString(m.underObservation));
    m_values.value(u"movement.under_observation"_s)
        ->setToolTip(tr("Centralised quarantine %1, home health monitoring %2, last day today %3")
                         .arg(locale.toString(m.quarantine), locale.toString(m.homeMonitoring),
                              locale.toString(m.lastDay)));
    set(u"movement.checks_missed"_s, locale.toString(m.checksMissed));
    m_values.value(u"movement.checks_missed"_s)
        ->setToolTip(tr("Abnormal checks today: %1").arg(locale.toString(m.checksAbnormal)));
    set(u"movement.away"_s, locale.toString(m.away));
    m_values.value(u"movement.away"_s)->setToolTip(tr("Returns overdue: %1").arg(locale.toString(m.overdueReturns)));

    m_companies->setRowCount(int(f.companies.size()));
    for (int row = 0; row < int(f.companies.size()); ++row) {
        const CompanyFigures &c = f.companies[size_t(row)];
        const QString report = !c.reported ? tr("not required") : *c.reported ? tr("reported") : tr("missing");
        const QStringList cells{c.name, locale.toString(c.personnel), locale.toString(c.testsOnDate),
                                FiguresFormat::percent(c.fullRate), report, locale.toString(c.findingsOpen)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 4 && c.reported == false)
                item->setForeground(QColor(0xb0, 0x1e, 0x1e));
            m_companies->setItem(row, column, item);
        }
    }
}

void FiguresView::setScopeTitle(const QString &title) { m_box->setTitle(title); }

} // namespace seawall
