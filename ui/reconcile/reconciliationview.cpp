// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reconcile/reconciliationview.h"
#include "ui/common/problemlabel.h"

#include "ui/common/dateedit.h"

#include "core/edit/changehub.h"
#include "core/edit/edits.h"

#include "core/reconcile/reconciler.h"
#include "ui/reconcile/reconciliationmodel.h"
#include "ui/reconcile/recordsdialog.h"
#include "ui/common/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// The tables whose changes can add or remove an item.
const QList<EntityKind> kKinds{EntityKind::Company,     EntityKind::Person,  EntityKind::NameVariant,
                               EntityKind::NucleicTest, EntityKind::Vaccination, EntityKind::DailyReport,
                               EntityKind::Finding,     EntityKind::Inspection,  EntityKind::Review};

} // namespace

ReconciliationView::ReconciliationView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ReconciliationModel(this)),
      m_filter(new ReconciliationFilter(this)), m_reading(new ReadWhenShown(this, [this] { refresh(); }, true))
{
    m_filter->setSourceModel(m_model);

    m_range = new QCheckBox(tr("&Range of days"), this);
    m_range->setToolTip(tr("Look at a range of days instead of the as-of date alone."));
    m_from = new DateEdit(QDate(), this);
    m_to = new DateEdit(QDate(), this);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All kinds"));
    for (DiscrepancyKind kind : kAllDiscrepancyKinds)
        m_kind->addItem(displayName(kind), int(kind));
    auto *kindLabel = new QLabel(tr("&Kind"), this);
    kindLabel->setBuddy(m_kind);
    m_showReviewed = new QCheckBox(tr("Show re&viewed"), this);

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReconciliationModel::KindColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // One line of text a row: the style's default leaves CJK rows loose.
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ReconciliationModel::DescriptionColumn,
                                                      QHeaderView::Interactive);

    m_records = new QPushButton(tr("Show &records…"), this);
    m_records->setToolTip(tr("The records behind the selected item (or double-click it)."));
    m_review = new QPushButton(tr("&Mark reviewed…"), this);
    m_review->setToolTip(tr("Keep a note that the selected item was looked at; it is hidden from then on."));
    m_clear = new QPushButton(tr("&Clear review"), this);
    m_status = new QLabel(this);
    m_error = new ProblemLabel(this);

    auto *title = new QLabel(tr("<h3>Reconciliation</h3>"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_range);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(16);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(16);
    filters->addWidget(m_showReviewed);
    filters->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_records);
    buttons->addWidget(m_review);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_range, &QCheckBox::toggled, this, &ReconciliationView::rangeToggled);
    connect(m_from, &QDateEdit::dateChanged, this, &ReconciliationView::refreshIfVisible);
    connect(m_to, &QDateEdit::dateChanged, this, &ReconciliationView::refreshIfVisible);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kind->currentData();
        m_filter->setKind(kind.isValid() ? std::optional(DiscrepancyKind(kind.toInt())) : std::nullopt);
        updateStatus();
        updateButtons();
    });
    connect(m_showReviewed, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowReviewed(show);
        updateStatus();
        updateButtons();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { showRecords(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReconciliationView::updateButtons);
    connect(m_records, &QPushButton::clicked, this, [this] { showRecords(currentRow()); });
    connect(m_review, &QPushButton::clicked, this, &ReconciliationView::askNote);
    connect(m_clear, &QPushButton::clicked, this, [this] { clearReview(currentRow()); });

    connect(m_workspace, &Workspace::databaseChanged, this, [this] {
        // A review is an edit: out of reach of a role that may not edit.
        const bool may = m_workspace->permissions().editRecords;
        m_review->setVisible(may);
        m_clear->setVisible(may);
        refreshIfVisible();
    });
    connect(m_workspace, &Workspace::scopeChanged, this, &ReconciliationView::refreshIfVisible);
    connect(m_workspace, &Workspace::asOfChanged, this, [this] {
        if (!m_range->isChecked())
            rangeToggled(false);
        else
            refreshIfVisible();
    });
    connect(m_workspace->changes(), &ChangeHub::changed, this, [this](const ChangeSet &changes) {
        if (changes.touchesAny(kKinds))
            refreshIfVisible();
    });

    rangeToggled(false);
}

void ReconciliationView::rangeToggled(bool on)
{
    const QDate asOf = m_workspace->asOf();
    // Setting both dates reads once, not twice.
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    if (on) {
        m_from->setDate(asOf.addDays(1 - Reconciler::kReportWindowDays));
        m_to->setDate(asOf);
    } else {
        m_from->setDate(asOf);
        m_to->setDate(asOf);
    }
    m_from->setEnabled(on);
    m_to->setEnabled(on);
    refreshIfVisible();
}

void ReconciliationView::refreshIfVisible()
{
    // A large file takes a moment: a hidden view reads when it is shown.
    m_reading->changed();
}

void ReconciliationView::refresh()
{
    m_reading->fresh();
    const Discrepancy *selected = itemAt(currentRow());
    const std::optional<std::pair<DiscrepancyKind, QString>> keep
        = selected ? std::optional(std::pair(selected->kind, selected->key)) : std::nullopt;

    Database *db = m_workspace->database();
    std::vector<Discrepancy> items;
    m_error->say({});
    if (db) {
        QDate from = m_from->date();
        QDate to = m_to->date();
        if (from > to)
            std::swap(from, to);
        auto computed = Reconciler(*db).compute(from, to, m_workspace->companyIds());
        if (computed) {
            items = std::move(computed.value());
        } else {
            m_error->say(computed.error().message);
        }
    }
    m_model->setItems(std::move(items));
    m_table->resizeColumnsToContents();
    // A long description must not push the review column out of sight.
    m_table->setColumnWidth(ReconciliationModel::DescriptionColumn,
                            std::min(m_table->columnWidth(ReconciliationModel::DescriptionColumn), 520));
    if (keep) {
        const int source = m_model->rowOf(keep->first, keep->second);
        const QModelIndex index = m_filter->mapFromSource(m_model->index(source, 0));
        if (index.isValid())
            m_table->selectRow(index.row());
    }
    updateStatus();
    updateButtons();
}

const Discrepancy *ReconciliationView::itemAt(int row) const
{
    if (row < 0 || row >= m_filter->rowCount())
        return nullptr;
    const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
    return source.isValid() ? &m_model->item(source.row()) : nullptr;
}

int ReconciliationView::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ReconciliationView::showRecords(int row)
{
    const Discrepancy *item = itemAt(row);
    Database *db = m_workspace->database();
    if (!item || !db)
        return;
    const auto records = Reconciler(*db).records(*item);
    if (!records) {
        QMessageBox::warning(this, tr("Records"), records.error().message);
        return;
    }
    // Not modal, so that several can be compared side by side.
    auto *dialog = new RecordsDialog(*item, records.value(), m_workspace->revealNumbers(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ReconciliationView::askNote()
{
    const Discrepancy *item = itemAt(currentRow());
    if (!item)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Mark reviewed"));
    dialog->setLabelText(tr("%1, %2:\n%3\n\nNote (why it is all right, or what was done):")
                             .arg(displayName(item->kind), item->companyName, item->description));
    dialog->setTextValue(item->review ? item->review->note : QString());
    dialog->resize(480, dialog->sizeHint().height());
    const DiscrepancyKind kind = item->kind;
    const QString key = item->key;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, kind, key](const QString &note) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(kind, key), 0));
        if (index.isValid())
            markReviewed(index.row(), note.trimmed());
    });
    dialog->open();
}

void ReconciliationView::markReviewed(int row, const QString &note)
{
    const Discrepancy *item = itemAt(row);
    if (!item || !m_workspace->database())
        return;
    if (item->review && item->review->note == note)
        return; // an edit that changes nothing is not a step
    showRefusal(m_workspace->apply(Edits::review(*m_workspace->database(), item->kind, item->key, note)));
}

void ReconciliationView::clearReview(int row)
{
    const Discrepancy *item = itemAt(row);
    if (!item || !item->review || !m_workspace->database())
        return;
    showRefusal(m_workspace->apply(Edits::review(*m_workspace->database(), item->kind, item->key, std::nullopt)));
}

void ReconciliationView::showRefusal(const Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("Mark reviewed"), status.error().message);
}

void ReconciliationView::updateButtons()
{
    const Discrepancy *item = itemAt(currentRow());
    m_records->setEnabled(item);
    m_review->setEnabled(item);
    m_clear->setEnabled(item && item->reviewed());
}

void ReconciliationView::updateStatus()
{
    qint64 reviewed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        reviewed += m_model->item(row).reviewed() ? 1 : 0;
    const QLocale locale;
    QString text = tr("Items shown: %1").arg(locale.toString(m_filter->rowCount()));
    if (reviewed > 0 && !m_showReviewed->isChecked())
        text += tr(" (reviewed, hidden: %1)").arg(locale.toString(reviewed));
    m_status->setText(m_workspace->database() ? text : tr("No database is open."));
}

} // namespace seawall
