// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/figures/figures.h"

#include <QVariantList>

namespace seawall {

// Computes the figures of a day with SQL aggregates over indexes; it never
// loads the rows themselves.
class FiguresEngine
{
public:
    // With company ids (a company and its children, see CompanyRepository::
    // subtree) every figure counts those companies only; without, the group.
    explicit FiguresEngine(Database &db, QList<qint64> companyIds = {});

    Result<Figures> compute(const QDate &date) const;

    // The aggregate queries compute() runs for `date`, with the dates written
    // in as literals: a script for the sqlite3 shell, so that a benchmark can
    // time the bare queries against the program on the same file.
    QString sqlScript(const QDate &date) const;

    struct Query
    {
        QString sql;
        QVariantList binds;
    };

private:
    Database &m_db;
    QList<qint64> m_companyIds;
};

} // namespace seawall
