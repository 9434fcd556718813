// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/personrecordform.h"

#include "core/db/personrepository.h"
#include "ui/forms/formfields.h"

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

} // namespace seawall
