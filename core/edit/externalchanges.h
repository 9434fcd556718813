// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/changeset.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace seawall {

class Database;

// What other programs change in the open database — another coordinator's
// window, a `seawall import` run at the same time — told as the change
// sets this program's own edits announce, so that views read again.
//
// On a server the database says so itself (LISTEN/NOTIFY: every table
// announces the transactions that change it, SqlDialect::announceChanges);
// the program's own changes are left out, as it announced them already.
// A file cannot tell which table changed, only that another connection
// wrote to it (SQLite's data_version, asked every two seconds): all of it
// is then read again.
class ExternalChanges : public QObject
{
    Q_OBJECT

public:
    // Follows `db`, which must stay open while this lives.
    explicit ExternalChanges(Database &db, QObject *parent = nullptr);
    ~ExternalChanges() override;

signals:
    // A burst of notices (a long import of many files) comes as one.
    void changed(const seawall::ChangeSet &changes);

private:
    void heard(const QString &table);
    void pollFile();
    void tell();

    Database &m_db;
    QSet<QString> m_tables; // heard since the last change told
    bool m_everything = false;
    QTimer m_gather;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
};

} // namespace seawall
