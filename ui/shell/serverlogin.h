// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/databaseaddress.h"
#include "core/util/error.h"

class QWidget;

namespace seawall {

class Database;

// Opens a database on a server as the window does: with libpq's own
// password sources first (PGPASSWORD, ~/.pgpass, none needed), then the
// password kept in the system keyring, then by asking the user — again
// when the server refuses it — offering to keep it in the keyring. An
// error of kind Password when the user gave up.
Status openOnServer(Database &db, const DatabaseAddress &address, QWidget *parent);

} // namespace seawall
