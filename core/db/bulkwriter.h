// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/sqlitestatement.h"
#include "core/entity/entitydef.h"

#include <memory>
#include <string>
#include <vector>

namespace seawall {

// Writes many records of one entity through multi-row INSERTs, their
// columns read from the entity's definition, each value encoded once and
// bound through SQLite's own API: stepping one statement for 64 rows
// instead of 64 statements, without a variant made per value, makes a bulk
// load (the large demo) several times faster. Rows are kept back until a
// statement is full, so flush() before writing rows that refer to them,
// and at the end. With ids, each record's own id is written too, and the
// values it keeps in a table of their own (a company's aliases).
class BulkWriter
{
public:
    static constexpr qsizetype kRowsPerStatement = 64;

    BulkWriter(Database &db, const EntityDef &def, bool withIds = false);
    ~BulkWriter();

    // False once a write has failed: later rows are dropped and flush()
    // returns the error.
    template <typename T>
    bool add(const T &record)
    {
        return add(record.id, &record);
    }
    bool add(qint64 id, const void *record);

    // Writes the rows kept back; the first error, if any.
    Status flush();

private:
    bool write();

    Database &m_db;
    const EntityDef &m_def;
    bool m_withIds;
    qsizetype m_width;
    std::unique_ptr<SqliteStatement> m_full; // the statement for kRowsPerStatement rows
    EncodedRow m_row;
    std::vector<EncodedRow::Value> m_pending;
    std::string m_text;
    QList<std::pair<qint64, QStringList>> m_children;
    std::optional<Error> m_error;
};

} // namespace seawall
