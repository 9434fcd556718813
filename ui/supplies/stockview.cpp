// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supplies/stockview.h"
#include "ui/common/problemlabel.h"

#include "core/edit/changehub.h"
#include "ui/common/cells.h"
#include "ui/common/workspace.h"

#include <QEvent>
#include <QColor>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

StockView::StockView(Workspace *workspace, QWidget *records, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_editor(workspace, this),
      m_reading(new ReadWhenShown(this, [this] { refresh(); }, true))
{
    m_error = new ProblemLabel(this);
    m_levels = makeTable({tr("Unit"), tr("Item"), tr("Counted on"), tr("Quantity"), tr("Minimum"), tr("Status")}, this);
    m_levels->setObjectName(u"stockLevels"_s);
    m_levels->setToolTip(tr("Enter opens the latest count of the item; Insert records a new count."));
    m_levels->installEventFilter(this);
    m_history = makeTable({tr("Counted on"), tr("Quantity"), tr("Minimum"), tr("Unit of measure")}, this);
    m_history->setObjectName(u"stockHistory"_s);
    connect(m_levels, &QTableWidget::itemSelectionChanged, this, &StockView::showHistory);
    connect(m_levels, &QTableWidget::activated, this, [this](const QModelIndex &index) { openLatest(index.row()); });

    auto *hint = new QLabel(tr("Each item's latest count up to the as-of date against its minimum reserve; "
                               "the history of the item chosen below."),
                            this);
    hint->setWordWrap(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_levels);
    split->addWidget(m_history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(hint);
    pageLayout->addWidget(m_error);
    pageLayout->addWidget(split, 1);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(page, tr("Stock"));
    if (records)
        tabs->addTab(records, tr("All stocktakes"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    const auto soon = [this] { m_reading->changed(); };
    connect(workspace, &Workspace::databaseChanged, this, soon);
    connect(workspace, &Workspace::asOfChanged, this, soon);
    connect(workspace, &Workspace::scopeChanged, this, soon);
    connect(workspace->changes(), &ChangeHub::changed, this, [soon](const ChangeSet &changes) {
        if (changes.touchesAny({EntityKind::Stocktake, EntityKind::Company}))
            soon();
    });
}

void StockView::refresh()
{
    m_reading->fresh();
    const int selected = m_levels->currentRow();
    m_levels->setRowCount(0);
    m_rows.clear();
    Database *db = m_workspace->database();
    if (!db)
        return;
    Result<std::vector<StockLevel>> levels = StockLevels::on(*db, m_workspace->asOf(), m_workspace->companyIds());
    m_error->say(levels ? QString() : levels.error().message);
    if (!levels)
        return;
    m_rows = std::move(levels.value());
    const QLocale locale;
    m_levels->setRowCount(int(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const StockLevel &level = m_rows.at(size_t(row));
        const QString status = !level.minimum ? tr("no minimum") : level.below() ? tr("below minimum") : tr("sufficient");
        const QList<QTableWidgetItem *> cells{
            Cells::text(level.company),
            Cells::text(level.item),
            Cells::text(Cells::date(level.countedOn)),
            Cells::number(level.quantity),
            level.minimum ? Cells::number(*level.minimum) : Cells::text(QString()),
            Cells::text(status),
        };
        for (int column = 0; column < cells.size(); ++column) {
            if (level.below()) {
                cells[column]->setForeground(QColor(0xa0, 0x10, 0x10));
                cells[column]->setBackground(QColor(0xfd, 0xde, 0xdc));
            }
            m_levels->setItem(row, column, cells[column]);
        }
        m_levels->item(row, 3)->setText(locale.toString(level.quantity) + u' ' + level.unit);
    }
    if (!m_rows.empty())
        m_levels->selectRow(std::clamp(selected, 0, int(m_rows.size()) - 1));
    showHistory();
}

void StockView::showHistory()
{
    m_history->setRowCount(0);
    const int row = m_levels->currentRow();
    Database *db = m_workspace->database();
    if (!db || row < 0 || row >= int(m_rows.size()))
        return;
    const StockLevel &level = m_rows.at(size_t(row));
    const std::vector<Stocktake> counts = StockLevels::history(*db, level.companyId, level.item);
    m_history->setRowCount(int(counts.size()));
    for (int i = 0; i < int(counts.size()); ++i) {
        const Stocktake &s = counts.at(size_t(i));
        m_history->setItem(i, 0, Cells::text(Cells::date(s.date)));
        m_history->setItem(i, 1, Cells::number(s.quantity));
        m_history->setItem(i, 2, s.minimum ? Cells::number(*s.minimum) : Cells::text(QString()));
        m_history->setItem(i, 3, Cells::text(s.unit));
    }
}

void StockView::openLatest(int row)
{
    if (row >= 0 && row < int(m_rows.size()))
        m_editor.edit(EntityKind::Stocktake, m_rows.at(size_t(row)).stocktakeId);
}

void StockView::addCount(int row)
{
    EntityDefaults defaults;
    defaults.companyId = m_workspace->companyId();
    if (row >= 0 && row < int(m_rows.size())) {
        const StockLevel &level = m_rows.at(size_t(row));
        defaults.companyId = level.companyId;
        defaults.values.insert(u"item"_s, level.item);
        defaults.values.insert(u"unit"_s, level.unit);
        if (level.minimum)
            defaults.values.insert(u"minimum"_s, *level.minimum);
    }
    m_editor.add(EntityKind::Stocktake, defaults);
}

bool StockView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_levels && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Insert) {
        addCount(m_levels->currentRow());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace seawall
