// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/forms/personrecordform.h"
#include "core/model/vaccination.h"

class QLineEdit;

namespace seawall {

class DateField;

// Adds or edits a vaccine dose.
class VaccinationForm : public PersonRecordForm
{
    Q_OBJECT

public:
    explicit VaccinationForm(Database &db, QWidget *parent = nullptr);
    void setRecord(const Vaccination &vaccination);
    Vaccination record() const;
    DateField *dateEdit() const { return m_date; }

protected:
    std::vector<Error> check() const override;

private:
    qint64 m_id = 0;
    QComboBox *m_dose;
    DateField *m_date;
    QLineEdit *m_manufacturer;
    QLineEdit *m_place;
};

} // namespace seawall
