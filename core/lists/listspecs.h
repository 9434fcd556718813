// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lists/listspec.h"

namespace seawall::ListSpecs {

// The list of an entity, as its definition's ListDef describes it.
ListSpec of(EntityKind kind);
// The audit log (core/audit/auditlog.h): filters by user, kind of record
// and action, the date range on the day of each line, newest first.
ListSpec audit();

} // namespace seawall::ListSpecs
