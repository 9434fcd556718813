// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportgrid.h"

#include "core/db/sqlrun.h"
#include "core/sql/sqlvalues.h"
#include "core/sql/figurerules.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall {

using SqlRun::run;

ReportStatus::ReportStatus(Database &db, QList<qint64> scope) : m_db(db), m_scope(std::move(scope)) {}

QString ReportStatus::scopeSql(const QString &column) const
{
    return SqlRun::inIds(column, m_scope);
}

Result<ReportGrid> ReportStatus::grid(const QDate &date, int days) const
{
    ReportGrid grid;
    const QDate first = date.addDays(1 - qMax(1, days));
    for (QDate d = first; d <= date; d = d.addDays(1))
        grid.dates.push_back(d);

    auto units = run(m_db,
        u"SELECT c.id, c.code, c.name, "_s + FigureRules::morningReportingCompany()
            + u" FROM company c WHERE "_s + FigureRules::reportingCompany() + scopeSql(u"c.id"_s)
            + u" ORDER BY c.code"_s,
        {});
    if (!units)
        return units.error();
    QHash<qint64, size_t> rowOf;
    while (units.value().next()) {
        ReportGridRow row;
        row.companyId = units.value().value(0).toLongLong();
        row.code = units.value().value(1).toString();
        row.name = units.value().value(2).toString();
        row.sendsMorning = units.value().value(3).toInt() != 0;
        row.morning.edition = ReportEdition::Morning;
        if (!row.sendsMorning)
            row.morning.state = ReportState::NotExpected;
        grid.morningColumn = grid.morningColumn || row.sendsMorning;
        row.days.resize(grid.dates.size());
        rowOf.insert(row.companyId, grid.rows.size());
        grid.rows.push_back(std::move(row));
    }

    // A range over daily_report_day (report_date, company_id).
    auto reports = run(m_db,
                       u"SELECT r.id, r.company_id, r.report_date, r.edition, r.zero_report, r.anomalies"
                       u" FROM daily_report r WHERE r.report_date BETWEEN ? AND ?"_s
                           + scopeSql(u"r.company_id"_s),
                       {SqlValues::date(first), SqlValues::date(date)});
    if (!reports)
        return reports.error();
    QSqlQuery &q = reports.value();
    while (q.next()) {
        const auto found = rowOf.constFind(q.value(1).toLongLong());
        if (found == rowOf.constEnd())
            continue; // a unit that need not report
        ReportGridRow &row = grid.rows[*found];
        const QDate day = SqlValues::toDate(q.value(2));
        ReportCell cell;
        cell.reportId = q.value(0).toLongLong();
        cell.edition = parseEnum<ReportEdition>(q.value(3).toString()).value_or(ReportEdition::Evening);
        cell.state = q.value(4).toInt() != 0 ? ReportState::ZeroReport : ReportState::Reported;
        cell.anomalies = q.value(5).toString();
        const auto index = size_t(first.daysTo(day));
        if (index >= row.days.size())
            continue;
        ReportCell &dayCell = row.days[index];
        // The evening edition stands for the day when both came.
        if (dayCell.state == ReportState::Missing || cell.edition == ReportEdition::Evening)
            dayCell = cell;
        if (day == date)
            (cell.edition == ReportEdition::Morning ? row.morning : row.evening) = cell;
    }
    return grid;
}

Result<std::vector<CallListEntry>> ReportStatus::callList(const QDate &date) const
{
    const QString d = SqlValues::date(date).toString();
    // Both lookups go through the unique (company_id, report_date, edition)
    // index.
    return SqlRun::collect(
        m_db,
        u"SELECT c.id, c.code, c.name, c.contact_person, c.contact_phone,"
        u" (SELECT max(r.report_date) FROM daily_report r WHERE r.company_id = c.id"
        u" AND r.report_date <= ?)"
        u" FROM company c WHERE "_s
            + FigureRules::reportingCompany() + scopeSql(u"c.id"_s)
            + u" AND NOT EXISTS (SELECT 1 FROM daily_report r WHERE r.company_id = c.id"
              u" AND r.report_date = ?) ORDER BY c.code"_s,
        {d, d}, [&date](const QSqlQuery &q) {
            using E = CallListEntry;
            E e = SqlRun::fields(q, &E::companyId, &E::code, &E::name, &E::contactPerson, &E::contactPhone);
            const QDate last = SqlValues::toDate(q.value(5));
            if (last.isValid())
                e.daysMissed = int(last.daysTo(date));
            return e;
        });
}

} // namespace seawall
