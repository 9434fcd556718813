// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seawall {

// The operating system's name of the user running the program (for "printed
// by"): USER, LOGNAME or USERNAME, else the name of the home folder.
QString currentUserName();

} // namespace seawall
