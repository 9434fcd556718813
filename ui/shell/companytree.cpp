// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/companytree.h"

#include "core/edit/changehub.h"

#include "core/db/companyrepository.h"
#include "ui/common/workspace.h"

#include <QDropEvent>
#include <QHash>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {
constexpr int IdRole = Qt::UserRole;
}

CompanyTree::CompanyTree(Workspace *workspace, QWidget *parent) : QTreeWidget(parent), m_workspace(workspace)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    connect(this, &QTreeWidget::currentItemChanged, this, &CompanyTree::choose);
    connect(m_workspace, &Workspace::databaseChanged, this, [this] {
        // Moving a company under another is an edit of companies.
        setDragDropMode(m_workspace->permissions().editCompanies ? InternalMove : NoDragDrop);
        reload();
    });
    connect(m_workspace->changes(), &ChangeHub::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(EntityKind::Company))
            reload();
    });
    reload();
}

void CompanyTree::reload()
{
    const qint64 chosen = m_workspace->companyId();
    const QSignalBlocker blocker(this);
    clear();
    auto *group = new QTreeWidgetItem(this, {tr("Whole group")});
    group->setData(0, IdRole, 0);
    group->setFlags(group->flags() & ~Qt::ItemIsDragEnabled);
    Database *db = m_workspace->database();
    if (db && db->isOpen()) {
        const std::vector<Company> companies = CompanyRepository(*db).all();
        QHash<qint64, QTreeWidgetItem *> items;
        for (const Company &company : companies) {
            auto *item = new QTreeWidgetItem({company.name});
            item->setData(0, IdRole, company.id);
            item->setToolTip(0, company.code);
            items.insert(company.id, item);
        }
        // Parents may come after their children in code order.
        for (const Company &company : companies) {
            QTreeWidgetItem *parent = items.value(company.parentId, group);
            parent->addChild(items.value(company.id));
        }
    }
    expandAll();
    setCurrentItem(group);
    chooseCompany(chosen);
    // The chosen company may be gone (undone, another file).
    choose();
}

void CompanyTree::chooseCompany(qint64 id)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        if ((*it)->data(0, IdRole).toLongLong() == id) {
            setCurrentItem(*it);
            return;
        }
}

QList<qint64> CompanyTree::subtreeOf(QTreeWidgetItem *item)
{
    QList<qint64> ids{item->data(0, IdRole).toLongLong()};
    for (int i = 0; i < item->childCount(); ++i)
        ids += subtreeOf(item->child(i));
    return ids;
}

void CompanyTree::choose()
{
    QTreeWidgetItem *item = currentItem();
    if (!item)
        return;
    m_workspace->setCompany(item->data(0, IdRole).toLongLong(), subtreeOf(item));
}

void CompanyTree::dropEvent(QDropEvent *event)
{
    // The tree is not changed here: the move is an edit that may be refused,
    // and the tree reads again when it is made.
    QTreeWidgetItem *moved = currentItem();
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (!moved || !target || moved == target)
        return;
    if (dropIndicatorPosition() != QAbstractItemView::OnItem)
        target = target->parent() ? target->parent() : topLevelItem(0);
    emit moveRequested(moved->data(0, IdRole).toLongLong(), target->data(0, IdRole).toLongLong());
}

} // namespace seawall
