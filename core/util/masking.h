// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seawall {

// Personal numbers as tables show them unless the user asks to see them in
// full: an ID number keeps its first six (the place of registration) and last
// four characters, a phone number its first three and last four digits.
// Anything too short to mask is shown as asterisks of its length.
QString maskIdNumber(const QString &idNumber);
QString maskPhone(const QString &phone);

} // namespace seawall
