// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace seawall::Output {

// UTF-8 streams on the process's standard output and error.
QTextStream &out();
QTextStream &err();

// Writes `message` to standard error as a line of its own, and gives back
// `code`, the exit code of the command that failed with it.
int fail(const QString &message, int code);

} // namespace seawall::Output
