// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/backup.h"

#include "core/sql/sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall {

Status backupDatabase(Database &db, const QString &target)
{
    if (db.backend() != SqlBackend::Sqlite)
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Backup", "A database on a server is backed up "
                                               "by the server's own tools (pg_dump), not by Seawall.")};
    const QFileInfo info(target);
    if (info.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Backup", "A database cannot be backed up onto itself.")};
    const QString partial = info.absoluteFilePath() + u".part"_s;
    QFile::remove(partial);
    QSqlQuery query(db.connection());
    query.prepare(SqlDialect::copyDatabaseTo());
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        // A failure of the copy (a full disk, a folder that cannot be
        // written to) names the copy; one of the database names the database.
        const Error error = db.errorFrom(query);
        if (error.kind != Error::Kind::Sql && error.kind != Error::Kind::Open)
            return error;
        return Error{Error::Kind::Open, QCoreApplication::translate("Backup", "Cannot write %1: %2")
                                            .arg(QDir::toNativeSeparators(target), query.lastError().databaseText())};
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(partial);
        return Error{Error::Kind::Open, QCoreApplication::translate("Backup", "Cannot replace %1.")
                                            .arg(QDir::toNativeSeparators(target))};
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{Error::Kind::Open, QCoreApplication::translate("Backup", "Cannot write %1.")
                                            .arg(QDir::toNativeSeparators(target))};
    }
    return {};
}

} // namespace seawall
