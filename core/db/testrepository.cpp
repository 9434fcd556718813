// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/testrepository.h"

#include "core/db/sqlvalues.h"
#include "core/validation/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

TestRepository::TestRepository(Database &db)
    : RepositoryBase(db, u"nucleic_test"_s,
                     {u"person_id"_s, u"company_id"_s, u"sampled_on"_s, u"site"_s, u"result"_s, u"lab"_s,
                      u"batch_id"_s})
{
}

QVariantList TestRepository::values(const NucleicTest &t, qint64 batchId)
{
    return {SqlValues::id(t.personId), SqlValues::id(t.companyId), SqlValues::date(t.sampledOn), t.site.trimmed(),
            toCode(t.result), t.lab, SqlValues::id(batchId)};
}

NucleicTest TestRepository::read(const QSqlQuery &q)
{
    NucleicTest t;
    t.id = q.value(0).toLongLong();
    t.personId = q.value(1).toLongLong();
    t.companyId = q.value(2).toLongLong();
    t.sampledOn = SqlValues::toDate(q.value(3));
    t.site = q.value(4).toString();
    t.result = parseTestResult(q.value(5).toString()).value_or(TestResult::Pending);
    t.lab = q.value(6).toString();
    return t;
}

std::optional<NucleicTest> TestRepository::find(qint64 id) const
{
    const auto q = first(selectSql() + u" WHERE id = ?"_s, {id});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::optional<NucleicTest> TestRepository::findByKey(qint64 personId, const QDate &sampledOn,
                                                     const QString &site) const
{
    const auto q = first(selectSql() + u" WHERE person_id = ? AND sampled_on = ? AND site = ?"_s,
                         {personId, SqlValues::date(sampledOn), site.trimmed()});
    return q ? std::optional(read(*q)) : std::nullopt;
}

Result<qint64> TestRepository::insert(const NucleicTest &test, qint64 batchId)
{
    if (const auto problems = Validator::check(test); !problems.empty())
        return problems.front();
    auto result = insertValues(values(test, batchId));
    if (!result)
        return withMessage(result.error(), Error::Kind::Conflict,
                           QCoreApplication::translate("Repository",
                                                       "This person already has a test sampled on %1 at "
                                                       "%2, or the person or company does not exist.")
                               .arg(test.sampledOn.toString(Qt::ISODate), test.site));
    return result;
}

Status TestRepository::update(const NucleicTest &test)
{
    if (const auto problems = Validator::check(test); !problems.empty())
        return problems.front();
    return updateValues(test.id, values(test, 0));
}

Result<UpsertOutcome> TestRepository::upsert(NucleicTest &test)
{
    return upsertByKey(*this, test, findByKey(test.personId, test.sampledOn, test.site));
}

Status TestRepository::remove(qint64 id) { return removeId(id, {}); }

qint64 TestRepository::count() const { return countWhere(); }

} // namespace seawall
