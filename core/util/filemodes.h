// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seawall {

// Files that hold personal data (the database with its WAL and SHM, its
// backups, exported lists, briefings, rejects) are readable by their owner
// only: mode 0600 on Linux and macOS, whatever the umask; on Windows an
// access list of the user's own account alone (core/util/owneronlyacl.h).

// Restricts an existing file; false when it cannot be done.
bool keepOwnerOnly(const QString &path);

// Creates `path` empty and restricted when it does not exist yet, so that
// what writes into it next (SQLite) finds it so.
bool createOwnerOnly(const QString &path);

} // namespace seawall
