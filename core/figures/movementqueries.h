// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figures/figuresengine.h"

#include <vector>

namespace seawall::MovementQueries {

// The aggregates of the `movement` figures and of each company's share,
// for FiguresEngine: the queries for `date` (over the companies given, or
// the group), and their results read into `figures`, whose companies are
// listed already.
std::vector<FiguresEngine::Query> queries(const QDate &date, const QList<qint64> &companyIds);
Status read(Database &db, const QDate &date, const QList<qint64> &companyIds, Figures &figures);

} // namespace seawall::MovementQueries
