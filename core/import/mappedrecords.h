// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/csvreader.h"
#include "core/import/rowmapper.h"
#include "core/util/chunkqueue.h"

#include <QHash>
#include <QStringList>

#include <thread>

namespace seawall {

class RowSource;
class PersonDirectory;

// The records of one file, each with the row it maps to, in the order of
// the file.
//
// Threaded, they are read, mapped and encoded for writing
// (encodeRow) on a thread of their own while the caller writes
// the rows before them: reading and checking were a third of a large
// import and SQLite's work the rest, and on two cores the two now overlap.
// Only for files whose rows change nothing the mapping reads but the
// persons they create as 外部 (tests, vaccinations, shifts), and only once
// every person is loaded, so that mapping runs no SQL. The reading
// thread then owns the person directory: it remembers each new 外部 person
// itself, under an id of its own below zero that later rows carry and the
// writer replaces by the id the person was written under (see
// ImportWriter), and the caller's remember() waits until finish().
class MappedRecords
{
public:
    struct Item
    {
        csv::Record record;
        MappedRow row;
    };

    // `source` must be open; nothing may use the three but this object
    // until finish().
    MappedRecords(RowSource &source, RowMapper &mapper, PersonDirectory &persons, bool threaded);
    ~MappedRecords(); // stops the thread, if still running
    MappedRecords(const MappedRecords &) = delete;
    MappedRecords &operator=(const MappedRecords &) = delete;

    // The next record and its row, valid until the next call; null at the
    // end of the file or on an error (RowSource::error(), to be read after
    // finish()).
    Item *next();

    // A person written for a row (its newExternal, with the id written).
    void remember(const Person &external);

    // Stops the thread and hands the person directory back, with the
    // persons remember() kept back.
    void finish();

private:
    using Chunk = ChunkQueue<Item>::Chunk;
    void read(); // the thread

    RowSource &m_source;
    RowMapper &m_mapper;
    PersonDirectory &m_persons;
    bool m_threaded;

    ChunkQueue<Item> m_queue;
    Chunk m_taken;             // the caller's
    size_t m_next = 0;         // in m_taken
    Item m_item;               // the caller's, when not threaded
    std::thread m_thread;

    // The thread's, read after it stopped: ID numbers it remembered under
    // an id of its own.
    QStringList m_provisional;
    // The caller's: the persons written for those ID numbers.
    QHash<QString, Person> m_written;
};

} // namespace seawall
