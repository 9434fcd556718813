// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/scopedpragma.h"

#include "core/db/sqlrun.h"

using namespace Qt::StringLiterals;

namespace seawall {

ScopedPragma::ScopedPragma(Database &db, QString name, int value, const std::function<bool(int was)> &enough)
    : m_db(db), m_name(std::move(name))
{
    if (m_db.backend() != SqlBackend::Sqlite)
        return;
    const Result<QVariant> was = SqlRun::value(m_db, u"PRAGMA %1"_s.arg(m_name));
    if (!was)
        return;
    const int own = was.value().toInt();
    if (enough ? enough(own) : own == value)
        return;
    if (SqlRun::script(m_db, {u"PRAGMA %1 = %2"_s.arg(m_name).arg(value)}))
        m_was = own;
}

ScopedPragma::~ScopedPragma()
{
    // The value set back is a number SQLite gave, not data.
    if (m_was)
        (void)SqlRun::script(m_db, {u"PRAGMA %1 = %2"_s.arg(m_name).arg(*m_was)});
}

} // namespace seawall
