// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "qtcatch.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace seawall::test {

// A fresh database in a temporary folder, opened and migrated.
struct TempDatabase
{
    TempDatabase();
    QTemporaryDir dir;
    QString path;
    Database db;
};

// Copies `source` (an old database of tests/data/db) to `path`, writable
// as a user's file is, and returns `path`.
QString copyOf(const QString &source, const QString &path);

// Four persons of `company` whose names sort one way by code point (丁 4E01,
// 万 4E07, 安 5B89, 张 5F20) and another in pinyin (an, ding, wan, zhang):
// 张三, 安娜, 丁一, 万芳, in that order of ids, which it returns.
std::vector<qint64> addPinyinNames(Database &db, qint64 company);

// Writes a file with the given bytes and returns its path.
QString writeFile(const QString &path, const QByteArray &bytes);

// A company, named and coded, under `parent` (0: at the top); its id.
qint64 addCompany(Database &db, const QString &code, const QString &name, qint64 parent = 0);

} // namespace seawall::test
