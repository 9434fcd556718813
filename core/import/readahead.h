// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/csvreader.h"
#include "core/util/chunkqueue.h"
#include "core/util/error.h"

#include <optional>
#include <thread>
#include <utility>

namespace seawall {

// The records of `Reader` (a workbook's sheet) read on a thread of their
// own, a few chunks ahead of the caller. Taking a row apart from an .xlsx
// sheet's XML (unpacking it, parsing it: core/workbook/sheetparser.h) costs
// a few times what a CSV line does, about 5 us: read ahead here, mapped on
// MappedRecords' thread and written on the caller's, a workbook comes in
// within twice the time of the same rows as CSV.
//
// Nothing else may use the reader until this object is gone; error() and
// errorLine() are the reader's, to be read once next() returned false.
template <typename Reader>
class ReadAhead
{
public:
    explicit ReadAhead(Reader &reader) : m_reader(reader), m_thread(&ReadAhead::read, this) {}
    ~ReadAhead()
    {
        m_queue.stop();
        m_thread.join();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    bool next(csv::Record &record)
    {
        if (m_next == m_taken.size()) {
            if (!m_queue.pop(m_taken))
                return false;
            m_next = 0;
        }
        record = std::move(m_taken[m_next++]);
        return true;
    }

    std::optional<Error> error() const { return m_reader.error(); }
    qint64 errorLine() const { return m_reader.errorLine(); }

private:
    // Records handed over at once, and chunks read ahead: a few megabytes
    // in flight at the most.
    static constexpr size_t kChunkRecords = 256;
    static constexpr size_t kChunksAhead = 8;

    void read()
    {
        std::vector<ChunkQueue<csv::Record>::Chunk> spent;
        for (bool more = true; more;) {
            ChunkQueue<csv::Record>::Chunk chunk;
            chunk.reserve(kChunkRecords);
            csv::Record record;
            while (chunk.size() < kChunkRecords && (more = m_reader.next(record)))
                chunk.push_back(std::move(record));
            if (!m_queue.push(std::move(chunk), !more, spent))
                return;
            spent.clear(); // here, outside the queue's lock
        }
    }

    Reader &m_reader;
    ChunkQueue<csv::Record> m_queue{kChunksAhead};
    ChunkQueue<csv::Record>::Chunk m_taken; // the caller's
    size_t m_next = 0;                      // in m_taken
    std::thread m_thread;                   // last: started once the rest is made
};

} // namespace seawall
