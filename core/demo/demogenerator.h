// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QDate>
#include <QtGlobal>

#include <functional>

namespace seawall {

class Database;

// Fills an empty database with a plausible month of the group's epidemic
// prevention work (companies, roster, tests, vaccinations, shifts,
// inspections, daily reports) for demonstrations, screenshots and
// benchmarks. The same seed and date give the same database.
class DemoGenerator
{
public:
    struct Options
    {
        QDate today = QDate::currentDate(); // the last day with data
        bool large = false;                 // 200,000 persons, 1,000,000 tests over 60 days
        quint32 seed = 20220315;
        std::function<void(int percent)> progress;
    };

    explicit DemoGenerator(Database &db);

    // Writes everything in one transaction, or nothing. Refuses a database
    // that already has companies or persons. On a server, the data is made
    // in a temporary file and copied from there.
    Status generate(const Options &options);

    // True when the database has no company and no person (false when it
    // cannot be read).
    static bool isEmpty(Database &db);

private:
    Status generateThroughFile(const Options &options);

    Database &m_db;
};

} // namespace seawall
