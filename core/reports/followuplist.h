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

// A person under observation on the day, with the day's health check when
// there is one: a line of the daily follow-up list (Go.Data's).
struct FollowUpEntry
{
    qint64 personId = 0;
    qint64 companyId = 0; // of the arrival observed
    QString companyCode;
    QString companyName;
    QString name;
    QString idNumber;
    QString phone;
    QString fromPlace;
    ObservationMeasure measure = ObservationMeasure::HomeMonitoring; // 集中隔离 when any observed arrival is
    QDate arrivedOn;
    QDate endsOn;  // the first day no longer observed
    int day = 0;   // day N of observation
    int days = 0;  // of M
    bool lastDay() const { return day == days; }
    // The health check dated the day, if any.
    qint64 checkId = 0;
    std::optional<double> temperature;
    QString symptoms;
    bool abnormal = false;
    bool checked() const { return checkId != 0; }

    bool operator==(const FollowUpEntry &) const = default;
};

// A person away whose planned return is before the day.
struct OverdueReturn
{
    qint64 personId = 0;
    QString companyName;
    QString name;
    QString phone;
    QString destination;
    QDate leaveOn;
    QDate plannedReturnOn;
    int daysOverdue = 0;

    bool operator==(const OverdueReturn &) const = default;
};

// The daily follow-up of people on the move as of the end of a day, by the
// rules of DOMAIN.md that the `movement` figures count (FigureRules): who
// is under observation and whether they were checked, and who is away past
// their planned return. A scope (company ids, empty for the whole group)
// narrows both to the records of part of the tree.
class FollowUpList
{
public:
    explicit FollowUpList(Database &db, QList<qint64> scope = {});

    // Abnormal checks first, then those not checked yet, then the others;
    // each by company code and name.
    Result<std::vector<FollowUpEntry>> observed(const QDate &date) const;
    // Longest overdue first.
    Result<std::vector<OverdueReturn>> overdueReturns(const QDate &date) const;

private:
    Database &m_db;
    QList<qint64> m_scope;
};

} // namespace seawall
