// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repository.h"
#include "core/model/importbatch.h"

#include <vector>

namespace seawall {

// The import batches: one a file imported.
class ImportBatchRepository : public Repository<ImportBatch>
{
public:
    explicit ImportBatchRepository(Database &db) : Repository<ImportBatch>(db) {}

    // The latest batch of a file with this content that has not been undone.
    std::optional<ImportBatch> findActiveBySha256(const QString &sha256) const;
    // Newest first.
    std::vector<ImportBatch> all() const;
};

} // namespace seawall
