// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/common/typedtexts.h"

#include "core/db/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall::bench {

QList<Typed> typedTexts(Database &db)
{
    QSqlQuery pick(db.connection());
    if (!pick.exec(u"SELECT p.name, p.id_number, p.phone FROM person p WHERE length(p.name) = 3"
                   u" AND (SELECT count(*) FROM person q WHERE q.name = p.name) = 1"
                   u" AND EXISTS (SELECT 1 FROM nucleic_test t WHERE t.person_id = p.id)"
                   u" AND EXISTS (SELECT 1 FROM vaccination v WHERE v.person_id = p.id) ORDER BY p.id LIMIT 1"_s)
        || !pick.next())
        return {};
    return {
        {"common surname", u"王"_s},
        {"rare full name", pick.value(0).toString()},
        {"ID number", pick.value(1).toString()},
        {"phone fragment", pick.value(2).toString().right(4)},
    };
}

} // namespace seawall::bench
