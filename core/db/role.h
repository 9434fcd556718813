// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/entitykind.h"

#include <QString>

namespace seawall {

// Whom the program serves on an open database. On a server, the group role
// the session belongs to (db/serverroles.h); a file's single user owns it
// and is its administrator.
enum class Role {
    Viewer,        // reads; ID and phone numbers come masked from the server
    Coordinator,   // reads and writes the data
    Administrator, // and companies, unlocking days, users
};

// What a role may do, decided here once for the window and the command
// line; the server's grants (db/serverroles.cpp) refuse the same anyway.
struct Permissions
{
    bool editRecords = true;   // add, edit, delete records; reviews; a briefing's paragraph
    bool importFiles = true;   // import, undo an import
    bool editCompanies = true; // add, edit, move, delete companies
    bool unlockDays = true;    // let a locked day change again
    bool purge = true;         // replace personal data by pseudonyms
    bool seeFullNumbers = true; // View ▸ Show Full Numbers means something

    // Records of `kind` may be added, edited and deleted: companies want
    // editCompanies, every other kind editRecords.
    bool edit(EntityKind kind) const { return kind == EntityKind::Company ? editCompanies : editRecords; }

    static Permissions of(Role role);
};

// The role's name in the user's language (查看者, 协调员, 管理员).
QString roleName(Role role);

} // namespace seawall
