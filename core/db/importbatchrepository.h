// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repositorybase.h"
#include "core/model/importbatch.h"

#include <vector>

namespace seawall {

// The record of every import: which file, what it did.
class ImportBatchRepository : public RepositoryBase
{
public:
    explicit ImportBatchRepository(Database &db);

    std::optional<ImportBatch> find(qint64 id) const;
    // The latest batch of a file with this content that has not been undone.
    std::optional<ImportBatch> findActiveBySha256(const QString &sha256) const;
    // Newest first.
    std::vector<ImportBatch> all() const;
    Result<qint64> insert(const ImportBatch &batch);
    Status update(const ImportBatch &batch);

private:
    static QVariantList values(const ImportBatch &batch);
    static ImportBatch read(const QSqlQuery &query);
};

} // namespace seawall
