// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/importbatchrepository.h"

using namespace Qt::StringLiterals;

namespace seawall {

std::optional<ImportBatch> ImportBatchRepository::findActiveBySha256(const QString &sha256) const
{
    const std::vector<ImportBatch> found = where(u"sha256 = ? AND undone_at IS NULL"_s, {sha256}, u"id DESC LIMIT 1"_s);
    return found.empty() ? std::nullopt : std::optional(found.front());
}

std::vector<ImportBatch> ImportBatchRepository::all() const { return where({}, {}, u"id DESC"_s); }

} // namespace seawall
