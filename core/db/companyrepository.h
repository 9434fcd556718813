// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repositorybase.h"
#include "core/model/company.h"

#include <vector>

namespace seawall {

// Companies and their aliases. Codes are unique, and so is every name and
// alias across all companies.
class CompanyRepository : public RepositoryBase
{
public:
    explicit CompanyRepository(Database &db);

    std::optional<Company> find(qint64 id) const;
    std::optional<Company> findByCode(const QString &code) const;
    // By name or alias, exactly (surrounding blanks ignored).
    std::optional<Company> findByName(const QString &nameOrAlias) const;
    // Ordered by code.
    std::vector<Company> all() const;
    // The company's id and those of all its descendants.
    std::vector<qint64> subtree(qint64 id) const;

    Result<qint64> insert(const Company &company, qint64 batchId = 0);
    Status update(const Company &company);
    Result<UpsertOutcome> upsert(Company &company);
    // Refused while persons, records or child companies refer to it.
    Status remove(qint64 id);
    qint64 count() const;

private:
    static QVariantList values(const Company &company, qint64 batchId);
    Company read(const QSqlQuery &query) const;
    QStringList aliasesOf(qint64 id) const;
    Status checkNames(const Company &company) const;
    Status writeAliases(const Company &company);
};

} // namespace seawall
