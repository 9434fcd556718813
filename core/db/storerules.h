// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/model/company.h"
#include "core/model/person.h"

namespace seawall {

// What the repositories do for some entities beyond what their definition
// says (Repository<T> calls these for every write; the generic versions do
// nothing).

// The record as it is stored: a person's ID number normalised (a lower-case
// x upper-case, full-width digits folded), and their gender, not given,
// the one the ID number says.
template <typename T>
const T &prepared(const T &record)
{
    return record;
}
Person prepared(const Person &person);

// Checks that need the database: a company's name and aliases are used by
// no other company, and it is not placed under itself or one of its units.
template <typename T>
Status checkStored(Database &, const T &)
{
    return {};
}
Status checkStored(Database &db, const Company &company);

} // namespace seawall
