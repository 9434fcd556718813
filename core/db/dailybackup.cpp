// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/dailybackup.h"

#include "core/db/backup.h"
#include "core/entity/entitydef.h"
#include "core/util/filemodes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace seawall::Backups {
namespace {

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

// <name>-YYYY-MM-DD.sqlite of this database's name only.
QRegularExpression dailyPattern(const QString &databasePath)
{
    return QRegularExpression(u"^"_s + QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())
                              + u"-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"_s);
}

// The daily copies' paths and days, newest first.
QList<std::pair<QString, QDate>> dailyCopies(const QString &databasePath)
{
    const QDir folder(folderFor(databasePath));
    const QRegularExpression pattern = dailyPattern(databasePath);
    QList<std::pair<QString, QDate>> copies;
    const QStringList names = folder.entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        const QDate day = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
        if (day.isValid())
            copies.append({folder.filePath(name), day});
    }
    return copies;
}

Error damagedWithBackup(const Error &damage, const QString &databasePath)
{
    const QString newest = latest(databasePath);
    const QString advice = newest.isEmpty()
        ? QCoreApplication::translate("Backup", "It is open read-only. There is no daily backup of it in %1.")
              .arg(native(folderFor(databasePath)))
        : QCoreApplication::translate("Backup", "It is open read-only. The latest backup is %1; restore it with "
                                                "File ▸ Restore from Backup… or `seawall restore %1`.")
              .arg(native(newest));
    return {Error::Kind::Damaged, damage.message + u' ' + advice};
}

} // namespace

QString folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

QString dailyPath(const QString &databasePath, QDate day)
{
    return QDir(folderFor(databasePath))
        .filePath(u"%1-%2.sqlite"_s.arg(QFileInfo(databasePath).completeBaseName(), day.toString(Qt::ISODate)));
}

QString latest(const QString &databasePath)
{
    const auto copies = dailyCopies(databasePath);
    return copies.isEmpty() ? QString() : copies.first().first;
}

QList<BackupCopy> list(const QString &databasePath)
{
    QList<BackupCopy> copies;
    for (const auto &[path, day] : dailyCopies(databasePath)) {
        Result<BackupCopy> copy = read(path);
        if (!copy)
            continue;
        copy.value().day = day;
        copies.append(copy.value());
    }
    return copies;
}

Result<BackupCopy> read(const QString &path)
{
    Database db;
    if (const Status status = db.open(path, Database::Access::ReadOnly); !status)
        return status.error();
    BackupCopy copy;
    copy.path = path;
    copy.day = QFileInfo(path).lastModified().date();
    copy.schemaVersion = db.schemaVersion();
    if (copy.schemaVersion <= 0) // an empty SQLite file, or one never migrated
        return Error{Error::Kind::NotSeawall,
                     QCoreApplication::translate("Database", "%1 is not a Seawall database.").arg(native(path))};
    QSqlQuery query(db.connection());
    for (const EntityDef *def : Entities::all()) {
        // A copy of an older schema may lack a table of today's.
        if (!query.exec(u"SELECT count(*) FROM "_s + def->table) || !query.next())
            continue;
        copy.counts.append(
            {def->plural ? QCoreApplication::translate("Entity", def->plural) : def->table, query.value(0).toLongLong()});
        query.finish();
    }
    return copy;
}

Status openAndKeep(Database &db, const QString &path, int kept, QDate today)
{
    Status opened = db.open(path);
    if (!opened) {
        if (opened.error().kind != Error::Kind::Damaged)
            return opened;
        (void)db.open(path, Database::Access::ReadOnly);
        return damagedWithBackup(opened.error(), path);
    }
    // A server database is backed up by the server's own tools (pg_dump).
    if (db.backend() != SqlBackend::Sqlite)
        return {};
    const QString target = dailyPath(path, today);
    if (db.isMemory() || db.isReadOnly() || QFile::exists(target))
        return {};
    if (const Status check = db.quickCheck(); !check) {
        (void)db.open(path, Database::Access::ReadOnly);
        return damagedWithBackup(check.error(), path);
    }
    // A copy that cannot be written (a full disk) does not keep the file
    // from opening; the next open tries again.
    if (!QDir().mkpath(folderFor(path)) || !backupDatabase(db, target))
        return {};
    const auto copies = dailyCopies(path);
    for (qsizetype i = std::max(kept, 1); i < copies.size(); ++i)
        QFile::remove(copies.at(i).first);
    return {};
}

Result<QString> restore(const QString &backup, const QString &databasePath)
{
    if (QFileInfo(backup).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Backup", "A database cannot be restored from itself.")};
    if (const Result<BackupCopy> copy = read(backup); !copy)
        return copy.error();
    {
        // Every page of it, not only those the counts read.
        Database db;
        if (const Status opened = db.open(backup, Database::Access::ReadOnly); !opened)
            return opened.error();
        if (const Status check = db.quickCheck(); !check)
            return check.error();
    }

    const QString wal = databasePath + u"-wal"_s;
    QString kept;
    if (QFile::exists(databasePath)) {
        const QFileInfo info(databasePath);
        kept = info.absoluteDir().filePath(
            u"%1.before-restore-%2.sqlite"_s.arg(info.completeBaseName(),
                                                 QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
        // The file as it is, with the changes still in its WAL beside it.
        QFile::remove(kept);
        if (!QFile::copy(databasePath, kept)
            || (QFile::exists(wal) && !QFile::copy(wal, kept + u"-wal"_s)))
            return Error{Error::Kind::Open, QCoreApplication::translate("Backup", "Cannot write %1.").arg(native(kept))};
        keepOwnerOnly(kept);
        keepOwnerOnly(kept + u"-wal"_s);
    }
    const QString partial = databasePath + u".part"_s;
    QFile::remove(partial);
    if (!QFile::copy(backup, partial)) {
        QFile::remove(partial);
        return Error{Error::Kind::Open,
                     QCoreApplication::translate("Backup", "Cannot write %1.").arg(native(databasePath))};
    }
    keepOwnerOnly(partial);
    // The old file's WAL would be read as the copy's.
    QFile::remove(wal);
    QFile::remove(databasePath + u"-shm"_s);
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).constData(), QFile::encodeName(databasePath).constData(), error);
    if (error) {
        QFile::remove(partial);
        return Error{Error::Kind::Open, QCoreApplication::translate("Backup", "Cannot replace %1.").arg(native(databasePath))};
    }
    return kept;
}

} // namespace seawall::Backups
