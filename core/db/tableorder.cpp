// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/tableorder.h"

#include "core/db/sqlrun.h"
#include "core/sql/sqldialect.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace seawall {

Result<TableOrder> TableOrder::of(Database &db)
{
    QStringList names;
    if (Status status = SqlRun::eachRow(db, SqlDialect::tableNames(db.backend()), {},
            [&names](const QSqlQuery &row) { names << row.value(0).toString(); });
        !status)
        return status.error();
    // Where a server keeps the schema's version (a file's header holds it).
    names.removeAll(u"seawall_schema"_s);
    names.sort();

    TableOrder order;
    // Table → the tables it refers to → by which columns.
    QHash<QString, QHash<QString, QStringList>> refersTo;
    if (Status status = SqlRun::eachRow(db, SqlDialect::foreignKeys(db.backend()), {},
            [&](const QSqlQuery &row) {
                const QString table = row.value(0).toString();
                const QString referred = row.value(2).toString();
                if (table == referred)
                    order.selfReferences[table] << row.value(1).toString();
                else if (names.contains(referred))
                    refersTo[table][referred] << row.value(1).toString();
            });
        !status)
        return status.error();

    // Kahn's order, the tables ready at each round taken by name.
    QSet<QString> placed;
    const auto waitingFor = [&](const QString &table) {
        QStringList parents;
        const QHash<QString, QStringList> &refs = refersTo.value(table);
        for (auto it = refs.cbegin(); it != refs.cend(); ++it)
            if (!placed.contains(it.key()) && !order.deferred.value(table).contains(it.value().constFirst()))
                parents << it.key();
        return parents;
    };
    while (order.tables.size() < names.size()) {
        const qsizetype before = order.tables.size();
        for (const QString &table : std::as_const(names)) {
            if (!placed.contains(table) && waitingFor(table).isEmpty()) {
                order.tables << table;
                placed << table;
            }
        }
        if (order.tables.size() > before)
            continue;
        // A loop: the table with the fewest rows among those waiting for
        // one table only has the columns naming it set afterwards.
        QString chosen;
        qint64 fewest = -1;
        for (const QString &table : std::as_const(names)) {
            const QStringList waiting = placed.contains(table) ? QStringList() : waitingFor(table);
            if (waiting.size() != 1)
                continue;
            Result<QSqlQuery> count = SqlRun::run(db, u"SELECT count(*) FROM "_s + table);
            if (!count)
                return count.error();
            const qint64 rows = count.value().next() ? count.value().value(0).toLongLong() : 0;
            if (fewest < 0 || rows < fewest) {
                fewest = rows;
                chosen = table;
            }
        }
        if (chosen.isEmpty()) {
            // No such table (Seawall's schema has none): the rest by name,
            // and the target's keys judge.
            for (const QString &table : std::as_const(names))
                if (!placed.contains(table))
                    order.tables << table;
            break;
        }
        order.deferred[chosen] << refersTo.value(chosen).value(waitingFor(chosen).constFirst());
    }
    for (QStringList &columns : order.selfReferences)
        columns.sort();
    return order;
}

} // namespace seawall
