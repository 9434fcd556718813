// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repositorybase.h"
#include "core/model/volunteershift.h"

namespace seawall {

// Volunteer shifts, keyed by person + start time.
class ShiftRepository : public RepositoryBase
{
public:
    explicit ShiftRepository(Database &db);

    std::optional<VolunteerShift> find(qint64 id) const;
    std::optional<VolunteerShift> findByKey(qint64 personId, const QDateTime &start) const;
    Result<qint64> insert(const VolunteerShift &shift, qint64 batchId = 0);
    Status update(const VolunteerShift &shift);
    Result<UpsertOutcome> upsert(VolunteerShift &shift);
    Status remove(qint64 id);
    qint64 count() const;

private:
    static QVariantList values(const VolunteerShift &shift, qint64 batchId);
    static VolunteerShift read(const QSqlQuery &query);
};

} // namespace seawall
