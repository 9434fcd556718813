// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

namespace seawall {

// Writes a consistent copy of the open database to `target` while it stays
// open and in use (SQLite's backup API, reading one snapshot). The copy is made
// beside the target and renamed over it only when complete, so a failed
// backup never leaves a half-written file and never harms an older backup.
// The copy is readable by its owner only (util/filemodes.h).
Status backupDatabase(Database &db, const QString &target);

} // namespace seawall
