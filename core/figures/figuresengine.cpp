// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figures/figuresengine.h"

#include "core/figures/readinessfigures.h"

#include "core/sql/sqldialect.h"
#include "core/db/sqlrun.h"
#include "core/sql/figurerules.h"
#include "core/figures/movementqueries.h"

#include <QHash>

#include <cmath>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

const QString kRectified = FigureRules::rectifiedFinding();

enum QueryId {
    Personnel,      // company, active, party members, exempt, first dose, full, booster
    TestsByCompany, // company, tests on D
    TestsOnDate,    // count, distinct persons, positive
    TestsCumulative,
    Volunteers,     // shifts on D, hours on D, hours cumulative, people
    Inspections,
    Findings,       // company, all, rectified, open, overdue
    Reports,        // company, zero report of the latest edition
    Companies,      // id, code, name, reports daily
    QueryCount
};

std::vector<FiguresEngine::Query> queriesFor(const QDate &date, const QList<qint64> &companyIds)
{
    const auto in = [&companyIds](const QString &column) { return SqlRun::inIds(column, companyIds); };
    const QString d = date.toString(Qt::ISODate);
    const QString next = date.addDays(1).toString(Qt::ISODate);
    const QString hours = SqlDialect::hoursBetween(u"start_at"_s, u"end_at"_s);
    std::vector<FiguresEngine::Query> q(QueryCount);

    // Vaccination counts come from the milestones kept on each person
    // (VaccinationStatus): reached on or before D.
    q[Personnel] = {u"SELECT p.company_id, count(*), sum(p.party_member),"
                    u" sum(CASE WHEN "_s + FigureRules::exemptPerson() + u" THEN 1 ELSE 0 END),"
                    u" sum(CASE WHEN p.first_dose_on <= ? THEN 1 ELSE 0 END),"
                    u" sum(CASE WHEN p.full_on <= ? THEN 1 ELSE 0 END),"
                    u" sum(CASE WHEN p.booster_on <= ? THEN 1 ELSE 0 END)"
                    u" FROM person p WHERE "_s + FigureRules::activePerson() + in(u"p.company_id"_s) + u" GROUP BY p.company_id"_s,
                    {d, d, d, d, d, d, d}};

    q[TestsByCompany] = {u"SELECT company_id, count(*) FROM nucleic_test WHERE sampled_on = ?"_s + in(u"company_id"_s)
                             + u" GROUP BY company_id"_s,
                         {d}};
    q[TestsOnDate] = {u"SELECT count(*), count(DISTINCT person_id),"
                      u" coalesce(sum(CASE WHEN result = 'positive' THEN 1 ELSE 0 END), 0)"
                      u" FROM nucleic_test WHERE sampled_on = ?"_s + in(u"company_id"_s),
                      {d}};
    // Tests to date from the counts kept per day and company (schema 14): a
    // few rows a day, however many tests there are.
    q[TestsCumulative] = {u"SELECT coalesce(sum(tests), 0) FROM nucleic_test_day_count WHERE sampled_on <= ?"_s
                              + in(u"company_id"_s),
                          {d}};

    q[Volunteers] = {u"SELECT coalesce(sum(CASE WHEN start_at >= ? THEN 1 ELSE 0 END), 0),"
                     u" coalesce(sum(CASE WHEN start_at >= ? THEN "_s + hours + u" ELSE 0 END), 0),"
                     u" coalesce(sum("_s + hours + u"), 0), count(DISTINCT person_id)"
                     u" FROM volunteer_shift WHERE start_at < ?"_s + in(u"company_id"_s),
                     {d, d, next}};

    q[Inspections] = {u"SELECT count(*) FROM inspection WHERE inspected_on <= ?"_s + in(u"company_id"_s), {d}};
    q[Findings] = {u"SELECT i.company_id, count(*), sum(CASE WHEN "_s + kRectified + u" THEN 1 ELSE 0 END),"
                   u" sum(CASE WHEN NOT "_s + kRectified + u" THEN 1 ELSE 0 END),"
                   u" sum(CASE WHEN "_s + FigureRules::overdueFinding() + u" THEN 1 ELSE 0 END)"
                   u" FROM finding f JOIN inspection i ON i.id = f.inspection_id"
                   u" WHERE i.inspected_on <= ?"_s + in(u"i.company_id"_s) + u" GROUP BY i.company_id"_s,
                   {d, d, d, d, d}};

    // A unit that sent both editions counts by its evening one.
    q[Reports] = {u"SELECT r.company_id, r.zero_report FROM daily_report r WHERE r.report_date = ? AND "_s
                      + FigureRules::countedReport() + in(u"r.company_id"_s),
                  {d}};
    q[Companies] = {u"SELECT id, code, name, reports_daily FROM company WHERE 1 = 1"_s + in(u"id"_s)
                        + u" ORDER BY code"_s,
                    {}};
    return q;
}

// One company's figures as the queries are read, and what its rate and
// its report are worked out from once the companies come.
struct Tally
{
    CompanyFigures figures;
    qint64 exempt = 0;
    qint64 full = 0;
    std::optional<bool> zeroReport; // set when the company reported
};

double rate(qint64 full, qint64 active, qint64 exempt)
{
    const qint64 base = active - exempt;
    return base > 0 ? double(full) / double(base) : 0.0;
}

} // namespace

FiguresEngine::FiguresEngine(Database &db, QList<qint64> companyIds) : m_db(db), m_companyIds(std::move(companyIds)) {}

Result<Figures> FiguresEngine::compute(const QDate &date) const
{
    Figures f;
    f.date = date;
    QHash<qint64, Tally> tally;

    const auto queries = queriesFor(date, m_companyIds);
    QSqlQuery q(m_db.connection());
    SqlRun::readForward(q);
    // Runs one query, leaving its rows to read in `q`.
    const auto run = [&q](const Query &query) {
        if (!q.prepare(query.sql))
            return false;
        for (const QVariant &value : query.binds)
            q.addBindValue(value);
        return q.exec();
    };
    for (int id = 0; id < QueryCount; ++id) {
        if (!run(queries[id]))
            return m_db.errorFrom(q);
        while (q.next()) {
            const auto v = [&q](int i) { return q.value(i).toLongLong(); };
            switch (id) {
            case Personnel:
                tally[v(0)].figures.personnel = v(1);
                tally[v(0)].exempt = v(3);
                tally[v(0)].full = v(5);
                f.personnel.active += v(1);
                f.personnel.partyMembers += v(2);
                f.vaccination.exempt += v(3);
                f.vaccination.firstDose += v(4);
                f.vaccination.full += v(5);
                f.vaccination.booster += v(6);
                break;
            case TestsByCompany:
                tally[v(0)].figures.testsOnDate = v(1);
                break;
            case TestsOnDate:
                f.tests.onDate = v(0);
                f.tests.personsOnDate = v(1);
                f.tests.positiveOnDate = v(2);
                break;
            case TestsCumulative:
                f.tests.cumulative = v(0);
                break;
            case Volunteers:
                f.volunteers.shiftsOnDate = v(0);
                f.volunteers.hoursOnDate = q.value(1).toDouble();
                f.volunteers.hoursCumulative = q.value(2).toDouble();
                f.volunteers.peopleCumulative = v(3);
                break;
            case Inspections:
                f.inspections.cumulative = v(0);
                break;
            case Findings:
                tally[v(0)].figures.findingsOpen = v(3);
                f.inspections.findings += v(1);
                f.inspections.findingsRectified += v(2);
                f.inspections.findingsOpen += v(3);
                f.inspections.findingsOverdue += v(4);
                break;
            case Reports:
                tally[v(0)].zeroReport = v(1) != 0;
                break;
            case Companies: {
                const Tally t = tally.value(v(0));
                CompanyFigures c = t.figures;
                c.id = v(0);
                c.code = q.value(1).toString();
                c.name = q.value(2).toString();
                c.fullRate = rate(t.full, c.personnel, t.exempt);
                if (q.value(3).toInt() != 0) {
                    c.reported = t.zeroReport.has_value();
                    ++f.dailyReports.expected;
                    if (t.zeroReport) {
                        ++f.dailyReports.reported;
                        f.dailyReports.zero += *t.zeroReport ? 1 : 0;
                    } else {
                        f.dailyReports.missing << c.name;
                    }
                }
                f.companies.push_back(c);
                break;
            }
            }
        }
        q.finish();
    }
    Result<ReadinessFigures> readiness = Readiness::compute(m_db, date, m_companyIds);
    if (!readiness)
        return readiness.error();
    f.readiness = std::move(readiness.value());
    if (Status status = MovementQueries::read(m_db, date, m_companyIds, f); !status)
        return status.error();
    f.vaccination.fullRate = rate(f.vaccination.full, f.personnel.active, f.vaccination.exempt);
    // Rounded to whole milli-hours so that sums of floating point hours
    // compare and print stably.
    f.volunteers.hoursOnDate = std::round(f.volunteers.hoursOnDate * 1000.0) / 1000.0;
    f.volunteers.hoursCumulative = std::round(f.volunteers.hoursCumulative * 1000.0) / 1000.0;
    return f;
}

QString FiguresEngine::sqlScript(const QDate &date) const
{
    QString script;
    std::vector<Query> queries = queriesFor(date, m_companyIds);
    for (Query &query : Readiness::queries(date, m_companyIds))
        queries.push_back(std::move(query));
    for (Query &query : MovementQueries::queries(date, m_companyIds))
        queries.push_back(std::move(query));
    for (const Query &query : queries) {
        QString sql = query.sql;
        for (const QVariant &value : query.binds) {
            // Only dates this class formatted itself are ever written in.
            sql.replace(sql.indexOf(u'?'), 1, u"'%1'"_s.arg(value.toString()));
        }
        script += sql + u";\n"_s;
    }
    return script;
}

} // namespace seawall
