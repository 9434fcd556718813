// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/entitykind.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>

namespace seawall {

// How a list shows a column's stored value.
enum class CellKind {
    Text,
    Integer,
    Number,   // a number with one decimal (hours)
    Date,     // stored as ISO text
    DateTime,
    Bool,     // 0/1 shown as Yes/No
    Code,     // an enumeration's code shown by its translated name
    IdNumber, // masked unless the user shows numbers in full
    Phone,    // masked likewise
    // Free text whose ID and phone numbers are masked likewise (the audit
    // log's record and values).
    MaskedText,
};

// One column of a record list: its SQL expression over the list's FROM
// clause (made from the definitions, never from user data), its header,
// how a value reads, and whether the search box looks in it.
struct ListColumn
{
    QString key;          // for settings and tests
    const char *header;   // translated in the "Field" context
    QString sql;
    CellKind kind = CellKind::Text;
    bool searchable = false;
    bool hidden = false;  // hidden until the user shows it
    std::function<QString(const QString &code)> display = {}; // for CellKind::Code
    // A person's or company's name: sorted in pinyin order, not by code point.
    bool pinyin = false;
};

// One place the search box looks: a column of the list's own table, for the
// text itself (a site, a name), or a reference, for the rows of the table
// it names whose titles hold the text (a test's person by name or ID
// number, read through the persons' index instead of joining every test).
struct SearchTerm
{
    QString sql;        // over the list's row `r`: "r.site", "r.person_id", a computed column
    QString table;      // of a reference: the table it names ("person") …
    QStringList titles; // … and the columns there that hold the text ("name", "id_number")
    // An index of the list's table leads with `sql` (Column::Indexed): the
    // rows holding a value are found through it (core/lists/searchplan.h).
    bool indexed = false;
    // Of `sql` (a column of the list's table) or of `titles`: those that
    // hold resident ID numbers, where a text no ID number may hold (a name)
    // is not looked for (IdNumber::mayHold).
    QStringList idNumbers;
};

// One choice of a filter: a condition with at most one bound value; without
// one, every "?" of the condition is the as-of date (under observation on
// the day).
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
    const char *label; // "Field" context
    QList<FilterOption> options;
    QString distinctSql;
    QString column;
};

// Everything a record list needs to know about one entity, made from its
// definition by ListSpecs::of(). The list's own table is `r`.
struct ListSpec
{
    QString id;          // settings key: "persons", "tests" …
    EntityKind kind;     // what the list shows (editing, change events)
    QString title;       // already translated; the plural of `kind` when empty
    bool editable = true; // rows are added, edited and deleted from the list
    QString table;       // the list's own table, `r` in the clauses below
    QList<EntityKind> watches; // kinds whose changes make the list read again
    QString from;        // "person r JOIN company j_company_id ON …"
    // Its joins, each by its alias ("j_company_id", "JOIN company
    // j_company_id ON …"), for a query that needs only some of them.
    QList<std::pair<QString, QString>> joins;
    // The FROM clause for counting rows while nothing is searched: only the
    // joins the scope needs (every row has its person and company), so that
    // a million tests count in milliseconds.
    QString countFrom;
    QString company;     // the company a row belongs to, for the company tree
    QString dateColumn;  // for the date range; empty when none
    QList<ListColumn> columns;
    // Where the search box looks, in the order of the columns.
    QList<SearchTerm> search;
    QList<ListFilter> filters;
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    // A condition whose every "?" is the as-of date; rows meeting it are
    // highlighted (overdue findings). Empty when none.
    QString highlight;
};

} // namespace seawall
