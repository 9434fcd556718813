// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/forms/formdialog.h"
#include "core/model/person.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace seawall {

class Database;
class DateField;

// Adds or edits a person of the roster.
class PersonForm : public FormDialog
{
    Q_OBJECT

public:
    explicit PersonForm(Database &db, QWidget *parent = nullptr);

    void setRecord(const Person &person);
    Person record() const;

    QLineEdit *idNumberEdit() const { return m_idNumber; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *companyCombo() const { return m_company; }
    DateField *leftOnEdit() const { return m_leftOn; }

protected:
    std::vector<Error> check() const override;

private:
    qint64 m_id = 0;
    QLineEdit *m_idNumber;
    QLineEdit *m_name;
    QComboBox *m_company;
    QLineEdit *m_department;
    QComboBox *m_gender;
    QLineEdit *m_phone;
    QLineEdit *m_position;
    QCheckBox *m_partyMember;
    QComboBox *m_category;
    DateField *m_joinedOn;
    DateField *m_leftOn;
    DateField *m_exemptFrom;
    DateField *m_exemptUntil;
};

} // namespace seawall
