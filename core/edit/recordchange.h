// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/edit/changeset.h"
#include "core/entity/entitykind.h"

#include <QList>
#include <QVariantList>

#include <optional>
#include <vector>

namespace seawall {

// What one edit did to the database, kept so that it can be undone and
// redone: every row it touched, whole, as it was before and after (a row
// that did not exist on one side is absent there). Undoing a delete puts
// the rows back with their ids, so whatever referred to them by id still
// does.
//
// Rows are kept whole rather than as repository calls because one edit can
// reach several tables (a company's aliases, an inspection's findings) and
// undo must put back exactly what was there, including ids and the batch a
// row came from. The tables and their columns are those of the entity
// definitions; values are always bound.
class RecordChange
{
public:
    bool isEmpty() const { return m_rows.empty(); }
    // The rows the change touched, by kind and id.
    ChangeSet changes() const;

    Status undo(Database &db) const { return apply(db, false); }
    Status redo(Database &db) const { return apply(db, true); }

    // Written inside the transaction of the change: refused when a row, as
    // it was or as it goes, falls on a locked day (DayLocks); else a line
    // of the audit log for each row, as it went forward (the edit, a
    // redo) or back (an undo). `action` empty: add, edit or delete.
    Status checkLocks(Database &db) const;
    Status audit(Database &db, const QString &action, bool forward = true) const;

private:
    friend class ChangeRecorder;
    struct Row
    {
        EntityKind kind;
        qint64 id = 0;
        std::optional<QVariantList> before;
        std::optional<QVariantList> after;
    };
    Status apply(Database &db, bool forward) const;

    std::vector<Row> m_rows;
};

// Records an edit. Before writing, the edit says which rows it may touch
// (watch); rows it creates are added after (watchNew); finish() reads them
// all again and returns the change, with rows that stayed the same dropped.
class ChangeRecorder
{
public:
    explicit ChangeRecorder(Database &db) : m_db(db) {}

    Database &database() const { return m_db; }
    Status watch(EntityKind kind, qint64 id);
    // Every row of a kind meeting `where` (a condition of this program's,
    // with bound values), e.g. the aliases of a company about to be saved.
    Status watchWhere(EntityKind kind, const QString &where, const QVariantList &binds);
    void watchNew(EntityKind kind, qint64 id);
    // Rows of a kind meeting `where` once the edit is made, as new ones
    // unless watched before (the aliases a company is saved with).
    Status watchNewWhere(EntityKind kind, const QString &where, const QVariantList &binds);
    // A row about to be deleted and every row the delete reaches through
    // the definitions' references: those deleted with it (in turn) and
    // those that lose their reference to it.
    Status watchDelete(EntityKind kind, qint64 id);

    Result<RecordChange> finish();

private:
    Result<QList<qint64>> idsWhere(EntityKind kind, const QString &where, const QVariantList &binds) const;

    Database &m_db;
    RecordChange m_change;
    QList<std::pair<EntityKind, qint64>> m_new;
};

} // namespace seawall
