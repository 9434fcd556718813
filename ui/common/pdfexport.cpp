// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/pdfexport.h"

#include "ui/common/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace seawall::PdfExport {

QString choosePath(QWidget *parent, const QString &title, const QString &fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, folder + u'/' + fileName,
                                        QCoreApplication::translate("PdfExport", "PDF documents (*.pdf)"));
}

bool tell(Workspace *workspace, QWidget *parent, const Status &written, const QString &title, const QString &saved,
          const QString &path)
{
    if (!written) {
        QMessageBox::warning(parent, title, written.error().message);
        return false;
    }
    emit workspace->announced(saved.arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace seawall::PdfExport
