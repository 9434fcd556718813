// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lists/listquery.h"

#include "core/db/database.h"
#include "core/db/sqlrun.h"
#include "core/sql/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// The first page of a list (a screenful and more, as the model fetches),
// then pages four times larger up to this one, then the statement for the
// rest.
constexpr int kFirstPage = 256;
constexpr int kLastPage = 16384;

QList<QVariantList> readRows(QSqlQuery &query, int count)
{
    QList<QVariantList> rows;
    int width = -1; // the statement's columns, asked once (a record is built to tell)
    while (rows.size() < count && query.next()) {
        if (width < 0)
            width = query.record().count();
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row << query.value(i);
        rows << row;
    }
    return rows;
}

// Runs `sql` with its binds and then `extra` (its LIMIT and OFFSET); the
// error of the statement when it fails.
std::optional<QSqlError> run(QSqlQuery &query, const QString &sql, const QVariantList &binds,
                             const QVariantList &extra)
{
    SqlRun::readForward(query);
    if (!query.prepare(sql))
        return query.lastError();
    for (const QVariant &bind : binds + extra)
        query.addBindValue(bind);
    if (!query.exec())
        return query.lastError();
    return std::nullopt;
}

} // namespace

ListRows::ListRows() = default;
ListRows::~ListRows() = default;
ListRows::ListRows(ListRows &&) noexcept = default;
ListRows &ListRows::operator=(ListRows &&) noexcept = default;

QList<QVariantList> ListRows::fetch(int count)
{
    QList<QVariantList> rows;
    while (!m_atEnd && rows.size() < count) {
        if (m_ahead.isEmpty() && (readMore() || m_ahead.isEmpty())) {
            finish(); // the end, or a statement that failed
            break;
        }
        const qsizetype taken = std::min<qsizetype>(count - rows.size(), m_ahead.size());
        rows << m_ahead.mid(0, taken);
        m_ahead.remove(0, taken);
        if (m_ahead.isEmpty() && m_page == 0 && !m_rest)
            finish(); // the last page was not full: nothing after it
    }
    return rows;
}

std::optional<QSqlError> ListRows::readMore()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (m_page > 0) {
        // A page, read whole and ended at once.
        QSqlQuery query(db);
        if (auto failed = run(query, m_pageSql, m_binds, {m_page, m_read}))
            return failed;
        m_ahead = readRows(query, m_page);
        query.finish();
        m_read += m_ahead.size();
        // A page not full was the last; after the largest, the rest.
        m_page = m_ahead.size() < m_page ? 0 : m_page < kLastPage ? m_page * 4 : -1;
        return std::nullopt;
    }
    if (m_page < 0) {
        m_page = 0;
        m_rest = std::make_unique<QSqlQuery>(db);
        if (auto failed = run(*m_rest, m_restSql, m_binds, {m_read}))
            return failed;
    }
    if (m_rest) {
        m_ahead = readRows(*m_rest, kFirstPage);
        m_read += m_ahead.size();
    }
    return std::nullopt;
}

void ListRows::finish()
{
    if (m_rest)
        m_rest->finish();
    m_ahead.clear();
    m_atEnd = true;
}

ListQuery::ListQuery(ListSpec spec)
    : m_spec(std::move(spec)), m_sortColumn(m_spec.sortColumn), m_sortOrder(m_spec.sortOrder)
{
}

bool ListQuery::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return false;
    m_search = trimmed;
    return true;
}

bool ListQuery::setFilter(const QString &key, int option)
{
    if (m_filters.value(key, -1) == option)
        return false;
    m_filters.insert(key, option);
    return true;
}

bool ListQuery::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return false;
    m_from = from;
    m_to = to;
    return !m_spec.dateColumn.isEmpty();
}

bool ListQuery::setScope(const QList<qint64> &companyIds)
{
    if (companyIds == m_scope)
        return false;
    m_scope = companyIds;
    return true;
}

bool ListQuery::setAsOf(const QDate &date)
{
    if (date == m_asOf)
        return false;
    m_asOf = date;
    // A filter chosen that asks for the day reads again.
    return !m_spec.highlight.isEmpty() || filtersByDay();
}

bool ListQuery::filtersByDay() const
{
    for (const ListFilter &filter : m_spec.filters) {
        const int chosen = m_filters.value(filter.key, -1);
        if (chosen >= 0 && chosen < filter.options.size() && !filter.options.at(chosen).bind.isValid()
            && filter.options.at(chosen).condition.contains(u'?'))
            return true;
    }
    return false;
}

bool ListQuery::setMaster(const QString &column, qint64 id)
{
    m_masterColumn = column;
    m_masterId = id;
    return true;
}

bool ListQuery::setSort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_spec.columns.size())
        return false;
    m_sortColumn = column;
    m_sortOrder = order;
    return true;
}

bool ListQuery::setSearchPath(SearchPlan::Path path)
{
    if (path == m_path)
        return false;
    m_path = path;
    return !m_search.isEmpty();
}

QList<FilterOption> ListQuery::filterOptions(Database *db, const QString &key) const
{
    for (const ListFilter &filter : m_spec.filters) {
        if (filter.key != key)
            continue;
        if (filter.distinctSql.isEmpty() || !db)
            return filter.options;
        if (auto cached = m_options.constFind(key); cached != m_options.constEnd())
            return *cached;
        QList<FilterOption> options;
        QSqlQuery query(db->connection());
        if (query.exec(filter.distinctSql))
            while (query.next()) {
                const QString value = query.value(0).toString();
                options.append({value, filter.column + u" = ?"_s, value});
            }
        m_options.insert(key, options);
        return options;
    }
    return {};
}

QString ListQuery::whereClause(Database &db, QVariantList &binds, const QString &search,
                               const QVariantList &searchBinds) const
{
    QString where = u" WHERE 1 = 1"_s;
    if (!m_spec.company.isEmpty())
        where += SqlRun::inIds(m_spec.company, m_scope); // integers read from the database
    if (!m_masterColumn.isEmpty()) {
        where += u" AND r.%1 = ?"_s.arg(m_masterColumn);
        binds << m_masterId;
    }
    if (!search.isEmpty()) {
        where += u" AND ("_s + search + u')';
        binds << searchBinds;
    }
    for (const ListFilter &filter : m_spec.filters) {
        const int chosen = m_filters.value(filter.key, -1);
        const QList<FilterOption> options = filterOptions(&db, filter.key);
        if (chosen < 0 || chosen >= options.size())
            continue;
        const FilterOption &option = options.at(chosen);
        where += u" AND ("_s + option.condition + u')';
        if (option.bind.isValid())
            binds << option.bind;
        else // a condition of the as-of day (under observation, away)
            for (qsizetype i = option.condition.count(u'?'); i > 0; --i)
                binds << m_asOf.toString(Qt::ISODate);
    }
    // A filter of the as-of day (under observation on it) is the day: the
    // range of the records' own dates does not narrow it further.
    const bool byDay = filtersByDay();
    if (!m_spec.dateColumn.isEmpty() && m_from.isValid() && !byDay) {
        where += u" AND "_s + m_spec.dateColumn + u" >= ?"_s;
        binds << m_from.toString(Qt::ISODate);
    }
    if (!m_spec.dateColumn.isEmpty() && m_to.isValid() && !byDay) {
        where += u" AND "_s + m_spec.dateColumn + u" <= ?"_s;
        binds << m_to.toString(Qt::ISODate);
    }
    return where;
}

Result<ListQuery::SearchClause> ListQuery::searchClause(Database &db, bool counting) const
{
    SearchClause clause;
    if (m_search.isEmpty())
        return clause;
    const Result<SearchPlan> plan =
        SearchPlan::make(db, m_spec, m_search, counting ? SearchPlan::Use::Count : SearchPlan::Use::Rows, m_path);
    if (!plan)
        return plan.error();
    if (plan->usesIndex()) {
        // The rows found first, then the rest: CROSS JOIN keeps SQLite from
        // reading the list in its order and testing each row instead.
        clause.first = u"("_s + plan->hits() + u") hit CROSS JOIN "_s;
        clause.firstBinds = plan->hitBinds();
        clause.condition = u"r.id = hit.id"_s;
    } else {
        clause.condition = counting ? plan->countCondition() : plan->rowCondition();
        clause.binds = counting ? plan->countBinds() : plan->rowBinds();
    }
    return clause;
}

QString ListQuery::fromFor(const QString &sql) const
{
    // A join is needed when the text names its alias, or a join needed names
    // it (a dose's company through its person). Every row has the rows its
    // required references name, so leaving an inner join out keeps them all,
    // as counting does.
    QList<bool> needed(m_spec.joins.size(), false);
    for (bool grew = true; grew;) {
        grew = false;
        QString names = sql;
        for (qsizetype i = 0; i < m_spec.joins.size(); ++i)
            if (needed.at(i))
                names += m_spec.joins.at(i).second;
        for (qsizetype i = 0; i < m_spec.joins.size(); ++i)
            if (!needed.at(i) && names.contains(m_spec.joins.at(i).first + u'.')) {
                needed[i] = true;
                grew = true;
            }
    }
    QString from = m_spec.table + u" r"_s;
    for (qsizetype i = 0; i < m_spec.joins.size(); ++i)
        if (needed.at(i))
            from += u' ' + m_spec.joins.at(i).second;
    return from;
}

Result<ListRows> ListQuery::open(Database &db) const
{
    QStringList select;
    for (const ListColumn &column : m_spec.columns)
        select << column.sql;
    QVariantList binds;
    // The id and the highlight flag come after the shown columns.
    select << u"r.id"_s;
    if (!m_spec.highlight.isEmpty()) {
        select << u"("_s + m_spec.highlight + u')';
        for (qsizetype i = m_spec.highlight.count(u'?'); i > 0; --i)
            binds << m_asOf.toString(Qt::ISODate);
    }
    const Result<SearchClause> search = searchClause(db, false);
    if (!search)
        return search.error();
    binds << search->firstBinds;
    const QString where = whereClause(db, binds, search->condition, search->binds);
    const ListColumn &sortColumn = m_spec.columns.at(std::clamp(m_sortColumn, 0, int(m_spec.columns.size()) - 1));
    const QString direction = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString sortBy = sortColumn.pinyin ? SqlDialect::byPinyin(db.backend(), sortColumn.sql) : sortColumn.sql;
    const QString order = u" ORDER BY %1 %2, r.id %2"_s.arg(sortBy, direction);
    const QString columns = u"SELECT "_s + select.join(u", "_s) + u" FROM "_s;

    ListRows rows;
    rows.m_connection = db.connectionName();
    // A page finds its rows' ids first, reading only what the conditions
    // and the order need (often an index alone), then their columns: a
    // sort no index gives reads every row, and reading every column of
    // 200,000 persons took as long again.
    rows.m_pageSql = columns + m_spec.from + u" WHERE r.id IN (SELECT r.id FROM "_s + search->first
                     + fromFor(where + order) + where + order + u" LIMIT ? OFFSET ?)"_s + order;
    rows.m_restSql = columns + search->first + m_spec.from + where + order + u" "_s + SqlDialect::allRowsFrom(db.backend());
    rows.m_binds = binds;
    rows.m_page = kFirstPage;
    rows.m_atEnd = false;
    // The first page now: a query that fails says so here.
    if (auto failed = rows.readMore())
        return db.errorFrom(*failed);
    if (rows.m_ahead.isEmpty())
        rows.finish();
    return rows;
}

qint64 ListQuery::count(Database &db) const
{
    // The search looks only at the list's own row (and what its references
    // name, by id): counting needs no more joins than the scope.
    const Result<SearchClause> search = searchClause(db, true);
    if (!search)
        return 0;
    QVariantList binds = search->firstBinds;
    QSqlQuery query(db.connection());
    SqlRun::readForward(query);
    query.prepare(u"SELECT count(*) FROM "_s + search->first + m_spec.countFrom
                  + whereClause(db, binds, search->condition, search->binds));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace seawall
