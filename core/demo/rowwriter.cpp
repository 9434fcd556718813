// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/rowwriter.h"

#include "core/db/database.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace seawall {

RowWriter::RowWriter(Database &db, const QString &table, const QString &columns)
    : m_db(db),
      m_full(db.connection()),
      m_columns(columns.count(u',') + 1),
      m_head(u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns))
{
    m_pending.reserve(std::size_t(kRowsPerStatement * m_columns));
}

bool RowWriter::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(qsizetype(row.size()) == m_columns);
    if (m_error)
        return false;
    m_pending.insert(m_pending.end(), row);
    return qsizetype(m_pending.size()) < kRowsPerStatement * m_columns || write();
}

Status RowWriter::flush()
{
    if (!m_error)
        write();
    if (m_error)
        return *m_error;
    return {};
}

bool RowWriter::write()
{
    const qsizetype rows = qsizetype(m_pending.size()) / m_columns;
    if (rows == 0)
        return true;
    // A shorter statement, prepared once, writes the last rows.
    QSqlQuery rest(m_db.connection());
    QSqlQuery &query = rows == kRowsPerStatement ? m_full : rest;
    if (&query == &rest || !m_prepared) {
        const QString tuple = u"(?"_s + u", ?"_s.repeated(m_columns - 1) + u')';
        if (!query.prepare(m_head + QStringList(rows, tuple).join(u", "_s))) {
            m_error = m_db.errorFrom(query);
            return false;
        }
        m_prepared = m_prepared || &query == &m_full;
    }
    for (std::size_t i = 0; i < m_pending.size(); ++i)
        query.bindValue(int(i), m_pending[i]);
    m_pending.clear();
    if (!query.exec()) {
        m_error = m_db.errorFrom(query);
        return false;
    }
    return true;
}

} // namespace seawall
