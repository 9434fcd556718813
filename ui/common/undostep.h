// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/editstep.h"

#include <QUndoCommand>

namespace seawall {

class Workspace;

// The one kind of step of the window's undo stack: a change made through
// Edits (an edit, a review, an import…). It is pushed after the change was
// made, so its first redo does nothing. A long step runs beside the window
// (offthread.h). A step that cannot go back over what changed since is
// made obsolete and the workspace says why; either way the hub hears what
// changed.
class UndoStep : public QUndoCommand
{
public:
    UndoStep(Workspace *workspace, EditStepPtr step);

    const EditStep &step() const { return *m_step; }

    void undo() override;
    void redo() override;

private:
    void run(bool forward);

    Workspace *m_workspace;
    EditStepPtr m_step;
    bool m_done = true;
};

} // namespace seawall
