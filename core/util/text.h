// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seawall {

// Folds a label for comparison: full-width forms to ASCII (NFKC), blanks
// (including the ideographic space) removed at both ends, lower case.
QString foldLabel(const QString &text);

// Folds a person's name for comparison: foldLabel, and no blanks anywhere,
// so that "张 三", "张三 " and the full-width "Ｌｉ Ｌｅｉ" are the same name
// as "张三" and "li lei" (files pad names to line them up).
QString foldName(const QString &name);

} // namespace seawall
