// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paths.h"

#include "core/db/dailybackup.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace seawall::Paths {

QString defaultDatabase()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"seawall.sqlite"_s);
}

QString settingsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(u"seawall/seawall.ini"_s);
}

QString language()
{
    return QSettings(settingsFile(), QSettings::IniFormat).value(u"general/language"_s).toString();
}

void setLanguage(const QString &language)
{
    QSettings(settingsFile(), QSettings::IniFormat).setValue(u"general/language"_s, language);
}

int backupsKept()
{
    const int kept = QSettings(settingsFile(), QSettings::IniFormat).value(u"backups/kept"_s, 0).toInt();
    return kept > 0 ? kept : Backups::kDefaultKept;
}

void setBackupsKept(int kept)
{
    QSettings(settingsFile(), QSettings::IniFormat).setValue(u"backups/kept"_s, kept);
}

} // namespace seawall::Paths
