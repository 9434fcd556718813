// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

struct sqlite3;

namespace seawall {

// Registers SqlDialect::pinyinCollation() on an SQLite connection: names
// compared by QCollator for zh_CN (ICU's pinyin order). Database::open
// registers it on every connection it opens, so that ORDER BY … COLLATE
// runs in SQL, beside the WHERE and with the rows fetched as they scroll.
Status registerPinyinCollation(sqlite3 *connection);

} // namespace seawall
