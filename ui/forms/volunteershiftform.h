// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/forms/personrecordform.h"
#include "core/model/volunteershift.h"

class QDateTimeEdit;
class QLineEdit;

namespace seawall {

// Adds or edits a volunteer shift; an end before the start is refused.
class VolunteerShiftForm : public PersonRecordForm
{
    Q_OBJECT

public:
    explicit VolunteerShiftForm(Database &db, QWidget *parent = nullptr);
    void setRecord(const VolunteerShift &shift);
    VolunteerShift record() const;
    QDateTimeEdit *startEdit() const { return m_start; }
    QDateTimeEdit *endEdit() const { return m_end; }

protected:
    std::vector<Error> check() const override;

private:
    qint64 m_id = 0;
    QLineEdit *m_team;
    QLineEdit *m_site;
    QLineEdit *m_task;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
};

} // namespace seawall
