// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lists/listspec.h"
#include "core/lists/searchplan.h"
#include "core/util/error.h"

#include <QDate>
#include <QHash>
#include <QVariantList>

#include <memory>

class QSqlQuery;

namespace seawall {

class Database;

// The rows of a list as the database gives them, read a screenful at a
// time as the view scrolls, so that a million tests open as fast as ten.
// Each row holds the stored values of the list's columns, then the row's
// id, then whether it stands out (ListSpec::highlight).
class ListRows
{
public:
    ListRows();
    ~ListRows();
    ListRows(ListRows &&) noexcept;
    ListRows &operator=(ListRows &&) noexcept;

    // Up to `count` more rows; fewer (or none) at the end.
    QList<QVariantList> fetch(int count);
    bool atEnd() const { return m_atEnd; }
    // Ends the statement: a statement still being read shows its
    // connection the file as it was when it began, so that what another
    // connection wrote since would not show in the next query.
    void finish();

private:
    friend class ListQuery;
    std::unique_ptr<QSqlQuery> m_query;
    bool m_atEnd = true;
};

// What one list asks of the database: its entity's columns and joins
// (ListSpec), and what the user chose — the search text, the filters, the
// date range, the company and its children, the master row (the findings
// of one inspection), the as-of date and the sort order — as the WHERE
// and ORDER BY of one query, every value bound.
class ListQuery
{
public:
    explicit ListQuery(ListSpec spec);

    const ListSpec &spec() const { return m_spec; }

    // Each returns whether the rows to show changed.
    bool setSearch(const QString &text);
    // The option chosen for a filter by its key; -1 for all.
    bool setFilter(const QString &key, int option);
    bool setDateRange(const QDate &from, const QDate &to); // null dates: no range
    // The ids of the chosen company and its children; empty for the group.
    bool setScope(const QList<qint64> &companyIds);
    bool setAsOf(const QDate &date);
    // Only the rows whose `column` is `id` (the findings of an inspection).
    bool setMaster(const QString &column, qint64 id);
    bool setSort(int column, Qt::SortOrder order);
    // How the search reaches its rows: whichever reads less unless told
    // (tests and benchmarks compare the two).
    bool setSearchPath(SearchPlan::Path path);

    const QString &search() const { return m_search; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The options of a filter as they stand (fixed, or read from the database).
    QList<FilterOption> filterOptions(Database *db, const QString &key) const;
    // Forgets the options read from a database (another file was opened).
    void forgetOptions() { m_options.clear(); }

    Result<ListRows> open(Database &db) const;
    // How many rows the query gives in all (counted, not read).
    qint64 count(Database &db) const;

private:
    // What the search adds to a query over `from`: the rows it finds,
    // joined first, or a condition on each row.
    struct SearchClause
    {
        QString from;
        QVariantList fromBinds;
        QString condition;
        QVariantList binds;
    };
    Result<SearchClause> searchClause(Database &db, const QString &from, bool counting) const;
    // The WHERE clause: the search condition (made by a SearchPlan) and
    // what else the user chose, every value appended to `binds`.
    QString whereClause(Database &db, QVariantList &binds, const QString &search = {},
                        const QVariantList &searchBinds = {}) const;

    ListSpec m_spec;
    QString m_search;
    QHash<QString, int> m_filters;
    mutable QHash<QString, QList<FilterOption>> m_options;
    QDate m_from;
    QDate m_to;
    QList<qint64> m_scope;
    QDate m_asOf = QDate::currentDate();
    QString m_masterColumn;
    qint64 m_masterId = 0;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
    SearchPlan::Path m_path = SearchPlan::Path::Auto;
};

} // namespace seawall
