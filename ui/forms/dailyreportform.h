// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/dailyreport.h"
#include "ui/forms/formdialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace seawall {

class Database;

// Records a daily report that came by phone or paper, or edits one: the
// unit, day and edition, the counts, the anomalies; Zero report saves that
// nothing happened (无) in one key press.
class DailyReportForm : public FormDialog
{
    Q_OBJECT

public:
    explicit DailyReportForm(Database &db, QWidget *parent = nullptr);
    void setRecord(const DailyReport &report);
    DailyReport record() const;
    QPushButton *zeroButton() const { return m_zero; }

protected:
    std::vector<Error> check() const override;

private:
    qint64 m_id = 0;
    Database &m_db;
    QComboBox *m_company;
    QDateEdit *m_date;
    QComboBox *m_edition;
    QSpinBox *m_onDuty;
    QSpinBox *m_away;
    QSpinBox *m_arrivals;
    QSpinBox *m_underObservation;
    QSpinBox *m_testsDone;
    QLineEdit *m_anomalies;
    QPushButton *m_zero;
};

} // namespace seawall
