// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importconnection.h"

#include "core/db/sqlrun.h"

using namespace Qt::StringLiterals;

namespace seawall {

ForeignKeysUnchecked::ForeignKeysUnchecked(Database &db) : m_db(db)
{
    // A server checks its foreign keys always (and cheaply, by index).
    if (m_db.backend() != SqlBackend::Sqlite)
        return;
    const Result<QVariant> on = SqlRun::value(m_db, u"PRAGMA foreign_keys"_s);
    m_wasOn = on && on.value().toInt() == 1;
    if (m_wasOn)
        (void)SqlRun::script(m_db, {u"PRAGMA foreign_keys = OFF"_s});
}

ForeignKeysUnchecked::~ForeignKeysUnchecked()
{
    if (m_wasOn)
        (void)SqlRun::script(m_db, {u"PRAGMA foreign_keys = ON"_s});
}

LargerPageCache::LargerPageCache(Database &db) : m_db(db)
{
    // A server's cache is the server's.
    if (m_db.backend() != SqlBackend::Sqlite)
        return;
    const Result<QVariant> size = SqlRun::value(m_db, u"PRAGMA cache_size"_s);
    // Negative: in KiB rather than pages.
    if (!size || size.value().toInt() <= -kKibibytes)
        return;
    m_was = size.value().toInt();
    (void)SqlRun::script(m_db, {u"PRAGMA cache_size = %1"_s.arg(-kKibibytes)});
}

LargerPageCache::~LargerPageCache()
{
    // The value restored is a number SQLite gave, not data.
    if (m_was)
        (void)SqlRun::script(m_db, {u"PRAGMA cache_size = %1"_s.arg(*m_was)});
}

} // namespace seawall
