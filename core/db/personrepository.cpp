// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/personrepository.h"

#include "core/validation/idnumber.h"

using namespace Qt::StringLiterals;

namespace seawall {

std::optional<Person> PersonRepository::findByIdNumber(const QString &idNumber) const
{
    return first(u"id_number = ?"_s, {IdNumber::normalized(idNumber)});
}

} // namespace seawall
