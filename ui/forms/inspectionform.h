// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/forms/formdialog.h"
#include "core/model/inspection.h"

class QComboBox;
class QLineEdit;

namespace seawall {

class Database;
class DateField;

// Adds or edits an inspection (its findings have their own form).
class InspectionForm : public FormDialog
{
    Q_OBJECT

public:
    explicit InspectionForm(Database &db, QWidget *parent = nullptr);
    void setRecord(const Inspection &inspection);
    Inspection record() const;

protected:
    std::vector<Error> check() const override;

private:
    qint64 m_id = 0;
    QLineEdit *m_code;
    DateField *m_date;
    QComboBox *m_company;
    QComboBox *m_method;
    QLineEdit *m_inspectors;
};

} // namespace seawall
