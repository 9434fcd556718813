// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/edit/entityeditor.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace seawall {

class DutyWeekModel;
class ProblemLabel;
class Workspace;

// The Duty page: the week grid of the units' 24-hour duty (units × days),
// where a day not covered stands out and is filled from the keyboard
// (type the name, then the phone and the leader, and press Enter; Enter
// on a cell opens its form), the week's 值班表 printed on A4 landscape, and
// beside it the list of all duty records (`records`).
class DutyWeekView : public QWidget
{
    Q_OBJECT

public:
    DutyWeekView(Workspace *workspace, QWidget *records, QWidget *parent = nullptr);

    QTableView *grid() const { return m_grid; }
    DutyWeekModel *model() const { return m_model; }
    QDate weekStart() const { return m_start; }
    void showWeek(const QDate &anyDay);

    // Fills the gap at `index` with the shift it lacks: "name [phone] [leader]".
    Status fill(const QModelIndex &index, const QString &text);
    Status exportPdf(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void openCell(const QModelIndex &index);
    void print();
    void exportRoster();

    Workspace *m_workspace;
    EntityEditor m_editor;
    DutyWeekModel *m_model = nullptr;
    QTableView *m_grid = nullptr;
    QLabel *m_title = nullptr;
    ProblemLabel *m_error = nullptr;
    QDate m_start;
};

} // namespace seawall
