// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repositorybase.h"
#include "core/model/inspection.h"

#include <vector>

namespace seawall {

// Findings of inspections, keyed by inspection + description.
class FindingRepository : public RepositoryBase
{
public:
    explicit FindingRepository(Database &db);

    std::optional<Finding> find(qint64 id) const;
    std::optional<Finding> findByKey(qint64 inspectionId, const QString &description) const;
    std::vector<Finding> findingsOf(qint64 inspectionId) const;
    // Refused, with a message naming the field, when the inspection does not exist.
    Result<qint64> insert(const Finding &finding, qint64 batchId = 0);
    Status update(const Finding &finding);
    Result<UpsertOutcome> upsert(Finding &finding);
    Status remove(qint64 id);
    qint64 count() const;

private:
    static QVariantList values(const Finding &finding, qint64 batchId);
    static Finding read(const QSqlQuery &query);
    Status check(const Finding &finding) const;
};

} // namespace seawall
