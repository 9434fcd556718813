// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>
#include <vector>

namespace seawall {

// Chunks of items handed from a thread that makes them to one that uses
// them, a few chunks ahead at the most: what a large import reads on one
// thread and writes on another (core/import/mappedrecords.h, readahead.h).
// A chunk the user is done with goes back to the maker, to be freed on the
// thread that allocated it: freeing another thread's memory had glibc's
// allocator lock and wait.
template <typename Item>
class ChunkQueue
{
public:
    using Chunk = std::vector<Item>;

    explicit ChunkQueue(size_t ahead) : m_ahead(ahead) {}

    // The maker's: hands `chunk` over (an empty one only to say `last`),
    // waiting while `ahead` chunks are waiting; `spent` takes the chunks
    // the user is done with. False when the user wants no more.
    bool push(Chunk &&chunk, bool last, std::vector<Chunk> &spent)
    {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < m_ahead || m_stop; });
            if (m_stop)
                return false;
            if (!chunk.empty())
                m_ready.push_back(std::move(chunk));
            m_end = last;
            spent.swap(m_spent);
        }
        m_changed.notify_all();
        return true;
    }

    // The user's: the next chunk into `chunk`, whose items are handed back
    // as spent; false at the end, or once stopped.
    bool pop(Chunk &chunk)
    {
        {
            std::unique_lock lock(m_mutex);
            if (!chunk.empty())
                m_spent.push_back(std::exchange(chunk, {}));
            m_changed.wait(lock, [this] { return !m_ready.empty() || m_end || m_stop; });
            if (m_ready.empty())
                return false;
            chunk = std::move(m_ready.front());
            m_ready.pop_front();
        }
        m_changed.notify_all();
        return true;
    }

    // The user's: no more; the maker's push() returns false.
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
    }

private:
    const size_t m_ahead;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;   // guarded by m_mutex
    std::vector<Chunk> m_spent;  // guarded
    bool m_end = false;          // guarded: the maker's last chunk is in
    bool m_stop = false;         // guarded: the user wants no more
};

} // namespace seawall
