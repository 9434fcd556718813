// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/followuplist.h"
#include "ui/common/readwhenshown.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace seawall {

class ProblemLabel;
class Workspace;

// The daily follow-up list of the Today page: everyone under observation on
// the as-of date (unit, name, masked phone, from where, measure, day N of
// M) with the day's health check, abnormal ones first in red, and below
// them who is away past their planned return. Checks phoned in are typed
// straight into it: on a person, type the temperature and Enter: it is
// saved as one undoable step and the next person is selected. Printable,
// like the call list.
class FollowUpView : public QWidget
{
    Q_OBJECT

public:
    enum Column { Unit, Name, Phone, From, Measure, Day, Check, Temperature, Symptoms, ColumnCount };

    explicit FollowUpView(Workspace *workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QTableWidget *overdueTable() const { return m_overdue; }
    const std::vector<FollowUpEntry> &entries() const { return m_entries; }
    // The last problem with a check typed in (not a temperature, out of
    // range); empty when the last one was saved.
    QString problem() const;

    void refresh();
    bool exportPdf(const QString &path);

private:
    void refreshSoon();
    void fill();
    void cellEdited(int row, int column);
    void save(qint64 personId);
    void showProblem(const QString &message);
    void print();
    void exportList();

    QDate m_date; // the as-of date the list is of
    Workspace *m_workspace;
    QLabel *m_summary = nullptr;
    ProblemLabel *m_problem = nullptr;
    // Those under observation, as listed, and the person to select once the
    // list is read again after a save.
    std::vector<FollowUpEntry> m_entries;
    QTableWidget *m_table = nullptr;
    qint64 m_focusPerson = 0;
    bool m_filling = false;
    // Those away past their planned return.
    std::vector<OverdueReturn> m_overdueReturns;
    QLabel *m_overdueTitle = nullptr;
    QTableWidget *m_overdue = nullptr;
    ReadWhenShown *m_reading;
};

} // namespace seawall
