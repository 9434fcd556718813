// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lists/listspecs.h"

#include "core/entity/entitydef.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall::ListSpecs {
namespace {

QString aliasOf(const Column &column) { return u"j_"_s + column.name; }

// A record about a person whose company may be left out (a dose, a shift)
// counts for the person's company then; empty for any other.
QString personsCompanyWhenNone(const EntityDef &def)
{
    const Column *person = def.column(u"person_id");
    const Column *company = def.column(u"company_id");
    if (!person || !company || person->references != EntityKind::Person || !company->has(Column::Optional))
        return {};
    return u"coalesce(r.company_id, j_person_id.company_id)"_s;
}

CellKind cellKind(const Column &column)
{
    if (column.has(Column::IdNumber))
        return CellKind::IdNumber;
    if (column.has(Column::Phone))
        return CellKind::Phone;
    switch (column.type) {
    case ColumnType::Text: return CellKind::Text;
    case ColumnType::Integer:
    case ColumnType::Reference: return CellKind::Integer;
    case ColumnType::Real: return CellKind::Number;
    case ColumnType::Bool: return CellKind::Bool;
    case ColumnType::Date: return CellKind::Date;
    case ColumnType::DateTime:
    case ColumnType::Timestamp: return CellKind::DateTime;
    case ColumnType::Code: return CellKind::Code;
    }
    return CellKind::Text;
}

ListColumn plainColumn(const Column &column, const QString &sql, const QStringList &hidden)
{
    ListColumn shown{column.name, column.label, sql, cellKind(column), column.has(Column::Searchable),
                     column.has(Column::Hidden) || hidden.contains(column.name)};
    shown.display = column.codeName;
    shown.pinyin = column.has(Column::Name);
    return shown;
}

// A reference shows the title of the row it names; the search looks in
// those titles through the referenced table's own index.
QList<ListColumn> referenceColumns(const Column &column, const QStringList &hidden, QList<SearchTerm> &search)
{
    const EntityDef &target = Entities::of(column.references);
    QList<ListColumn> shown;
    QStringList titles;
    QStringList idNumbers;
    const QStringList shownAs = target.shownAs.isEmpty() ? target.title : target.shownAs;
    for (const QString &name : shownAs) {
        const Column *title = target.column(name);
        if (!title)
            continue;
        ListColumn part = plainColumn(*title, aliasOf(column) + u'.' + name, hidden);
        // One title stands for the reference under its own name ("company", "parent").
        if (shownAs.size() == 1) {
            part.key = column.fieldName();
            part.header = column.label;
            part.hidden = column.has(Column::Hidden) || hidden.contains(part.key);
        }
        part.searchable = false;
        titles << name;
        if (title->has(Column::IdNumber))
            idNumbers << name;
        shown << part;
    }
    if (!shown.isEmpty() && column.has(Column::Searchable)) {
        shown.first().searchable = true;
        search << SearchTerm{u"r."_s + column.name, target.table, titles, column.has(Column::Indexed),
                             idNumbers};
    }
    return shown;
}

ListFilter filterOf(const EntityDef &def, const QString &key)
{
    for (const ListCondition &condition : def.list.conditions)
        if (condition.key == key) {
            ListFilter filter{key, condition.label, {}, {}, {}};
            for (const auto &[label, sql] : condition.options)
                filter.options.append({QCoreApplication::translate("Field", label), sql, {}});
            return filter;
        }
    const Column *column = def.column(key);
    Q_ASSERT(column);
    ListFilter filter{key, column->label, {}, {}, {}};
    const QString sql = u"r."_s + column->name;
    switch (column->type) {
    case ColumnType::Code:
        for (const QString &code : column->codes)
            filter.options.append({column->codeName(code), sql + u" = ?"_s, code});
        break;
    case ColumnType::Bool:
        filter.options.append({QCoreApplication::translate("Field", "Yes"), sql + u" = 1"_s, {}});
        filter.options.append({QCoreApplication::translate("Field", "No"), sql + u" = 0"_s, {}});
        break;
    default:
        // The values the table holds, read when the list opens.
        filter.distinctSql = u"SELECT DISTINCT %1 FROM %2 WHERE %1 <> '' ORDER BY %1"_s.arg(column->name, def.table);
        filter.column = sql;
        break;
    }
    return filter;
}

} // namespace

ListSpec of(EntityKind kind)
{
    const EntityDef &def = Entities::of(kind);
    const ListDef &list = def.list;
    ListSpec spec;
    spec.id = list.id;
    spec.kind = kind;
    spec.table = def.table;
    spec.watches = QList<EntityKind>{kind} + list.shows;

    // Every reference is joined: the columns show it, the scope may need it.
    QString company = list.company.isEmpty() ? personsCompanyWhenNone(def) : list.company;
    QStringList joins;
    QStringList aliases;
    for (const Column &column : def.columns) {
        if (column.type != ColumnType::Reference || column.has(Column::Kept))
            continue;
        const EntityDef &target = Entities::of(column.references);
        // A row's company may be another's (a dose without one is the person's).
        const QString on = column.references == EntityKind::Company && column.name == u"company_id"_s && !company.isEmpty()
                               ? company
                               : u"r."_s + column.name;
        joins << u"%1 %2 %3 ON %3.id = %4"_s.arg(column.has(Column::Optional) || on != u"r."_s + column.name
                                                     ? u"LEFT JOIN"_s
                                                     : u"JOIN"_s,
                                                 target.table, aliasOf(column), on);
        aliases << aliasOf(column);
        if (company.isEmpty() && column.references == EntityKind::Company)
            company = u"r."_s + column.name;
        if (!spec.watches.contains(column.references))
            spec.watches << column.references;
    }
    spec.company = company;
    for (qsizetype i = 0; i < joins.size(); ++i)
        spec.joins.append({aliases.at(i), joins.at(i)});
    spec.from = def.table + u" r"_s + (joins.isEmpty() ? QString() : u' ' + joins.join(u' '));
    // Counting needs only the joins the scope names.
    QStringList countJoins;
    for (qsizetype i = 0; i < joins.size(); ++i)
        if (company.contains(aliases.at(i) + u'.'))
            countJoins << joins.at(i);
    spec.countFrom = def.table + u" r"_s + (countJoins.isEmpty() ? QString() : u' ' + countJoins.join(u' '));

    if (const Column *day = def.column(def.day))
        spec.dateColumn = day->type == ColumnType::Date ? u"r."_s + day->name : u"substr(r.%1, 1, 10)"_s.arg(day->name);

    for (const QString &key : list.columns) {
        bool computed = false;
        for (const ComputedColumn &extra : list.computed)
            if (extra.key == key) {
                Column typed;
                typed.type = extra.type;
                typed.flags = extra.flags;
                spec.columns << ListColumn{key, extra.header, extra.sql, cellKind(typed), typed.has(Column::Searchable),
                                           typed.has(Column::Hidden) || list.hidden.contains(key)};
                if (typed.has(Column::Searchable))
                    spec.search << SearchTerm{extra.sql, {}, {}, false, {}};
                computed = true;
            }
        if (computed)
            continue;
        const Column *column = def.column(key);
        Q_ASSERT(column);
        if (column->type == ColumnType::Reference) {
            spec.columns << referenceColumns(*column, list.hidden, spec.search);
        } else {
            spec.columns << plainColumn(*column, u"r."_s + column->name, list.hidden);
            if (column->has(Column::Searchable)) {
                const QString sql = u"r."_s + column->name;
                spec.search << SearchTerm{sql, {}, {}, column->has(Column::Indexed),
                                          column->has(Column::IdNumber) ? QStringList{sql} : QStringList{}};
            }
        }
    }
    for (const QString &key : list.filters)
        spec.filters << filterOf(def, key);
    spec.sortColumn = list.sortColumn;
    spec.sortOrder = def.day.isEmpty() ? Qt::AscendingOrder : Qt::DescendingOrder; // the newest first
    spec.highlight = list.highlight;
    return spec;
}

} // namespace seawall::ListSpecs
