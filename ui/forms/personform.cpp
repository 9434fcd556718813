// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/personform.h"

#include "ui/forms/formfields.h"
#include "core/validation/idnumber.h"
#include "core/validation/validator.h"

#include <QCheckBox>

using namespace Qt::StringLiterals;

namespace seawall {

PersonForm::PersonForm(Database &db, QWidget *parent)
    : FormDialog(parent), m_idNumber(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_company(new QComboBox(this)), m_department(new QLineEdit(this)), m_gender(new QComboBox(this)),
      m_phone(new QLineEdit(this)), m_position(new QLineEdit(this)), m_partyMember(new QCheckBox(this)),
      m_category(new QComboBox(this)), m_joinedOn(new DateField(this)), m_leftOn(new DateField(this)),
      m_exemptFrom(new DateField(this)), m_exemptUntil(new DateField(this))
{
    setWindowTitle(tr("Add person"));
    m_idNumber->setMaxLength(18);
    m_idNumber->setPlaceholderText(tr("18 characters"));
    fillCompanies(m_company, db, tr("(choose a company)"));
    fillEnum(m_gender, {Gender::Unknown, Gender::Male, Gender::Female});
    fillEnum(m_category, {PersonCategory::Staff, PersonCategory::Dispatched, PersonCategory::Outsourced,
                          PersonCategory::Family, PersonCategory::External});
    m_partyMember->setText(tr("Party member"));

    addField(tr("ID number:"), m_idNumber, u"id_number"_s);
    addField(tr("Name:"), m_name, u"name"_s);
    addField(tr("Company:"), m_company, u"company"_s);
    addField(tr("Department:"), m_department, u"department"_s);
    addField(tr("Position:"), m_position, u"position"_s);
    addField(tr("Gender:"), m_gender, u"gender"_s);
    addField(tr("Phone:"), m_phone, u"phone"_s);
    addField(tr("Category:"), m_category, u"category"_s);
    addField(QString(), m_partyMember, u"party_member"_s);
    addField(tr("Joined on:"), m_joinedOn, u"joined_on"_s);
    addField(tr("Left on:"), m_leftOn, u"left_on"_s);
    addField(tr("Vaccination exemption from:"), m_exemptFrom, u"exempt_from"_s);
    addField(tr("Exempt until:"), m_exemptUntil, u"exempt_until"_s);
    finishLayout();
}

void PersonForm::setRecord(const Person &person)
{
    m_id = person.id;
    if (m_id != 0)
        setWindowTitle(tr("Edit person %1").arg(person.name));
    m_idNumber->setText(person.idNumber);
    m_name->setText(person.name);
    selectId(m_company, person.companyId);
    m_department->setText(person.department);
    selectEnum(m_gender, person.gender);
    m_phone->setText(person.phone);
    m_position->setText(person.position);
    m_partyMember->setChecked(person.partyMember);
    selectEnum(m_category, person.category);
    m_joinedOn->setDate(person.joinedOn);
    m_leftOn->setDate(person.leftOn);
    m_exemptFrom->setDate(person.exemptFrom);
    m_exemptUntil->setDate(person.exemptUntil);
    if (m_id != 0)
        touchAll();
    else
        revalidate();
}

Person PersonForm::record() const
{
    Person p;
    p.id = m_id;
    p.idNumber = IdNumber::normalized(m_idNumber->text());
    p.name = m_name->text().trimmed();
    p.companyId = selectedId(m_company);
    p.department = m_department->text().trimmed();
    p.gender = selectedEnum<Gender>(m_gender);
    p.phone = m_phone->text().trimmed();
    p.position = m_position->text().trimmed();
    p.partyMember = m_partyMember->isChecked();
    p.category = selectedEnum<PersonCategory>(m_category);
    p.joinedOn = m_joinedOn->date();
    p.leftOn = m_leftOn->date();
    p.exemptFrom = m_exemptFrom->date();
    p.exemptUntil = m_exemptUntil->date();
    return p;
}

std::vector<Error> PersonForm::check() const
{
    std::vector<Error> errors;
    for (const auto &[field, label, edit] :
         {std::tuple{u"joined_on"_s, tr("Joined on"), m_joinedOn}, {u"left_on"_s, tr("Left on"), m_leftOn},
          {u"exempt_from"_s, tr("Exempt from"), m_exemptFrom}, {u"exempt_until"_s, tr("Exempt until"), m_exemptUntil}})
        if (auto problem = edit->problem(field, label))
            errors.push_back(*problem);
    append(errors, Validator::check(record()));
    return errors;
}

} // namespace seawall
