// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <optional>

// The settings of a SQLite connection an import wants for its length, set
// back when it ends. On a server they change nothing.
namespace seawall {

// Foreign keys go unchecked for the length of an import's transaction. An
// import deletes nothing, and every id it writes into a row it read or wrote
// itself in that transaction: the company and person lookups, the external
// persons it creates, the batch it inserted. SQLite's lookup of each new
// row's three parents took a tenth of a large import, to check what was
// known. Set outside the transaction (SQLite ignores the pragma inside
// one), and set back once it has ended.
class ForeignKeysUnchecked
{
public:
    explicit ForeignKeysUnchecked(Database &db);
    ~ForeignKeysUnchecked();
    ForeignKeysUnchecked(const ForeignKeysUnchecked &) = delete;
    ForeignKeysUnchecked &operator=(const ForeignKeysUnchecked &) = delete;

private:
    Database &m_db;
    bool m_wasOn = false;
};

// A page cache of 64 MiB for the length of an import, then the
// connection's own again. A unit's test file comes in date order with its
// persons in random order: each new row goes to a page of the tests' key
// index (person first) far from the last, and with SQLite's 2 MB cache
// each such page was read from the file, and written out to the log
// before the transaction's end to make room, again and again: half of a
// million-row import was the kernel copying pages. The cache grows only as
// far as the pages touched. 64 MiB took the system time of a million rows
// from 16 s to 6 s and the peak memory to 160 MB; 128 MiB saved no more
// and passed the import's memory target of 200 MB.
class LargerPageCache
{
public:
    static constexpr int kKibibytes = 64 * 1024;

    explicit LargerPageCache(Database &db);
    ~LargerPageCache();
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    Database &m_db;
    std::optional<int> m_was; // the connection's own, while it is set larger
};

} // namespace seawall
