// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/personrepository.h"

#include "core/db/sqlvalues.h"
#include "core/validation/idnumber.h"
#include "core/validation/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

PersonRepository::PersonRepository(Database &db)
    : RepositoryBase(db, u"person"_s,
                     {u"id_number"_s, u"name"_s, u"company_id"_s, u"department"_s, u"gender"_s, u"phone"_s,
                      u"position"_s, u"party_member"_s, u"category"_s, u"joined_on"_s, u"left_on"_s,
                      u"exempt_from"_s, u"exempt_until"_s, u"batch_id"_s})
{
}

QVariantList PersonRepository::values(const Person &p, qint64 batchId) const
{
    return {p.idNumber, p.name.trimmed(), SqlValues::id(p.companyId), p.department,
            toCode(p.gender), p.phone, p.position, p.partyMember ? 1 : 0, toCode(p.category),
            SqlValues::date(p.joinedOn), SqlValues::date(p.leftOn), SqlValues::date(p.exemptFrom),
            SqlValues::date(p.exemptUntil), SqlValues::id(batchId)};
}

Person PersonRepository::read(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.idNumber = q.value(1).toString();
    p.name = q.value(2).toString();
    p.companyId = q.value(3).toLongLong();
    p.department = q.value(4).toString();
    p.gender = parseGender(q.value(5).toString()).value_or(Gender::Unknown);
    p.phone = q.value(6).toString();
    p.position = q.value(7).toString();
    p.partyMember = q.value(8).toInt() != 0;
    p.category = parsePersonCategory(q.value(9).toString()).value_or(PersonCategory::Staff);
    p.joinedOn = SqlValues::toDate(q.value(10));
    p.leftOn = SqlValues::toDate(q.value(11));
    p.exemptFrom = SqlValues::toDate(q.value(12));
    p.exemptUntil = SqlValues::toDate(q.value(13));
    return p;
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    const auto q = first(selectSql() + u" WHERE id = ?"_s, {id});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::optional<Person> PersonRepository::findByIdNumber(const QString &idNumber) const
{
    const auto q = first(selectSql() + u" WHERE id_number = ?"_s, {IdNumber::normalized(idNumber)});
    return q ? std::optional(read(*q)) : std::nullopt;
}

Result<qint64> PersonRepository::insert(const Person &given, qint64 batchId)
{
    Person person = given;
    person.idNumber = IdNumber::normalized(person.idNumber);
    if (const auto problems = Validator::check(person); !problems.empty())
        return problems.front();
    auto result = insertValues(values(person, batchId));
    if (!result)
        return withMessage(result.error(), Error::Kind::Conflict,
                           QCoreApplication::translate("Repository",
                                                       "A person with ID number %1 already exists, or the "
                                                       "company does not exist.")
                               .arg(IdNumber::normalized(person.idNumber)));
    return result;
}

Status PersonRepository::update(const Person &given)
{
    Person person = given;
    person.idNumber = IdNumber::normalized(person.idNumber);
    if (const auto problems = Validator::check(person); !problems.empty())
        return problems.front();
    const Status status = updateValues(person.id, values(person, 0));
    if (!status)
        return withMessage(status.error(), Error::Kind::Conflict,
                           QCoreApplication::translate("Repository",
                                                       "Another person already has ID number %1.")
                               .arg(IdNumber::normalized(person.idNumber)));
    return status;
}

Result<UpsertOutcome> PersonRepository::upsert(Person &person)
{
    person.idNumber = IdNumber::normalized(person.idNumber);
    return upsertByKey(*this, person, findByIdNumber(person.idNumber));
}

Status PersonRepository::remove(qint64 id)
{
    return removeId(id, QCoreApplication::translate("Repository",
                                                    "This person cannot be deleted: %n test, vaccination or "
                                                    "shift record(s) refer to them. Delete those first.",
                                                    nullptr, int(dependentCount(id))));
}

qint64 PersonRepository::count() const { return countWhere(); }

qint64 PersonRepository::dependentCount(qint64 id) const
{
    const auto q = first(u"SELECT (SELECT count(*) FROM nucleic_test WHERE person_id = ?)"
                         u" + (SELECT count(*) FROM vaccination WHERE person_id = ?)"
                         u" + (SELECT count(*) FROM volunteer_shift WHERE person_id = ?)"_s,
                         {id, id, id});
    return q ? q->value(0).toLongLong() : 0;
}

} // namespace seawall
