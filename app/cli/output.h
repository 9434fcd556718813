// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace seawall::Output {

// UTF-8 streams on the process's standard output and error.
QTextStream &out();
QTextStream &err();

} // namespace seawall::Output
