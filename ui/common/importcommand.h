// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importreport.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace seawall {

class Workspace;

// An import as one step of the window's undo stack. It is pushed after the
// import committed, so its first redo does nothing; undo undoes its batches
// (ImportUndo), redo imports the same files with the same choices again
// (which records new batches, as the undone ones no longer count).
class ImportCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand(Workspace *workspace, QStringList paths, ImportOptions options, const ImportResult &result);

    void undo() override;
    void redo() override;

    const QList<qint64> &batchIds() const { return m_batchIds; }
    // The batches a committed import recorded.
    static QList<qint64> batchesOf(const ImportResult &result);

private:
    void fail(const QString &message);

    Workspace *m_workspace;
    QStringList m_paths;
    ImportOptions m_options;
    QList<qint64> m_batchIds;
    bool m_done = true;
};

} // namespace seawall
