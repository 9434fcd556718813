// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/undostep.h"

#include "core/edit/changehub.h"
#include "ui/common/offthread.h"
#include "ui/common/workspace.h"

#include <QCoreApplication>

namespace seawall {

UndoStep::UndoStep(Workspace *workspace, EditStepPtr step)
    : QUndoCommand(step->text()), m_workspace(workspace), m_step(std::move(step))
{
}

void UndoStep::undo() { run(false); }

void UndoStep::redo()
{
    if (m_done)
        return; // pushed after the change was made
    run(true);
}

void UndoStep::run(bool forward)
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    const auto work = [this, forward](Database &target) { return forward ? m_step->redo(target) : m_step->undo(target); };
    Status status;
    if (m_step->isLong())
        status = runOffThread(*db,
                              forward ? QCoreApplication::translate("UndoStep", "Doing again: %1…").arg(m_step->text())
                                      : QCoreApplication::translate("UndoStep", "Undoing: %1…").arg(m_step->text()),
                              work);
    else
        status = work(*db);
    m_done = forward;
    if (!status) {
        // The records changed in a way this step cannot go back over (an
        // import, another program): the stack cannot be trusted any more.
        setObsolete(true);
        emit m_workspace->problem(status.error().message);
    }
    m_workspace->changes()->announce(m_step->changes());
}

} // namespace seawall
