// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace seawall::csv {

// Cell values as Excel on Chinese Windows writes them. Labels (是/否,
// 阴性/阳性, dose labels…) are parsed by model/enums.h, dates and times by
// Validator::parseDate and parseDateTime, ID numbers by IdNumber: these
// helpers only prepare cells for them and catch what Excel did to numbers.
namespace Values {

// Full-width ASCII forms (１２３, ＡＢＣ, the full-width comma) to ASCII
// and the ideographic space to a space; nothing else changes. NFKC would
// also turn ① into 1 or ㈱ into (株), which a name or a finding must keep.
QString foldWidth(QStringView text);

// A cell ready for parsing: invisible format characters (a zero-width
// space pasted from a web page) removed, width folded, blanks trimmed.
QString cleaned(const QString &cell);

// A number as Excel writes one in scientific notation (3.20612E+17,
// 1.51011E+10): what an ID or phone number becomes in a column not
// formatted as text. Its digits are lost and must never be guessed.
bool isScientificNumber(const QString &cell);

// The ID number of a cell, normalized (x to X, width folded), or an error
// on id_number with IdNumber::problem's message: for a number Excel turned
// into 3.20612E+17, that the column must be formatted as text.
Result<QString> idNumber(const QString &cell);

// A head count (在岗人数 …) or a quantity: a whole number, not negative,
// thousands separated by commas (2,000) or not, full-width digits
// allowed, and 12.0 as Excel writes a number formatted with decimals.
// nullopt when the cell is not such a number, or empty: whether an empty
// cell means 0 is for the caller to say.
std::optional<int> parseCount(const QString &cell);

// A body temperature in ℃ as written: 36.5, 36.5℃, 36.5°C, 36.5度
// (full-width digits too). nullopt when the cell is not such a number, or
// empty.
std::optional<double> parseTemperature(const QString &cell);

} // namespace Values
} // namespace seawall::csv
