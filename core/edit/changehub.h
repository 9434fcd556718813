// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/changeset.h"

#include <QObject>

namespace seawall {

// Where changes to the data are announced: every edit, undo and redo, an
// import, a file opened. Every view takes the hub and reads again what a
// change touches; nothing else tells views the data changed.
class ChangeHub : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void announce(const ChangeSet &changes)
    {
        if (!changes.isEmpty())
            emit changed(changes);
    }

signals:
    void changed(const seawall::ChangeSet &changes);
};

} // namespace seawall
