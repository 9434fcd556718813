// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repositorybase.h"
#include "core/model/inspection.h"

namespace seawall {

// Inspections, keyed by code. Deleting one deletes its findings.
class InspectionRepository : public RepositoryBase
{
public:
    explicit InspectionRepository(Database &db);

    std::optional<Inspection> find(qint64 id) const;
    std::optional<Inspection> findByCode(const QString &code) const;
    Result<qint64> insert(const Inspection &inspection, qint64 batchId = 0);
    Status update(const Inspection &inspection);
    Result<UpsertOutcome> upsert(Inspection &inspection);
    Status remove(qint64 id);
    qint64 count() const;

private:
    static QVariantList values(const Inspection &inspection, qint64 batchId);
    static Inspection read(const QSqlQuery &query);
};

} // namespace seawall
