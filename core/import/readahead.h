// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/csvreader.h"
#include "core/util/error.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace seawall {

// The records of `Reader` (a workbook's sheet) read on a thread of their
// own, a few chunks ahead of the caller. Taking a row apart from an .xlsx
// sheet's XML costs several times what a CSV line does, and was the longest
// of the import's three parts (reading, mapping, SQLite's writing): read
// ahead here, mapped on MappedRecords' thread and written on the caller's,
// a workbook comes in within twice the time of the same rows as CSV.
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
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    bool next(csv::Record &record)
    {
        if (m_next == m_taken.size()) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_ready.empty() || m_end; });
                if (m_ready.empty())
                    return false;
                m_taken = std::move(m_ready.front());
                m_ready.pop_front();
                m_next = 0;
            }
            m_changed.notify_all();
        }
        record = std::move(m_taken[m_next++]);
        return true;
    }

    std::optional<Error> error() const { return m_reader.error(); }
    qint64 errorLine() const { return m_reader.errorLine(); }

private:
    using Chunk = std::vector<csv::Record>;
    // Records handed over at once, and chunks read ahead: a few megabytes
    // in flight at the most.
    static constexpr size_t kChunkRecords = 256;
    static constexpr size_t kChunksAhead = 8;

    void read()
    {
        for (;;) {
            Chunk chunk;
            chunk.reserve(kChunkRecords);
            csv::Record record;
            bool more = true;
            while (chunk.size() < kChunkRecords && (more = m_reader.next(record)))
                chunk.push_back(std::move(record));
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_ready.size() < kChunksAhead || m_stop; });
                if (m_stop)
                    return;
                if (!chunk.empty())
                    m_ready.push_back(std::move(chunk));
                m_end = !more;
            }
            m_changed.notify_all();
            if (!more)
                return;
        }
    }

    Reader &m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready; // guarded by m_mutex
    bool m_end = false;        // guarded: the reader gave its last record
    bool m_stop = false;       // guarded: the caller wants no more
    Chunk m_taken;             // the caller's
    size_t m_next = 0;         // in m_taken
    std::thread m_thread;      // last: started once the rest is made
};

} // namespace seawall
