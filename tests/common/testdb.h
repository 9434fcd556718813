// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "qtcatch.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace seawall::test {

// A fresh database in a temporary folder, opened and migrated.
struct TempDatabase
{
    TempDatabase();
    QTemporaryDir dir;
    QString path;
    Database db;
};

// Writes a file with the given bytes and returns its path.
QString writeFile(const QString &path, const QByteArray &bytes);

} // namespace seawall::test
