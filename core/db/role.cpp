// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/role.h"

#include <QCoreApplication>

namespace seawall {

Permissions Permissions::of(Role role)
{
    Permissions may;
    if (role == Role::Administrator)
        return may;
    may.editCompanies = false;
    may.unlockDays = false;
    may.purge = false;
    if (role == Role::Viewer) {
        may.editRecords = false;
        may.importFiles = false;
        may.seeFullNumbers = false;
    }
    return may;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Viewer: return QCoreApplication::translate("Database", "viewer");
    case Role::Coordinator: return QCoreApplication::translate("Database", "coordinator");
    case Role::Administrator: break;
    }
    return QCoreApplication::translate("Database", "administrator");
}

} // namespace seawall
