// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seawall {

// Folds a label for comparison: full-width forms to ASCII (NFKC), blanks
// (including the ideographic space) removed at both ends, lower case.
QString foldLabel(const QString &text);

} // namespace seawall
