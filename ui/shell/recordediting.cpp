// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/recordediting.h"

#include "core/db/dailyreportrepository.h"
#include "ui/common/changecommand.h"
#include "ui/lists/inspectionsview.h"
#include "ui/lists/recordlistview.h"
#include "ui/shell/companytree.h"
#include "ui/common/workspace.h"
#include "ui/today/recordreportdialog.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

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

void RecordEditing::attachDailyReports(RecordListView *list)
{
    connect(list, &RecordListView::addRequested, this, [this] {
        RecordReportDialog::record(m_workspace, m_workspace->companyId(), m_workspace->asOf(), ReportEdition::Evening,
                                   m_window);
    });
    connect(list, &RecordListView::editRequested, this,
            [this](qint64 id) { RecordReportDialog::edit(m_workspace, id, m_window); });
    connect(list, &RecordListView::removeRequested, this, &RecordEditing::removeReports);
}

void RecordEditing::removeReports(const QList<qint64> &ids)
{
    if (ids.isEmpty() || !m_workspace->database())
        return;
    const QString question = tr("Delete %n daily report(s)?", nullptr, int(ids.size()));
    if (QMessageBox::question(m_window, tr("Delete daily reports"), question) != QMessageBox::Yes)
        return;
    const Status status = performEdit(m_workspace, tr("Delete %n daily report(s)", nullptr, int(ids.size())),
                                      [&](ChangeRecorder &recorder) -> Status {
                                          DailyReportRepository reports(recorder.database());
                                          for (qint64 id : ids) {
                                              if (Status watched = recorder.watchDelete(u"daily_report"_s, id); !watched)
                                                  return watched;
                                              if (Status removed = reports.remove(id); !removed)
                                                  return removed;
                                          }
                                          return {};
                                      });
    if (!status)
        QMessageBox::warning(m_window, tr("Delete daily reports"), status.error().message);
}

void RecordEditing::attachCompanyTree(CompanyTree *tree)
{
    connect(tree, &CompanyTree::moveRequested, this, [this](qint64 id, qint64 parent) {
        if (const Status status = EntityEditor::moveCompany(m_workspace, id, parent); !status)
            QMessageBox::warning(m_window, tr("Move company"), status.error().message);
    });
}

} // namespace seawall
