// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace seawall {

class Database;
class Workspace;

// The Imports view: every import batch, newest first (file, kind, company,
// encoding, counts, when, undone), and Undo of a batch as a whole. It
// follows the workspace (the file open, and every change announced).
class ImportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportsView(Workspace *workspace, QWidget *parent = nullptr);

    void refresh();

    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    // The batch of a row of the table.
    qint64 batchAt(int row) const;
    // Undoes a batch without asking (the button asks first): through the
    // undo stack when its import is the latest step there, so that Edit ▸
    // Redo can bring it back.
    Status undo(qint64 batchId);

private:
    void undoSelected();
    void updateButtons();

    Workspace *m_workspace;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace seawall
