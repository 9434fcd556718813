// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repositorybase.h"
#include "core/model/dailyreport.h"

namespace seawall {

// Daily reports, keyed by company + date + edition.
class DailyReportRepository : public RepositoryBase
{
public:
    explicit DailyReportRepository(Database &db);

    std::optional<DailyReport> find(qint64 id) const;
    std::optional<DailyReport> findByKey(qint64 companyId, const QDate &date, ReportEdition edition) const;
    Result<qint64> insert(const DailyReport &report, qint64 batchId = 0);
    Status update(const DailyReport &report);
    Result<UpsertOutcome> upsert(DailyReport &report);
    Status remove(qint64 id);
    qint64 count() const;

private:
    static QVariantList values(const DailyReport &report, qint64 batchId);
    static DailyReport read(const QSqlQuery &query);
};

} // namespace seawall
