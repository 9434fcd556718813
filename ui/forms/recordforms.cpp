// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/recordforms.h"

#include "db/personrepository.h"
#include "forms/formfields.h"
#include "validation/validator.h"

#include <QDateTimeEdit>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall {

PersonRecordForm::PersonRecordForm(Database &db, QWidget *parent)
    : FormDialog(parent), m_db(db), m_person(new PersonField(db, this)), m_company(new QComboBox(this))
{
    fillCompanies(m_company, db, tr("(the person's company)"));
}

qint64 PersonRecordForm::companyId() const
{
    if (const qint64 chosen = selectedId(m_company))
        return chosen;
    // The record is reported by the person's company unless another is chosen.
    if (const qint64 id = personId())
        if (const auto person = PersonRepository(m_db).find(id))
            return person->companyId;
    return 0;
}

void PersonRecordForm::addPersonFields()
{
    addField(tr("Person:"), m_person, u"person"_s);
    addField(tr("Company:"), m_company, u"company"_s);
}

qint64 PersonRecordForm::personId() const
{
    const Result<qint64> id = m_person->personId();
    return id ? id.value() : 0;
}

std::vector<Error> PersonRecordForm::withPersonCheck(std::vector<Error> validated) const
{
    // While no person is known the company cannot follow theirs: the
    // person's problem says all there is to say.
    if (selectedId(m_company) == 0 && personId() == 0)
        std::erase_if(validated, [](const Error &e) { return e.field == u"company"_s; });
    const Result<qint64> id = m_person->personId();
    if (id)
        return validated;
    std::vector<Error> errors{id.error()};
    for (Error &error : validated)
        if (error.field != u"person"_s)
            errors.push_back(std::move(error));
    return errors;
}

NucleicTestForm::NucleicTestForm(Database &db, QWidget *parent)
    : PersonRecordForm(db, parent), m_sampledOn(new DateField(this)), m_site(new QLineEdit(this)),
      m_result(new QComboBox(this)), m_lab(new QLineEdit(this))
{
    setWindowTitle(tr("Add nucleic-acid test"));
    fillEnum(m_result, {TestResult::Negative, TestResult::Positive, TestResult::Pending});
    addPersonFields();
    addField(tr("Sampled on:"), m_sampledOn, u"sampled_on"_s);
    addField(tr("Sampling site:"), m_site, u"site"_s);
    addField(tr("Result:"), m_result, u"result"_s);
    addField(tr("Laboratory:"), m_lab, u"lab"_s);
    finishLayout();
}

void NucleicTestForm::setTest(const NucleicTest &test)
{
    m_id = test.id;
    if (m_id != 0)
        setWindowTitle(tr("Edit nucleic-acid test"));
    m_person->setPersonId(test.personId);
    selectId(m_company, test.companyId);
    m_sampledOn->setDate(test.sampledOn);
    m_site->setText(test.site);
    selectEnum(m_result, test.result);
    m_lab->setText(test.lab);
    if (m_id != 0)
        touchAll();
    else
        revalidate();
}

NucleicTest NucleicTestForm::test() const
{
    NucleicTest t;
    t.id = m_id;
    t.personId = personId();
    t.companyId = companyId();
    t.sampledOn = m_sampledOn->date();
    t.site = m_site->text().trimmed();
    t.result = selectedEnum<TestResult>(m_result);
    t.lab = m_lab->text().trimmed();
    return t;
}

std::vector<Error> NucleicTestForm::check() const
{
    std::vector<Error> validated = Validator::check(test());
    if (auto problem = m_sampledOn->problem(u"sampled_on"_s, tr("Sampled on"))) {
        // Say what is wrong with the typed text rather than that it is missing.
        std::erase_if(validated, [](const Error &e) { return e.field == u"sampled_on"_s; });
        validated.push_back(*problem);
    }
    return withPersonCheck(std::move(validated));
}

VaccinationForm::VaccinationForm(Database &db, QWidget *parent)
    : PersonRecordForm(db, parent), m_dose(new QComboBox(this)), m_date(new DateField(this)),
      m_manufacturer(new QLineEdit(this)), m_place(new QLineEdit(this))
{
    setWindowTitle(tr("Add vaccination"));
    fillEnum(m_dose, {Dose::First, Dose::Second, Dose::Third, Dose::Booster});
    addPersonFields();
    addField(tr("Dose:"), m_dose, u"dose"_s);
    addField(tr("Vaccinated on:"), m_date, u"date"_s);
    addField(tr("Manufacturer:"), m_manufacturer, u"manufacturer"_s);
    addField(tr("Place:"), m_place, u"place"_s);
    finishLayout();
}

void VaccinationForm::setVaccination(const Vaccination &vaccination)
{
    m_id = vaccination.id;
    if (m_id != 0)
        setWindowTitle(tr("Edit vaccination"));
    m_person->setPersonId(vaccination.personId);
    selectId(m_company, vaccination.companyId);
    selectEnum(m_dose, vaccination.dose);
    m_date->setDate(vaccination.vaccinatedOn);
    m_manufacturer->setText(vaccination.manufacturer);
    m_place->setText(vaccination.place);
    if (m_id != 0)
        touchAll();
    else
        revalidate();
}

Vaccination VaccinationForm::vaccination() const
{
    Vaccination v;
    v.id = m_id;
    v.personId = personId();
    v.companyId = companyId();
    v.dose = selectedEnum<Dose>(m_dose);
    v.vaccinatedOn = m_date->date();
    v.manufacturer = m_manufacturer->text().trimmed();
    v.place = m_place->text().trimmed();
    return v;
}

std::vector<Error> VaccinationForm::check() const
{
    std::vector<Error> validated = Validator::check(vaccination());
    if (auto problem = m_date->problem(u"date"_s, tr("Vaccinated on"))) {
        std::erase_if(validated, [](const Error &e) { return e.field == u"date"_s; });
        validated.push_back(*problem);
    }
    return withPersonCheck(std::move(validated));
}

ShiftForm::ShiftForm(Database &db, QWidget *parent)
    : PersonRecordForm(db, parent), m_team(new QLineEdit(this)), m_site(new QLineEdit(this)),
      m_task(new QLineEdit(this)), m_start(new QDateTimeEdit(this)), m_end(new QDateTimeEdit(this))
{
    setWindowTitle(tr("Add volunteer shift"));
    const QDateTime now(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setCalendarPopup(true);
    }
    m_start->setDateTime(now);
    m_end->setDateTime(now.addSecs(4 * 3600));
    addPersonFields();
    addField(tr("Team:"), m_team, u"team"_s);
    addField(tr("Site:"), m_site, u"site"_s);
    addField(tr("Task:"), m_task, u"task"_s);
    addField(tr("Start:"), m_start, u"start"_s);
    addField(tr("End:"), m_end, u"end"_s);
    finishLayout();
}

void ShiftForm::setShift(const VolunteerShift &shift)
{
    m_id = shift.id;
    if (m_id != 0)
        setWindowTitle(tr("Edit volunteer shift"));
    m_person->setPersonId(shift.personId);
    selectId(m_company, shift.companyId);
    m_team->setText(shift.team);
    m_site->setText(shift.site);
    m_task->setText(shift.task);
    if (shift.start.isValid())
        m_start->setDateTime(shift.start);
    if (shift.end.isValid())
        m_end->setDateTime(shift.end);
    if (m_id != 0)
        touchAll();
    else
        revalidate();
}

VolunteerShift ShiftForm::shift() const
{
    VolunteerShift s;
    s.id = m_id;
    s.personId = personId();
    s.companyId = companyId();
    s.team = m_team->text().trimmed();
    s.site = m_site->text().trimmed();
    s.task = m_task->text().trimmed();
    s.start = m_start->dateTime();
    s.end = m_end->dateTime();
    return s;
}

std::vector<Error> ShiftForm::check() const { return withPersonCheck(Validator::check(shift())); }

} // namespace seawall
