// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figures/figures.h"
#include "core/model/enums.h"
#include "core/readiness/readinessdetails.h"
#include "core/reports/openfindings.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace seawall {

// The contents of one daily briefing (防控日报) as plain data: what the
// printed page shows, computed in core and painted by ui/print.
struct Briefing
{
    enum class ReportState { Reported, Zero, Missing, NotRequired };

    struct CompanyRow
    {
        QString code;
        QString name;
        qint64 personnel = 0; // active, that company only
        qint64 testsToday = 0; // records whose reporting company it is
        double fullRate = 0.0;
        qint64 shiftsToday = 0; // volunteer shifts starting on the day, by persons of the company
        qint64 findingsOpen = 0;
        ReportState report = ReportState::NotRequired;
    };

    struct DayCount
    {
        QDate date;
        qint64 count = 0;
    };

    struct Coverage // vaccination by company, active persons
    {
        QString company;
        qint64 active = 0;
        qint64 exempt = 0; // the rates' base is active − exempt, as full_rate's
        qint64 firstDose = 0;
        qint64 full = 0;
        qint64 booster = 0;
    };

    struct FindingTally // findings of inspections of one company, as of the day
    {
        QString company;
        qint64 open = 0;
        qint64 rectified = 0;
    };

    struct TeamHours
    {
        QString team;
        double hours = 0.0; // cumulative to the day
    };

    // The morning reports of the briefing's day received when it was built:
    // those expected (units that send a morning report), how many came, and
    // the names of the others, by code.
    struct MorningReports
    {
        qint64 expected = 0;
        qint64 received = 0;
        QStringList missing;
    };

    QString groupName; // the root company's name
    QDate date; // the day the briefing is of
    ReportEdition edition = ReportEdition::Evening;
    int issueNumber = 1; // 第N期

    // Everything below is as of the end of figures.date (数据截至…24时): the
    // briefing's day for the evening edition; the day before for the morning
    // one, printed before the day's data exist.
    Figures figures;
    Figures previous; // the day before figures.date, for the changes
    // Tests sampled on figures.date whose result is not in yet: while there
    // are any, the paragraph must not say that all results are negative.
    qint64 testsPendingToday = 0;
    QString paragraph; // drafted from the numbers, or as the user edited it
    bool paragraphEdited = false;

    std::vector<CompanyRow> companies; // ordered by code, the root last
    std::vector<DayCount> testsPerDay; // the 14 days up to figures.date
    std::vector<Coverage> coverage; // companies with active persons
    std::vector<FindingTally> findings; // companies with findings
    std::vector<TeamHours> volunteerHours; // by team, most hours first
    std::vector<OpenFinding> openFindings; // overdue first, then by deadline
    QStringList missingUnits; // names, by code
    // The morning edition only: its day's morning reports so far.
    std::optional<MorningReports> morningReports;

    // 保障情况: duty, supplies, certificates and drills as of figures.date.
    ReadinessDetails readiness;
    QString printedBy;
    QDateTime printedAt;
    QString programVersion;

    // People on the move (来返人员与健康监测) of a company, through its own
    // records, as of figures.date: the `movement` figures of that company.
    struct MovementRow
    {
        QString company;
        MovementFigures figures;
    };
    std::vector<MovementRow> movement; // companies with any, by code
    // A unit's anomalies text of its report of figures.date (the evening
    // edition when it sent both), when not a zero report.
    struct Anomaly
    {
        QString company;
        QString text;
    };
    std::vector<Anomaly> anomalies; // by company code
    // The daily reports' own counts of figures.date, summed: 外出, 外来, 隔离观察.
    qint64 reportedAway = 0;
    qint64 reportedArrivals = 0;
    qint64 reportedObservation = 0;
};

} // namespace seawall
