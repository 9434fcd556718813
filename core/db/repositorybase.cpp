// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/repositorybase.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// QSQLITE binds a null QString as SQL NULL. Text columns are NOT NULL with
// '' for "nothing", so an empty text is bound as ''; a deliberate NULL is a
// variant without a value (SqlValues::date of a null date, for instance).
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return QString(u""_s);
    return value;
}

} // namespace

RepositoryBase::RepositoryBase(Database &db, QString table, QStringList columns)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns))
{
}

bool RepositoryBase::prepare()
{
    if (m_prepared)
        return true;
    QStringList marks;
    QStringList sets;
    for (const QString &column : std::as_const(m_columns)) {
        marks << u"?"_s;
        sets << column + u" = ?"_s;
    }
    m_insert = QSqlQuery(m_db.connection());
    m_update = QSqlQuery(m_db.connection());
    m_prepared = m_insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(m_table, m_columns.join(u", "_s),
                                                                           marks.join(u", "_s)))
                 && m_update.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(m_table, sets.join(u", "_s)));
    return m_prepared;
}

Result<qint64> RepositoryBase::insertValues(const QVariantList &values)
{
    if (!prepare())
        return m_db.errorFrom(m_insert.lastError().isValid() ? m_insert : m_update);
    for (int i = 0; i < values.size(); ++i)
        m_insert.bindValue(i, bindable(values.at(i)));
    if (!m_insert.exec())
        return m_db.errorFrom(m_insert);
    const qint64 id = m_insert.lastInsertId().toLongLong();
    m_insert.finish();
    return id;
}

Status RepositoryBase::updateValues(qint64 id, const QVariantList &values)
{
    if (!prepare())
        return m_db.errorFrom(m_update);
    for (int i = 0; i < values.size(); ++i)
        m_update.bindValue(i, bindable(values.at(i)));
    m_update.bindValue(int(values.size()), id);
    if (!m_update.exec())
        return m_db.errorFrom(m_update);
    const int affected = m_update.numRowsAffected();
    m_update.finish();
    if (affected == 0)
        return Error{Error::Kind::NotFound, {}};
    return {};
}

Status RepositoryBase::removeId(qint64 id, const QString &refusedMessage)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(m_table));
    query.addBindValue(id);
    if (!query.exec()) {
        Error error = m_db.errorFrom(query);
        if (error.kind == Error::Kind::Conflict)
            error.message = refusedMessage;
        return error;
    }
    if (query.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, {}};
    return {};
}

QString RepositoryBase::selectSql() const
{
    return u"SELECT id, %1 FROM %2"_s.arg(m_columns.join(u", "_s), m_table);
}

std::optional<QSqlQuery> RepositoryBase::first(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::nullopt;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query;
}

qint64 RepositoryBase::countWhere(const QString &where, const QVariantList &binds) const
{
    QString sql = u"SELECT count(*) FROM %1"_s.arg(m_table);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    const auto query = first(sql, binds);
    return query ? query->value(0).toLongLong() : 0;
}

Error RepositoryBase::withMessage(Error error, Error::Kind kind, const QString &message)
{
    if (error.kind == kind)
        error.message = message;
    return error;
}

} // namespace seawall
