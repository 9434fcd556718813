// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repository.h"
#include "core/model/person.h"

namespace seawall {

// Persons, keyed by ID number (normalised: see storerules.h).
class PersonRepository : public Repository<Person>
{
public:
    explicit PersonRepository(Database &db) : Repository<Person>(db) {}

    std::optional<Person> findByIdNumber(const QString &idNumber) const;
};

} // namespace seawall
