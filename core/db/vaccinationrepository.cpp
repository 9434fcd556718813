// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/vaccinationrepository.h"

#include "core/db/sqlvalues.h"
#include "core/db/vaccinationstatus.h"
#include "core/validation/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

VaccinationRepository::VaccinationRepository(Database &db)
    : RepositoryBase(db, u"vaccination"_s,
                     {u"person_id"_s, u"company_id"_s, u"dose"_s, u"vaccinated_on"_s, u"manufacturer"_s,
                      u"place"_s, u"batch_id"_s})
{
}

QVariantList VaccinationRepository::values(const Vaccination &v, qint64 batchId)
{
    return {SqlValues::id(v.personId), SqlValues::id(v.companyId), toCode(v.dose), SqlValues::date(v.vaccinatedOn),
            v.manufacturer.trimmed(), v.place, SqlValues::id(batchId)};
}

Vaccination VaccinationRepository::read(const QSqlQuery &q)
{
    Vaccination v;
    v.id = q.value(0).toLongLong();
    v.personId = q.value(1).toLongLong();
    v.companyId = q.value(2).toLongLong();
    v.dose = parseDose(q.value(3).toString()).value_or(Dose::First);
    v.vaccinatedOn = SqlValues::toDate(q.value(4));
    v.manufacturer = q.value(5).toString();
    v.place = q.value(6).toString();
    return v;
}

std::optional<Vaccination> VaccinationRepository::find(qint64 id) const
{
    const auto q = first(selectSql() + u" WHERE id = ?"_s, {id});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::optional<Vaccination> VaccinationRepository::findByKey(qint64 personId, Dose dose) const
{
    const auto q = first(selectSql() + u" WHERE person_id = ? AND dose = ?"_s, {personId, toCode(dose)});
    return q ? std::optional(read(*q)) : std::nullopt;
}

Result<qint64> VaccinationRepository::insert(const Vaccination &vaccination, qint64 batchId)
{
    if (const auto problems = Validator::check(vaccination); !problems.empty())
        return problems.front();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto result = insertValues(values(vaccination, batchId));
    if (!result)
        return withMessage(result.error(), Error::Kind::Conflict,
                           QCoreApplication::translate("Repository",
                                                       "This person already has a record of the %1, or the "
                                                       "person does not exist.")
                               .arg(displayName(vaccination.dose)));
    if (Status status = VaccinationStatus::refresh(m_db, vaccination.personId); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return result;
}

Status VaccinationRepository::update(const Vaccination &vaccination)
{
    if (const auto problems = Validator::check(vaccination); !problems.empty())
        return problems.front();
    const auto before = find(vaccination.id);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status status = updateValues(vaccination.id, values(vaccination, 0)); !status)
        return status;
    return refreshAndCommit(transaction, {vaccination.personId, before ? before->personId : 0});
}

Status VaccinationRepository::refreshAndCommit(Transaction &transaction, std::initializer_list<qint64> persons)
{
    for (qint64 personId : persons)
        if (personId != 0)
            if (Status status = VaccinationStatus::refresh(m_db, personId); !status)
                return status;
    return transaction.commit();
}

Result<UpsertOutcome> VaccinationRepository::upsert(Vaccination &vaccination)
{
    return upsertByKey(*this, vaccination, findByKey(vaccination.personId, vaccination.dose));
}

Status VaccinationRepository::remove(qint64 id)
{
    const auto before = find(id);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status status = removeId(id, {}); !status)
        return status;
    return refreshAndCommit(transaction, {before ? before->personId : 0});
}

qint64 VaccinationRepository::count() const { return countWhere(); }

} // namespace seawall
