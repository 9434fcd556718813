// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/forms/formdialog.h"

class QComboBox;

namespace seawall {

class Database;
class PersonField;

// The frame of a record about one person (a test, a dose, a shift): the
// person by ID number or name and the reporting company, which follows the
// person's own unless chosen.
class PersonRecordForm : public FormDialog
{
    Q_OBJECT

public:
    PersonField *personEdit() const { return m_person; }
    QComboBox *companyCombo() const { return m_company; }

protected:
    PersonRecordForm(Database &db, QWidget *parent);
    void addPersonFields();
    // The person's problem first, then the validator's "no person" dropped for it.
    std::vector<Error> withPersonCheck(std::vector<Error> validated) const;
    qint64 personId() const;
    qint64 companyId() const;

    Database &m_db;
    PersonField *m_person;
    QComboBox *m_company;
};

} // namespace seawall
