// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/databaseaddress.h"

#include <QDate>
#include <QDialog>


namespace seawall {

class ProblemLabel;

// The first-run dialog: shown when there is no database to open, it offers
// to create a new database, open an existing one, explore the demo or
// connect to a team's server, and remembers the database chosen in the
// settings file so that later starts open it directly. Each choice is a public method the buttons call once a
// file is chosen, so that tests can make a choice without a modal loop.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

    // The database a start without --db opens without asking: the
    // remembered one while its file exists, else the per-user default while
    // it exists; empty when there is none and the dialog is needed.
    static QString startupDatabase();
    static QString rememberedDatabase();
    static void rememberDatabase(const QString &path);

    // Creates an empty database at path (a file that does not exist yet).
    bool createDatabase(const QString &path);
    // Opens an existing Seawall database, migrating it if it is older.
    bool openDatabase(const QString &path);
    // Fills the database at path with the demo data up to today, unless it
    // already holds data, showing the progress.
    bool exploreDemo(const QString &path, const QDate &today = QDate::currentDate());
    // Takes a team's database on a server; the window connects to it.
    bool connectToServer(const DatabaseAddress &address);
    // Each of them, when it worked, remembers the file and accepts the
    // dialog; when it did not, the dialog shows why and stays open.

    QString databasePath() const { return m_path; }
    QString problem() const;

private:
    void chooseNew();
    void chooseExisting();
    bool finish(const QString &path);
    bool fail(const QString &message);

    ProblemLabel *m_problem = nullptr;
    QString m_path;
};

} // namespace seawall
