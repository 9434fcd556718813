// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QSet>

namespace seawall::VaccinationStatus {

// Each person row keeps the days of their vaccination milestones
// (first_dose_on, full_on, booster_on; see VaccinationMilestones), so that
// the figures count full vaccination as of any day with one indexed scan
// of the roster instead of grouping every dose. Whatever writes doses
// refreshes them.

// Recomputes one person's milestones from their doses.
Status refresh(Database &db, qint64 personId);

// Recomputes these persons' (those whose doses a write changed): one by
// one, or everyone's at once when they are so many that it is cheaper.
Status refresh(Database &db, const QSet<qint64> &personIds);

// Recomputes everyone's (after a bulk load or a migration).
Status refreshAll(Database &db);

} // namespace seawall::VaccinationStatus
