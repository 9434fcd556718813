// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lists/listquery.h"

#include "core/db/database.h"
#include "core/db/sqlrun.h"
#include "core/sql/sqldialect.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall {

ListRows::ListRows() = default;
ListRows::~ListRows() = default;
ListRows::ListRows(ListRows &&) noexcept = default;
ListRows &ListRows::operator=(ListRows &&) noexcept = default;

QList<QVariantList> ListRows::fetch(int count)
{
    QList<QVariantList> rows;
    while (!m_atEnd && rows.size() < count) {
        if (!m_query->next()) {
            finish();
            break;
        }
        const int width = m_query->record().count();
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row << m_query->value(i);
        rows << row;
    }
    return rows;
}

void ListRows::finish()
{
    if (m_query)
        m_query->finish();
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
    return !m_spec.highlight.isEmpty();
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
        where += u" AND ("_s + options.at(chosen).condition + u')';
        if (options.at(chosen).bind.isValid())
            binds << options.at(chosen).bind;
    }
    if (!m_spec.dateColumn.isEmpty() && m_from.isValid()) {
        where += u" AND "_s + m_spec.dateColumn + u" >= ?"_s;
        binds << m_from.toString(Qt::ISODate);
    }
    if (!m_spec.dateColumn.isEmpty() && m_to.isValid()) {
        where += u" AND "_s + m_spec.dateColumn + u" <= ?"_s;
        binds << m_to.toString(Qt::ISODate);
    }
    return where;
}

Result<ListQuery::SearchClause> ListQuery::searchClause(Database &db, const QString &from, bool counting) const
{
    SearchClause clause{from, {}, {}, {}};
    if (m_search.isEmpty())
        return clause;
    const Result<SearchPlan> plan =
        SearchPlan::make(db, m_spec, m_search, counting ? SearchPlan::Use::Count : SearchPlan::Use::Rows, m_path);
    if (!plan)
        return plan.error();
    if (plan->usesIndex()) {
        // The rows found first, then the rest: CROSS JOIN keeps SQLite from
        // reading the list in its order and testing each row instead.
        clause.from = u"("_s + plan->hits() + u") hit CROSS JOIN "_s + from;
        clause.fromBinds = plan->hitBinds();
        clause.condition = u"r.id = hit.id"_s;
    } else {
        clause.condition = counting ? plan->countCondition() : plan->rowCondition();
        clause.binds = counting ? plan->countBinds() : plan->rowBinds();
    }
    return clause;
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
    const Result<SearchClause> search = searchClause(db, m_spec.from, false);
    if (!search)
        return search.error();
    binds << search->fromBinds;
    QString sql = u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + search->from
                  + whereClause(db, binds, search->condition, search->binds);
    const ListColumn &sortColumn = m_spec.columns.at(std::clamp(m_sortColumn, 0, int(m_spec.columns.size()) - 1));
    const QString direction = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString sortBy = sortColumn.pinyin ? SqlDialect::byPinyin(sortColumn.sql) : sortColumn.sql;
    sql += u" ORDER BY %1 %2, r.id %2"_s.arg(sortBy, direction);

    ListRows rows;
    rows.m_query = std::make_unique<QSqlQuery>(db.connection());
    QSqlQuery &query = *rows.m_query;
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec())
        return db.errorFrom(query);
    rows.m_atEnd = false;
    return rows;
}

qint64 ListQuery::count(Database &db) const
{
    // The search looks only at the list's own row (and what its references
    // name, by id): counting needs no more joins than the scope.
    const Result<SearchClause> search = searchClause(db, m_spec.countFrom, true);
    if (!search)
        return 0;
    QVariantList binds = search->fromBinds;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT count(*) FROM "_s + search->from + whereClause(db, binds, search->condition, search->binds));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace seawall
