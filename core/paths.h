// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seawall::Paths {

// The per-user database used when no --db is given:
// <AppDataLocation>/seawall.sqlite (~/.local/share/seawall on Linux).
QString defaultDatabase();

} // namespace seawall::Paths
