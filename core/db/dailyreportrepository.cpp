// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/dailyreportrepository.h"

#include "core/db/sqlvalues.h"
#include "core/validation/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

DailyReportRepository::DailyReportRepository(Database &db)
    : RepositoryBase(db, u"daily_report"_s,
                     {u"company_id"_s, u"report_date"_s, u"edition"_s, u"on_duty"_s, u"away"_s, u"arrivals"_s,
                      u"under_observation"_s, u"tests_done"_s, u"anomalies"_s, u"zero_report"_s, u"batch_id"_s})
{
}

QVariantList DailyReportRepository::values(const DailyReport &r, qint64 batchId)
{
    // zero_report is stored so that the figures count zero reports with a
    // plain index lookup, by the one definition in DailyReport.
    return {SqlValues::id(r.companyId), SqlValues::date(r.date), toCode(r.edition), r.onDuty, r.away, r.arrivals,
            r.underObservation, r.testsDone, r.anomalies, r.isZeroReport() ? 1 : 0, SqlValues::id(batchId)};
}

DailyReport DailyReportRepository::read(const QSqlQuery &q)
{
    DailyReport r;
    r.id = q.value(0).toLongLong();
    r.companyId = q.value(1).toLongLong();
    r.date = SqlValues::toDate(q.value(2));
    r.edition = parseReportEdition(q.value(3).toString()).value_or(ReportEdition::Evening);
    r.onDuty = q.value(4).toInt();
    r.away = q.value(5).toInt();
    r.arrivals = q.value(6).toInt();
    r.underObservation = q.value(7).toInt();
    r.testsDone = q.value(8).toInt();
    r.anomalies = q.value(9).toString();
    return r;
}

std::optional<DailyReport> DailyReportRepository::find(qint64 id) const
{
    const auto q = first(selectSql() + u" WHERE id = ?"_s, {id});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::optional<DailyReport> DailyReportRepository::findByKey(qint64 companyId, const QDate &date,
                                                            ReportEdition edition) const
{
    const auto q = first(selectSql() + u" WHERE company_id = ? AND report_date = ? AND edition = ?"_s,
                         {companyId, SqlValues::date(date), toCode(edition)});
    return q ? std::optional(read(*q)) : std::nullopt;
}

Result<qint64> DailyReportRepository::insert(const DailyReport &report, qint64 batchId)
{
    if (const auto problems = Validator::check(report); !problems.empty())
        return problems.front();
    auto result = insertValues(values(report, batchId));
    if (!result)
        return withMessage(result.error(), Error::Kind::Conflict,
                           QCoreApplication::translate("Repository",
                                                       "This unit already has a %1 report for %2, or the "
                                                       "unit does not exist.")
                               .arg(displayName(report.edition), report.date.toString(Qt::ISODate)));
    return result;
}

Status DailyReportRepository::update(const DailyReport &report)
{
    if (const auto problems = Validator::check(report); !problems.empty())
        return problems.front();
    return updateValues(report.id, values(report, 0));
}

Result<UpsertOutcome> DailyReportRepository::upsert(DailyReport &report)
{
    return upsertByKey(*this, report, findByKey(report.companyId, report.date, report.edition));
}

Status DailyReportRepository::remove(qint64 id) { return removeId(id, {}); }

qint64 DailyReportRepository::count() const { return countWhere(); }

} // namespace seawall
