// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QList>
#include <QPair>
#include <QString>

namespace seawall {

// What a --db value (or a remembered connection) names: a Seawall file, or
// a database on a PostgreSQL server written as libpq writes one,
// postgresql://user@host[:port]/database. Anything else that looks like an
// address (mysql://…, http://…, a postgres:/x mangled by a shell) is
// refused rather than taken for the name of a file to create.
struct DatabaseAddress
{
    enum class Kind { File, Server };

    Kind kind = Kind::File;
    QString path; // a file; ":memory:" for a private in-memory database
    QString user;
    QString host;
    int port = 5432;
    QString database;
    // Further libpq settings given after '?' (sslmode=require…).
    QList<QPair<QString, QString>> options;

    bool isServer() const { return kind == Kind::Server; }
    // For messages and titles, and to open the same database again: the
    // file's native path, or the address (it never holds a password).
    QString display() const;

    // The password is libpq's business (PGPASSWORD, ~/.pgpass): an address
    // that holds one is refused, as it would end up in shell histories and
    // settings in plain text.
    static Result<DatabaseAddress> parse(const QString &value);
    // Whether a remembered location names a server's database, not a file.
    static bool namesServer(const QString &value);
};

} // namespace seawall
