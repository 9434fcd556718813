// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/pgcopy.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

PGconn *connOf(void *conn) { return static_cast<PGconn *>(conn); }

// A value as COPY's text format writes it: \N for null, and a backslash
// before the characters that end a value or a row.
void appendText(QByteArray &out, const QByteArray &utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

constexpr qsizetype kSendAt = 1 << 20;

} // namespace

PgCopyIn::PgCopyIn(Database &db) : m_db(db)
{
    // QPSQL hands out its connection as a QVariant holding PGconn* (named
    // by its struct).
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "pg_conn*") == 0)
        m_conn = *static_cast<PGconn *const *>(handle.constData());
}

PgCopyIn::~PgCopyIn()
{
    if (m_open && m_conn) {
        // Abandoned half way: the server drops what it was sent.
        PQputCopyEnd(connOf(m_conn), "abandoned");
        while (PGresult *result = PQgetResult(connOf(m_conn)))
            PQclear(result);
    }
}

Error PgCopyIn::failure(const QString &what) const
{
    const QString cause = m_conn ? QString::fromUtf8(PQerrorMessage(connOf(m_conn))).trimmed() : QString();
    return Error{Error::Kind::Sql,
                 QCoreApplication::translate("Database", "%1: %2 failed: %3").arg(m_db.path(), what, cause)};
}

Status PgCopyIn::begin(const QString &table, const QStringList &columns)
{
    if (!m_conn)
        return Error{Error::Kind::Sql,
                     QCoreApplication::translate("Database", "%1 is not a PostgreSQL connection.").arg(m_db.path())};
    const QByteArray sql = u"COPY %1 (%2) FROM STDIN"_s.arg(table, columns.join(u", "_s)).toUtf8();
    PGresult *result = PQexec(connOf(m_conn), sql.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    if (!started)
        return failure(u"COPY "_s + table);
    m_open = true;
    m_buffer.clear();
    m_firstValue = true;
    return {};
}

void PgCopyIn::addValue(const QVariant &value)
{
    if (!m_firstValue)
        m_buffer += '\t';
    m_firstValue = false;
    if (value.isNull()) {
        m_buffer += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: m_buffer += QByteArray::number(value.toLongLong()); return;
    case QMetaType::Bool: m_buffer += value.toBool() ? "1" : "0"; return;
    case QMetaType::Double: m_buffer += QByteArray::number(value.toDouble(), 'g', 17); return;
    default: appendText(m_buffer, value.toString().toUtf8());
    }
}

Status PgCopyIn::endRow()
{
    m_buffer += '\n';
    m_firstValue = true;
    return m_buffer.size() >= kSendAt ? send() : Status{};
}

Status PgCopyIn::send()
{
    if (m_buffer.isEmpty())
        return {};
    if (PQputCopyData(connOf(m_conn), m_buffer.constData(), int(m_buffer.size())) != 1)
        return failure(u"COPY"_s);
    m_buffer.clear();
    return {};
}

Status PgCopyIn::end()
{
    if (!m_open)
        return {};
    Status status = send();
    m_open = false;
    if (PQputCopyEnd(connOf(m_conn), status ? nullptr : "failed") != 1 && status)
        status = failure(u"COPY"_s);
    while (PGresult *result = PQgetResult(connOf(m_conn))) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && status)
            status = Error{Error::Kind::Sql, QCoreApplication::translate("Database", "%1: %2")
                                                 .arg(m_db.path(), QString::fromUtf8(PQresultErrorMessage(result)).trimmed())};
        PQclear(result);
    }
    return status;
}

} // namespace seawall
