// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/openfindings.h"
#include "core/reports/reportgrid.h"
#include "ui/edit/entityeditor.h"
#include "ui/common/readwhenshown.h"

#include <QWidget>

class QAction;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class QTableWidget;

namespace seawall {

class FiguresView;
class FollowUpView;
class ProblemLabel;
class ReadinessWarnings;
class ReportGridModel;
class Workspace;

// The "Today" page: the day's figures with their change since the day
// before, the unit × day grid of daily reports (a missing cell opens
// "record report"), the units to call for a missing report, printable, and
// the overdue findings. It follows the workspace's database, date and
// company scope: the figures too count the chosen company and its units.
class TodayView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDays = 14;

    explicit TodayView(Workspace *workspace, QWidget *parent = nullptr);

    FiguresView *figuresView() const { return m_figures; }
    QTableView *gridView() const { return m_grid; }
    ReportGridModel *gridModel() const { return m_gridModel; }
    QTableWidget *callList() const { return m_callList; }
    QTableWidget *overdueList() const { return m_overdue; }
    ReadinessWarnings *readinessWarnings() const { return m_readiness; }
    // The page of the day's health follow-up, the second tab.
    FollowUpView *followUp() const { return m_followUp; }
    QTabWidget *tabs() const { return m_tabs; }
    // The hint shown while the database holds no personnel, with its button
    // that asks for the import wizard (importRequested).
    QWidget *emptyHint() const { return m_emptyHint; }
    QAction *zeroReportAction() const { return m_zeroAction; }
    QAction *recordReportAction() const { return m_recordAction; }

    // Reads everything again from the database.
    void refresh();
    bool exportCallListPdf(const QString &path);

signals:
    // The user asked to import files (the empty database's hint).
    void importRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshSoon();
    void showError(const QString &message);
    void fillLegend(const ReportGrid &grid);
    void fillCallList();
    void fillOverdue(const std::vector<OpenFinding> &findings);
    void fitOverdueColumns();
    void updateActions();
    void openCell(const QModelIndex &index);
    void recordAtCurrent();
    void zeroReportAtCurrent();
    void showCellMenu(const QPoint &pos);
    void printCallList();
    void exportCallList();

    Workspace *m_workspace;
    EntityEditor m_editor;
    QLabel *m_title = nullptr;
    ProblemLabel *m_error = nullptr;
    QWidget *m_emptyHint = nullptr;
    QLabel *m_hintText = nullptr;         // in m_emptyHint: for the role (refresh())
    QPushButton *m_importButton = nullptr; // in m_emptyHint: shown to those who import
    FiguresView *m_figures = nullptr;
    ReadinessWarnings *m_readiness = nullptr;
    ReportGridModel *m_gridModel = nullptr;
    QTableView *m_grid = nullptr;
    QLabel *m_legend = nullptr;
    QGroupBox *m_callBox = nullptr;
    QTableWidget *m_callList = nullptr;
    QGroupBox *m_overdueBox = nullptr;
    QTableWidget *m_overdue = nullptr;
    QTabWidget *m_tabs = nullptr;
    FollowUpView *m_followUp = nullptr;
    QAction *m_zeroAction = nullptr;
    QAction *m_recordAction = nullptr;
    std::vector<CallListEntry> m_entries;
    QDate m_date;
    ReadWhenShown *m_reading;
};

} // namespace seawall
