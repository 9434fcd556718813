// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/briefing/briefing.h"

#include <QString>

class QChart;

namespace seawall::BriefingCharts {

// The briefing's charts, built from its plain data. Every QChart of Seawall
// is made here (Qt Charts is deprecated from Qt 6.10; a move to Qt Graphs
// stays in this folder). They read in black and white: series differ by
// pattern, not colour alone, and bars carry their values. Fonts are sized
// in the print units of PrintStyle; the caller owns the chart.

QChart *testsPerDay(const Briefing &briefing);
QChart *vaccinationCoverage(const Briefing &briefing);
QChart *findingsByCompany(const Briefing &briefing);
QChart *volunteerHoursByTeam(const Briefing &briefing);

// The value written beside the bar of `set` (its legend name) for `category`
// in a chart whose values are written in the tables' format (the coverage
// chart: "87.5%"); empty when there is none.
QString valueLabel(const QChart *chart, const QString &category, const QString &set);

} // namespace seawall::BriefingCharts
