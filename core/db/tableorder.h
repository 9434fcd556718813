// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/util/error.h"

#include <QHash>
#include <QStringList>

namespace seawall {

// The tables of a Seawall database in an order that writes every row after
// the rows it refers to: a table after the tables its foreign keys name
// (ties by name), and, within a table, the columns that refer to the same
// table (a company's parent), whose rows must be ordered themselves. The
// schema's own bookkeeping (the server's version table) is not among them.
struct TableOrder
{
    QStringList tables;
    // For each table referring to itself, those columns.
    QHash<QString, QStringList> selfReferences;
    // Where tables refer to each other round a loop (a company names the
    // import that brought it, an import the company that sent it), the
    // columns of one of them written empty at first and set once the rows
    // they refer to are there: of the table with fewer rows.
    QHash<QString, QStringList> deferred;

    static Result<TableOrder> of(Database &db);
};

} // namespace seawall
