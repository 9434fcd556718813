// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/databaseaddress.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace seawall {

class ProblemLabel;

// Asks for the password of a server connection, with what went wrong the
// last time, and whether to keep it in the system keyring.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const DatabaseAddress &address, QWidget *parent = nullptr);

    QString password() const;
    bool keepInKeyring() const;
    // Shows why the last try failed (the server refused the password) and
    // empties the field for another.
    void setProblem(const QString &message);
    // Says, in a box of its own, that the keyring did not keep the password.
    void warnNotKept(const QString &problem);

private:
    ProblemLabel *m_problem;
    QLineEdit *m_password;
    QCheckBox *m_keep;
};

} // namespace seawall
