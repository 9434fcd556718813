// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/storerules.h"

#include "core/db/companyrepository.h"
#include "core/validation/idnumber.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

Person prepared(const Person &person)
{
    Person stored = person;
    stored.idNumber = IdNumber::normalized(person.idNumber);
    // A gender not given is the one the ID number says.
    if (const std::optional<bool> male = IdNumber::isMale(stored.idNumber); male && stored.gender == Gender::Unknown)
        stored.gender = *male ? Gender::Male : Gender::Female;
    return stored;
}

Status checkStored(Database &db, const Company &company)
{
    CompanyRepository companies(db);
    QStringList names{company.name.trimmed()};
    for (const QString &alias : company.aliases)
        names << alias.trimmed();
    for (const QString &name : std::as_const(names)) {
        const auto other = companies.findByName(name);
        if (other && other->id != company.id)
            return Error::invalid(u"name"_s, QCoreApplication::translate("Repository", "Name: \"%1\" is already used by %2.")
                                                 .arg(name, other->name));
    }
    // A parent must not be the company itself or one of its descendants.
    if (company.id != 0 && company.parentId != 0)
        for (qint64 id : companies.subtree(company.id))
            if (id == company.parentId)
                return Error::invalid(u"parent_code"_s,
                                      QCoreApplication::translate("Repository",
                                                                  "Parent company: a company cannot be placed "
                                                                  "under itself or one of its own units."));
    return {};
}

} // namespace seawall
