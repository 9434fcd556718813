// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSaveFile>

namespace seawall {

// Writing an output through a QSaveFile, so that its file appears whole or
// not at all, with the cause in errorString() when it fails (a full disk).
// Qt 6.4 leaves both to the caller: a write that stops part way sets no
// error, and QSaveFile::commit() reports success when the last write it
// flushes fails, leaving an empty file in place of the old one. When either
// returns false, the QSaveFile removes what it wrote as it goes.

// Writes all of `bytes`.
bool writeAll(QSaveFile &file, const QByteArray &bytes);

// Flushes, then commits.
bool commitSaveFile(QSaveFile &file);

} // namespace seawall
