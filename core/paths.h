// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seawall::Paths {

// The per-user database used when no --db is given:
// <AppDataLocation>/seawall.sqlite (~/.local/share/seawall on Linux).
QString defaultDatabase();

// The per-user settings file, in INI format (window geometry, the last view,
// recent files): <ConfigLocation>/seawall/seawall.ini.
QString settingsFile();

// The language the user chose for the window in Settings: "zh_CN", "en", or
// empty to follow the system.
QString language();
void setLanguage(const QString &language);

// How many daily backups of a database are kept (Backups::kDefaultKept
// unless the user chose otherwise in Settings).
int backupsKept();
void setBackupsKept(int kept);

} // namespace seawall::Paths
