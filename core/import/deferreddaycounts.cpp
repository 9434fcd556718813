// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/deferreddaycounts.h"

#include "core/db/sqlrun.h"
#include "core/sql/sqldialect.h"

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// The counts schema 12 made, of the tests by day and company.
const QString kTally = u"nucleic_test_day_count"_s;

// The days of the tests written after the one bound.
const QString kNewDays = u"WITH days AS (SELECT DISTINCT sampled_on FROM nucleic_test WHERE id > ?) "_s;

} // namespace

DeferredDayCounts::DeferredDayCounts(Database &db) : m_db(db) {}

Status DeferredDayCounts::begin()
{
    const QString text = SqlDialect::rowCountOnInsertText(m_db.backend(), kTally);
    if (text.isEmpty())
        return {};
    Result<QSqlQuery> trigger = SqlRun::run(m_db, text);
    if (!trigger)
        return trigger.error();
    if (!trigger.value().next())
        return {}; // an older schema's file, being migrated
    const QString sql = trigger.value().value(0).toString();
    trigger.value().finish();
    Result<QSqlQuery> last = SqlRun::run(m_db, u"SELECT coalesce(max(id), 0) FROM nucleic_test"_s);
    if (!last)
        return last.error();
    if (!last.value().next())
        return m_db.errorFrom(last.value());
    m_lastBefore = last.value().value(0).toLongLong();
    last.value().finish();
    if (Status status = SqlRun::script(m_db, {SqlDialect::dropRowCountOnInsert(m_db.backend(), kTally)}); !status)
        return status;
    m_trigger = sql;
    return {};
}

Status DeferredDayCounts::finish()
{
    if (m_trigger.isEmpty())
        return {};
    // The counts of those days that there are set to what they are; then
    // the counts of the companies new to a day added. A count that stays
    // the same costs one look at the index of tests by day and company.
    const QStringList recount{
        kNewDays + u"UPDATE nucleic_test_day_count SET tests = (SELECT count(*) FROM nucleic_test t"
                   u" WHERE t.sampled_on = nucleic_test_day_count.sampled_on"
                   u" AND t.company_id = nucleic_test_day_count.company_id)"
                   u" WHERE sampled_on IN (SELECT sampled_on FROM days)"_s,
        kNewDays + u"INSERT INTO nucleic_test_day_count (sampled_on, company_id, tests)"
                   u" SELECT sampled_on, company_id, count(*) FROM nucleic_test"
                   u" WHERE sampled_on IN (SELECT sampled_on FROM days) GROUP BY sampled_on, company_id"
                   u" ON CONFLICT (sampled_on, company_id) DO NOTHING"_s,
    };
    for (const QString &sql : recount)
        if (Result<QSqlQuery> run = SqlRun::run(m_db, sql, {m_lastBefore}); !run)
            return run.error();
    if (Status status = SqlRun::script(m_db, {m_trigger}); !status)
        return status;
    m_trigger.clear();
    return {};
}

} // namespace seawall
