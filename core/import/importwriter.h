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
// replaced), so that the batch can be undone as a whole. Statements are
// prepared once and reused: an import of a million rows runs no other SQL.
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

    void setBatch(qint64 batchId) { m_batchId = batchId; }

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
    Result<QSqlQuery *> statement(const QString &sql);
    Status record(const QString &table, qint64 id, const char *action, const QVariantMap &previous);
    Result<qint64> insertExternal(Person &person);

    Database &m_db;
    qint64 m_batchId = 0;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace seawall
