// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/readiness/readinessdetails.h"

#include "core/db/sqlrun.h"
#include "core/figures/readinessfigures.h"
#include "core/readiness/dutyweek.h"
#include "core/sql/figurerules.h"

using namespace Qt::StringLiterals;

namespace seawall {

Result<ReadinessDetails> ReadinessDetails::load(Database &db, const QDate &date, const QList<qint64> &companyIds)
{
    ReadinessDetails details;
    details.date = date;
    const QString d = date.toString(Qt::ISODate);
    const auto in = [&companyIds](const QString &column) { return SqlRun::inIds(column, companyIds); };

    // Duty: the gaps of the day and the next, and who is on duty.
    const Result<DutyWeek> days = DutyWeek::load(db, date, companyIds);
    if (!days)
        return days.error();
    for (int column = 0; column < 2; ++column)
        for (const DutyWeek::Row &row : days.value().rows)
            if (const QList<DutyShift> missing = DutyWeek::missing(row.days.at(size_t(column))); !missing.isEmpty())
                details.dutyGaps.push_back({row.companyId, row.name, date.addDays(column), missing});
    for (const DutyWeek::Row &row : days.value().rows)
        for (const Duty &duty : row.days.front())
            details.onDuty.push_back({row.name, duty});

    // Supplies: as the figure counts them.
    Result<ReadinessFigures> figures = Readiness::compute(db, date, companyIds);
    if (!figures)
        return figures.error();
    details.shortages = std::move(figures.value().suppliesBelowMinimum);

    Status status = SqlRun::eachRow(
        db,
        u"SELECT t.id, p.name, c.name, t.course, t.valid_until FROM training t JOIN person p ON p.id = t.person_id"
        u" JOIN company c ON c.id = coalesce(t.company_id, p.company_id) WHERE "_s
            + FigureRules::certificateExpiringSoon() + u" AND "_s + FigureRules::activePerson()
            + in(u"c.id"_s) + u" ORDER BY t.valid_until, c.code, p.name"_s,
        {d, d, d, d, d}, [&](const QSqlQuery &q) {
            details.expiring.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate)});
        });
    if (!status)
        return status.error();

    const QString windowStart = date.addDays(1 - FigureRules::kDrillWindowDays).toString(Qt::ISODate);
    status = SqlRun::eachRow(
        db,
        u"SELECT id, name, last FROM (SELECT c.id, c.name, c.code, (SELECT max(x.drill_date) FROM drill x"
        u" WHERE x.company_id = c.id AND x.drill_date <= ?) AS last FROM company c WHERE "_s
            + FigureRules::reportingCompany() + in(u"c.id"_s)
            + u") companies WHERE last IS NULL OR last < ? ORDER BY code"_s,
        {d, windowStart}, [&](const QSqlQuery &q) {
            details.withoutDrill.push_back(
                {q.value(0).toLongLong(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate)});
        });
    if (!status)
        return status.error();

    status = SqlRun::eachRow(
        db,
        u"SELECT x.id, x.drill_date, c.name, x.title, x.type, x.participants FROM drill x"
        u" JOIN company c ON c.id = x.company_id WHERE x.drill_date >= ? AND x.drill_date <= ?"_s
            + in(u"c.id"_s) + u" ORDER BY x.drill_date, c.code"_s,
        {QDate(date.year(), date.month(), 1).toString(Qt::ISODate), d}, [&](const QSqlQuery &q) {
            details.drillsThisMonth.push_back({q.value(0).toLongLong(),
                                               QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                               q.value(2).toString(), q.value(3).toString(),
                                               parseEnum<DrillType>(q.value(4).toString()).value_or(DrillType::Other),
                                               q.value(5).toInt()});
        });
    if (!status)
        return status.error();
    return details;
}

} // namespace seawall
