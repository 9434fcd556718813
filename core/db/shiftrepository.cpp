// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/shiftrepository.h"

#include "core/db/sqlvalues.h"
#include "core/validation/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

ShiftRepository::ShiftRepository(Database &db)
    : RepositoryBase(db, u"volunteer_shift"_s,
                     {u"person_id"_s, u"company_id"_s, u"team"_s, u"site"_s, u"task"_s, u"start_at"_s,
                      u"end_at"_s, u"batch_id"_s})
{
}

QVariantList ShiftRepository::values(const VolunteerShift &s, qint64 batchId)
{
    return {SqlValues::id(s.personId), SqlValues::id(s.companyId), s.team.trimmed(), s.site.trimmed(), s.task,
            SqlValues::dateTime(s.start), SqlValues::dateTime(s.end), SqlValues::id(batchId)};
}

VolunteerShift ShiftRepository::read(const QSqlQuery &q)
{
    VolunteerShift s;
    s.id = q.value(0).toLongLong();
    s.personId = q.value(1).toLongLong();
    s.companyId = q.value(2).toLongLong();
    s.team = q.value(3).toString();
    s.site = q.value(4).toString();
    s.task = q.value(5).toString();
    s.start = SqlValues::toDateTime(q.value(6));
    s.end = SqlValues::toDateTime(q.value(7));
    return s;
}

std::optional<VolunteerShift> ShiftRepository::find(qint64 id) const
{
    const auto q = first(selectSql() + u" WHERE id = ?"_s, {id});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::optional<VolunteerShift> ShiftRepository::findByKey(qint64 personId, const QDateTime &start) const
{
    const auto q = first(selectSql() + u" WHERE person_id = ? AND start_at = ?"_s,
                         {personId, SqlValues::dateTime(start)});
    return q ? std::optional(read(*q)) : std::nullopt;
}

Result<qint64> ShiftRepository::insert(const VolunteerShift &shift, qint64 batchId)
{
    if (const auto problems = Validator::check(shift); !problems.empty())
        return problems.front();
    auto result = insertValues(values(shift, batchId));
    if (!result)
        return withMessage(result.error(), Error::Kind::Conflict,
                           QCoreApplication::translate("Repository",
                                                       "This person already has a shift starting at %1, or "
                                                       "the person does not exist.")
                               .arg(shift.start.toString(u"yyyy-MM-dd HH:mm"_s)));
    return result;
}

Status ShiftRepository::update(const VolunteerShift &shift)
{
    if (const auto problems = Validator::check(shift); !problems.empty())
        return problems.front();
    return updateValues(shift.id, values(shift, 0));
}

Result<UpsertOutcome> ShiftRepository::upsert(VolunteerShift &shift)
{
    return upsertByKey(*this, shift, findByKey(shift.personId, shift.start));
}

Status ShiftRepository::remove(qint64 id) { return removeId(id, {}); }

qint64 ShiftRepository::count() const { return countWhere(); }

} // namespace seawall
