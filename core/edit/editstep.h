// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/edit/changeset.h"
#include "core/edit/recordchange.h"
#include "core/import/importreport.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace seawall {

// One change made through the edit facade (Edits), as the undo stack keeps
// it: its name ("Add person 张三"), what it touched, and how to undo and
// redo it. It is made after the change was written, so it starts done.
class EditStep
{
public:
    explicit EditStep(QString text) : m_text(std::move(text)) {}
    virtual ~EditStep() = default;
    EditStep(const EditStep &) = delete;
    EditStep &operator=(const EditStep &) = delete;

    const QString &text() const { return m_text; }
    // The rows it touched, or whole kinds.
    virtual ChangeSet changes() const = 0;
    virtual Status undo(Database &db) = 0;
    virtual Status redo(Database &db) = 0;
    // Whether undo() can go back over it at all; a step that cannot is
    // announced but kept by no undo stack.
    virtual bool isUndoable() const { return true; }
    // Long work (an import of a million rows), to run beside the window on
    // a connection of its own; a short step runs where it is.
    virtual bool isLong() const { return false; }
    // The import batches it made, if any.
    virtual QList<qint64> batches() const { return {}; }

private:
    QString m_text;
};

using EditStepPtr = std::unique_ptr<EditStep>;

// An edit of records: the rows it touched, whole, before and after.
class RecordStep : public EditStep
{
public:
    RecordStep(QString text, RecordChange change) : EditStep(std::move(text)), m_change(std::move(change)) {}

    ChangeSet changes() const override { return m_change.changes(); }
    Status undo(Database &db) override { return m_change.undo(db); }
    Status redo(Database &db) override { return m_change.redo(db); }

private:
    RecordChange m_change;
};

// An import of files: undo undoes its batches (ImportUndo); redo imports
// the same files with the same choices again, which records new batches.
class ImportStep : public EditStep
{
public:
    ImportStep(QStringList paths, ImportOptions options, const ImportResult &result);

    ChangeSet changes() const override;
    Status undo(Database &db) override;
    Status redo(Database &db) override;
    bool isLong() const override { return true; }
    QList<qint64> batches() const override { return m_batches; }

    // The batches a committed import recorded.
    static QList<qint64> batchesOf(const ImportResult &result);

private:
    QStringList m_paths;
    ImportOptions m_options;
    QList<qint64> m_batches;
};

// Something done that cannot be undone with Edit ▸ Undo (an older import
// undone from the Imports view): announced, never kept.
class DoneStep : public EditStep
{
public:
    DoneStep(QString text, ChangeSet changes) : EditStep(std::move(text)), m_changes(std::move(changes)) {}

    ChangeSet changes() const override { return m_changes; }
    Status undo(Database &) override { return {}; }
    Status redo(Database &) override { return {}; }
    bool isUndoable() const override { return false; }

private:
    ChangeSet m_changes;
};

} // namespace seawall
