// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seawall::FigureRules {

// DOMAIN.md's definitions as SQL conditions, written once for the figures
// engine and the briefing so that the two always count alike.

// Active on D: on the roster, joined on or before D (or no date), not left
// on or before D. Over the person table as `alias`; binds D twice.
QString activePerson(const QString &alias = QStringLiteral("p"));

// Exempt from vaccination on D (a medical contraindication): the exemption
// began on or before D and has not ended before D. Over the person table as
// `alias`; binds D twice.
QString exemptPerson(const QString &alias = QStringLiteral("p"));

// A finding (over the finding table as `alias`) rectified as of D: its
// status says so and it was not rectified after D, so a briefing of an
// earlier day stays as it was. Binds D once.
QString rectifiedFinding(const QString &alias = QStringLiteral("f"));

// A company that must send a daily report (alias c); binds nothing.
QString reportingCompany(const QString &alias = QStringLiteral("c"));

// A company from which a morning report is expected (alias c): one that
// reports daily and also sends a morning report. Binds nothing.
QString morningReportingCompany(const QString &alias = QStringLiteral("c"));

// A finding (alias f) overdue as of D: not rectified as of D and its
// deadline is before D. Binds D twice.
QString overdueFinding();

} // namespace seawall::FigureRules
