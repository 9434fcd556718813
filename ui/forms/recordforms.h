// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/formdialog.h"
#include "model/nucleictest.h"
#include "model/vaccination.h"
#include "model/volunteershift.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace seawall {

class Database;
class DateField;
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

// Adds or edits a nucleic-acid test.
class NucleicTestForm : public PersonRecordForm
{
    Q_OBJECT

public:
    explicit NucleicTestForm(Database &db, QWidget *parent = nullptr);
    void setTest(const NucleicTest &test);
    NucleicTest test() const;
    DateField *dateEdit() const { return m_sampledOn; }

protected:
    std::vector<Error> check() const override;

private:
    qint64 m_id = 0;
    DateField *m_sampledOn;
    QLineEdit *m_site;
    QComboBox *m_result;
    QLineEdit *m_lab;
};

// Adds or edits a vaccine dose.
class VaccinationForm : public PersonRecordForm
{
    Q_OBJECT

public:
    explicit VaccinationForm(Database &db, QWidget *parent = nullptr);
    void setVaccination(const Vaccination &vaccination);
    Vaccination vaccination() const;
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

// Adds or edits a volunteer shift; an end before the start is refused.
class ShiftForm : public PersonRecordForm
{
    Q_OBJECT

public:
    explicit ShiftForm(Database &db, QWidget *parent = nullptr);
    void setShift(const VolunteerShift &shift);
    VolunteerShift shift() const;
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
