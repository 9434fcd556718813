// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seawall {

// 全程接种: how many primary doses make a complete series, by the
// manufacturer of the person's first dose (DOMAIN.md): 智飞 3, 康希诺 1,
// 北京生物 / 武汉生物 / 科兴 and any other 2.
int primaryDosesRequired(const QString &manufacturer);

// The same rule as an SQL expression over the text column `column`, for the
// figures engine. The patterns are constants of the rule, not user data.
QString primaryDosesRequiredSql(const QString &column);

} // namespace seawall
