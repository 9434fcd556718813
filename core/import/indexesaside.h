// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QString>
#include <QStringList>

#include <map>

namespace seawall {

// The secondary indexes of the tables an import fills, laid aside while it
// adds many times the rows a table holds, on SQLite, and made again before
// the commit.
//
// A row written goes into each index of its table at the place its values
// sort to; in a file as units send it (days in order, persons at random)
// that place is anywhere in the index, and the page it is on seldom the
// last one touched. CREATE INDEX sorts the rows first and writes the index
// page after page. A million tests into an empty table: their three
// secondary indexes cost 2.5–3 s written row by row, 1.7 s made at the end;
// a roster of 200,000 persons, 1.9 s against 0.9 s. Over a table holding
// far more rows than the import adds, making an index anew costs more than
// the rows would, so the indexes stay: `kRowsPerHeld`.
//
// The indexes a constraint needs stay in any case (a natural key's: the
// import finds its rows by them), and so does an index of the records' day
// alone: a unit's file comes in the order of its days, and each row's
// entry goes after the last one's, where the pages are. A million tests:
// 0.25–0.3 s to make that index again, against no more time for the rows
// with it kept. (Not an index leading with the day and going on with other
// columns: within a day its entries go anywhere, and the rows took 1 s
// longer to save the 0.65 s of making it.) The others are dropped inside the
// import's transaction and made again from the text the database kept of
// them: no other connection sees them gone, and a rollback brings them
// back with everything else. On a server this does nothing.
class IndexesAside
{
public:
    // The rows an import must expect to add for each row a table holds
    // before its indexes are laid aside: made anew, an index costs a sort
    // of all its rows, old and new; kept, each new row costs a little more
    // than its share of that sort.
    static constexpr qint64 kRowsPerHeld = 4;
    // The memory SQLite may sort an index's rows in, and the threads of its
    // own it may sort them with beside the import's (indexesaside.cpp).
    static constexpr int kSortKibibytes = 8 * 1024;
    static constexpr int kSortThreads = 1;

    explicit IndexesAside(Database &db);

    // Before begin(): a file of the import will add about `rows` rows to
    // `table` (a constant of this program). Once for each such file.
    void expect(const QString &table, qint64 rows);
    // Inside the transaction, before the rows: lays aside the secondary
    // indexes of each table expected to receive kRowsPerHeld times the rows
    // it holds or more.
    Status begin();
    // After the rows of a file expect() was told of: once those of the last
    // file for `table` are written, its indexes are made again, before the
    // queries that want them.
    Status written(const QString &table);
    // Before the commit: the indexes still laid aside made again.
    Status finish();

private:
    struct Table
    {
        qint64 rows = 0;
        int files = 0;
        QStringList made; // the statements that made the indexes laid aside
    };

    Status make(Table &table);

    Database &m_db;
    std::map<QString, Table> m_tables;
};

} // namespace seawall
