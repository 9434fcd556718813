// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace seawall {

// What an upsert by natural key did.
enum class UpsertOutcome { Inserted, Updated, Unchanged };

// The statements every repository shares, over one table whose first column
// is `id` followed by `columns`. Table and column names are constants of the
// subclass; values are always bound, never spliced into SQL.
class RepositoryBase
{
protected:
    RepositoryBase(Database &db, QString table, QStringList columns);

    Result<qint64> insertValues(const QVariantList &values);
    Status updateValues(qint64 id, const QVariantList &values);
    // Deletes one row; a foreign key that forbids it becomes a Conflict
    // carrying `refusedMessage`.
    Status removeId(qint64 id, const QString &refusedMessage);

    // "SELECT id, <columns> FROM <table>" for reading whole rows.
    QString selectSql() const;
    // Runs a query with bound values, positioned on the first row; nullopt
    // when there is none (or on error).
    std::optional<QSqlQuery> first(const QString &sql, const QVariantList &binds) const;
    qint64 countWhere(const QString &where = {}, const QVariantList &binds = {}) const;

    // Replaces the message of a unique-key conflict with one that says
    // which record already exists.
    static Error withMessage(Error error, Error::Kind kind, const QString &message);

    Database &m_db;
    QString m_table;
    QStringList m_columns;

private:
    QSqlQuery m_insert;
    QSqlQuery m_update;
    bool m_prepared = false;
    bool prepare();
};

// Upsert by natural key shared by every repository: `existing` is the row
// with the same key, if any. `item.id` is set to the stored row's id.
template <typename Repo, typename T>
Result<UpsertOutcome> upsertByKey(Repo &repo, T &item, const std::optional<T> &existing)
{
    if (!existing) {
        item.id = 0;
        auto inserted = repo.insert(item);
        if (!inserted)
            return inserted.error();
        item.id = inserted.value();
        return UpsertOutcome::Inserted;
    }
    item.id = existing->id;
    if (item == *existing)
        return UpsertOutcome::Unchanged;
    if (Status status = repo.update(item); !status)
        return status.error();
    return UpsertOutcome::Updated;
}

} // namespace seawall
