// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/databasecopy.h"

#include "core/db/migrations.h"
#include "core/db/pgcopy.h"
#include "core/db/sqlitestatement.h"
#include "core/db/sqlrun.h"
#include "core/db/tableorder.h"
#include "core/sql/sqldialect.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace seawall::DatabaseCopy {
namespace {

constexpr qsizetype kProgressEvery = 20000;

// Where a database keeps what it notes of itself as it opens (the ICU
// version its pinyin index was built with), by `key`: a new database has
// rows there. The target's own rows stay; the source's others are copied.
const QString kSettings = u"setting"_s;
const QString kSettingKey = u"key"_s;

// Where the rows of one table go on the target: libpq's COPY on a server,
// one prepared INSERT stepped through SQLite's API in a file.
class TableSink
{
public:
    explicit TableSink(Database &db) : m_db(db) {}

    Status begin(const QString &table, const QStringList &columns)
    {
        m_width = columns.size();
        if (m_db.backend() == SqlBackend::Postgresql) {
            m_copy = std::make_unique<PgCopyIn>(m_db);
            return m_copy->begin(table, columns);
        }
        m_insert = std::make_unique<SqliteStatement>(m_db);
        return m_insert->prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)));
    }

    Status add(const QVariantList &row)
    {
        if (m_copy) {
            for (const QVariant &value : row)
                m_copy->addValue(value);
            return m_copy->endRow();
        }
        for (int i = 0; i < m_width; ++i)
            m_insert->bind(i, row.at(i));
        return m_insert->exec();
    }

    Status end()
    {
        Status status = m_copy ? m_copy->end() : Status{};
        m_copy.reset();
        m_insert.reset();
        return status;
    }

private:
    Database &m_db;
    qsizetype m_width = 0;
    std::unique_ptr<PgCopyIn> m_copy;
    std::unique_ptr<SqliteStatement> m_insert;
};

Result<qint64> countRows(Database &db, const QString &table)
{
    Result<QSqlQuery> query = SqlRun::run(db, u"SELECT count(*) FROM "_s + table);
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}

Result<QStringList> columnsOf(Database &db, const QString &table)
{
    QStringList columns;
    if (Status status = SqlRun::eachRow(db, SqlDialect::columnsOf(db.backend(), table), {},
            [&columns](const QSqlQuery &row) { columns << row.value(1).toString(); });
        !status)
        return status.error();
    return columns;
}

QVariantList valuesOf(const QSqlQuery &query, qsizetype width)
{
    QVariantList row;
    row.reserve(width);
    for (int i = 0; i < width; ++i)
        row << query.value(i);
    return row;
}

// Rows of a table that refers to itself, each after the row it refers to
// (a company after its parent), whatever their ids. Such tables are small.
std::vector<QVariantList> parentsFirst(std::vector<QVariantList> rows, qsizetype idColumn, const QList<qsizetype> &refs)
{
    std::vector<QVariantList> ordered;
    ordered.reserve(rows.size());
    QSet<qint64> written;
    while (!rows.empty()) {
        std::vector<QVariantList> waiting;
        for (QVariantList &row : rows) {
            bool ready = true;
            for (qsizetype ref : refs)
                ready = ready && (row.at(ref).isNull() || written.contains(row.at(ref).toLongLong()));
            if (ready) {
                written << row.at(idColumn).toLongLong();
                ordered.push_back(std::move(row));
            } else {
                waiting.push_back(std::move(row));
            }
        }
        if (waiting.size() == rows.size()) {
            // Refers to rows that are not there: the target's key refuses it.
            for (QVariantList &row : waiting)
                ordered.push_back(std::move(row));
            break;
        }
        rows = std::move(waiting);
    }
    return ordered;
}

class Copier
{
public:
    Copier(Database &source, Database &target, const Progress &progress)
        : m_source(source), m_target(target), m_progress(progress), m_sink(target)
    {
    }

    Status run();

private:
    Status copyTable(const QString &table, qint64 total);
    Status checkCounts();
    Status moveKeys();
    Status setDeferred();
    void tell(const QString &table, qint64 rows, qint64 total)
    {
        if (m_progress)
            m_progress(table, rows, total);
    }

    Database &m_source;
    Database &m_target;
    const Progress &m_progress;
    TableSink m_sink;
    TableOrder m_order;
    QHash<QString, qint64> m_counts;   // of the source
    QHash<QString, qint64> m_expected; // on the target after the copy
    // Values of deferred columns (TableOrder::deferred), set at the end.
    struct Later
    {
        QString table;
        QList<std::pair<QString, QVariant>> values;
        QVariant id;
    };
    std::vector<Later> m_later;
};

Status Copier::run()
{
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return Error{Error::Kind::Invalid, QCoreApplication::translate("DatabaseCopy", "%1 has schema version %2 and %3 version %4: both must have the same.")
                                               .arg(m_source.path())
                                               .arg(m_source.schemaVersion())
                                               .arg(m_target.path())
                                               .arg(m_target.schemaVersion())};
    Result<TableOrder> order = TableOrder::of(m_source);
    if (!order)
        return order.error();
    m_order = order.value();
    Result<TableOrder> targetOrder = TableOrder::of(m_target);
    if (!targetOrder)
        return targetOrder.error();
    QStringList sourceTables = m_order.tables, targetTables = targetOrder.value().tables;
    sourceTables.sort();
    targetTables.sort();
    if (sourceTables != targetTables)
        return Error{Error::Kind::Invalid, QCoreApplication::translate("DatabaseCopy", "%1 and %2 do not have the same tables.").arg(m_source.path(), m_target.path())};
    // Those the database fills itself last, once the rows they count are in.
    for (const QString &table : tablesKeptByTriggers())
        if (m_order.tables.removeAll(table) > 0)
            m_order.tables << table;

    Result<std::pair<QString, qint64>> held = firstTableWithRows(m_target);
    if (!held)
        return held.error();
    if (!held.value().first.isEmpty())
        return Error{Error::Kind::Invalid, QCoreApplication::translate("DatabaseCopy", "%1 already holds data (%2 rows in %3): copy into an empty database only.")
                                               .arg(m_target.path())
                                               .arg(held.value().second)
                                               .arg(held.value().first)};

    for (const QString &table : std::as_const(m_order.tables)) {
        Result<qint64> count = countRows(m_source, table);
        if (!count)
            return count.error();
        m_counts.insert(table, count.value());
        m_expected.insert(table, count.value());
    }
    Transaction transaction(m_target);
    if (!transaction.isActive())
        return transaction.error();
    for (const QString &table : std::as_const(m_order.tables))
        if (Status status = copyTable(table, m_counts.value(table)); !status)
            return status;
    if (Status status = setDeferred(); !status)
        return status;
    if (Status status = moveKeys(); !status)
        return status;
    if (Status status = checkCounts(); !status)
        return status;
    return transaction.commit();
}

Status Copier::copyTable(const QString &table, qint64 total)
{
    Result<QStringList> columns = columnsOf(m_source, table);
    if (!columns)
        return columns.error();
    const QStringList names = columns.value();
    if (tablesKeptByTriggers().contains(table)) {
        // Filled as the rows it counts were copied: the source's own counts
        // instead (a group at 0 included).
        if (Status status = SqlRun::exec(m_target, u"DELETE FROM "_s + table); !status)
            return status;
    }
    QSet<QString> keptKeys;
    const qsizetype keyColumn = table == kSettings ? names.indexOf(kSettingKey) : -1;
    if (keyColumn >= 0) {
        if (Status status = SqlRun::eachRow(m_target, u"SELECT %1 FROM %2"_s.arg(kSettingKey, table), {},
                [&keptKeys](const QSqlQuery &row) { keptKeys << row.value(0).toString(); });
            !status)
            return status;
        m_expected[table] += keptKeys.size();
    }
    const qsizetype idColumn = names.indexOf(u"id"_s);
    QSqlQuery read(m_source.connection());
    // Row by row from a server too: nothing else runs on the source's
    // connection while this query is read.
    read.setForwardOnly(true);
    const QString orderBy = idColumn >= 0 ? u" ORDER BY id"_s : QString();
    if (!read.exec(u"SELECT %1 FROM %2%3"_s.arg(names.join(u", "_s), table, orderBy)))
        return m_source.errorFrom(read);
    if (Status status = m_sink.begin(table, names); !status)
        return status;
    qint64 written = 0;
    if (total > 0)
        tell(table, 0, total);
    // Columns set once the rows they name are there: empty for now.
    QList<qsizetype> deferred;
    for (const QString &column : m_order.deferred.value(table))
        deferred << names.indexOf(column);
    const auto write = [&](QVariantList row) -> Status {
        if (!deferred.isEmpty()) {
            Later later{table, {}, row.value(idColumn)};
            for (qsizetype at : std::as_const(deferred)) {
                later.values.append({names.at(at), row.at(at)});
                row[at] = QVariant();
            }
            m_later.push_back(std::move(later));
        }
        if (Status status = m_sink.add(row); !status)
            return status;
        if (++written % kProgressEvery == 0)
            tell(table, written, total);
        return {};
    };
    Status status;
    if (m_order.selfReferences.contains(table) && idColumn >= 0) {
        std::vector<QVariantList> rows;
        while (read.next())
            rows.push_back(valuesOf(read, names.size()));
        QList<qsizetype> refs;
        for (const QString &column : m_order.selfReferences.value(table))
            refs << names.indexOf(column);
        for (const QVariantList &row : parentsFirst(std::move(rows), idColumn, refs))
            if (status = write(row); !status)
                break;
    } else {
        while (status && read.next()) {
            if (keyColumn >= 0 && keptKeys.contains(read.value(int(keyColumn)).toString())) {
                --m_expected[table];
                continue;
            }
            status = write(valuesOf(read, names.size()));
        }
    }
    if (status && read.lastError().isValid())
        status = m_source.errorFrom(read);
    const Status ended = m_sink.end();
    if (!status)
        return status;
    if (!ended)
        return ended;
    tell(table, written, total);
    return {};
}

Status Copier::setDeferred()
{
    for (const Later &later : m_later) {
        QStringList set;
        QVariantList binds;
        for (const auto &[column, value] : later.values) {
            if (value.isNull())
                continue;
            set << column + u" = ?"_s;
            binds << value;
        }
        if (set.isEmpty())
            continue;
        binds << later.id;
        if (Status status
            = SqlRun::exec(m_target, u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(later.table, set.join(u", "_s)), binds);
            !status)
            return status;
    }
    return {};
}

Status Copier::moveKeys()
{
    for (const QString &table : std::as_const(m_order.tables)) {
        const QString sql = SqlDialect::moveKeysPast(m_target.backend(), table);
        if (sql.isEmpty())
            return {};
        Result<QStringList> columns = columnsOf(m_target, table);
        if (!columns)
            return columns.error();
        if (!columns.value().contains(u"id"_s))
            continue;
        if (Result<QSqlQuery> moved = SqlRun::run(m_target, sql); !moved)
            return moved.error();
    }
    return {};
}

Status Copier::checkCounts()
{
    for (const QString &table : std::as_const(m_order.tables)) {
        Result<qint64> copied = countRows(m_target, table);
        if (!copied)
            return copied.error();
        if (copied.value() != m_expected.value(table))
            return Error{Error::Kind::Sql, QCoreApplication::translate("DatabaseCopy", "%1 would hold %2 rows of %3 after the copy instead of %4: nothing was "
                                              "copied.")
                                               .arg(m_target.path())
                                               .arg(copied.value())
                                               .arg(table)
                                               .arg(m_expected.value(table))};
    }
    return {};
}

} // namespace

Result<std::pair<QString, qint64>> firstTableWithRows(Database &db)
{
    Result<TableOrder> order = TableOrder::of(db);
    if (!order)
        return order.error();
    for (const QString &table : std::as_const(order.value().tables)) {
        if (table == kSettings)
            continue;
        Result<qint64> count = countRows(db, table);
        if (!count)
            return count.error();
        if (count.value() > 0)
            return std::pair{table, count.value()};
    }
    return std::pair{QString(), qint64(0)};
}

Status copy(Database &source, Database &target, const Progress &progress)
{
    if (!source.isOpen() || !target.isOpen())
        return Error{Error::Kind::Open, QCoreApplication::translate("Database", "No database is open.")};
    // One moment of the source for every table and its count.
    QSqlQuery snapshot(source.connection());
    const bool ownSnapshot = !source.inTransaction();
    if (ownSnapshot && !snapshot.exec(SqlDialect::beginSnapshot(source.backend())))
        return source.errorFrom(snapshot);
    const Status status = Copier(source, target, progress).run();
    if (ownSnapshot)
        snapshot.exec(u"ROLLBACK"_s);
    return status;
}

} // namespace seawall::DatabaseCopy
