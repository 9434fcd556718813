// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/column.h"
#include "core/entity/definition.h"
#include "core/entity/entitykind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace seawall {

// A column of a list computed by SQL over the list's tables (the hours of
// a shift, an inspection's open findings). The list's own table is `r`.
struct ComputedColumn
{
    QString key;
    const char *header = nullptr; // "Field" context
    QString sql;
    ColumnType type = ColumnType::Integer;
    int flags = 0; // Column::Flag
};

// A filter of a list beyond those of its code and yes/no columns: a
// condition per option, each option's label in the "Field" context.
struct ListCondition
{
    QString key;
    const char *label = nullptr;
    QList<std::pair<const char *, QString>> options; // label, SQL condition (each "?" the as-of date)
};

// How an entity's list shows it (core/lists/ builds the queries). A
// reference column shows the title of the row it names (a person's name
// and ID number, a company's name); its table is joined as `j_<column>`.
struct ListDef
{
    QString id;          // the list's settings key: "tests", "persons" …
    QStringList columns; // in order: columns of the table, or keys of `computed`
    QStringList hidden;  // columns hidden until the user shows them, beyond those flagged Hidden
    QList<ComputedColumn> computed;
    // Offered as filters, in order: code and yes/no columns, keys of `conditions`.
    QStringList filters;
    QList<ListCondition> conditions;
    // Sorted by this column; a list of records placed on a day (`day`)
    // shows the newest first.
    int sortColumn = 0;
    // The company a row belongs to, for the company tree, when not its own
    // company column (SQL over the list's tables). A record about a person
    // whose company may be left out counts for the person's without it.
    QString company;
    // Rows meeting this condition stand out; each "?" is the as-of date.
    QString highlight;
    // What else the list shows, so that it reads again when those change.
    QList<EntityKind> shows;
};

// The one description of an entity: its table, its columns with their
// types and labels, its natural key, what refers to what, the day a record
// falls on, how it is named and listed. Repositories, the import writer,
// the demo, undo records, list queries and change events all read it.
struct EntityDef
{
    EntityDef(EntityKind kind_, QString table_, const char *singular_ = nullptr, const char *plural_ = nullptr)
        : kind(kind_), table(std::move(table_)), singular(singular_), plural(plural_)
    {
    }

    EntityKind kind;
    QString table;
    // The schema version that created the table: the steps before it
    // (db/migrations.cpp) leave it alone.
    int since = 1;
    const char *singular = nullptr; // "Entity" context: "volunteer shift"
    const char *plural = nullptr;   // "Entity" context: "Volunteer shifts"
    QList<Column> columns;          // in table order, without `id` and `batch_id`
    bool batched = true;            // rows remember the import batch they came from (batch_id)
    // Rows carry a version, counted up by every change, and when and by
    // whom they were last changed (version, changed_at, changed_by): a save
    // over a row changed since it was opened is refused, not silent.
    bool versioned = true;
    // The columns that name a record to the user, in that order ("张三",
    // "JC01"); a reference shows the title of the row it names. The key's
    // columns when not given.
    QStringList title;
    // The columns a list shows for a reference to a record (a person's
    // name and ID number); the title when empty.
    QStringList shownAs;
    ListDef list;
    // What a write of these rows changes elsewhere, in the same
    // transaction (db/entitytable.cpp does it), given the values of the
    // column `followBy` of every row written or deleted, as they were and
    // as they are.
    enum class FollowUp { None, VaccinationMilestones };
    FollowUp follow = FollowUp::None;
    QString followBy;
    // Values of the record kept as rows of a table of their own, written
    // and read with it (a company's aliases): `table` (valueColumn,
    // parentColumn = the record's id).
    struct ChildList
    {
        QString table;
        QString parentColumn;
        QString valueColumn;
        std::function<QStringList(const void *record)> get;
        std::function<void(void *record, const QStringList &values)> set;
        // The name errors and forms use for the values ("aliases").
        QString field;
    };
    std::optional<ChildList> children;

    // Filled by finish(): the column flagged Day, which places a record on
    // a day (a date, or the date of a time); the columns written with a
    // record, key first (indexes into `columns`), and their names.
    QString day;
    QList<int> keyIndexes;
    QList<int> writtenIndexes;
    QStringList writtenNames;

    // Completes a definition once its columns are in.
    EntityDef &finish();
    const Column *column(QStringView name) const;
    int indexOf(QStringView name) const;
    QString singularName() const;
    QString pluralName() const;
    // The name of every column of the table, `id` first (and `batch_id`,
    // then the version's columns, last).
    QStringList tableColumns() const;
};

namespace Entities {

// Every definition, parents before children: rows are written in this
// order and deleted in the reverse one.
const QList<const EntityDef *> &all();
const EntityDef &of(EntityKind kind);
// nullptr for a table that is none of these.
const EntityDef *ofTable(QStringView table);
// Whether any table refers to rows of this one: if none does, its new rows
// need no id of theirs known, and can be written many at a time.
bool isReferred(const EntityDef &def);

} // namespace Entities
} // namespace seawall
