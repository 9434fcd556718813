// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/openfindings.h"

#include "core/db/sqlrun.h"
#include "core/sql/figurerules.h"
#include "core/sql/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall::OpenFindings {

Result<std::vector<OpenFinding>> load(Database &db, const QDate &date, Which which, const QList<qint64> &scope)
{
    const QString d = SqlValues::date(date).toString();
    const bool overdueOnly = which == Which::Overdue;
    return SqlRun::collect(
        db,
        u"SELECT f.id, c.id, c.code, c.name, i.code, i.inspected_on, f.description, f.deadline"
        u" FROM finding f JOIN inspection i ON i.id = f.inspection_id JOIN company c ON c.id = i.company_id"
        u" WHERE i.inspected_on <= ? AND "_s
            + (overdueOnly ? FigureRules::overdueFinding() : u"NOT "_s + FigureRules::rectifiedFinding())
            + SqlRun::inIds(u"i.company_id"_s, scope)
            + u" ORDER BY f.deadline IS NULL OR f.deadline >= ?, f.deadline IS NULL, f.deadline,"
              u" c.code, i.code, f.description"_s,
        overdueOnly ? QVariantList{d, d, d, d} : QVariantList{d, d, d}, [&date](const QSqlQuery &q) {
            using F = OpenFinding;
            F f = SqlRun::fields(q, &F::findingId, &F::companyId, &F::companyCode, &F::companyName,
                                 &F::inspectionCode, &F::inspectedOn, &F::description, &F::deadline);
            if (f.deadline.isValid() && f.deadline < date)
                f.daysOverdue = int(f.deadline.daysTo(date));
            return f;
        });
}

} // namespace seawall::OpenFindings
