// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace seawall {

// The resident ID number (身份证号) of GB 11643-1999.
namespace IdNumber {

// The check character (0-9 or X) for the first 17 digits; '\0' when the
// input is not 17 ASCII digits.
QChar checkCharacter(QStringView first17);

// Upper-cases a trailing x and folds full-width digits; does not validate.
QString normalized(const QString &text);

// A translated message saying what is wrong with `text` (already
// normalized), or nullopt when it is a valid ID number: 18 characters, 17
// digits then a digit or X, a real birth date in characters 7-14, and the
// right check character.
std::optional<QString> problem(const QString &text);

bool isValid(const QString &text);

// Whether some stored (valid, normalized) ID number may hold `text`: it
// is digits and X only, either case, as a search looks for it. A name
// typed into a search box is not looked for among ID numbers.
bool mayHold(QStringView text);

// The birth date in characters 7-14 (null when there is none).
QDate birthDate(const QString &text);

// Whether the person is a man, by the 17th character (odd for men, even
// for women); nullopt when `text` is no valid ID number.
std::optional<bool> isMale(const QString &text);

} // namespace IdNumber
} // namespace seawall
