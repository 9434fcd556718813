// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/inspectionrepository.h"

#include "core/db/sqlvalues.h"
#include "core/validation/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

InspectionRepository::InspectionRepository(Database &db)
    : RepositoryBase(db, u"inspection"_s,
                     {u"code"_s, u"inspected_on"_s, u"company_id"_s, u"method"_s, u"inspectors"_s, u"batch_id"_s})
{
}

QVariantList InspectionRepository::values(const Inspection &i, qint64 batchId)
{
    return {i.code.trimmed(), SqlValues::date(i.inspectedOn), SqlValues::id(i.companyId), toCode(i.method),
            i.inspectors, SqlValues::id(batchId)};
}

Inspection InspectionRepository::read(const QSqlQuery &q)
{
    Inspection i;
    i.id = q.value(0).toLongLong();
    i.code = q.value(1).toString();
    i.inspectedOn = SqlValues::toDate(q.value(2));
    i.companyId = q.value(3).toLongLong();
    i.method = parseInspectionMethod(q.value(4).toString()).value_or(InspectionMethod::Regular);
    i.inspectors = q.value(5).toString();
    return i;
}

std::optional<Inspection> InspectionRepository::find(qint64 id) const
{
    const auto q = first(selectSql() + u" WHERE id = ?"_s, {id});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::optional<Inspection> InspectionRepository::findByCode(const QString &code) const
{
    const auto q = first(selectSql() + u" WHERE code = ?"_s, {code.trimmed()});
    return q ? std::optional(read(*q)) : std::nullopt;
}

Result<qint64> InspectionRepository::insert(const Inspection &inspection, qint64 batchId)
{
    if (const auto problems = Validator::check(inspection); !problems.empty())
        return problems.front();
    auto result = insertValues(values(inspection, batchId));
    if (!result)
        return withMessage(result.error(), Error::Kind::Conflict,
                           QCoreApplication::translate("Repository",
                                                       "An inspection with code %1 already exists, or the "
                                                       "inspected company does not exist.")
                               .arg(inspection.code));
    return result;
}

Status InspectionRepository::update(const Inspection &inspection)
{
    if (const auto problems = Validator::check(inspection); !problems.empty())
        return problems.front();
    return updateValues(inspection.id, values(inspection, 0));
}

Result<UpsertOutcome> InspectionRepository::upsert(Inspection &inspection)
{
    return upsertByKey(*this, inspection, findByCode(inspection.code));
}

Status InspectionRepository::remove(qint64 id) { return removeId(id, {}); }

qint64 InspectionRepository::count() const { return countWhere(); }

} // namespace seawall
