// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/sqlitestatement.h"

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
    if (!m_handle)
        return Error{Error::Kind::Sql, QCoreApplication::translate("Database", "The database connection is not SQLite.")};
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    const int code = sqlite3_prepare16_v2(m_handle, sql.constData(), int(sql.size() * 2), &m_statement, nullptr);
    if (code != SQLITE_OK)
        return error(code);
    return {};
}

void SqliteStatement::bind(int position, const QVariant &value)
{
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

void SqliteStatement::bindNull(int position) { sqlite3_bind_null(m_statement, position + 1); }

void SqliteStatement::bindInteger(int position, qint64 value) { sqlite3_bind_int64(m_statement, position + 1, value); }

void SqliteStatement::bindReal(int position, double value) { sqlite3_bind_double(m_statement, position + 1, value); }

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
    // SQLite reads a null pointer as NULL, not as an empty text.
    sqlite3_bind_text(m_statement, position + 1, text ? text : "", int(size), SQLITE_STATIC);
}

Status SqliteStatement::exec()
{
    const int code = sqlite3_step(m_statement);
    // The error of a failed step is the connection's until the reset.
    const Status status = code == SQLITE_DONE || code == SQLITE_ROW ? Status{} : Status{error(code)};
    sqlite3_reset(m_statement);
    return status;
}

Result<bool> SqliteStatement::next()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    const Status status = code == SQLITE_DONE ? Status{} : Status{error(code)};
    sqlite3_reset(m_statement);
    if (!status)
        return status.error();
    return false;
}

qint64 SqliteStatement::integer(int column) const { return sqlite3_column_int64(m_statement, column); }

QString SqliteStatement::text(int column) const
{
    // SQLite's own UTF-8, converted once, rather than UTF-16 it would make.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 SqliteStatement::changes() const { return sqlite3_changes64(m_handle); }

qint64 SqliteStatement::lastInsertId() const { return sqlite3_last_insert_rowid(m_handle); }

} // namespace seawall
