// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/dailyreport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace seawall {

class Workspace;

// Records a daily report that came by phone or paper, or edits one: the
// report's fields, or "Zero report" to record that nothing happened in one
// click. Saving is one undo step; Enter saves, Escape cancels.
class RecordReportDialog : public QDialog
{
    Q_OBJECT

public:
    // A report with id 0 is recorded anew; any other is edited.
    RecordReportDialog(Workspace *workspace, const DailyReport &report, QWidget *parent = nullptr);

    // Opens the dialog for a new report of the unit, day and edition (or on
    // the stored one, if there is one already); true when a report was saved.
    static bool record(Workspace *workspace, qint64 companyId, const QDate &date, ReportEdition edition,
                       QWidget *parent = nullptr);
    // Opens the dialog on a stored report; true when it was saved.
    static bool edit(Workspace *workspace, qint64 reportId, QWidget *parent = nullptr);

    // The report as the fields hold it.
    DailyReport report() const;
    // Why the last save was refused, as shown in the dialog.
    QString problem() const;

    void accept() override;

private:
    void saveZeroReport();
    bool save(const DailyReport &report);

    Workspace *m_workspace;
    qint64 m_id = 0;
    QComboBox *m_company = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_edition = nullptr;
    QSpinBox *m_onDuty = nullptr;
    QSpinBox *m_away = nullptr;
    QSpinBox *m_arrivals = nullptr;
    QSpinBox *m_underObservation = nullptr;
    QSpinBox *m_testsDone = nullptr;
    QLineEdit *m_anomalies = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_zero = nullptr;
};

} // namespace seawall
