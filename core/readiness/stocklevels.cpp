// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/readiness/stocklevels.h"

#include "core/db/repository.h"
#include "core/db/sqlrun.h"
#include "core/sql/figurerules.h"

using namespace Qt::StringLiterals;

namespace seawall::StockLevels {

Result<std::vector<StockLevel>> on(Database &db, const QDate &date, const QList<qint64> &companyIds)
{
    return SqlRun::collect(
        db,
        u"SELECT s.id, c.id, c.name, s.item, s.unit, s.counted_on, s.quantity, "_s + FigureRules::minimumInForce()
            + u" FROM stocktake s JOIN company c ON c.id = s.company_id WHERE "_s + FigureRules::latestStocktake()
            + SqlRun::inIds(u"s.company_id"_s, companyIds) + u" ORDER BY c.code, s.item"_s,
        {date.toString(Qt::ISODate)}, [](const QSqlQuery &q) {
            using L = StockLevel;
            return SqlRun::fields(q, &L::stocktakeId, &L::companyId, &L::company, &L::item, &L::unit, &L::countedOn,
                                  &L::quantity, &L::minimum);
        });
}

std::vector<Stocktake> history(Database &db, qint64 companyId, const QString &item)
{
    return Repository<Stocktake>(db).where(u"company_id = ? AND item = ?"_s, {companyId, item}, u"counted_on DESC"_s);
}

} // namespace seawall::StockLevels
