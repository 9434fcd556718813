// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repositorybase.h"
#include "core/model/nucleictest.h"

namespace seawall {

// Nucleic-acid test records, keyed by person + sampled-on date + site.
class TestRepository : public RepositoryBase
{
public:
    explicit TestRepository(Database &db);

    std::optional<NucleicTest> find(qint64 id) const;
    std::optional<NucleicTest> findByKey(qint64 personId, const QDate &sampledOn, const QString &site) const;
    Result<qint64> insert(const NucleicTest &test, qint64 batchId = 0);
    Status update(const NucleicTest &test);
    Result<UpsertOutcome> upsert(NucleicTest &test);
    Status remove(qint64 id);
    qint64 count() const;

private:
    static QVariantList values(const NucleicTest &test, qint64 batchId);
    static NucleicTest read(const QSqlQuery &query);
};

} // namespace seawall
