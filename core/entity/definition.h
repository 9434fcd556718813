// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace seawall {

struct EntityDef;

// The definition of the entity a model struct holds: its table and
// columns (entitydef.h). Each model header declares its own, and
// model/<entity>.cpp writes it.
template <typename T>
const EntityDef &definition();

} // namespace seawall
