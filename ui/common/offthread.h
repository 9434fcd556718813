// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QString>

#include <functional>

namespace seawall {

// Runs `work` on a thread of its own, with a connection of its own to the
// database `open` has open (a connection serves only the thread that made
// it; db/database.h openSameAs), and returns once it is done. Meanwhile the window keeps painting,
// and from half a second on a dialog says what is being done; keys and
// clicks wait until the end. For undo steps that can take seconds, such as
// undoing or importing again a file of a million rows: QUndoCommand's
// undo() and redo() must have finished when they return.
Status runOffThread(const Database &open, const QString &label, const std::function<Status(Database &)> &work);

} // namespace seawall
