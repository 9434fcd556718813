// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/entity/column.h"

#include <QCoreApplication>

namespace seawall {

QString Column::translatedLabel() const
{
    return label ? QCoreApplication::translate("Field", label) : name;
}

Column Column::withField(QString canonical) const
{
    Column column = *this;
    column.field = std::move(canonical);
    return column;
}

Column Column::addedIn(int version) const
{
    Column column = *this;
    column.since = version;
    return column;
}

Column Column::emptyMeans(QVariant stored) const
{
    Column column = *this;
    column.whenEmpty = std::move(stored);
    return column;
}

namespace columns {

Column kept(QString name, ColumnType type, const char *label, int flags)
{
    Column column;
    column.name = std::move(name);
    column.type = type;
    column.label = label;
    column.flags = flags | Column::Kept;
    return column;
}

Column keptReference(QString name, EntityKind target, int flags)
{
    Column column = kept(std::move(name), ColumnType::Reference, nullptr, flags);
    column.references = target;
    return column;
}

} // namespace columns
} // namespace seawall
