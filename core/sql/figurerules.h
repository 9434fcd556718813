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

// Readiness (DOMAIN.md "Readiness").

// Whether the company (alias c) has its duty covered on D: a full-day
// shift, or both a day and a night shift. Binds D once.
QString dutyCovered(const QString &alias = QStringLiteral("c"));

// The minimum in force for a stocktake (over the stocktake table as
// `alias`): the latest one given for its company and item on or before its
// date; NULL when none was. Binds nothing.
QString minimumInForce(const QString &alias = QStringLiteral("s"));

// A stocktake (over the stocktake table as `alias`) whose quantity is below
// the latest minimum given for its company and item on or before its date.
// Binds nothing.
QString belowMinimum(const QString &alias = QStringLiteral("s"));

// The latest stocktake of its company and item dated on or before D (alias
// as above). Binds D once.
QString latestStocktake(const QString &alias = QStringLiteral("s"));

// A training record (alias t) that certifies on D: passed, examined on or
// before D, valid until D or later or without expiry. Binds D twice.
QString certifies(const QString &alias = QStringLiteral("t"));

// A training record (alias t) that certifies on D and expires within
// D + 1 … D + 30. Binds D three times.
QString certificateExpiringSoon(const QString &alias = QStringLiteral("t"));

// The days a drill counts for "in the last 30 days": D − 29 … D.
constexpr int kDrillWindowDays = 30;
constexpr int kCertificateWarningDays = 30;

// People on the move (DOMAIN.md): an arrival (alias) under observation on
// D: a measure other than none, arrived on or before D, its observation
// ending after D. Binds D twice.
// `day` is the SQL of the day when it is not bound (r.report_date).
QString observedArrival(const QString &alias = QStringLiteral("a"), const QString &day = QStringLiteral("?"));

// Whether the person of a row (alias, with a person_id) has a health check
// dated D. Binds D once.
QString checkedOn(const QString &alias = QStringLiteral("a"));

// A departure (alias) that keeps its person away on D: approved, left on or
// before D, not back by D. Binds D twice.
QString awayDeparture(const QString &alias = QStringLiteral("d"), const QString &day = QStringLiteral("?"));

// The daily report (alias r) a unit is counted by for its day: the evening
// edition when it sent both. Binds nothing.
QString countedReport(const QString &alias = QStringLiteral("r"));

} // namespace seawall::FigureRules
