// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/briefing/briefing.h"
#include "core/db/database.h"

namespace seawall::MovementSection {

// Fills what the briefing says of people on the move and of the units'
// reports as of briefing.figures.date: each company's movement figures
// through its own records (those with any), the anomalies texts of the
// reports, and the reports' counts of away, arrivals and under observation.
// The figures and companies of the briefing are in already.
Status fill(Database &db, Briefing &briefing);

// The paragraph's clauses of them, in the user's language: what the reports
// count, and the registers' arrivals, observation, checks and returns.
QStringList clauses(const Briefing &briefing);

} // namespace seawall::MovementSection
