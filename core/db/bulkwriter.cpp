// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/bulkwriter.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

QString insertSql(const EntityDef &def, bool withIds, qsizetype rows)
{
    QStringList names = def.writtenNames;
    if (withIds)
        names.prepend(u"id"_s);
    const QString tuple = u"(?"_s + u", ?"_s.repeated(names.size() - 1) + u')';
    return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(def.table, names.join(u", "_s), QStringList(rows, tuple).join(u", "_s));
}

} // namespace

BulkWriter::BulkWriter(Database &db, const EntityDef &def, bool withIds)
    : m_db(db), m_def(def), m_withIds(withIds), m_width(def.writtenIndexes.size() + (withIds ? 1 : 0))
{
    m_pending.reserve(std::size_t(kRowsPerStatement * m_width));
}

BulkWriter::~BulkWriter() = default;

bool BulkWriter::add(qint64 id, const void *record)
{
    if (m_error)
        return false;
    m_row.clear();
    if (m_withIds)
        m_row.addInteger(id);
    for (int i : m_def.writtenIndexes)
        m_def.columns.at(i).encode(record, m_row);
    const qsizetype offset = qsizetype(m_text.size());
    m_text.append(m_row.text.constData(), std::size_t(m_row.text.size()));
    for (EncodedRow::Value value : m_row.values) {
        value.offset += offset;
        m_pending.push_back(value);
    }
    if (m_withIds && m_def.children)
        if (const QStringList values = m_def.children->get(record); !values.isEmpty())
            m_children.append({id, values});
    return qsizetype(m_pending.size()) < kRowsPerStatement * m_width || write();
}

Status BulkWriter::flush()
{
    if (!m_error)
        write();
    if (!m_error && !m_children.isEmpty()) {
        // The rows they belong to are in: their own values now.
        const EntityDef::ChildList &list = *m_def.children;
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO %1 (%2, %3) VALUES (?, ?)"_s.arg(list.table, list.parentColumn, list.valueColumn));
        for (const auto &[id, values] : std::as_const(m_children))
            for (const QString &value : values) {
                query.addBindValue(id);
                query.addBindValue(value);
                if (!query.exec()) {
                    m_error = m_db.errorFrom(query);
                    break;
                }
            }
        m_children.clear();
    }
    if (m_error)
        return *m_error;
    return {};
}

bool BulkWriter::write()
{
    const qsizetype rows = qsizetype(m_pending.size()) / m_width;
    if (rows == 0)
        return true;
    // A shorter statement, made once, writes the last rows.
    std::unique_ptr<SqliteStatement> rest;
    SqliteStatement *statement = nullptr;
    if (rows == kRowsPerStatement && m_full) {
        statement = m_full.get();
    } else {
        auto prepared = std::make_unique<SqliteStatement>(m_db);
        if (Status status = prepared->prepare(insertSql(m_def, m_withIds, rows)); !status) {
            m_error = status.error();
            return false;
        }
        statement = prepared.get();
        (rows == kRowsPerStatement ? m_full : rest) = std::move(prepared);
    }
    for (std::size_t i = 0; i < m_pending.size(); ++i)
        statement->bind(int(i), m_pending[i], m_text.data());
    m_pending.clear();
    const Status status = statement->exec();
    m_text.clear();
    if (!status) {
        m_error = status.error();
        return false;
    }
    return true;
}

} // namespace seawall
