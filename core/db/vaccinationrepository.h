// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repositorybase.h"
#include "core/model/vaccination.h"

namespace seawall {

// Vaccine doses, keyed by person + dose. Every write refreshes the
// person's vaccination milestones (VaccinationStatus).
class VaccinationRepository : public RepositoryBase
{
public:
    explicit VaccinationRepository(Database &db);

    std::optional<Vaccination> find(qint64 id) const;
    std::optional<Vaccination> findByKey(qint64 personId, Dose dose) const;
    Result<qint64> insert(const Vaccination &vaccination, qint64 batchId = 0);
    Status update(const Vaccination &vaccination);
    Result<UpsertOutcome> upsert(Vaccination &vaccination);
    Status remove(qint64 id);
    qint64 count() const;

private:
    // Keeps the persons' vaccination milestones in step with their doses.
    Status refreshAndCommit(Transaction &transaction, std::initializer_list<qint64> persons);
    static QVariantList values(const Vaccination &vaccination, qint64 batchId);
    static Vaccination read(const QSqlQuery &query);
};

} // namespace seawall
