// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figures/readiness.h"
#include "core/figures/movementfigures.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace seawall {

// One company's line of the figures (that company only, not its children).
struct CompanyFigures
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 personnel = 0;     // active persons
    qint64 testsOnDate = 0;   // records whose reporting company it is
    double fullRate = 0.0;    // full ÷ (active − exempt)
    std::optional<bool> reported; // nullopt for a company that does not report daily
    qint64 findingsOpen = 0;  // open findings of inspections of this company
    CompanyMovement movement; // arrivals on D, under observation, away through its records

    bool operator==(const CompanyFigures &) const = default;
};

// The figures of DOMAIN.md as of the end of one day.
struct Figures
{
    QDate date;

    struct Personnel
    {
        qint64 active = 0;
        qint64 partyMembers = 0;
        bool operator==(const Personnel &) const = default;
    } personnel;

    struct Tests
    {
        qint64 onDate = 0;
        qint64 personsOnDate = 0;
        qint64 positiveOnDate = 0;
        qint64 cumulative = 0;
        bool operator==(const Tests &) const = default;
    } tests;

    struct Vaccination
    {
        qint64 firstDose = 0;
        qint64 full = 0;
        qint64 booster = 0;
        qint64 exempt = 0;
        double fullRate = 0.0;
        bool operator==(const Vaccination &) const = default;
    } vaccination;

    struct Volunteers
    {
        qint64 shiftsOnDate = 0;
        double hoursOnDate = 0.0;
        double hoursCumulative = 0.0;
        qint64 peopleCumulative = 0;
        bool operator==(const Volunteers &) const = default;
    } volunteers;

    struct Inspections
    {
        qint64 cumulative = 0;
        qint64 findings = 0;
        qint64 findingsRectified = 0;
        qint64 findingsOpen = 0;
        qint64 findingsOverdue = 0;
        bool operator==(const Inspections &) const = default;
    } inspections;

    struct DailyReports
    {
        qint64 expected = 0;
        qint64 reported = 0;
        qint64 zero = 0;
        QStringList missing; // names, ordered by company code
        bool operator==(const DailyReports &) const = default;
    } dailyReports;

    std::vector<CompanyFigures> companies; // ordered by code
    MovementFigures movement;

    ReadinessFigures readiness;

    bool operator==(const Figures &) const = default;
};

} // namespace seawall
