// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

class QUndoStack;

namespace seawall {

class Database;

// The Imports view: every import batch, newest first (file, kind, company,
// encoding, counts, when, undone), and Undo of a batch as a whole.
class ImportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportsView(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // The window's undo stack: undoing the import that is its latest step
    // goes through it, so that Edit ▸ Redo can bring the import back.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    void refresh();

    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    // The batch of a row of the table.
    qint64 batchAt(int row) const;
    // Undoes a batch without asking (the button asks first).
    Status undo(qint64 batchId);

signals:
    // A batch was undone: the views over the data are out of date.
    void changed();

private:
    void undoSelected();
    void updateButtons();

    Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace seawall
