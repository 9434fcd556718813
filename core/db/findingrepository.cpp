// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/findingrepository.h"

#include "core/db/sqlvalues.h"
#include "core/validation/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

FindingRepository::FindingRepository(Database &db)
    : RepositoryBase(db, u"finding"_s,
                     {u"inspection_id"_s, u"description"_s, u"deadline"_s, u"status"_s, u"rectified_on"_s,
                      u"batch_id"_s})
{
}

QVariantList FindingRepository::values(const Finding &f, qint64 batchId)
{
    return {SqlValues::id(f.inspectionId), f.description.trimmed(), SqlValues::date(f.deadline), toCode(f.status),
            SqlValues::date(f.rectifiedOn), SqlValues::id(batchId)};
}

Finding FindingRepository::read(const QSqlQuery &q)
{
    Finding f;
    f.id = q.value(0).toLongLong();
    f.inspectionId = q.value(1).toLongLong();
    f.description = q.value(2).toString();
    f.deadline = SqlValues::toDate(q.value(3));
    f.status = parseFindingStatus(q.value(4).toString()).value_or(FindingStatus::Open);
    f.rectifiedOn = SqlValues::toDate(q.value(5));
    return f;
}

std::optional<Finding> FindingRepository::find(qint64 id) const
{
    const auto q = first(selectSql() + u" WHERE id = ?"_s, {id});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::optional<Finding> FindingRepository::findByKey(qint64 inspectionId, const QString &description) const
{
    const auto q = first(selectSql() + u" WHERE inspection_id = ? AND description = ?"_s,
                         {inspectionId, description.trimmed()});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::vector<Finding> FindingRepository::findingsOf(qint64 inspectionId) const
{
    std::vector<Finding> findings;
    QSqlQuery q(m_db.connection());
    q.prepare(selectSql() + u" WHERE inspection_id = ? ORDER BY id"_s);
    q.addBindValue(inspectionId);
    if (q.exec())
        while (q.next())
            findings.push_back(read(q));
    return findings;
}

Status FindingRepository::check(const Finding &finding) const
{
    if (const auto problems = Validator::check(finding); !problems.empty())
        return problems.front();
    if (!first(u"SELECT 1 FROM inspection WHERE id = ?"_s, {finding.inspectionId}))
        return Error::invalid(u"inspection"_s,
                              QCoreApplication::translate("Repository",
                                                          "Inspection: the finding refers to an inspection "
                                                          "that does not exist."));
    return {};
}

Result<qint64> FindingRepository::insert(const Finding &finding, qint64 batchId)
{
    if (Status status = check(finding); !status)
        return status.error();
    auto result = insertValues(values(finding, batchId));
    if (!result)
        return withMessage(result.error(), Error::Kind::Conflict,
                           QCoreApplication::translate("Repository",
                                                       "This inspection already has the finding \"%1\".")
                               .arg(finding.description));
    return result;
}

Status FindingRepository::update(const Finding &finding)
{
    if (Status status = check(finding); !status)
        return status;
    return updateValues(finding.id, values(finding, 0));
}

Result<UpsertOutcome> FindingRepository::upsert(Finding &finding)
{
    return upsertByKey(*this, finding, findByKey(finding.inspectionId, finding.description));
}

Status FindingRepository::remove(qint64 id) { return removeId(id, {}); }

qint64 FindingRepository::count() const { return countWhere(); }

} // namespace seawall
