// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace seawall {

class Workspace;

// The group's companies as a tree, the whole group at the top. Choosing a
// company filters every view to it and its children. A company dragged onto
// another asks to become its child (the owner makes that an undoable edit).
class CompanyTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit CompanyTree(Workspace *workspace, QWidget *parent = nullptr);

    // Reads the companies again, keeping the chosen one.
    void reload();
    void chooseCompany(qint64 id);

signals:
    void moveRequested(qint64 companyId, qint64 newParentId);

protected:
    void dropEvent(QDropEvent *event) override;

private:
    void choose();
    static QList<qint64> subtreeOf(QTreeWidgetItem *item);

    Workspace *m_workspace;
};

} // namespace seawall
