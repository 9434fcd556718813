// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/model/namevariant.h"

#include <QList>
#include <QSqlQuery>

namespace seawall {

// The differing names imports met (person_name_variant). An import writes
// them rarely, one bound statement prepared once; undo deletes a batch's.
class NameVariantRepository
{
public:
    explicit NameVariantRepository(Database &db);

    // Records the name unless this batch already saw it for the person;
    // true when a row was written.
    Result<bool> record(const NameVariant &variant);
    Status removeBatch(qint64 batchId);
    // Oldest first.
    Result<QList<NameVariant>> forPerson(qint64 personId) const;

private:
    Database &m_db;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

} // namespace seawall
