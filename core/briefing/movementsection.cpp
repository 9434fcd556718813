// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/briefing/movementsection.h"

#include "core/db/sqlrun.h"
#include "core/figures/movementqueries.h"
#include "core/model/dailyreport.h"
#include "core/sql/figurerules.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace seawall::MovementSection {

Status fill(Database &db, Briefing &b)
{
    const QDate date = b.figures.date;
    for (const CompanyFigures &c : b.figures.companies) {
        const CompanyMovement &m = c.movement;
        if (m.arrivalsOnDate == 0 && m.underObservation == 0 && m.away == 0)
            continue;
        // The company's own records only, as its line of the figures.
        Figures own;
        if (Status status = MovementQueries::read(db, date, {c.id}, own); !status)
            return status;
        b.movement.push_back({c.name, own.movement});
    }
    return SqlRun::eachRow(
        db,
        u"SELECT c.name, r.anomalies, r.away, r.arrivals, r.under_observation FROM daily_report r"
        u" JOIN company c ON c.id = r.company_id WHERE r.report_date = ? AND "_s
            + FigureRules::countedReport() + u" ORDER BY c.code"_s,
        {date.toString(Qt::ISODate)}, [&b](const QSqlQuery &q) {
            const QString text = q.value(1).toString().trimmed();
            if (!DailyReport::isZeroText(text))
                b.anomalies.push_back({q.value(0).toString(), text});
            b.reportedAway += q.value(2).toLongLong();
            b.reportedArrivals += q.value(3).toLongLong();
            b.reportedObservation += q.value(4).toLongLong();
        });
}

QStringList clauses(const Briefing &b)
{
    const MovementFigures &m = b.figures.movement;
    const bool morning = b.edition == ReportEdition::Morning;
    const auto n = [](qint64 value) { return QString::number(value); };
    const auto count = [](qint64 value) { return int(std::min<qint64>(value, std::numeric_limits<int>::max())); };
    QStringList result;
    if (b.figures.dailyReports.reported > 0)
        result << QCoreApplication::translate("Briefing", "the units report %1 away, %2 arrivals and %3 under observation")
                      .arg(n(b.reportedAway), n(b.reportedArrivals), n(b.reportedObservation));
    if (m.arrivalsOnDate > 0)
        result << QCoreApplication::translate(
                          "Briefing",
                          morning ? QT_TRANSLATE_N_NOOP("Briefing", "%n arrival(s) registered yesterday, %1 from "
                                                                    "medium- or high-risk areas")
                                  : QT_TRANSLATE_N_NOOP("Briefing", "%n arrival(s) registered today, %1 from "
                                                                    "medium- or high-risk areas"),
                          nullptr, count(m.arrivalsOnDate))
                      .arg(n(m.arrivalsRiskOnDate));
    if (m.underObservation > 0)
        result << QCoreApplication::translate("Briefing",
                                              "%n person(s) under observation (%1 in centralised quarantine, %2 "
                                              "under home health monitoring), %3 on their last day; health checks "
                                              "missed: %4, abnormal: %5",
                                              nullptr, count(m.underObservation))
                      .arg(n(m.quarantine), n(m.homeMonitoring), n(m.lastDay), n(m.checksMissed),
                           n(m.checksAbnormal));
    if (m.away > 0 && m.overdueReturns > 0)
        result << QCoreApplication::translate("Briefing", "%n person(s) away from the city, %1 past their planned return",
                                              nullptr, count(m.away))
                      .arg(n(m.overdueReturns));
    else if (m.away > 0)
        result << QCoreApplication::translate("Briefing", "%n person(s) away from the city, none past their planned return",
                                              nullptr, count(m.away));
    return result;
}

} // namespace seawall::MovementSection
