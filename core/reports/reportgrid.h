// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/model/enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace seawall {

// What a unit sent for one day or one edition. NotExpected is the morning
// edition of a unit that sends no morning report and sent none.
enum class ReportState { Missing, ZeroReport, Reported, NotExpected };

struct ReportCell
{
    ReportState state = ReportState::Missing;
    qint64 reportId = 0;
    ReportEdition edition = ReportEdition::Evening; // of the report shown
    QString anomalies;

    bool operator==(const ReportCell &) const = default;
};

// One unit that must report: a cell per day, and the two editions of the
// last day apart.
struct ReportGridRow
{
    qint64 companyId = 0;
    QString code;
    QString name;
    bool sendsMorning = false; // a morning report is expected from it
    // Oldest day first; the last is the as-of day. A unit has reported for a
    // day with a report of either edition; a day with both shows its evening
    // one, which decides whether it is a zero report, as the figures count it.
    std::vector<ReportCell> days;
    // The as-of day's editions. The morning one is NotExpected when the unit
    // sends none and sent none; the evening one Missing when it sent none.
    ReportCell morning;
    ReportCell evening;
};

struct ReportGrid
{
    std::vector<QDate> dates; // oldest first, the as-of day last
    std::vector<ReportGridRow> rows; // ordered by company code
    // Whether a unit of the grid sends a morning report: only then has the
    // as-of day a column for the morning edition.
    bool morningColumn = false;
};

// A unit with no report for the day, to be called.
struct CallListEntry
{
    qint64 companyId = 0;
    QString code;
    QString name;
    QString contactPerson;
    QString contactPhone;
    // Days since the unit last reported (1 when it reported the day before);
    // nullopt when it never reported.
    std::optional<int> daysMissed;

    bool operator==(const CallListEntry &) const = default;
};

// The daily-report side of the Today view, as of the end of a day: who sent
// what over the last days, and whom to call. The units are those of
// DOMAIN.md's figures (FigureRules), so the lists agree with the counts. A
// scope (company ids, empty for the whole group) narrows every list to a
// part of the tree.
class ReportStatus
{
public:
    explicit ReportStatus(Database &db, QList<qint64> scope = {});

    Result<ReportGrid> grid(const QDate &date, int days) const;
    // Ordered by company code, as the figures list the missing units.
    Result<std::vector<CallListEntry>> callList(const QDate &date) const;

private:
    QString scopeSql(const QString &column) const;

    Database &m_db;
    QList<qint64> m_scope;
};

} // namespace seawall
