// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/vaccinationstatus.h"

#include "core/db/sqlrun.h"

#include "core/sql/sqlvalues.h"
#include "core/model/vaccinationrules.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall::VaccinationStatus {
namespace {

const QString kDoses = u"SELECT person_id, dose, vaccinated_on, manufacturer FROM vaccination"_s;

Vaccination readDose(const QSqlQuery &q)
{
    Vaccination v;
    v.personId = q.value(0).toLongLong();
    v.dose = parseEnum<Dose>(q.value(1).toString()).value_or(Dose::First);
    v.vaccinatedOn = SqlValues::toDate(q.value(2));
    v.manufacturer = q.value(3).toString();
    return v;
}

class Writer
{
public:
    explicit Writer(Database &db) : m_db(db), m_update(db.connection())
    {
        m_update.prepare(u"UPDATE person SET first_dose_on = ?, full_on = ?, booster_on = ? WHERE id = ?"_s);
    }

    Status write(qint64 personId, const VaccinationMilestones &m)
    {
        m_update.bindValue(0, SqlValues::date(m.firstDose));
        m_update.bindValue(1, SqlValues::date(m.full));
        m_update.bindValue(2, SqlValues::date(m.booster));
        m_update.bindValue(3, personId);
        if (!m_update.exec())
            return m_db.errorFrom(m_update);
        return {};
    }

private:
    Database &m_db;
    QSqlQuery m_update;
};

} // namespace

Status refresh(Database &db, qint64 personId)
{
    QSqlQuery q(db.connection());
    SqlRun::readForward(q);
    q.prepare(kDoses + u" WHERE person_id = ?"_s);
    q.addBindValue(personId);
    if (!q.exec())
        return db.errorFrom(q);
    std::vector<Vaccination> doses;
    while (q.next())
        doses.push_back(readDose(q));
    return Writer(db).write(personId, milestones(std::move(doses)));
}

Status refresh(Database &db, const QSet<qint64> &personIds)
{
    // From this many persons, one pass over every dose is cheaper than a
    // lookup each.
    constexpr qsizetype kAllFrom = 5000;
    if (personIds.size() >= kAllFrom)
        return refreshAll(db);
    for (const qint64 person : personIds)
        if (Status status = refresh(db, person); !status)
            return status;
    return {};
}

Status refreshAll(Database &db)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db.connection());
    if (!q.exec(u"UPDATE person SET first_dose_on = NULL, full_on = NULL, booster_on = NULL"
                u" WHERE first_dose_on IS NOT NULL OR full_on IS NOT NULL OR booster_on IS NOT NULL"_s))
        return db.errorFrom(q);
    SqlRun::readForward(q);
    if (!q.exec(kDoses + u" ORDER BY person_id"_s))
        return db.errorFrom(q);
    Writer writer(db);
    std::vector<Vaccination> doses;
    const auto flush = [&]() -> Status {
        if (doses.empty())
            return {};
        const qint64 personId = doses.front().personId;
        const Status status = writer.write(personId, milestones(std::move(doses)));
        doses.clear();
        return status;
    };
    while (q.next()) {
        Vaccination v = readDose(q);
        if (!doses.empty() && doses.front().personId != v.personId)
            if (Status status = flush(); !status)
                return status;
        doses.push_back(std::move(v));
    }
    if (Status status = flush(); !status)
        return status;
    return transaction.commit();
}

} // namespace seawall::VaccinationStatus
