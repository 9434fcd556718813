// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QStringList>
#include <QVariant>

namespace seawall {

// Rows streamed into a table of a PostgreSQL server with COPY … FROM STDIN
// (libpq's copy protocol, in its text format): a hundred thousand rows a
// second where one INSERT a row manages a few thousand. Between begin() and
// end() the connection runs nothing else. The rows land, or fail, as part
// of the transaction open on the connection.
class PgCopyIn
{
public:
    Q_DISABLE_COPY_MOVE(PgCopyIn)
    explicit PgCopyIn(Database &db);
    ~PgCopyIn();

    Status begin(const QString &table, const QStringList &columns);
    // One row, its values in the order of the columns: null, integers,
    // reals and texts (anything else as its text).
    void addValue(const QVariant &value);
    Status endRow();
    // Sends what is left and ends the copy: the server's error if it
    // refused a row (a key, a foreign key, a type).
    Status end();

private:
    Status send();
    Error failure(const QString &what) const;

    Database &m_db;
    void *m_conn = nullptr; // PGconn
    QByteArray m_buffer;
    bool m_firstValue = true;
    bool m_open = false;
};

} // namespace seawall
