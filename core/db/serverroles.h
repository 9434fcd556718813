// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/role.h"
#include "core/util/error.h"

#include <QString>

namespace seawall {

class Database;

// The roles a PostgreSQL server enforces on a Seawall database, as three
// group roles (NOLOGIN) the people's login roles belong to
// (db/serverusers.h):
//
//   seawall_viewer       reads; never the base tables that hold ID and
//                        phone numbers, but views of the same names in the
//                        schema seawall_masked that serve them masked
//                        (320612********1234, 138****5678), which a
//                        viewer's session reads first (its search_path)
//   seawall_coordinator  reads and writes the data, but not the companies,
//                        not DELETE FROM day_lock (unlocking a day)
//   seawall_admin        a coordinator, and companies and unlocking; its
//                        people are made CREATEROLE, to add and remove users
//
// The audit log takes INSERT and SELECT only, from everyone. The server
// refuses what a role may not do, whatever program asks.
namespace ServerRoles {

// The group role of `role` (seawall_viewer …).
QString groupOf(Role role);

// Creates the three group roles if they are not there (they belong to the
// whole server), the masked views and the grants on this database, in one
// transaction: running it again changes nothing. A server database only.
Status create(Database &db);

// Whether create() ran on this database (its masked views are there).
bool inUse(Database &db);

// The masked views go before a migration changes the tables under them,
// and grant() makes them again after it, with the grants on the tables it
// made (Database::migrate). Inside the caller's transaction.
Status dropViews(Database &db);
Status grant(Database &db);

// Asks the server, once as the session opens, which role it has: a
// superuser or a member of seawall_admin is an administrator, then a
// coordinator, then a viewer (whose session is set to read the masked
// views from then on). A session in none of them (the roles not made yet)
// is taken for an administrator: the server's grants decide what it may.
Result<Role> enterSession(Database &db);

} // namespace ServerRoles
} // namespace seawall
