// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;

namespace seawall {

// File ▸ Restore from Backup…: the daily copies of the open database,
// newest first, with their date and record counts; the one chosen is the
// copy the window restores.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);

    // The path of the copy chosen, empty when there is none.
    QString chosen() const;
    int copies() const;

private:
    QTreeWidget *m_list;
};

} // namespace seawall
