// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/companyrepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall {

std::optional<Company> CompanyRepository::findByCode(const QString &code) const
{
    return first(u"code = ?"_s, {code.trimmed()});
}

std::optional<Company> CompanyRepository::findByName(const QString &nameOrAlias) const
{
    const QString name = nameOrAlias.trimmed();
    return first(u"name = ? OR id = (SELECT company_id FROM company_alias WHERE alias = ?)"_s, {name, name});
}

std::vector<Company> CompanyRepository::all() const { return where({}, {}, u"code"_s); }

std::vector<qint64> CompanyRepository::subtree(qint64 id) const
{
    std::vector<qint64> ids;
    QSqlQuery q(m_table.database().connection());
    q.prepare(u"WITH RECURSIVE tree(id) AS (SELECT CAST(? AS BIGINT) UNION ALL "
              u"SELECT c.id FROM company c JOIN tree t ON c.parent_id = t.id) SELECT id FROM tree"_s);
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
    return ids;
}

} // namespace seawall
