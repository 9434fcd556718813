// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/database.h"
#include "db/repositorybase.h"
#include "import/rowmapper.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantMap>

#include <memory>
#include <unordered_map>

namespace seawall {

// Writes mapped rows by natural key, inside the caller's transaction: a
// row whose key exists with the same values is unchanged, with other values
// updated, else inserted. Every insert and update is recorded in
// import_change under the current batch (an update with the values it
// replaced), so that the batch can be undone as a whole: inserts as ranges
// of ids (one record for a run of rows a table received one after the
// other), updates one by one. Statements are prepared once and reused: an
// import of a million new rows runs one INSERT a row and no other SQL.
class ImportWriter
{
public:
    using Columns = QList<QPair<QString, QVariant>>;

    struct Outcome
    {
        UpsertOutcome outcome = UpsertOutcome::Unchanged;
        qint64 id = 0;
        QVariantMap previous; // the values an update replaced
    };

    explicit ImportWriter(Database &db);

    // Call finish() before moving on to another batch.
    void setBatch(qint64 batchId) { m_batchId = batchId; }
    // Records the inserts still kept back; due at the end of each batch.
    Status finish() { return flushInserts(); }

    // Writes the row (creating its external person first, if any). For
    // persons and companies only the columns in `present` are written on
    // an update, so that what the file does not say is kept.
    Result<Outcome> write(MappedRow &row, const QSet<QString> &present);

    // Upsert into `table` (a constant of this program, never user data).
    Result<Outcome> upsert(const QString &table, const Columns &key, const Columns &values);
    // Sets columns of one row, recording the values replaced.
    Status update(const QString &table, qint64 id, const Columns &values);

    // The tables an import writes, in the order of their dependencies.
    static const QStringList &tables();

private:
    // The statements of one upsert: a table with one set of key and value
    // columns.
    struct Shape
    {
        QSqlQuery *select = nullptr;
        QSqlQuery *insert = nullptr;
        QSqlQuery *insertNew = nullptr; // does nothing when the key exists
        qsizetype table = 0;           // in tables()
        // Whether the last row of this shape existed: rows come in runs of
        // new ones (try the insert first) or known ones (look them up).
        bool lookUpFirst = false;
    };
    // Inserted ids of one table not recorded yet: first to last, no gaps.
    struct Range
    {
        qint64 first = 0;
        qint64 last = 0;
    };

    Result<QSqlQuery *> statement(const QString &sql);
    Result<Shape *> shape(const QString &table, const Columns &key, const Columns &values);
    Status record(const QString &table, qint64 id, const char *action, const QVariantMap &previous);
    Status noteInsert(qsizetype table, qint64 id);
    Status flushInserts();
    Result<qint64> insertExternal(Person &person);

    Database &m_db;
    qint64 m_batchId = 0;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, Shape> m_shapes;
    QString m_shapeKey; // reused: looking up a shape allocates nothing
    std::vector<Range> m_inserted; // by table, in the order of tables()
};

} // namespace seawall
