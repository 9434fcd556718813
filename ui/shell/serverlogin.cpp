// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/serverlogin.h"

#include "core/db/database.h"
#include "ui/shell/passworddialog.h"
#include "ui/shell/passwordkeyring.h"

namespace seawall {

Status openOnServer(Database &db, const DatabaseAddress &address, QWidget *parent)
{
    Status status = db.open(address);
    if (status || status.error().kind != Error::Kind::Password)
        return status;
    const QString key = address.display();
    const std::optional<QString> kept = PasswordKeyring::read(key);
    if (kept) {
        status = db.open(address, Database::Access::ReadWrite, *kept);
        if (status || status.error().kind != Error::Kind::Password)
            return status;
    }
    // Until the server takes one, or the user gives up.
    PasswordDialog dialog(address, parent);
    if (kept)
        dialog.setProblem(status.error().message);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return status;
        status = db.open(address, Database::Access::ReadWrite, dialog.password());
        if (status) {
            if (dialog.keepInKeyring()) {
                if (const std::optional<QString> problem = PasswordKeyring::write(key, dialog.password()))
                    dialog.warnNotKept(*problem);
            } else if (kept) {
                // The one kept was wrong, and the user no longer wants one kept.
                PasswordKeyring::forget(key);
            }
            return status;
        }
        if (status.error().kind != Error::Kind::Password)
            return status;
        dialog.setProblem(status.error().message);
    }
}

} // namespace seawall
