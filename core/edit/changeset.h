// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/entitykind.h"

#include <QHash>
#include <QMetaType>
#include <QSet>

namespace seawall {

// What a change touched: rows of entity kinds by id, or every row of a
// kind (an import, another program). Views read again when a change
// touches what they show; nothing names a table.
class ChangeSet
{
public:
    // Everything there is: a file opened, or changed in ways not known.
    static ChangeSet everything();

    void add(EntityKind kind, qint64 id);
    void addAll(EntityKind kind);
    void merge(const ChangeSet &other);

    bool isEmpty() const { return m_ids.isEmpty() && m_all.isEmpty() && !m_everything; }
    bool touches(EntityKind kind) const;
    bool touchesAny(const QList<EntityKind> &kinds) const;
    // Whether every row of `kind` may have changed (not only those of ids()).
    bool touchesAll(EntityKind kind) const { return m_everything || m_all.contains(kind); }
    QSet<qint64> ids(EntityKind kind) const { return m_ids.value(kind); }

    bool operator==(const ChangeSet &) const = default;

private:
    QHash<EntityKind, QSet<qint64>> m_ids;
    QSet<EntityKind> m_all;
    bool m_everything = false;
};

} // namespace seawall

Q_DECLARE_METATYPE(seawall::ChangeSet)
