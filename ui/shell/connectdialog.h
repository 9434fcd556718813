// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/databaseaddress.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace seawall {

// File ▸ Connect to Server…: the server, port, database and user of a
// Seawall database on a PostgreSQL server, filled in with the last one
// connected to. No password here: it is asked for only when the server
// wants one (serverlogin.h).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    DatabaseAddress address() const;

    // The server connected to last (empty when none): what the dialog
    // offers next time.
    static QString lastServer();
    static void rememberServer(const QString &address);

private:
    void update();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QDialogButtonBox *m_buttons;
};

} // namespace seawall
