// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repositorybase.h"
#include "core/model/person.h"

namespace seawall {

// Persons, keyed by ID number.
class PersonRepository : public RepositoryBase
{
public:
    explicit PersonRepository(Database &db);

    std::optional<Person> find(qint64 id) const;
    std::optional<Person> findByIdNumber(const QString &idNumber) const;
    // Validates, then inserts; returns the new id.
    Result<qint64> insert(const Person &person, qint64 batchId = 0);
    Status update(const Person &person);
    Result<UpsertOutcome> upsert(Person &person);
    // Refused while tests, vaccinations or shifts refer to the person.
    Status remove(qint64 id);
    qint64 count() const;
    // How many records of other tables refer to the person.
    qint64 dependentCount(qint64 id) const;

private:
    QVariantList values(const Person &person, qint64 batchId) const;
    static Person read(const QSqlQuery &query);
};

} // namespace seawall
