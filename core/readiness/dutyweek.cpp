// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/readiness/dutyweek.h"

#include "core/db/repository.h"
#include "core/db/sqlrun.h"
#include "core/sql/figurerules.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace seawall {

bool DutyWeek::covered(const QList<Duty> &shifts) { return missing(shifts).isEmpty(); }

QList<DutyShift> DutyWeek::missing(const QList<Duty> &shifts)
{
    bool day = false;
    bool night = false;
    for (const Duty &duty : shifts) {
        if (duty.shift == DutyShift::FullDay)
            return {};
        day = day || duty.shift == DutyShift::Day;
        night = night || duty.shift == DutyShift::Night;
    }
    if (day && night)
        return {};
    if (day)
        return {DutyShift::Night};
    if (night)
        return {DutyShift::Day};
    return {DutyShift::FullDay};
}

QDate DutyWeek::weekOf(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }

Result<DutyWeek> DutyWeek::load(Database &db, const QDate &start, const QList<qint64> &companyIds)
{
    DutyWeek week;
    week.start = start;
    QHash<qint64, size_t> rowOf;
    Status status = SqlRun::eachRow(db,
                                    u"SELECT c.id, c.code, c.name FROM company c WHERE "_s + FigureRules::reportingCompany()
                                        + SqlRun::inIds(u"c.id"_s, companyIds) + u" ORDER BY c.code"_s,
                                    {}, [&](const QSqlQuery &q) {
                                        rowOf.insert(q.value(0).toLongLong(), week.rows.size());
                                        week.rows.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                                                             q.value(2).toString(), {}});
                                    });
    if (!status)
        return status.error();
    // Day, night, full day: the order the shifts are listed in.
    const std::vector<Duty> shifts = Repository<Duty>(db).where(
        u"duty_date >= ? AND duty_date <= ?"_s,
        {start.toString(Qt::ISODate), start.addDays(kDays - 1).toString(Qt::ISODate)},
        u"duty_date, company_id, CASE shift WHEN 'day' THEN 0 WHEN 'night' THEN 1 ELSE 2 END"_s);
    for (const Duty &duty : shifts) {
        const auto row = rowOf.constFind(duty.companyId);
        const qint64 column = start.daysTo(duty.date);
        if (row != rowOf.cend() && column >= 0 && column < kDays)
            week.rows[*row].days[size_t(column)].append(duty);
    }
    return week;
}

} // namespace seawall
