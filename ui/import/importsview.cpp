// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importsview.h"

#include "core/csv/headermap.h"
#include "core/db/companyrepository.h"
#include "core/db/importbatchrepository.h"
#include "core/edit/changehub.h"
#include "ui/common/cells.h"
#include "ui/common/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

constexpr int kBatchRole = Qt::UserRole;
constexpr int kUndoneRole = Qt::UserRole + 1;


} // namespace

ImportsView::ImportsView(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    m_table = new QTableWidget(0, 11, this);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Company"), tr("Encoding"), tr("Rows"), tr("New"),
                                        tr("Changed"), tr("Unchanged"), tr("Rejected"), tr("Imported"),
                                        tr("Undone")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_undo = new QPushButton(tr("&Undo import…"), this);
    m_undo->setToolTip(tr("Remove what the selected import added and restore what it changed."));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    connect(m_undo, &QPushButton::clicked, this, &ImportsView::undoSelected);
    connect(refreshButton, &QPushButton::clicked, this, &ImportsView::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportsView::updateButtons);
    connect(m_workspace, &Workspace::databaseChanged, this, [this] {
        m_undo->setVisible(m_workspace->permissions().importFiles);
        refresh();
    });
    connect(m_workspace->changes(), &ChangeHub::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(EntityKind::ImportBatch))
            refresh();
    });

    auto *title = new QLabel(tr("<h3>Imports</h3>"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(refreshButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    refresh();
}

void ImportsView::refresh()
{
    const qint64 selected = batchAt(m_table->currentRow());
    m_table->setRowCount(0);
    Database *db = m_workspace->database();
    if (!db) {
        updateButtons();
        return;
    }
    QHash<qint64, QString> companies;
    for (const Company &company : CompanyRepository(*db).all())
        companies.insert(company.id, company.name);
    const std::vector<ImportBatch> batches = ImportBatchRepository(*db).all();
    for (const ImportBatch &batch : batches) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QTableWidgetItem *file = Cells::text(batch.fileName);
        file->setData(kBatchRole, batch.id);
        file->setData(kUndoneRole, batch.undoneAt.isValid());
        file->setToolTip(tr("Import %1, SHA-256 %2").arg(batch.id).arg(batch.sha256));
        m_table->setItem(row, 0, file);
        const std::optional<csv::FileKind> kind = csv::parseFileKind(batch.kind);
        m_table->setItem(row, 1, Cells::text(kind ? csv::displayName(*kind) : batch.kind));
        m_table->setItem(row, 2, Cells::text(companies.value(batch.companyId)));
        m_table->setItem(row, 3, Cells::text(batch.encoding));
        Cells::numbers(m_table, row, 4, {batch.rows, batch.inserted, batch.updated, batch.unchanged, batch.rejected});
        m_table->setItem(row, 9, Cells::text(Cells::dateTime(batch.importedAt)));
        m_table->setItem(row, 10, Cells::text(Cells::dateTime(batch.undoneAt)));
        if (batch.undoneAt.isValid())
            for (int column = 0; column < m_table->columnCount(); ++column)
                m_table->item(row, column)->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (batch.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

qint64 ImportsView::batchAt(int row) const
{
    const QTableWidgetItem *file = row >= 0 ? m_table->item(row, 0) : nullptr;
    return file ? file->data(kBatchRole).toLongLong() : 0;
}

void ImportsView::updateButtons()
{
    const QTableWidgetItem *file = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), 0) : nullptr;
    m_undo->setEnabled(file && !m_table->selectedItems().isEmpty() && !file->data(kUndoneRole).toBool());
}

Status ImportsView::undo(qint64 batchId) { return m_workspace->undoImport(batchId); }

void ImportsView::undoSelected()
{
    const int row = m_table->currentRow();
    const qint64 batch = batchAt(row);
    if (batch == 0)
        return;
    const QString file = m_table->item(row, 0)->text();
    const auto answer = QMessageBox::question(
        this, tr("Undo import"),
        tr("Undo the import of %1? The rows it added are deleted and the rows it changed get their "
           "values back.")
            .arg(file),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status status = undo(batch); !status)
        QMessageBox::warning(this, tr("Undo import"), status.error().message);
}

} // namespace seawall
