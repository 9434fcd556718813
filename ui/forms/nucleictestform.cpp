// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/nucleictestform.h"

#include "ui/forms/formfields.h"
#include "core/validation/validator.h"

using namespace Qt::StringLiterals;

namespace seawall {

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

void NucleicTestForm::setRecord(const NucleicTest &test)
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

NucleicTest NucleicTestForm::record() const
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
    std::vector<Error> validated = Validator::check(record());
    replaceDateProblem(validated, m_sampledOn, u"sampled_on"_s, tr("Sampled on"));
    return withPersonCheck(std::move(validated));
}

} // namespace seawall
