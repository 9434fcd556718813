// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lists/listspec.h"
#include "core/lists/searchplan.h"
#include "core/util/error.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QVariantList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace seawall {

class Database;

// The rows of a list as the database gives them, read as the view scrolls,
// so that a million tests open as fast as ten. Each row holds the stored
// values of the list's columns, then the row's id, then whether it stands
// out (ListSpec::highlight).
//
// The first rows are read in pages of growing size (LIMIT and OFFSET), the
// rest by one statement left open: an order no index gives (names in
// pinyin, a column without an index) costs SQLite a sort of every row
// before the first comes out, while a page of the first N is a single pass
// that keeps N rows (about 0.1 s rather than 1 s for 200,000 names). The
// one sort of everything waits until the user scrolls past the pages, or
// exports the list.
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
    // Reads the next page, or the next rows of the statement for the rest
    // (opening it after the last page), into m_ahead: none at the end.
    std::optional<QSqlError> readMore();

    QString m_connection;
    QString m_pageSql; // binds, then LIMIT and OFFSET
    QString m_restSql; // binds, then OFFSET
    QVariantList m_binds;
    QList<QVariantList> m_ahead; // read, not yet fetched
    qint64 m_read = 0;           // rows read from the database so far
    int m_page = 0;              // the size of the next page; -1: the rest next; 0: no more
    std::unique_ptr<QSqlQuery> m_rest;
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
    // Whether a filter chosen is a condition of the as-of day (under
    // observation, away): the date range then does not apply.
    bool filtersByDay() const;
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
    // What the search adds to a query: the rows it finds, to join before
    // the list's FROM ("(…) hit CROSS JOIN "), or a condition on each row.
    struct SearchClause
    {
        QString first;
        QVariantList firstBinds;
        QString condition;
        QVariantList binds;
    };
    Result<SearchClause> searchClause(Database &db, bool counting) const;
    // The WHERE clause: the search condition (made by a SearchPlan) and
    // what else the user chose, every value appended to `binds`.
    QString whereClause(Database &db, QVariantList &binds, const QString &search = {},
                        const QVariantList &searchBinds = {}) const;
    // The list's FROM with only the joins that `sql` (a WHERE and an
    // ORDER BY) needs.
    QString fromFor(const QString &sql) const;

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
