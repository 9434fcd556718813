// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace seawall {

// How a list shows a column's stored value.
enum class CellKind {
    Text,
    Integer,
    Date,     // stored as ISO text, shown as is (it sorts and reads the same everywhere)
    DateTime,
    Hours,    // a number of hours, one decimal
    Bool,     // 0/1 shown as Yes/No
    Code,     // an enumeration's code shown by its translated name
    IdNumber, // masked unless the user shows numbers in full
    Phone,    // masked likewise
};

// One column of a record list: its SQL expression over the list's FROM
// clause (a constant of the program, never user data), its header, how a
// value reads, and whether the search box looks in it.
struct ListColumn
{
    QString key;          // canonical name (DOMAIN.md), used for settings
    const char *header;   // translated in the "RecordList" context
    QString sql;
    CellKind kind = CellKind::Text;
    bool searchable = false;
    bool hidden = false;  // hidden until the user shows it
    std::function<QString(const QString &code)> display = {}; // for CellKind::Code
    // How the search looks in this column when not by `sql LIKE ?`: a
    // condition with one "?" for the LIKE pattern (a company's name through
    // the row's company id reads an index instead of joining every row).
    QString search = {};
};

// One choice of a filter combo: a condition with at most one bound value.
struct FilterOption
{
    QString label; // already translated
    QString condition;
    QVariant bind;
};

// A filter that fits the entity (result, dose, team, status …). Its options
// are fixed, or read from the database by `distinctSql` (one column of
// values, each becoming `column = value`).
struct ListFilter
{
    QString key;
    const char *label; // "RecordList" context
    QList<FilterOption> options;
    QString distinctSql;
    QString column;
};

// Everything a record list needs to know about one entity.
struct ListSpec
{
    QString id;           // settings key: "persons", "tests" …
    QString table;        // the table the list is over (change notification, editing)
    QStringList watches;  // tables whose changes make the list read again
    QString from;         // "person p JOIN company c ON c.id = p.company_id"
    // The FROM clause for counting rows while nothing is searched: the joins
    // the count can do without (every row has its person and company), so
    // that a million tests count in milliseconds. Filters, the date range
    // and the scope must only name its tables. Empty: `from`.
    QString countFrom;
    QString idColumn;     // "p.id"
    QString scopeColumn;  // the company a row belongs to, for the company tree
    QString dateColumn;   // for the date range; empty when none
    QList<ListColumn> columns;
    QList<ListFilter> filters;
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    // A condition whose every "?" is the as-of date; rows meeting it are
    // highlighted (overdue findings). Empty when none.
    QString highlight;
};

} // namespace seawall
