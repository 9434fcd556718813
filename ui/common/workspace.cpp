// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspace.h"

#include "core/db/database.h"
#include "core/edit/changehub.h"
#include "core/edit/edits.h"
#include "core/edit/externalchanges.h"
#include "ui/common/offthread.h"
#include "ui/common/undostep.h"

#include <QUndoStack>

#include <algorithm>

namespace seawall {

Workspace::Workspace(QObject *parent)
    : QObject(parent), m_undo(new QUndoStack(this)), m_changes(new ChangeHub(this))
{
}

Workspace::~Workspace() = default;

void Workspace::setDatabase(Database *db)
{
    // Steps of another file cannot be undone on this one.
    m_undo->clear();
    m_external.reset();
    m_db = db;
    if (db) {
        m_external = std::make_unique<ExternalChanges>(*db);
        connect(m_external.get(), &ExternalChanges::changed, m_changes, &ChangeHub::announce);
    }
    emit databaseChanged();
}

Permissions Workspace::permissions() const { return Permissions::of(m_db ? m_db->role() : Role::Administrator); }

void Workspace::setAsOf(const QDate &date)
{
    if (date == m_asOf || !date.isValid())
        return;
    m_asOf = date;
    emit asOfChanged(date);
}

void Workspace::setListDays(int days)
{
    days = std::max(days, 1);
    if (days == m_listDays)
        return;
    m_listDays = days;
    emit listDaysChanged(days);
}

void Workspace::setCompany(qint64 id, const QList<qint64> &subtreeIds)
{
    if (id == m_companyId && subtreeIds == m_companyIds)
        return;
    m_companyId = id;
    m_companyIds = id == 0 ? QList<qint64>() : subtreeIds;
    emit scopeChanged();
}

void Workspace::setRevealNumbers(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    emit revealNumbersChanged(reveal);
}

Status Workspace::apply(Result<EditStepPtr> edit)
{
    if (!edit)
        return edit.error();
    EditStepPtr step = std::move(edit.value());
    if (!step)
        return {};
    const ChangeSet changes = step->changes();
    if (step->isUndoable())
        m_undo->push(new UndoStep(this, std::move(step)));
    m_changes->announce(changes);
    return {};
}

Status Workspace::undoImport(qint64 batchId)
{
    if (!m_db)
        return {};
    if (m_undo->canUndo()) {
        // Every step of the stack is an UndoStep.
        const auto *latest = static_cast<const UndoStep *>(m_undo->command(m_undo->index() - 1));
        if (latest->step().batches() == QList<qint64>{batchId}) {
            m_undo->undo();
            return {};
        }
    }
    // Off the stack, beside the window: a large import takes seconds to undo.
    Result<EditStepPtr> undone = EditStepPtr();
    const Status status = runOffThread(*m_db, tr("Undoing the import…"), [&undone, batchId](Database &worker) {
        undone = Edits::undoImport(worker, batchId);
        return undone ? Status() : Status(undone.error());
    });
    if (!status)
        return status;
    return apply(std::move(undone));
}

} // namespace seawall
