// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace seawall {

// What every enumeration of the domain has (model/enums.h gives each its
// own): a value parsed from its stored code or a label as written in files
// (阴性, negative, N …; case, surrounding blanks and full-width forms
// ignored), and every value in the order the program lists them. Together
// with the overloads toCode(value) and displayName(value), found by the
// value's type.
template <typename Enum>
std::optional<Enum> parseEnum(const QString &text);
template <typename Enum>
QList<Enum> enumValues();

} // namespace seawall
