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
// A message with every ID number in it masked (18 characters, 17 digits
// then a digit or X, not part of a longer run of digits or letters).
QString maskIdNumbersIn(const QString &text);
// Free text (the audit log's record and its values) with every ID number,
// mobile number (11 digits from 1, as the validator takes it, blanks or
// dashes between its groups) and landline (0, its area code, the number)
// in it masked as above.
QString maskNumbersIn(const QString &text);
// A cell of a phone column masked when it is a number (digits, blanks,
// +, - and brackets, at least seven digits), else as it is: what Excel made
// of a number is no phone to hide.
QString maskPhoneCell(const QString &cell);

} // namespace seawall
