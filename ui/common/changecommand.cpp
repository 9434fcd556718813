// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/changecommand.h"

#include "ui/common/workspace.h"

#include <QUndoStack>

namespace seawall {

ChangeCommand::ChangeCommand(Workspace *workspace, RecordChange change, const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_change(std::move(change))
{
}

void ChangeCommand::undo() { apply(false); }

void ChangeCommand::redo()
{
    if (m_done)
        return; // pushed after the edit was made
    apply(true);
}

void ChangeCommand::apply(bool forward)
{
    Database *db = m_workspace->database();
    const Status status = db ? (forward ? m_change.redo(*db) : m_change.undo(*db)) : Status();
    m_done = forward;
    if (!status) {
        // The records changed in a way this step cannot go back over (an
        // import, another program): the stack cannot be trusted any more.
        setObsolete(true);
        emit m_workspace->problem(status.error().message);
    }
    m_workspace->notifyDataChanged(m_change.tables());
}

Status performEdit(Workspace *workspace, const QString &text,
                   const std::function<Status(ChangeRecorder &recorder)> &edit)
{
    Database *db = workspace->database();
    if (!db)
        return {};
    Transaction transaction(*db);
    if (!transaction.isActive())
        return transaction.error();
    ChangeRecorder recorder(*db);
    if (Status status = edit(recorder); !status)
        return status;
    Result<RecordChange> change = recorder.finish();
    if (!change)
        return change.error();
    if (Status status = transaction.commit(); !status)
        return status;
    if (change->isEmpty())
        return {};
    const QStringList tables = change->tables();
    workspace->undoStack()->push(new ChangeCommand(workspace, std::move(change.value()), text));
    workspace->notifyDataChanged(tables);
    return {};
}

} // namespace seawall
