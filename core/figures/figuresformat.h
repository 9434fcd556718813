// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figures/figures.h"

#include <QJsonObject>
#include <QString>

namespace seawall::FiguresFormat {

// The `stats --json` object of DOMAIN.md.
QJsonObject toJson(const Figures &figures);

// A readable table in the user's language, for the terminal.
QString toText(const Figures &figures);

// A rate as a percentage with one decimal in the current locale ("96.5%").
QString percent(double rate);

} // namespace seawall::FiguresFormat
