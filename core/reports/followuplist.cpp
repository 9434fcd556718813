// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/followuplist.h"

#include "core/db/sqlrun.h"
#include "core/sql/figurerules.h"
#include "core/sql/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace seawall {

FollowUpList::FollowUpList(Database &db, QList<qint64> scope) : m_db(db), m_scope(std::move(scope)) {}

Result<std::vector<FollowUpEntry>> FollowUpList::observed(const QDate &date) const
{
    const QString d = SqlValues::date(date).toString();
    const QString scope = SqlRun::inIds(u"a2.company_id"_s, m_scope);
    // Per person the observed arrival that ends last (the one whose last
    // day the figures count), and whether any observed one is centralised.
    const QString latest = u"(SELECT a2.id FROM arrival a2 WHERE a2.person_id = a.person_id AND "_s
                           + FigureRules::observedArrival(u"a2"_s) + scope
                           + u" ORDER BY a2.ends_on DESC, a2.id DESC LIMIT 1)"_s;
    const QString quarantine = u"EXISTS (SELECT 1 FROM arrival a2 WHERE a2.person_id = a.person_id AND "_s
                               + FigureRules::observedArrival(u"a2"_s) + scope
                               + u" AND a2.measure = 'quarantine')"_s;
    std::vector<FollowUpEntry> list;
    const Status status = SqlRun::eachRow(
        m_db,
        u"SELECT a.person_id, a.company_id, c.code, c.name, p.name, p.id_number, p.phone, a.from_place,"
        u" a.arrived_on, a.ends_on, "_s
            + quarantine
            + u", h.id, h.temperature, h.symptoms, h.abnormal"
              u" FROM arrival a JOIN person p ON p.id = a.person_id JOIN company c ON c.id = a.company_id"
              u" LEFT JOIN health_check h ON h.person_id = a.person_id AND h.checked_on = ?"
              u" WHERE a.id = "_s
            + latest + u" AND "_s + FigureRules::observedArrival(u"a"_s) + SqlRun::inIds(u"a.company_id"_s, m_scope),
        {d, d, d, d, d, d, d},
        [&list, &date](const QSqlQuery &q) {
            const auto id = [&q](int i) { return q.value(i).toLongLong(); };
            const auto text = [&q](int i) { return q.value(i).toString(); };
            const auto day = [&q](int i) { return SqlValues::toDate(q.value(i)); };
            FollowUpEntry e;
            e.personId = id(0);
            e.companyId = id(1);
            e.companyCode = text(2);
            e.companyName = text(3);
            e.name = text(4);
            e.idNumber = text(5);
            e.phone = text(6);
            e.fromPlace = text(7);
            e.arrivedOn = day(8);
            e.endsOn = day(9);
            e.measure = id(10) != 0 ? ObservationMeasure::Quarantine : ObservationMeasure::HomeMonitoring;
            e.day = int(e.arrivedOn.daysTo(date)) + 1;
            e.days = int(e.arrivedOn.daysTo(e.endsOn));
            e.checkId = id(11);
            if (!q.value(12).isNull())
                e.temperature = q.value(12).toDouble();
            e.symptoms = text(13);
            e.abnormal = id(14) != 0;
            list.push_back(e);
        });
    if (!status)
        return status.error();
    const auto rank = [](const FollowUpEntry &e) { return e.abnormal ? 0 : e.checked() ? 2 : 1; };
    std::sort(list.begin(), list.end(), [&rank](const FollowUpEntry &a, const FollowUpEntry &b) {
        return std::tuple(rank(a), a.companyCode, a.name, a.personId) < std::tuple(rank(b), b.companyCode, b.name, b.personId);
    });
    return list;
}

Result<std::vector<OverdueReturn>> FollowUpList::overdueReturns(const QDate &date) const
{
    const QString d = SqlValues::date(date).toString();
    std::vector<OverdueReturn> list;
    const Status status = SqlRun::eachRow(
        m_db,
        u"SELECT d.person_id, c.name, p.name, p.phone, d.destination, d.leave_on, d.planned_return_on"
        u" FROM departure d JOIN person p ON p.id = d.person_id JOIN company c ON c.id = d.company_id"
        u" WHERE "_s
            + FigureRules::awayDeparture(u"d"_s) + u" AND d.planned_return_on < ?"_s
            + SqlRun::inIds(u"d.company_id"_s, m_scope) + u" ORDER BY d.planned_return_on, c.code, p.name"_s,
        {d, d, d},
        [&list, &date](const QSqlQuery &q) {
            const QDate planned = SqlValues::toDate(q.value(6));
            const OverdueReturn r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString(), SqlValues::toDate(q.value(5)),
                                  planned, int(planned.daysTo(date))};
            // A person away through two declarations is listed once, by the older return.
            if (std::none_of(list.begin(), list.end(), [&r](const OverdueReturn &o) { return o.personId == r.personId; }))
                list.push_back(r);
        });
    if (!status)
        return status.error();
    return list;
}

} // namespace seawall
