// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QHash>
#include <QStringList>
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
// row came from. Only tables of the model are written, always with bound
// values.
class RecordChange
{
public:
    bool isEmpty() const { return m_rows.empty(); }
    // The tables the change touched, for change notification.
    QStringList tables() const;

    Status undo(Database &db) const { return apply(db, false); }
    Status redo(Database &db) const { return apply(db, true); }

private:
    friend class ChangeRecorder;
    struct Row
    {
        QString table;
        qint64 id = 0;
        std::optional<QVariantList> before;
        std::optional<QVariantList> after;
    };
    Status apply(Database &db, bool forward) const;

    std::vector<Row> m_rows;
    QHash<QString, QStringList> m_columns; // table → its columns, id first
};

// Records an edit. Before writing, the edit says which rows it may touch
// (watch); rows it creates are added after (watchNew); finish() reads them
// all again and returns the change, with rows that stayed the same dropped.
class ChangeRecorder
{
public:
    explicit ChangeRecorder(Database &db) : m_db(db) {}

    Database &database() const { return m_db; }
    Status watch(const QString &table, qint64 id);
    // Every row of `table` matching `where` (bound values), e.g. the
    // findings of an inspection that is about to be deleted.
    Status watchWhere(const QString &table, const QString &where, const QVariantList &binds);
    void watchNew(const QString &table, qint64 id);
    // A row about to be deleted and every row the delete reaches through the
    // schema's foreign keys: those deleted with it (ON DELETE CASCADE, in
    // turn) and those that lose their reference (ON DELETE SET NULL).
    Status watchDelete(const QString &table, qint64 id);

    Result<RecordChange> finish();

private:
    Result<std::optional<QVariantList>> read(const QString &table, qint64 id);
    Status learnColumns(const QString &table);

    Database &m_db;
    RecordChange m_change;
    QList<QPair<QString, qint64>> m_new;
};

} // namespace seawall
