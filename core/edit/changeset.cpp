// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/changeset.h"

namespace seawall {

ChangeSet ChangeSet::everything()
{
    ChangeSet changes;
    changes.m_everything = true;
    return changes;
}

void ChangeSet::add(EntityKind kind, qint64 id) { m_ids[kind].insert(id); }

void ChangeSet::addAll(EntityKind kind) { m_all.insert(kind); }

void ChangeSet::merge(const ChangeSet &other)
{
    m_everything = m_everything || other.m_everything;
    m_all.unite(other.m_all);
    for (auto it = other.m_ids.cbegin(); it != other.m_ids.cend(); ++it)
        m_ids[it.key()].unite(it.value());
}

bool ChangeSet::touches(EntityKind kind) const { return m_everything || m_all.contains(kind) || m_ids.contains(kind); }

bool ChangeSet::touchesAny(const QList<EntityKind> &kinds) const
{
    for (EntityKind kind : kinds)
        if (touches(kind))
            return true;
    return false;
}

} // namespace seawall
