// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/role.h"
#include "core/util/error.h"

#include <QList>
#include <QString>

namespace seawall {

class Database;

// A person who logs in to the server: a LOGIN role that belongs to one of
// Seawall's group roles (db/serverroles.h).
struct ServerUser
{
    QString name;
    Role role = Role::Viewer;
};

// The server's users, kept by an administrator. The server refuses the
// rest (a role without CREATEROLE cannot make or drop roles); the errors
// say an administrator is needed.
namespace ServerUsers {

// A login role named `name` (lower-case letters, digits and '_', from a
// letter) in the group of `role`, with `password` (hashed here, before it
// goes to the server: its log never sees it). An administrator's can
// add and remove users in turn (CREATEROLE).
Status add(Database &db, const QString &name, Role role, const QString &password);
// Every login role in one of the groups, by name; its highest role.
Result<QList<ServerUser>> list(Database &db);
// Drops the login role of a user (never a role that is not one).
Status remove(Database &db, const QString &name);

} // namespace ServerUsers
} // namespace seawall
