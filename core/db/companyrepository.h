// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repository.h"
#include "core/model/company.h"

#include <vector>

namespace seawall {

// Companies and their aliases. Codes are unique, and so is every name and
// alias across all companies.
class CompanyRepository : public Repository<Company>
{
public:
    explicit CompanyRepository(Database &db) : Repository<Company>(db) {}

    std::optional<Company> findByCode(const QString &code) const;
    // By name or alias, exactly (surrounding blanks ignored).
    std::optional<Company> findByName(const QString &nameOrAlias) const;
    // Ordered by code.
    std::vector<Company> all() const;
    // The company's id and those of all its descendants.
    std::vector<qint64> subtree(qint64 id) const;
};

} // namespace seawall
