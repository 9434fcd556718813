// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/entity/entitydef.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

EntityDef &EntityDef::finish()
{
    keyIndexes.clear();
    writtenIndexes.clear();
    writtenNames.clear();
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).has(Column::Key))
            keyIndexes << i;
    writtenIndexes = keyIndexes;
    for (int i = 0; i < columns.size(); ++i)
        if (!columns.at(i).has(Column::Key) && columns.at(i).isWritten() && columns.at(i).get)
            writtenIndexes << i;
    for (int i : std::as_const(writtenIndexes))
        writtenNames << columns.at(i).name;
    if (title.isEmpty())
        for (int i : std::as_const(keyIndexes))
            title << columns.at(i).name;
    day.clear();
    for (const Column &column : std::as_const(columns))
        if (column.has(Column::Day)) {
            Q_ASSERT(day.isEmpty());
            day = column.name;
        }
    return *this;
}

const Column *EntityDef::column(QStringView name) const
{
    const int at = indexOf(name);
    return at >= 0 ? &columns.at(at) : nullptr;
}

int EntityDef::indexOf(QStringView name) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).name == name)
            return i;
    return -1;
}

QString EntityDef::singularName() const
{
    return singular ? QCoreApplication::translate("Entity", singular) : table;
}

QString EntityDef::pluralName() const
{
    return plural ? QCoreApplication::translate("Entity", plural) : table;
}

QStringList EntityDef::tableColumns() const
{
    QStringList names{u"id"_s};
    for (const Column &column : columns)
        names << column.name;
    if (batched)
        names << u"batch_id"_s;
    if (versioned)
        names << u"version"_s << u"changed_at"_s << u"changed_by"_s;
    return names;
}

bool Entities::isReferred(const EntityDef &def)
{
    for (const EntityDef *other : all())
        for (const Column &column : other->columns)
            if (column.type == ColumnType::Reference && column.references == def.kind)
                return true;
    return false;
}

} // namespace seawall
