// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace seawall {

// The copies Seawall keeps of a database file by itself: one a day, taken
// on the first open of the day, in a folder `backups` beside the file
// (<name>-YYYY-MM-DD.sqlite), the newest `kept` of them kept.

struct BackupCopy
{
    QString path;
    QDate day;
    int schemaVersion = 0;
    // Each entity's plural name ("Entity" context, translated) and its rows.
    QList<std::pair<QString, qint64>> counts;
};

namespace Backups {

constexpr int kDefaultKept = 14;

QString folderFor(const QString &databasePath);
QString dailyPath(const QString &databasePath, QDate day);

// The daily copies of `databasePath`, newest first, with their record
// counts; a copy that cannot be read is left out.
QList<BackupCopy> list(const QString &databasePath);
// The newest daily copy, or empty when there is none.
QString latest(const QString &databasePath);

// Reads a copy: its schema version and record counts. Refuses a file that
// is not a Seawall database or was written by a newer Seawall; restore()
// also checks every page of it.
Result<BackupCopy> read(const QString &path);

// What the window and the command line do on opening a file: open it;
// on the first open of `today` check every page (quick_check) and then
// take the day's copy, keeping the newest `kept`. A damaged file is left
// open read-only and an error of kind Damaged names the newest copy to
// restore. Neither ":memory:" nor a file opened read-only is copied.
Status openAndKeep(Database &db, const QString &path, int kept, QDate today = QDate::currentDate());

// Replaces the file at `databasePath` (which must not be open) with the
// copy `backup` (refused when read() refuses it or it is damaged), after keeping the file as it was beside it
// (<name>.before-restore-<time>.sqlite, whose path it returns, or empty
// when there was no file).
Result<QString> restore(const QString &backup, const QString &databasePath);

} // namespace Backups
} // namespace seawall
