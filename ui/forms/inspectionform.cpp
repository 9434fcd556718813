// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/inspectionform.h"

#include "ui/forms/formfields.h"
#include "core/validation/validator.h"

using namespace Qt::StringLiterals;

namespace seawall {

InspectionForm::InspectionForm(Database &db, QWidget *parent)
    : FormDialog(parent), m_code(new QLineEdit(this)), m_date(new DateField(this)), m_company(new QComboBox(this)),
      m_method(new QComboBox(this)), m_inspectors(new QLineEdit(this))
{
    setWindowTitle(tr("Add inspection"));
    fillCompanies(m_company, db, tr("(choose a company)"));
    fillEnum(m_method, {InspectionMethod::Regular, InspectionMethod::Unannounced, InspectionMethod::Special});
    addField(tr("Code:"), m_code, u"code"_s);
    addField(tr("Inspected on:"), m_date, u"date"_s);
    addField(tr("Company inspected:"), m_company, u"company"_s);
    addField(tr("Method:"), m_method, u"method"_s);
    addField(tr("Inspectors:"), m_inspectors, u"inspectors"_s);
    finishLayout();
}

void InspectionForm::setRecord(const Inspection &inspection)
{
    m_id = inspection.id;
    if (m_id != 0)
        setWindowTitle(tr("Edit inspection %1").arg(inspection.code));
    m_code->setText(inspection.code);
    m_date->setDate(inspection.inspectedOn);
    selectId(m_company, inspection.companyId);
    selectEnum(m_method, inspection.method);
    m_inspectors->setText(inspection.inspectors);
    if (m_id != 0)
        touchAll();
    else
        revalidate();
}

Inspection InspectionForm::record() const
{
    Inspection i;
    i.id = m_id;
    i.code = m_code->text().trimmed();
    i.inspectedOn = m_date->date();
    i.companyId = selectedId(m_company);
    i.method = selectedEnum<InspectionMethod>(m_method);
    i.inspectors = m_inspectors->text().trimmed();
    return i;
}

std::vector<Error> InspectionForm::check() const
{
    std::vector<Error> errors = Validator::check(record());
    replaceDateProblem(errors, m_date, u"date"_s, tr("Inspected on"));
    return errors;
}

} // namespace seawall
