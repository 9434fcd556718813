// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuresview.h"

#include "figures/figuresformat.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {

FiguresView::FiguresView(QWidget *parent) : QWidget(parent)
{
    auto *box = new QGroupBox(tr("Group-wide"), this);
    m_grid = new QGridLayout(box);
    m_grid->setHorizontalSpacing(24);
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
    };
    constexpr int kPerRow = 4;
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
    auto *caption = new QLabel(label);
    caption->setBuddy(value);
    cell->addWidget(value);
    cell->addWidget(caption);
    m_grid->addLayout(cell, row, column);
    m_values.insert(key, value);
}

QString FiguresView::figureText(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

void FiguresView::setFigures(const Figures &f)
{
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

} // namespace seawall
