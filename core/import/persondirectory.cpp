// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/persondirectory.h"

using namespace Qt::StringLiterals;

namespace seawall {

PersonDirectory::PersonDirectory(Database &db) : m_db(db), m_select(db.connection()) {}

Status PersonDirectory::preload()
{
    if (m_complete)
        return {};
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id_number, id, name, company_id, category = 'external' FROM person"_s))
        return m_db.errorFrom(query);
    while (query.next())
        m_cache.insert(query.value(0).toString(), {query.value(1).toLongLong(), query.value(2).toString(),
                                                   query.value(3).toLongLong(), query.value(4).toBool()});
    m_complete = true;
    return {};
}

std::optional<PersonRef> PersonDirectory::find(const QString &idNumber)
{
    if (const auto cached = m_cache.constFind(idNumber); cached != m_cache.cend())
        return *cached;
    if (m_complete)
        return std::nullopt;
    if (!m_prepared) {
        m_select.setForwardOnly(true);
        m_prepared = m_select.prepare(u"SELECT id, name, company_id, category FROM person WHERE id_number = ?"_s);
    }
    m_select.bindValue(0, idNumber);
    if (!m_select.exec() || !m_select.next()) {
        m_select.finish();
        return std::nullopt;
    }
    PersonRef person{m_select.value(0).toLongLong(), m_select.value(1).toString(),
                     m_select.value(2).toLongLong(), m_select.value(3).toString() == u"external"_s};
    m_select.finish();
    m_cache.insert(idNumber, person);
    return person;
}

void PersonDirectory::remember(const QString &idNumber, const PersonRef &person) { m_cache.insert(idNumber, person); }

} // namespace seawall
