// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/entity/entitydef.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <optional>

namespace seawall {

// The rows of one entity's table, read into and written from records (the
// entity's model struct, reached through its definition's columns), by id
// or by natural key. Values are always bound, never spliced into SQL; the
// names of tables and columns come from the definitions. Repository<T>
// gives it types.
class EntityTable
{
public:
    // When and by whom a versioned row was last changed, and its version.
    struct Stamp
    {
        qint64 version = 0;
        QDateTime changedAt;
        QString changedBy;
    };

    EntityTable(Database &db, const EntityDef &def);

    const EntityDef &definition() const { return m_def; }
    Database &database() const { return m_db; }

    // Runs SELECT over the record's columns (`where` and `order` are
    // conditions of this program's, never user data) and hands each row to
    // `row` with its id; `load` fills a record from the row it is given.
    Status select(const QString &where, const QVariantList &binds, const QString &order,
                  const std::function<void(qint64 id, const QSqlQuery &row)> &row) const;
    void load(const QSqlQuery &row, void *record) const;

    // The id of the row with the record's natural key; 0 when none.
    qint64 idOfKey(const void *record) const;
    Result<qint64> insert(const void *record, qint64 batchId);
    // Refused (Error::Kind::Changed) when `expectedVersion` is given and the
    // row is at another: it was changed elsewhere since it was read.
    Status update(qint64 id, const void *record, std::optional<qint64> expectedVersion = std::nullopt);
    // Nullopt for a row that is not there, or a table without versions.
    std::optional<Stamp> stamp(qint64 id) const;
    Status remove(qint64 id);
    qint64 count(const QString &where = {}, const QVariantList &binds = {}) const;

    // Refused, naming the field, when a row the record must refer to does not exist.
    Status checkReferences(const void *record) const;
    // The rows of other tables that refer to row `id` and keep it from
    // being deleted, by the definition of each ("3 tests, 1 vaccination");
    // empty when it may go.
    QList<std::pair<const EntityDef *, qint64>> dependents(qint64 id) const;
    // What a refused delete says: "张三 cannot be deleted while other
    // records refer to it: tests 3, vaccinations 1. Delete those first."
    QString refusal(qint64 id) const;
    // How the row is named to the user: its title columns, references by
    // the title of the row they name ("张三", "JC01", "张三 2022-03-15").
    QString describe(qint64 id) const;
    // What an edit of the row could not do because another row has the
    // same natural key, in the user's language.
    QString duplicateMessage(const void *record) const;
    // Runs the definition's follow-up (a person's vaccination milestones)
    // for the values of its `followBy` column of the rows written or
    // deleted, as they were and are.
    Status follow(const QList<qint64> &values) const;
    // The value of the definition's `followBy` column in row `id`; 0 when none.
    qint64 followValue(qint64 id) const;

private:
    QVariantList values(const void *record) const;
    QStringList childValues(qint64 id) const;
    Status writeChildren(qint64 id, const void *record);
    // Prepares and runs an INSERT or UPDATE of `record` on `query`; a row
    // with the same key is a conflict that names the record.
    Status write(QSqlQuery &query, const QString &sql, const QVariantList &binds, const void *record);

    Database &m_db;
    const EntityDef &m_def;
};

} // namespace seawall
