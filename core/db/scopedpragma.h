// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QString>

#include <functional>
#include <optional>

namespace seawall {

// A pragma of a SQLite connection set for as long as this lives, then set
// back to what the connection had: for what a long piece of work wants of
// it (an import's page cache and unchecked foreign keys, the memory and
// threads an index's sort is given). On a server, whose settings are the
// server's, nothing.
class ScopedPragma
{
public:
    // Sets `name` (a pragma this program names) to `value`, unless the
    // connection's own value already does: `enough(was)` when given, else
    // when it is `value`.
    ScopedPragma(Database &db, QString name, int value, const std::function<bool(int was)> &enough = {});
    ~ScopedPragma();
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    Database &m_db;
    QString m_name;
    std::optional<int> m_was; // the connection's own, while it is set otherwise
};

} // namespace seawall
