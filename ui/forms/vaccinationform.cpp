// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/vaccinationform.h"

#include "ui/forms/formfields.h"
#include "core/validation/validator.h"

using namespace Qt::StringLiterals;

namespace seawall {

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

void VaccinationForm::setRecord(const Vaccination &vaccination)
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

Vaccination VaccinationForm::record() const
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
    std::vector<Error> validated = Validator::check(record());
    replaceDateProblem(validated, m_date, u"date"_s, tr("Vaccinated on"));
    return withPersonCheck(std::move(validated));
}

} // namespace seawall
