// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figures/readinessfigures.h"

#include "core/db/sqlrun.h"
#include "core/sql/figurerules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall::Readiness {
namespace {

enum QueryId {
    DutyGaps,        // name of each reporting company not covered
    Shortages,       // stocktake id, company id, name, item, unit, quantity, minimum
    Certificates,    // certified persons, expiring records
    Drills,          // cumulative, last 30 days
    WithoutDrill,    // name of each reporting company without a recent drill
    QueryCount
};

// Adds one row of the query `index` to the figures.
void read(int index, const QSqlQuery &row, ReadinessFigures &f)
{
    const auto v = [&row](int i) { return row.value(i).toLongLong(); };
    switch (index) {
    case DutyGaps: f.dutyGaps << row.value(0).toString(); break;
    case Shortages:
        f.suppliesBelowMinimum.push_back(
            {v(0), v(1), row.value(2).toString(), row.value(3).toString(), row.value(4).toString(), v(5), v(6)});
        break;
    case Certificates:
        f.certified = v(0);
        f.certificatesExpiring = v(1);
        break;
    case Drills:
        f.drillsCumulative = v(0);
        f.drillsLast30Days = v(1);
        break;
    case WithoutDrill: f.companiesWithoutDrill << row.value(0).toString(); break;
    default: break;
    }
}

} // namespace

std::vector<FiguresEngine::Query> queries(const QDate &date, const QList<qint64> &companyIds)
{
    const auto in = [&companyIds](const QString &column) { return SqlRun::inIds(column, companyIds); };
    const QString d = date.toString(Qt::ISODate);
    const QString windowStart = date.addDays(1 - FigureRules::kDrillWindowDays).toString(Qt::ISODate);
    std::vector<FiguresEngine::Query> q(QueryCount);

    q[DutyGaps] = {u"SELECT c.name FROM company c WHERE "_s + FigureRules::reportingCompany() + u" AND NOT "_s
                       + FigureRules::dutyCovered() + in(u"c.id"_s) + u" ORDER BY c.code"_s,
                   {d}};
    q[Shortages] = {u"SELECT s.id, c.id, c.name, s.item, s.unit, s.quantity, "_s + FigureRules::minimumInForce()
                        + u" FROM stocktake s JOIN company c ON c.id = s.company_id WHERE "_s
                        + FigureRules::latestStocktake() + u" AND "_s + FigureRules::belowMinimum() + in(u"s.company_id"_s)
                        + u" ORDER BY c.code, s.item"_s,
                    {d}};
    q[Certificates] = {u"SELECT count(DISTINCT CASE WHEN "_s + FigureRules::certifies() + u" THEN t.person_id END),"
                           u" coalesce(sum(CASE WHEN "_s + FigureRules::certificateExpiringSoon() + u" THEN 1 ELSE 0 END), 0)"
                           u" FROM training t JOIN person p ON p.id = t.person_id WHERE "_s + FigureRules::activePerson()
                           + in(u"coalesce(t.company_id, p.company_id)"_s),
                       {d, d, d, d, d, d, d}};
    q[Drills] = {u"SELECT count(*), coalesce(sum(CASE WHEN drill_date >= ? THEN 1 ELSE 0 END), 0)"
                 u" FROM drill WHERE drill_date <= ?"_s + in(u"company_id"_s),
                 {windowStart, d}};
    q[WithoutDrill] = {u"SELECT c.name FROM company c WHERE "_s + FigureRules::reportingCompany()
                           + u" AND NOT EXISTS (SELECT 1 FROM drill x WHERE x.company_id = c.id"
                             u" AND x.drill_date >= ? AND x.drill_date <= ?)"_s
                           + in(u"c.id"_s) + u" ORDER BY c.code"_s,
                       {windowStart, d}};
    return q;
}

Result<ReadinessFigures> compute(Database &db, const QDate &date, const QList<qint64> &companyIds)
{
    ReadinessFigures f;
    const std::vector<FiguresEngine::Query> all = queries(date, companyIds);
    for (int index = 0; index < int(all.size()); ++index) {
        const Status status = SqlRun::eachRow(db, all[index].sql, all[index].binds,
                                              [&](const QSqlQuery &row) { read(index, row, f); });
        if (!status)
            return status.error();
    }
    return f;
}

QJsonObject toJson(const ReadinessFigures &f)
{
    QJsonArray shortages;
    for (const SupplyShortage &s : f.suppliesBelowMinimum)
        shortages.append(QJsonObject{{u"company"_s, s.company},
                                     {u"item"_s, s.item},
                                     {u"unit"_s, s.unit},
                                     {u"quantity"_s, s.quantity},
                                     {u"minimum"_s, s.minimum}});
    return QJsonObject{
        {u"duty_gaps"_s, QJsonArray::fromStringList(f.dutyGaps)},
        {u"supplies_below_minimum"_s, shortages},
        {u"certified"_s, f.certified},
        {u"certificates_expiring"_s, f.certificatesExpiring},
        {u"drills_cumulative"_s, f.drillsCumulative},
        {u"drills_last_30_days"_s, f.drillsLast30Days},
        {u"companies_without_drill"_s, QJsonArray::fromStringList(f.companiesWithoutDrill)},
    };
}

QList<std::pair<QString, QString>> textRows(const ReadinessFigures &f)
{
    const QLocale locale;
    const auto names = [&locale](const QStringList &list) {
        return list.isEmpty() ? QCoreApplication::translate("Figures", "none") : locale.createSeparatedList(list);
    };
    QStringList shortages;
    for (const SupplyShortage &s : f.suppliesBelowMinimum)
        shortages << QCoreApplication::translate("Figures", "%1 %2 (%3 of %4)")
                         .arg(s.company, s.item, locale.toString(s.quantity), locale.toString(s.minimum));
    return {
        {QCoreApplication::translate("Figures", "Duty gaps"), names(f.dutyGaps)},
        {QCoreApplication::translate("Figures", "Supplies below minimum"), names(shortages)},
        {QCoreApplication::translate("Figures", "Persons certified"), locale.toString(f.certified)},
        {QCoreApplication::translate("Figures", "Certificates expiring within 30 days"), locale.toString(f.certificatesExpiring)},
        {QCoreApplication::translate("Figures", "Drills to date"), locale.toString(f.drillsCumulative)},
        {QCoreApplication::translate("Figures", "Drills in the last 30 days"), locale.toString(f.drillsLast30Days)},
        {QCoreApplication::translate("Figures", "Units without a drill in 30 days"), names(f.companiesWithoutDrill)},
    };
}

} // namespace seawall::Readiness
