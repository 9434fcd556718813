// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

namespace seawall {

// Undoes one import batch as a whole, in one transaction: deletes the rows
// it inserted, restores the values of the rows it updated (from
// import_change), deletes the differing names it recorded, refreshes the
// vaccination milestones and marks the batch undone. Refused while rows of a later import still need its rows (a test
// of a person the batch created).
class ImportUndo
{
public:
    explicit ImportUndo(Database &db);

    Status undo(qint64 batchId);
    // Whether the batch was undone already.
    bool isUndone(qint64 batchId) const;

private:
    // Refused, naming the day and its briefing, when a row firstId … lastId
    // of `table` falls on a locked day (DayLocks).
    Status checkLocks(const QString &table, qint64 firstId, qint64 lastId) const;

    Database &m_db;
};

} // namespace seawall
