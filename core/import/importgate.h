// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/import/importreport.h"

#include <QLockFile>

#include <memory>
#include <optional>

namespace seawall {

// One import into a database at a time: a second one waits for the first
// to end (saying so through ImportOptions::waiting, and still cancellable),
// then runs, so that both land. Only imports wait here; a database that
// another program holds fails as any write does (Error::Kind::Locked
// after the busy timeout).
//
// A server lets writers run side by side: imports take a lock of
// Seawall's own there (SqlDialect::tryLockImports), held by the import's
// transaction. A file has one write lock, which SQLite gives up waiting
// for after the busy timeout, and cannot say who holds it: imports take a
// lock file beside it (QLockFile, which tells a lock left by a crashed
// program from one held), or go without where its folder is read-only.
class ImportGate
{
public:
    // Waits for the gate, then begins the import's transaction inside it.
    // Null when cancelled while waiting.
    static Result<std::unique_ptr<ImportGate>> enter(Database &db, const ImportOptions &options);

    // Open until committed or the gate is destroyed (rolled back), which
    // lets the next import in.
    Transaction &transaction() { return *m_transaction; }

private:
    ImportGate() = default;

    std::unique_ptr<QLockFile> m_file; // let go after the transaction ends
    std::optional<Transaction> m_transaction;
};

} // namespace seawall
