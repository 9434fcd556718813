// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace seawall {

// One step of the schema: the statements that take a database from
// `version - 1` to `version`. Steps are never edited once released; a change
// is a new step.
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration> &migrations();

} // namespace seawall
