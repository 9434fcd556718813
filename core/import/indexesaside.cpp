// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/indexesaside.h"

#include "core/db/scopedpragma.h"
#include "core/db/sqlrun.h"
#include "core/entity/entitydef.h"
#include "core/sql/sqldialect.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall {

IndexesAside::IndexesAside(Database &db) : m_db(db) {}

void IndexesAside::expect(const QString &table, qint64 rows)
{
    Table &expected = m_tables[table];
    expected.rows += rows;
    ++expected.files;
}

Status IndexesAside::begin()
{
    for (auto &[name, table] : m_tables) {
        const QString indexes = SqlDialect::secondaryIndexesOf(m_db.backend(), name);
        if (indexes.isEmpty())
            continue; // a server
        // The highest id rather than a count: found in the table's tree at
        // once, and never below the rows there are.
        const Result<QVariant> held = SqlRun::value(m_db, u"SELECT coalesce(max(id), 0) FROM %1"_s.arg(name));
        if (!held)
            return held.error();
        if (table.rows < kRowsPerHeld * held.value().toLongLong())
            continue;
        QStringList names;
        QStringList made;
        // The column that places a record on a day, which files come in the
        // order of (entitydef.h).
        const EntityDef *def = Entities::ofTable(name);
        const QString day = def ? def->day : QString();
        if (Status status = SqlRun::eachRow(m_db, indexes, {}, [&](const QSqlQuery &q) {
                if (day.isEmpty() || q.value(2).toString() != day) {
                    names << q.value(0).toString();
                    made << q.value(1).toString();
                }
            });
            !status)
            return status;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (Status status = SqlRun::script(m_db, {u"DROP INDEX %1"_s.arg(names.at(i))}); !status)
                return status;
            table.made << made.at(i);
        }
    }
    return {};
}

Status IndexesAside::written(const QString &table)
{
    const auto it = m_tables.find(table);
    if (it == m_tables.end() || --it->second.files > 0)
        return {};
    return make(it->second);
}

Status IndexesAside::finish()
{
    for (auto &[name, table] : m_tables)
        if (Status status = make(table); !status)
            return status;
    return {};
}

Status IndexesAside::make(Table &table)
{
    if (table.made.isEmpty())
        return {};
    // SQLite sorts the rows of an index in as much memory as its page
    // cache may take, beside that cache: the import's 64 MiB (importer.cpp)
    // took its peak over 200 MB. In 8 MiB runs, merged from temporary
    // files, the sorts of a million tests took no longer; with a thread of
    // SQLite's sorting each run while the next is read, 0.3 s less
    // (1.6 s), the other core having nothing else to do by then.
    const ScopedPragma sortMemory(m_db, u"cache_size"_s, -kSortKibibytes);
    const ScopedPragma sortThreads(m_db, u"threads"_s, kSortThreads, [](int was) { return was >= kSortThreads; });
    if (Status status = SqlRun::script(m_db, table.made); !status)
        return status;
    table.made.clear();
    return {};
}

} // namespace seawall
