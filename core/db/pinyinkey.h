// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QStringView>

struct sqlite3;

namespace seawall {

// The key that orders a name as Chinese readers look for it, in pinyin
// (安娜, 丁一, 万芳, 张三), rather than by code point (丁, 万, 安, 张):
// ICU's zh collation key, then the name's own UTF-8 bytes, so that names
// ICU counts as equal still get one order. Keys compare byte by byte.
QByteArray pinyinKey(QStringView name);

// Registers SqlDialect::byPinyin()'s function on an SQLite connection.
// Database::open registers it on every connection it opens, before it
// reads or migrates anything: an index of the person table is built on it,
// so that the Personnel list reads its first screenful in pinyin order
// from the index instead of sorting every person.
Status registerPinyinKey(sqlite3 *connection);

// ICU's version of the order the keys follow ("icu 153.120…"): an index
// built by another version is rebuilt on open (Database::configure).
QString pinyinKeyVersion();

} // namespace seawall
