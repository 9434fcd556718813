// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/sqlitestatement.h"

#include "core/db/sqlrun.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace seawall {

SqliteStatement::SqliteStatement(Database &db) : m_db(db), m_handle(db.sqliteHandle()) {}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_statement); }

Error SqliteStatement::error(int code) const
{
    const QString text = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString();
    return m_db.errorFrom(QSqlError(text, text, QSqlError::StatementError, QString::number(code)));
}

Status SqliteStatement::prepare(const QString &sql)
{
    if (!m_handle) {
        if (!m_db.isOpen())
            return Error{Error::Kind::Sql, QCoreApplication::translate("Database", "No database is open.")};
        m_query = std::make_unique<QSqlQuery>(m_db.connection());
        SqlRun::readForward(*m_query);
        if (!m_query->prepare(sql))
            return m_db.errorFrom(*m_query);
        m_values.clear();
        return {};
    }
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    const int code = sqlite3_prepare16_v2(m_handle, sql.constData(), int(sql.size() * 2), &m_statement, nullptr);
    if (code != SQLITE_OK)
        return error(code);
    return {};
}

namespace {

void keep(QVariantList &values, int position, QVariant value)
{
    if (values.size() <= position)
        values.resize(position + 1);
    values[position] = std::move(value);
}

} // namespace

void SqliteStatement::bind(int position, const QVariant &value)
{
    if (m_query) {
        keep(m_values, position, value);
        return;
    }
    const int at = position + 1;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, at);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString: {
        // constData(), not utf16(): the latter copies a string that is not
        // its own data (a literal) to end it with a 0, which SQLite does
        // not need when given the length.
        static const char16_t empty[1] = {0};
        const QString *text = static_cast<const QString *>(value.constData());
        const void *data = text->isEmpty() ? static_cast<const void *>(empty) : static_cast<const void *>(text->constData());
        sqlite3_bind_text16(m_statement, at, data, int(text->size() * 2), SQLITE_STATIC);
        return;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: sqlite3_bind_int64(m_statement, at, value.toLongLong()); return;
    case QMetaType::Double: sqlite3_bind_double(m_statement, at, value.toDouble()); return;
    default: {
        // Anything else as QSQLITE would bind it: its text, copied.
        const QString text = value.toString();
        sqlite3_bind_text16(m_statement, at, text.constData(), int(text.size() * 2), SQLITE_TRANSIENT);
        return;
    }
    }
}

void SqliteStatement::bindNull(int position)
{
    if (m_query)
        keep(m_values, position, QVariant(QMetaType::fromType<QString>()));
    else
        sqlite3_bind_null(m_statement, position + 1);
}

void SqliteStatement::bindInteger(int position, qint64 value)
{
    if (m_query)
        keep(m_values, position, value);
    else
        sqlite3_bind_int64(m_statement, position + 1, value);
}

void SqliteStatement::bindReal(int position, double value)
{
    if (m_query)
        keep(m_values, position, value);
    else
        sqlite3_bind_double(m_statement, position + 1, value);
}

void SqliteStatement::bind(int position, const EncodedRow::Value &value, const char *text)
{
    switch (value.kind) {
    case EncodedRow::Value::Kind::Null: bindNull(position); return;
    case EncodedRow::Value::Kind::Integer: bindInteger(position, value.integer); return;
    case EncodedRow::Value::Kind::Real: bindReal(position, value.real); return;
    case EncodedRow::Value::Kind::Text: bindUtf8(position, text + value.offset, value.size); return;
    }
}

void SqliteStatement::bindUtf8(int position, const char *text, qsizetype size)
{
    if (m_query) {
        keep(m_values, position, QString::fromUtf8(text, size));
        return;
    }
    // SQLite reads a null pointer as NULL, not as an empty text.
    sqlite3_bind_text(m_statement, position + 1, text ? text : "", int(size), SQLITE_STATIC);
}

// Not SQLite: binds what was kept and runs it; a statement that returns
// rows is read by next().
Status SqliteStatement::execQuery()
{
    for (int i = 0; i < m_values.size(); ++i)
        m_query->bindValue(i, m_values.at(i));
    if (!m_query->exec())
        return m_db.errorFrom(*m_query);
    m_changes = m_query->isSelect() ? 0 : m_query->numRowsAffected();
    m_lastInsertId = m_changes > 0 ? m_query->lastInsertId().toLongLong() : 0;
    return {};
}

Status SqliteStatement::exec()
{
    if (m_query) {
        const Status status = execQuery();
        m_query->finish();
        return status;
    }
    const int code = sqlite3_step(m_statement);
    // The error of a failed step is the connection's until the reset.
    const Status status = code == SQLITE_DONE || code == SQLITE_ROW ? Status{} : Status{error(code)};
    sqlite3_reset(m_statement);
    return status;
}

Result<bool> SqliteStatement::next()
{
    if (m_query) {
        if (!m_query->isActive())
            if (Status status = execQuery(); !status)
                return status.error();
        if (m_query->next())
            return true;
        m_query->finish();
        return false;
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    const Status status = code == SQLITE_DONE ? Status{} : Status{error(code)};
    sqlite3_reset(m_statement);
    if (!status)
        return status.error();
    return false;
}

qint64 SqliteStatement::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    // SQLite's own UTF-8, converted once, rather than UTF-16 it would make.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 SqliteStatement::changes() const { return m_query ? m_changes : sqlite3_changes64(m_handle); }

qint64 SqliteStatement::lastInsertId() const
{
    return m_query ? m_lastInsertId : sqlite3_last_insert_rowid(m_handle);
}

qsizetype SqliteStatement::maxBound(Database &db)
{
    // PostgreSQL's protocol counts the parameters of a statement in 16 bits.
    if (db.backend() != SqlBackend::Sqlite)
        return 65535;
    return sqlite3_limit(db.sqliteHandle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
}

} // namespace seawall
