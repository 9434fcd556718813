// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>

class QWidget;

namespace seawall {

class Workspace;

namespace PdfExport {

// Asks where to save a PDF, offering `fileName` in the user's documents
// folder; the path chosen, or empty when the user cancelled.
QString choosePath(QWidget *parent, const QString &title, const QString &fileName);

// Says how writing `path` went: a warning titled `title` when it failed,
// else `saved` (its %1 the path) announced in the status bar. Whether it
// was written.
bool tell(Workspace *workspace, QWidget *parent, const Status &written, const QString &title, const QString &saved,
          const QString &path);

} // namespace PdfExport
} // namespace seawall
