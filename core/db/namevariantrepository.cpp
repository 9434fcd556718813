// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/namevariantrepository.h"

#include "core/db/sqlrun.h"

using namespace Qt::StringLiterals;

namespace seawall {

NameVariantRepository::NameVariantRepository(Database &db) : m_db(db), m_insert(db.connection()) {}

Result<bool> NameVariantRepository::record(const NameVariant &v)
{
    if (!m_prepared) {
        SqlRun::readForward(m_insert);
        if (!m_insert.prepare(u"INSERT INTO person_name_variant (person_id, name, batch_id, line, file_kind, seen_at)"
                              u" VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, name, batch_id) DO NOTHING"_s))
            return m_db.errorFrom(m_insert);
        m_prepared = true;
    }
    m_insert.bindValue(0, v.personId);
    m_insert.bindValue(1, v.name);
    m_insert.bindValue(2, v.batchId);
    m_insert.bindValue(3, v.line);
    m_insert.bindValue(4, v.fileKind);
    m_insert.bindValue(5, v.seenAt.toString(Qt::ISODate));
    if (!m_insert.exec())
        return m_db.errorFrom(m_insert);
    return m_insert.numRowsAffected() == 1;
}

Status NameVariantRepository::removeBatch(qint64 batchId)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"DELETE FROM person_name_variant WHERE batch_id = ?"_s))
        return m_db.errorFrom(q);
    q.addBindValue(batchId);
    if (!q.exec())
        return m_db.errorFrom(q);
    return {};
}

Result<QList<NameVariant>> NameVariantRepository::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    SqlRun::readForward(q);
    if (!q.prepare(u"SELECT id, person_id, name, batch_id, line, file_kind, seen_at FROM person_name_variant"
                   u" WHERE person_id = ? ORDER BY seen_at, id"_s))
        return m_db.errorFrom(q);
    q.addBindValue(personId);
    if (!q.exec())
        return m_db.errorFrom(q);
    QList<NameVariant> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(),
                     QDateTime::fromString(q.value(6).toString(), Qt::ISODate)});
    return list;
}

} // namespace seawall
