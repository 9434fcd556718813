// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/lists/listspec.h"

namespace seawall::ListSpecs {

// The record lists of the main window, one for each entity.
ListSpec companies();
ListSpec persons();
ListSpec tests();
ListSpec vaccinations();
ListSpec shifts();
ListSpec inspections();
// The findings of one inspection (the model's parent condition chooses it).
ListSpec findings();
ListSpec dailyReports();

} // namespace seawall::ListSpecs
