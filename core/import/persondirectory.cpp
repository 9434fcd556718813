// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/persondirectory.h"

using namespace Qt::StringLiterals;

namespace seawall {

PersonDirectory::PersonDirectory(Database &db) : m_db(db), m_select(db.connection()) {}

std::optional<PersonRef> PersonDirectory::find(const QString &idNumber)
{
    if (const auto cached = m_cache.constFind(idNumber); cached != m_cache.cend())
        return *cached;
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
