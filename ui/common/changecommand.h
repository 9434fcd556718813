// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/recordchange.h"

#include <QUndoCommand>

#include <functional>

namespace seawall {

class Workspace;

// One edit as a step of the window's undo stack. It is pushed after the edit
// was made, so its first redo does nothing.
class ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(Workspace *workspace, RecordChange change, const QString &text);

    void undo() override;
    void redo() override;

private:
    void apply(bool forward);

    Workspace *m_workspace;
    RecordChange m_change;
    bool m_done = true;
};

// Makes an edit in one transaction, records what it touched and pushes it as
// one undo step named `text` ("Edit person 张三"). The edit watches the rows
// it may touch through the recorder before writing them. Nothing is written
// if it fails, nothing is pushed if it changed nothing.
Status performEdit(Workspace *workspace, const QString &text,
                   const std::function<Status(ChangeRecorder &recorder)> &edit);

} // namespace seawall
