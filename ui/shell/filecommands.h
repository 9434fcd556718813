// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace seawall {

class Workspace;

// The File menu's database commands: New, Open, Connect to Server, Open
// recent, Back up to and Restore from backup.
// It asks for files and reports the one to open; the window opens it.
class FileCommands : public QObject
{
    Q_OBJECT

public:
    FileCommands(Workspace *workspace, QWidget *window);

    void addTo(QMenu *menu);

    // The files opened last, most recent first (existing ones only), and
    // the servers' databases connected to.
    static QStringList recentFiles();
    static void noteRecent(const QString &path);

    // Copies the open database to `path`; false with a message shown.
    bool backupTo(const QString &path);

signals:
    void openRequested(const QString &path);
    // The open database is to be replaced by the copy `backup`.
    void restoreRequested(const QString &backup);

private:
    void chooseNew();
    void chooseExisting();
    void chooseServer();
    void chooseBackup();
    void chooseRestore();
    // Asks twice, then purges the personal data of the open file.
    void confirmPurge();
    // The recent files and servers, as Open Recent opens.
    void fillRecent(QMenu *menu);

    Workspace *m_workspace;
    QWidget *m_window;
};

} // namespace seawall
