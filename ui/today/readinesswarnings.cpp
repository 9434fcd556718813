// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/readinesswarnings.h"

#include "ui/common/cells.h"
#include "ui/common/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {

ReadinessWarnings::ReadinessWarnings(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_editor(workspace, this)
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"readinessWarnings"_s);
    m_table->setHorizontalHeaderLabels({tr("Warning"), tr("Unit"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setToolTip(tr("Enter or a double click opens the records behind a warning."));
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) { open(index.row()); });
    m_figures = new QLabel(this);
    m_figures->setObjectName(u"readinessFigures"_s);
    m_figures->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addWidget(m_table, 1);
}

void ReadinessWarnings::add(const Warning &warning, const QString &what, const QString &unit, const QString &detail)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, Cells::text(what));
    m_table->setItem(row, 1, Cells::text(unit));
    m_table->setItem(row, 2, Cells::text(detail));
    m_warnings.append(warning);
}

void ReadinessWarnings::setDetails(ReadinessDetails d, const ReadinessFigures &f)
{
    const QLocale locale;
    m_figures->setText(tr("Duty gaps today: %1 · Below minimum: %2 · Certified: %3 · Expiring in 30 days: %4 · "
                          "Drills in 30 days: %5 (to date %6)")
                           .arg(locale.toString(qint64(f.dutyGaps.size())),
                                locale.toString(qint64(f.suppliesBelowMinimum.size())), locale.toString(f.certified),
                                locale.toString(f.certificatesExpiring), locale.toString(f.drillsLast30Days),
                                locale.toString(f.drillsCumulative)));
    m_table->setRowCount(0);
    m_warnings.clear();
    for (const ReadinessDetails::DutyGap &gap : d.dutyGaps) {
        const QString day = gap.date == d.date ? tr("today") : tr("tomorrow");
        const QString lacking = gap.missing.contains(DutyShift::FullDay)
                                    ? tr("no one on duty %1").arg(day)
                                    : tr("no %1 %2").arg(displayName(gap.missing.front()), day);
        add({Kind::DutyGap, gap.companyId, gap.date, toCode(gap.missing.front())}, tr("Duty gap"), gap.company,
            lacking + u" ("_s + Cells::date(gap.date) + u')');
    }
    for (const SupplyShortage &s : d.shortages)
        add({Kind::Shortage, s.stocktakeId, {}, {}}, tr("Below minimum"), s.company,
            tr("%1: %2 %4, minimum %3 %4").arg(s.item, locale.toString(s.quantity), locale.toString(s.minimum), s.unit));
    for (const ReadinessDetails::Expiring &e : d.expiring)
        add({Kind::Expiring, e.trainingId, {}, {}}, tr("Certificate expiring"), e.company,
            tr("%1, %2: valid until %3").arg(e.person, e.course, Cells::date(e.validUntil)));
    for (const ReadinessDetails::NoDrill &n : d.withoutDrill)
        add({Kind::NoDrill, n.companyId, {}, {}}, tr("No drill in 30 days"), n.company,
            n.lastDrill.isValid() ? tr("last drill %1").arg(Cells::date(n.lastDrill)) : tr("no drill on record"));
}

QString ReadinessWarnings::tabText() const
{
    return m_warnings.isEmpty() ? tr("Re&adiness") : tr("Re&adiness (%n warning(s))", nullptr, int(m_warnings.size()));
}

void ReadinessWarnings::open(int row)
{
    if (row < 0 || row >= m_warnings.size())
        return;
    const Warning warning = m_warnings.at(row);
    EntityDefaults defaults;
    switch (warning.kind) {
    case Kind::DutyGap:
        defaults.companyId = warning.id;
        defaults.date = warning.date;
        defaults.values.insert(u"shift"_s, warning.value);
        m_editor.add(EntityKind::Duty, defaults);
        break;
    case Kind::Shortage: m_editor.edit(EntityKind::Stocktake, warning.id); break;
    case Kind::Expiring: m_editor.edit(EntityKind::Training, warning.id); break;
    case Kind::NoDrill:
        defaults.companyId = warning.id;
        defaults.date = m_workspace->asOf();
        m_editor.add(EntityKind::Drill, defaults);
        break;
    }
}

} // namespace seawall
