// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/recordediting.h"

#include "core/edit/edits.h"
#include "ui/common/workspace.h"
#include "ui/lists/inspectionsview.h"
#include "ui/lists/recordlistview.h"
#include "ui/shell/companytree.h"

#include <QMessageBox>

namespace seawall {

RecordEditing::RecordEditing(Workspace *workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window), m_editor(workspace, window)
{
}

void RecordEditing::attach(RecordListView *list, EntityKind kind)
{
    connect(list, &RecordListView::addRequested, this, [this, kind] {
        EntityDefaults defaults;
        defaults.companyId = m_workspace->companyId();
        m_editor.add(kind, defaults);
    });
    connect(list, &RecordListView::editRequested, this, [this, kind](qint64 id) { m_editor.edit(kind, id); });
    connect(list, &RecordListView::removeRequested, this,
            [this, kind](const QList<qint64> &ids) { m_editor.remove(kind, ids); });
}

void RecordEditing::attachInspections(InspectionsView *view)
{
    attach(view->inspections(), EntityKind::Inspection);
    RecordListView *findings = view->findings();
    RecordListView *inspections = view->inspections();
    connect(findings, &RecordListView::addRequested, this, [this, inspections] {
        EntityDefaults defaults;
        defaults.inspectionId = inspections->currentId();
        if (defaults.inspectionId == 0) {
            QMessageBox::information(m_window, tr("Add finding"), tr("Choose the inspection the finding belongs to first."));
            return;
        }
        m_editor.add(EntityKind::Finding, defaults);
    });
    connect(findings, &RecordListView::editRequested, this,
            [this](qint64 id) { m_editor.edit(EntityKind::Finding, id); });
    connect(findings, &RecordListView::removeRequested, this,
            [this](const QList<qint64> &ids) { m_editor.remove(EntityKind::Finding, ids); });
}

void RecordEditing::attachCompanyTree(CompanyTree *tree)
{
    connect(tree, &CompanyTree::moveRequested, this, [this](qint64 id, qint64 parent) {
        Database *db = m_workspace->database();
        if (!db)
            return;
        if (const Status status = m_workspace->apply(Edits::moveCompany(*db, id, parent)); !status)
            QMessageBox::warning(m_window, tr("Move company"), status.error().message);
    });
}

} // namespace seawall
