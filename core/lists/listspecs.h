// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lists/listspec.h"

namespace seawall::ListSpecs {

// The list of an entity, as its definition's ListDef describes it.
ListSpec of(EntityKind kind);

} // namespace seawall::ListSpecs
