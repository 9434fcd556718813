// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/deferreddaycounts.h"

#include "core/db/sqlrun.h"
#include "core/sql/sqldialect.h"

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// The counts schema 12 made, of the tests by day and company.
const QString kTally = u"nucleic_test_day_count"_s;

// "?, ?, …" for n values.
QString marks(qsizetype n)
{
    QString text;
    for (qsizetype i = 0; i < n; ++i)
        text += i == 0 ? u"?"_s : u", ?"_s;
    return text;
}

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
    const Result<QVariant> last = SqlRun::value(m_db, u"SELECT coalesce(max(id), 0) FROM nucleic_test"_s);
    if (!last)
        return last.error();
    m_lastBefore = last.value().toLongLong();
    if (Status status = SqlRun::script(m_db, {SqlDialect::dropRowCountOnInsert(m_db.backend(), kTally)}); !status)
        return status;
    m_trigger = sql;
    return {};
}

Status DeferredDayCounts::finish()
{
    if (m_trigger.isEmpty())
        return {};
    // The days of the tests written since begin(), read once: the scan of
    // a million new rows took a tenth of a second.
    QVariantList days;
    if (Status read = SqlRun::eachRow(m_db, u"SELECT DISTINCT sampled_on FROM nucleic_test WHERE id > ?"_s,
                                      {m_lastBefore}, [&days](const QSqlQuery &q) { days << q.value(0); });
        !read)
        return read;
    if (!days.isEmpty()) {
        // The counts of those days that there are set to what they are;
        // then the counts of the companies new to a day added. A count
        // that stays the same costs one look at the index of tests by day
        // and company.
        const QString in = marks(days.size());
        const QStringList recount{
            u"UPDATE %1 SET tests = (SELECT count(*) FROM nucleic_test t WHERE t.sampled_on = %1.sampled_on"
            u" AND t.company_id = %1.company_id) WHERE sampled_on IN (%2)"_s.arg(kTally, in),
            u"INSERT INTO %1 (sampled_on, company_id, tests) SELECT sampled_on, company_id, count(*) FROM nucleic_test"
            u" WHERE sampled_on IN (%2) GROUP BY sampled_on, company_id ON CONFLICT (sampled_on, company_id) DO NOTHING"_s
                .arg(kTally, in),
        };
        for (const QString &sql : recount)
            if (Status status = SqlRun::exec(m_db, sql, days); !status)
                return status;
    }
    if (Status status = SqlRun::script(m_db, {m_trigger}); !status)
        return status;
    m_trigger.clear();
    return {};
}

} // namespace seawall
