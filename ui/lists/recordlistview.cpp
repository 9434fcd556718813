// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/recordlistview.h"

#include "ui/common/dateedit.h"

#include "core/entity/entitydef.h"
#include "core/workbook/tablewriter.h"
#include "ui/lists/recordlistmodel.h"
#include "core/edit/changehub.h"
#include "core/paths.h"
#include "ui/common/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {

RecordListView::RecordListView(ListSpec spec, Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_spec(std::move(spec)), m_workspace(workspace),
      m_model(new RecordListModel(m_spec, this)), m_toolBar(new QToolBar(this)), m_search(new QLineEdit(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this)), m_countTimer(new QTimer(this))
{
    setObjectName(m_spec.id);
    // The placeholder names the columns the search looks in.
    QStringList searched;
    for (const ListColumn &column : std::as_const(m_spec.columns))
        if (column.searchable && column.kind != CellKind::Code)
            searched << QCoreApplication::translate("Field", column.header);
    m_search->setPlaceholderText(tr("Search %1…").arg(QLocale().createSeparatedList(searched)));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setObjectName(u"search"_s);
    connect(m_search, &QLineEdit::textChanged, m_model, &RecordListModel::setSearch);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    buildFilters();
    for (QComboBox *combo : std::as_const(m_filters))
        filters->addWidget(combo);
    if (!m_spec.dateColumn.isEmpty()) {
        // A dated list opens on the as-of day (or the days up to it, as
        // Settings say) and follows the as-of date, so that it shows the
        // records the figures count; unticked, it shows every day.
        m_useRange = new QCheckBox(tr("From"), this);
        m_useRange->setObjectName(u"useRange"_s);
        m_useRange->setChecked(true);
        m_from = new DateEdit(m_workspace->listFrom(), this);
        m_from->setObjectName(u"rangeFrom"_s);
        m_to = new DateEdit(m_workspace->asOf(), this);
        m_to->setObjectName(u"rangeTo"_s);
        connect(m_useRange, &QCheckBox::toggled, this, &RecordListView::applyRange);
        connect(m_from, &QDateEdit::dateChanged, this, &RecordListView::applyRange);
        connect(m_to, &QDateEdit::dateChanged, this, &RecordListView::applyRange);
        auto *to = new QLabel(tr("to"), this);
        filters->addWidget(m_useRange);
        filters->addWidget(m_from);
        filters->addWidget(to);
        filters->addWidget(m_to);
        applyRange();
    }

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    if (m_spec.editable) {
        QAction *add = m_toolBar->addAction(QIcon::fromTheme(u"list-add"_s), tr("Add…"), this,
                                            &RecordListView::addRequested);
        add->setShortcut(QKeySequence(Qt::Key_Insert));
        add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QAction *edit = m_toolBar->addAction(QIcon::fromTheme(u"document-edit"_s), tr("Edit…"), this, [this] {
            if (currentId() > 0)
                emit editRequested(currentId());
        });
        QAction *remove = m_toolBar->addAction(QIcon::fromTheme(u"edit-delete"_s), tr("Delete…"), this, [this] {
            if (!selectedIds().isEmpty())
                emit removeRequested(selectedIds());
        });
        remove->setShortcut(QKeySequence::Delete);
        remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(add);
        addAction(remove);
        m_editing = {add, edit, remove, m_toolBar->addSeparator()};
        // Ctrl+F is the window's Edit ▸ Find, which comes here when the list is in sight.
    }
    m_toolBar->addAction(QIcon::fromTheme(u"document-export"_s), tr("Export…"), this,
                         &RecordListView::chooseExportFile);
    auto *columns = new QToolButton(this);
    columns->setText(tr("Columns"));
    columns->setPopupMode(QToolButton::InstantPopup);
    auto *columnMenu = new QMenu(columns);
    connect(columnMenu, &QMenu::aboutToShow, this, [this, columnMenu] { fillColumnMenu(columnMenu); });
    columns->setMenu(columnMenu);
    m_toolBar->addWidget(columns);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_count);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSortIndicator(m_spec.sortColumn, m_spec.sortOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu;
        fillColumnMenu(&menu);
        menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_editable)
            emit editRequested(m_model->idAt(index.row()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentChanged(current.isValid() ? m_model->idAt(current.row()) : 0); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The header has its sections once the first query ran.
        if (!m_headerRestored && m_model->columnCount() > 0)
            restoreHeader();
        m_countTimer->start();
        emit currentChanged(currentId());
    });
    m_count->setObjectName(u"count"_s);
    connect(m_model, &RecordListModel::failed, m_count, &QLabel::setText);
    // Counting every row takes longer than fetching the first screenful, so
    // it waits until typing pauses.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, &RecordListView::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_workspace, &Workspace::databaseChanged, this, [this] {
        m_model->setDatabase(m_workspace->database());
        setEditable(m_workspace->permissions().edit(m_spec.kind));
        buildFilters(); // options read from the database (teams) are those of the new file
    });
    connect(m_workspace, &Workspace::scopeChanged, this, [this] { m_model->setScope(m_workspace->companyIds()); });
    connect(m_workspace, &Workspace::asOfChanged, this, [this](const QDate &date) {
        followAsOf();
        m_model->setAsOf(date);
    });
    connect(m_workspace, &Workspace::listDaysChanged, this, &RecordListView::followAsOf);
    connect(m_workspace, &Workspace::revealNumbersChanged, m_model, &RecordListModel::setRevealNumbers);
    connect(m_workspace->changes(), &ChangeHub::changed, this, [this](const ChangeSet &changes) {
        if (changes.touchesAny(m_spec.watches))
            reloadKeepingCurrent();
    });
    m_model->setAsOf(m_workspace->asOf());
    m_model->setRevealNumbers(m_workspace->revealNumbers());
    m_model->setScope(m_workspace->companyIds());
    m_model->setDatabase(m_workspace->database());
    buildFilters(); // now with the options read from the database
    if (m_model->columnCount() > 0)
        restoreHeader();
}

RecordListView::~RecordListView()
{
    if (m_headerRestored)
        saveHeader();
}

void RecordListView::buildFilters()
{
    const bool first = m_filters.isEmpty();
    for (qsizetype i = 0; i < m_spec.filters.size(); ++i) {
        const ListFilter &filter = m_spec.filters.at(i);
        QComboBox *combo = first ? new QComboBox(this) : m_filters.at(i);
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("%1: all").arg(QCoreApplication::translate("Field", filter.label)));
        for (const FilterOption &option : m_model->filterOptions(filter.key))
            combo->addItem(option.label);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        if (first) {
            combo->setObjectName(u"filter_"_s + filter.key);
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, key = filter.key](int index) { m_model->setFilter(key, index - 1); });
            m_filters << combo;
        }
    }
}

void RecordListView::applyRange()
{
    const bool on = m_useRange->isChecked();
    m_from->setEnabled(on);
    m_to->setEnabled(on);
    m_model->setDateRange(on ? m_from->date() : QDate(), on ? m_to->date() : QDate());
}

void RecordListView::followAsOf()
{
    if (!m_useRange)
        return;
    {
        // One read for both ends, not one for each.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(m_workspace->listFrom());
        m_to->setDate(m_workspace->asOf());
    }
    applyRange();
}

void RecordListView::loadWhenShown()
{
    m_loadWhenShown = true;
    m_model->setActive(isVisible());
}

void RecordListView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
}

void RecordListView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_loadWhenShown)
        m_model->setActive(false);
}

void RecordListView::reloadKeepingCurrent()
{
    const qint64 current = currentId();
    m_model->reload();
    if (current == 0)
        return;
    // Only the rows fetched so far are looked at: a row far down stays unselected.
    if (const int row = m_model->rowOfId(current); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void RecordListView::updateCount()
{
    // Counting a million tests is not worth it for a list out of sight.
    if (!m_model->isActive())
        return;
    m_count->setText(QCoreApplication::translate("RecordList", "%n record(s)", nullptr, int(m_model->totalCount())));
}

QList<qint64> RecordListView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

qint64 RecordListView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void RecordListView::setColumnShown(int column, bool shown) { m_table->setColumnHidden(column, !shown); }

void RecordListView::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    for (int column = 0; column < m_spec.columns.size(); ++column) {
        QAction *action = menu->addAction(QCoreApplication::translate("Field", m_spec.columns.at(column).header));
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
}

bool RecordListView::exportList(const QString &path, QString *error)
{
    QList<int> columns;
    QStringList header;
    const QHeaderView *view = m_table->horizontalHeader();
    for (int visual = 0; visual < view->count(); ++visual) {
        const int column = view->logicalIndex(visual);
        if (view->isSectionHidden(column))
            continue;
        columns << column;
        header << m_model->headerData(column, Qt::Horizontal).toString();
    }
    const qint64 total = m_model->totalCount();
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, int(std::min<qint64>(total, INT_MAX)), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    workbook::TableWriter writer(path);
    Status status = writer.open(header, m_spec.title.isEmpty() ? Entities::of(m_spec.kind).pluralName() : m_spec.title);
    for (int row = 0; status; ++row) {
        if (row >= m_model->rowCount()) {
            if (!m_model->canFetchMore())
                break;
            m_model->fetchMore();
            progress.setValue(row);
            if (progress.wasCanceled())
                return false; // the file is not written: QSaveFile discards it
            continue;
        }
        QStringList fields;
        for (int column : std::as_const(columns))
            fields << m_model->text(row, column);
        status = writer.writeRow(fields);
    }
    if (status)
        status = writer.commit();
    if (status)
        emit m_workspace->announced(tr("The list was exported to %1.").arg(QDir::toNativeSeparators(path)));
    if (!status && error)
        *error = status.error().message;
    return status.ok();
}

void RecordListView::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"%1-%2.xlsx"_s.arg(m_spec.id, m_workspace->asOf().toString(Qt::ISODate));
    const QString workbooks = tr("Excel workbooks (*.xlsx)");
    const QString csvFiles = tr("CSV files (*.csv)");
    QString filter = workbooks;
    QString path = QFileDialog::getSaveFileName(this, tr("Export list"), QDir(folder).filePath(name),
                                                workbooks + u";;"_s + csvFiles, &filter);
    if (path.isEmpty())
        return;
    // A name typed without its ending takes the one of the type chosen.
    const QString suffix = filter == csvFiles ? u"csv"_s : u"xlsx"_s;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    QString error;
    if (!exportList(path, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Export list"), error);
}

void RecordListView::saveHeader() const
{
    QSettings settings(Paths::settingsFile(), QSettings::IniFormat);
    settings.setValue(u"lists/%1/header"_s.arg(m_spec.id), m_table->horizontalHeader()->saveState());
}

// A width that shows a typical value of the column whole, and its header.
static int defaultWidth(const ListColumn &column, const QFontMetrics &metrics)
{
    QString sample;
    switch (column.kind) {
    case CellKind::Date: sample = u"2022-03-15"_s; break;
    case CellKind::DateTime: sample = u"2022-03-15 08:00"_s; break;
    case CellKind::IdNumber: sample = u"320612********163X"_s; break;
    case CellKind::Phone: sample = u"138****5678"_s; break;
    case CellKind::Integer:
    case CellKind::Number: sample = u"100,000"_s; break;
    case CellKind::Bool: sample = u"No"_s; break;
    case CellKind::Code:
    case CellKind::Text: sample = u"海润水务公司"_s; break;
    case CellKind::MaskedText: sample = u"{\"id_number\":\"320612********163X\"}"_s; break;
    }
    const QString header = QCoreApplication::translate("Field", column.header);
    return std::max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header) + 16) + 24;
}

void RecordListView::restoreHeader()
{
    m_headerRestored = true;
    for (int column = 0; column < m_spec.columns.size(); ++column) {
        m_table->setColumnHidden(column, m_spec.columns.at(column).hidden);
        m_table->setColumnWidth(column, defaultWidth(m_spec.columns.at(column), m_table->fontMetrics()));
    }
    QSettings settings(Paths::settingsFile(), QSettings::IniFormat);
    const QByteArray state = settings.value(u"lists/%1/header"_s.arg(m_spec.id)).toByteArray();
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void RecordListView::setEditable(bool editable)
{
    m_editable = editable && m_spec.editable;
    for (QAction *action : std::as_const(m_editing)) {
        action->setVisible(m_editable);
        action->setEnabled(m_editable);
    }
}

} // namespace seawall
