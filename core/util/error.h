// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace seawall {

// What went wrong, in the user's language. Core never shows it; callers do.
struct Error
{
    enum class Kind {
        Invalid,     // input rejected by validation
        NotFound,
        Conflict,    // a unique or foreign key forbids it
        Changed,     // the record was changed elsewhere since it was opened
        Open,        // the file cannot be opened or created
        Password,    // the server wants a password: none was given, or it refused the one given
        Locked,      // another program holds the database
        NotSeawall,  // a file that is not a Seawall database
        Damaged,     // a Seawall file SQLite finds corrupt (truncated, overwritten)
        Newer,       // schema newer than this program
        ReadOnly,
        Sql,
    };

    Error() = default;
    Error(Kind kind_, QString message_, QString field_ = {})
        : kind(kind_), message(std::move(message_)), field(std::move(field_))
    {
    }

    Kind kind = Kind::Sql;
    QString message;
    QString field; // canonical column name when the error is about one field

    static Error invalid(QString field, QString message)
    {
        return {Kind::Invalid, std::move(message), std::move(field)};
    }
};

// The outcome of an operation that returns a value or an error.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// The outcome of an operation that returns nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace seawall
