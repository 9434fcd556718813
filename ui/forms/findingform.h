// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/forms/formdialog.h"
#include "core/model/inspection.h"

class QComboBox;
class QPlainTextEdit;

namespace seawall {

class DateField;

// Adds or edits a finding of an inspection; marking it rectified
// (整改中 → 已整改) needs the date it was rectified.
class FindingForm : public FormDialog
{
    Q_OBJECT

public:
    explicit FindingForm(QWidget *parent = nullptr);
    void setRecord(const Finding &finding);
    Finding record() const;
    QComboBox *statusCombo() const { return m_status; }
    DateField *rectifiedOnEdit() const { return m_rectifiedOn; }

protected:
    std::vector<Error> check() const override;

private:
    qint64 m_id = 0;
    qint64 m_inspectionId = 0;
    QPlainTextEdit *m_description;
    DateField *m_deadline;
    QComboBox *m_status;
    DateField *m_rectifiedOn;
};

} // namespace seawall
