// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>

namespace seawall {

// Every kind of record the database keeps, one table each: the entities of
// DOMAIN.md and the records the program keeps beside them (a company's
// aliases, the names imports met, import batches, reconciliation reviews,
// printed briefings). Each has one definition (entitydef.h).
enum class EntityKind {
    ImportBatch,
    Company,
    CompanyAlias,
    Person,
    NameVariant,
    NucleicTest,
    Vaccination,
    VolunteerShift,
    Inspection,
    Finding,
    DailyReport,
    Review,
    Briefing,
    Duty,
    Stocktake,
    Training,
    Drill,
    Departure,
    Arrival,
    HealthCheck,
};

// For sets and hashes of kinds; Qt's own overloads stay in sight beside it.
inline size_t qHash(EntityKind kind, size_t seed = 0) noexcept { return ::qHash(int(kind), seed); }
using ::qHash;

} // namespace seawall
