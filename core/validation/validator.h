// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/entitydef.h"
#include "core/model/arrival.h"
#include "core/model/company.h"
#include "core/model/dailyreport.h"
#include "core/model/departure.h"
#include "core/model/healthcheck.h"
#include "core/model/inspection.h"
#include "core/model/nucleictest.h"
#include "core/model/person.h"
#include "core/model/vaccination.h"
#include "core/model/volunteershift.h"
#include "core/util/error.h"

#include <vector>

namespace seawall {

// Field-level checks of each entity, independent of the database. Every
// problem is an Error of kind Invalid whose `field` is the canonical column
// name of DOMAIN.md (id_number, sampled_on, …) and whose message, in the
// user's language, says what is wrong and names the field.
// Checks that need the database (does the inspection exist?) are made by
// the repositories.
namespace Validator {

// What a record's definition asks of every record: the rows it must refer
// to given, its required texts filled in, its required dates and times
// real, its numbers not negative, its phone numbers phone numbers.
void checkColumns(std::vector<Error> &errors, const EntityDef &def, const void *record);

// A record with no rules beyond its definition's (a test, an inspection).
template <typename T>
std::vector<Error> check(const T &record)
{
    std::vector<Error> errors;
    checkColumns(errors, definition<T>(), &record);
    return errors;
}

// Records with rules of their own, beside their definition's.
std::vector<Error> check(const Company &company);
std::vector<Error> check(const Person &person);
std::vector<Error> check(const Vaccination &vaccination);
std::vector<Error> check(const VolunteerShift &shift);
std::vector<Error> check(const Finding &finding);
std::vector<Error> check(const DailyReport &report);
std::vector<Error> check(const Departure &departure);
std::vector<Error> check(const Arrival &arrival);
std::vector<Error> check(const HealthCheck &check);

// What is likely wrong but may be so (a gender the ID number does not
// say): told, not refused.
std::vector<Error> notices(const Person &person);

// Parses a date as subsidiaries write it: 2022-03-01, 2022/3/1, 2022.3.1,
// 2022年3月1日, 20220301 (full-width digits too). Null when not a real date.
QDate parseDate(const QString &text);
// Parses a time stamp: '2022-03-01 07:00', '2022/3/1 7:00' (seconds allowed).
QDateTime parseDateTime(const QString &text);

} // namespace Validator
} // namespace seawall
