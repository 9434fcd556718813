// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace seawall::Translation {

// Installs Qt's own catalogue and Seawall's for `locale` (the system locale
// unless the user chose a language) on the running application.
void install(const QLocale &locale = QLocale::system());

// The locale of the window: the language chosen in Settings, else the
// system's. (The command line always follows the environment, as scripts
// expect.)
QLocale windowLocale();

} // namespace seawall::Translation
