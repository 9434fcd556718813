// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QString>

namespace seawall {

// The tests of each day and company (schema 12, kept by triggers) counted
// once at the end of an import's transaction rather than row by row, on
// SQLite.
//
// A trigger on a table has SQLite keep a statement journal for every
// statement that writes several rows of it: each page the statement
// touches is first copied to a temporary file, in case the trigger fails
// half way. The import writes its tests a hundred or so to an INSERT, and
// for a million-row file those copies were some 60 GB written to the
// kernel, half of the import's time. So, inside the transaction, the
// insert trigger is dropped (begin()); before the commit, the days of the
// tests the import wrote are counted again and the trigger is made again
// from the text the database kept of it (finish()). No other connection
// sees the trigger gone: it sees the transaction whole or not at all, and a
// rollback brings the trigger back with everything else.
//
// Counting whole days is exact: an import never moves a test to another
// day (the day is part of a test's key, by which a row finds the test it
// updates), the update and delete triggers stay in place, and every count
// an import can have left short is of a day one of its new tests is on.
// On a server this does nothing: its statement triggers keep no journal.
class DeferredDayCounts
{
public:
    explicit DeferredDayCounts(Database &db);

    // Inside the import's transaction, before its first test is written.
    Status begin();
    // Before the commit: the days recounted, the trigger back.
    Status finish();

private:
    Database &m_db;
    QString m_trigger; // its text, while it is laid aside
    qint64 m_lastBefore = 0; // the highest id of a test before the import
};

} // namespace seawall
