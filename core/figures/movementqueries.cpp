// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figures/movementqueries.h"

#include "core/db/sqlrun.h"
#include "core/sql/figurerules.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall::MovementQueries {
namespace {

enum QueryId {
    ArrivalsByCompany, // company, arrivals on D, of those from risk areas
    ObservedByCompany, // company, persons under observation
    Observed,          // persons, under quarantine, last day, no check on D
    Abnormal,          // abnormal checks on D
    AwayByCompany,     // company, persons away
    Away,              // persons away, of those overdue
    QueryCount
};

} // namespace

std::vector<FiguresEngine::Query> queries(const QDate &date, const QList<qint64> &companyIds)
{
    const auto in = [&companyIds](const QString &column) { return SqlRun::inIds(column, companyIds); };
    const QString d = date.toString(Qt::ISODate);
    const QString next = date.addDays(1).toString(Qt::ISODate);
    const QString observed = FigureRules::observedArrival(u"a"_s);
    const QString away = FigureRules::awayDeparture(u"d"_s);
    // Per company, the persons of its records meeting a rule of the day.
    const auto personsByCompany = [&in, &d](const QString &table, const QString &rule) {
        return FiguresEngine::Query{u"SELECT r.company_id, count(DISTINCT r.person_id) FROM %1 r WHERE "_s.arg(table)
                                        + rule + in(u"r.company_id"_s) + u" GROUP BY r.company_id"_s,
                                    {d, d}};
    };
    std::vector<FiguresEngine::Query> q(QueryCount);

    q[ArrivalsByCompany] = {u"SELECT company_id, count(*), sum(CASE WHEN risk_level IN ('medium', 'high') THEN 1 ELSE 0 END)"
                            u" FROM arrival WHERE arrived_on = ?"_s + in(u"company_id"_s) + u" GROUP BY company_id"_s,
                            {d}};
    q[ObservedByCompany] = personsByCompany(u"arrival"_s, FigureRules::observedArrival(u"r"_s));
    // One row per person observed: under quarantine when any observed
    // arrival of theirs is, their last day that of the latest-ending one.
    q[Observed] = {u"SELECT count(*), coalesce(sum(o.quarantine), 0),"
                   u" coalesce(sum(CASE WHEN o.ends_on = ? THEN 1 ELSE 0 END), 0),"
                   u" coalesce(sum(CASE WHEN "_s + FigureRules::checkedOn(u"o"_s) + u" THEN 0 ELSE 1 END), 0)"
                   u" FROM (SELECT a.person_id, max(CASE WHEN a.measure = 'quarantine' THEN 1 ELSE 0 END) AS quarantine, max(a.ends_on) AS ends_on"
                   u" FROM arrival a WHERE "_s + observed + in(u"a.company_id"_s) + u" GROUP BY a.person_id) o"_s,
                   {next, d, d, d}};
    q[Abnormal] = {u"SELECT count(*) FROM health_check WHERE checked_on = ? AND abnormal = 1"_s + in(u"company_id"_s),
                   {d}};
    q[AwayByCompany] = personsByCompany(u"departure"_s, FigureRules::awayDeparture(u"r"_s));
    q[Away] = {u"SELECT count(DISTINCT d.person_id),"
               u" count(DISTINCT CASE WHEN d.planned_return_on < ? THEN d.person_id END)"
               u" FROM departure d WHERE "_s + away + in(u"d.company_id"_s),
               {d, d, d}};
    return q;
}

Status read(Database &db, const QDate &date, const QList<qint64> &companyIds, Figures &figures)
{
    MovementFigures &m = figures.movement;
    QHash<qint64, CompanyMovement> byCompany;
    const auto queryList = queries(date, companyIds);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    for (int id = 0; id < QueryCount; ++id) {
        if (!q.prepare(queryList[size_t(id)].sql))
            return db.errorFrom(q);
        for (const QVariant &value : queryList[size_t(id)].binds)
            q.addBindValue(value);
        if (!q.exec())
            return db.errorFrom(q);
        while (q.next()) {
            const auto v = [&q](int i) { return q.value(i).toLongLong(); };
            switch (id) {
            case ArrivalsByCompany:
                byCompany[v(0)].arrivalsOnDate = v(1);
                m.arrivalsOnDate += v(1);
                m.arrivalsRiskOnDate += v(2);
                break;
            case ObservedByCompany: byCompany[v(0)].underObservation = v(1); break;
            case Observed:
                m.underObservation = v(0);
                m.quarantine = v(1);
                m.homeMonitoring = v(0) - v(1);
                m.lastDay = v(2);
                m.checksMissed = v(3);
                break;
            case Abnormal: m.checksAbnormal = v(0); break;
            case AwayByCompany: byCompany[v(0)].away = v(1); break;
            case Away:
                m.away = v(0);
                m.overdueReturns = v(1);
                break;
            }
        }
        q.finish();
    }
    for (CompanyFigures &company : figures.companies)
        company.movement = byCompany.value(company.id);
    return {};
}

} // namespace seawall::MovementQueries
