// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importgate.h"

#include "core/sql/sqldialect.h"

#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// How long an import waiting for another one sleeps between two asks.
constexpr unsigned long kWaitMs = 250;

} // namespace

Result<std::unique_ptr<ImportGate>> ImportGate::enter(Database &db, const ImportOptions &options)
{
    bool told = false;
    // False when cancelled meanwhile.
    const auto waitOnce = [&] {
        if (!told && options.waiting)
            options.waiting();
        told = true;
        QThread::msleep(kWaitMs);
        return !(options.cancelled && options.cancelled());
    };
    std::unique_ptr<ImportGate> gate(new ImportGate);
    if (db.backend() == SqlBackend::Sqlite && !db.isMemory()) {
        gate->m_file = std::make_unique<QLockFile>(db.path() + u".import-lock"_s);
        // Never stale while its program lives, however long the import.
        gate->m_file->setStaleLockTime(0);
        while (!gate->m_file->tryLock(0)) {
            if (gate->m_file->error() != QLockFile::LockFailedError) {
                gate->m_file.reset(); // cannot be made here: the write lock alone
                break;
            }
            if (!waitOnce())
                return std::unique_ptr<ImportGate>();
        }
    }
    const QString lock = SqlDialect::tryLockImports(db.backend());
    for (;;) {
        gate->m_transaction.emplace(db);
        if (!gate->m_transaction->isActive())
            return gate->m_transaction->error();
        if (lock.isEmpty())
            return gate;
        QSqlQuery query(db.connection());
        if (!query.exec(lock) || !query.next())
            return db.errorFrom(query);
        if (query.value(0).toBool())
            return gate;
        gate->m_transaction.reset();
        if (!waitOnce())
            return std::unique_ptr<ImportGate>();
    }
}

} // namespace seawall
