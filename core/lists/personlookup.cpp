// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lists/personlookup.h"

#include "core/db/sqlrun.h"

#include "core/db/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall {

QList<PersonMatch> PersonLookup::complete(const QString &typed, int limit) const
{
    QList<PersonMatch> matches;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return matches;
    QSqlQuery query(m_db.connection());
    SqlRun::readForward(query);
    query.prepare(u"SELECT id, name, id_number FROM person WHERE name LIKE ? OR id_number LIKE ? "
                  u"ORDER BY name LIMIT ?"_s);
    query.addBindValue(text + u'%');
    query.addBindValue(text.toUpper() + u'%');
    query.addBindValue(limit);
    if (query.exec())
        while (query.next())
            matches.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return matches;
}

QList<qint64> PersonLookup::named(const QString &name, int limit) const
{
    QList<qint64> ids;
    QSqlQuery query(m_db.connection());
    SqlRun::readForward(query);
    query.prepare(u"SELECT id FROM person WHERE name = ? LIMIT ?"_s);
    query.addBindValue(name.trimmed());
    query.addBindValue(limit);
    if (query.exec())
        while (query.next())
            ids << query.value(0).toLongLong();
    return ids;
}

} // namespace seawall
