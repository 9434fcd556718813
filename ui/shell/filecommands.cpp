// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/filecommands.h"

#include "core/audit/purge.h"
#include "core/db/backup.h"
#include "core/edit/changehub.h"
#include "core/db/database.h"
#include "core/paths.h"
#include "ui/common/workspace.h"
#include "ui/shell/connectdialog.h"
#include "ui/shell/restoredialog.h"

#include <QAction>
#include <QApplication>
#include <QUndoStack>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {
constexpr int MaxRecent = 8;
const QString RecentKey = u"files/recent"_s;
}

FileCommands::FileCommands(Workspace *workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
}

void FileCommands::addTo(QMenu *menu)
{
    QAction *newFile = menu->addAction(QIcon::fromTheme(u"document-new"_s), tr("&New…"), this,
                                       &FileCommands::chooseNew);
    newFile->setShortcut(QKeySequence::New);
    QAction *open = menu->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open…"), this,
                                    &FileCommands::chooseExisting);
    open->setShortcut(QKeySequence::Open);
    QAction *connectTo = menu->addAction(QIcon::fromTheme(u"network-server"_s), tr("Connect to &Server…"), this,
                                         &FileCommands::chooseServer);
    connectTo->setObjectName(u"connectToServer"_s);
    connectTo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connectTo->setToolTip(tr("Open a Seawall database on a PostgreSQL server, shared by a team"));
    QMenu *recent = menu->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecent(recent); });
    QAction *backup = menu->addAction(tr("&Back Up To…"), this, &FileCommands::chooseBackup);
    backup->setToolTip(tr("Write a copy of the open database to another file"));
    QAction *restore = menu->addAction(tr("Restore from Bac&kup…"), this, &FileCommands::chooseRestore);
    restore->setToolTip(tr("Replace the open database with one of its daily backups"));
    QAction *purge = menu->addAction(tr("&Purge Personal Data…"), this, &FileCommands::confirmPurge);
    purge->setObjectName(u"purge"_s);
    purge->setToolTip(tr("When the measures end: replace names, ID and phone numbers by pseudonyms, for good"));
    // A server's database is backed up by the server's own tools.
    const auto enable = [this, backup, restore, purge] {
        const Database *db = m_workspace->database();
        for (QAction *action : {backup, restore, purge})
            action->setEnabled(db && db->backend() == SqlBackend::Sqlite);
        purge->setEnabled(purge->isEnabled() && m_workspace->permissions().purge);
    };
    connect(m_workspace, &Workspace::databaseChanged, this, enable);
    enable();
}

QStringList FileCommands::recentFiles()
{
    QSettings settings(Paths::settingsFile(), QSettings::IniFormat);
    QStringList files;
    for (const QString &file : settings.value(RecentKey).toStringList())
        if (DatabaseAddress::namesServer(file) || QFileInfo::exists(file))
            files << file;
    return files;
}

void FileCommands::noteRecent(const QString &path)
{
    QSettings settings(Paths::settingsFile(), QSettings::IniFormat);
    QStringList files = settings.value(RecentKey).toStringList();
    const QString absolute = DatabaseAddress::namesServer(path) ? path : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    settings.setValue(RecentKey, files.mid(0, MaxRecent));
}

void FileCommands::chooseServer()
{
    ConnectDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit openRequested(dialog.address().display());
}

void FileCommands::fillRecent(QMenu *menu)
{
    menu->clear();
    const QStringList files = recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        // &1 … &8: the number opens it from the keyboard.
        const QString text = u"&%1 %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(files.at(i)));
        menu->addAction(text, this, [this, file = files.at(i)] { emit openRequested(file); });
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
}

void FileCommands::chooseNew()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("New database"),
                                                      QDir(folder).filePath(tr("seawall.sqlite")),
                                                      tr("Seawall databases (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    // A new database never replaces a file: that file may be someone's data.
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, tr("New database"),
                             tr("%1 already exists. Choose a name that is not taken, or open the file.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit openRequested(path);
}

void FileCommands::chooseExisting()
{
    const Database *db = m_workspace->database();
    const QString start = db && db->backend() == SqlBackend::Sqlite ? QFileInfo(db->path()).absolutePath()
                                                                    : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open database"), start,
                                                      tr("Seawall databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        emit openRequested(path);
}

bool FileCommands::backupTo(const QString &path)
{
    Database *db = m_workspace->database();
    if (!db)
        return false;
    if (const Status status = backupDatabase(*db, path); !status) {
        QMessageBox::warning(m_window, tr("Back up"), status.error().message);
        return false;
    }
    return true;
}

void FileCommands::chooseBackup()
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    const QFileInfo open(db->path());
    const QString suggested = open.absoluteDir().filePath(
        u"%1-%2.sqlite"_s.arg(open.completeBaseName(), QDate::currentDate().toString(u"yyyyMMdd"_s)));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back up to"), suggested,
                                                      tr("Seawall databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (backupTo(path))
        QMessageBox::information(m_window, tr("Back up"),
                                 tr("The database was copied to %1.").arg(QDir::toNativeSeparators(path)));
}

void FileCommands::chooseRestore()
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    RestoreDialog dialog(db->path(), m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosen().isEmpty())
        emit restoreRequested(dialog.chosen());
}

void FileCommands::confirmPurge()
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    // Twice, the second time with the default on No: there is no way back.
    const auto ask = [this](const QString &text) {
        return QMessageBox::warning(m_window, tr("Purge Personal Data"), text, QMessageBox::Yes | QMessageBox::No,
                                    QMessageBox::No)
               == QMessageBox::Yes;
    };
    if (!ask(tr("Replace the names, ID and phone numbers of every person (and of contacts and those on duty) in "
                "%1 by pseudonyms? Records, dates and figures stay as they are.")
                 .arg(QDir::toNativeSeparators(db->path()))))
        return;
    if (!ask(tr("This cannot be undone: the real names and numbers are gone from the file, its undo steps and "
                "its daily backups. Back up the file first if it must be kept.\n\nPurge the personal data now?")))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = Purge::personalData(*db);
    QApplication::restoreOverrideCursor();
    if (!status) {
        QMessageBox::warning(m_window, tr("Purge Personal Data"), status.error().message);
        return;
    }
    // The undo steps hold the rows as they were.
    m_workspace->undoStack()->clear();
    m_workspace->changes()->announce(ChangeSet::everything());
    emit m_workspace->announced(tr("The personal data were replaced by pseudonyms."));
}

} // namespace seawall
