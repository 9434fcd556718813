// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QDate>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace seawall {

class Database;

// The demo's readiness registers: each unit's 24-hour duty over the window
// and the week ahead (with a gap today and one tomorrow to show), weekly
// stocktakes of five supplies (a few below their minimum at the end), the
// staff's training certificates (some expiring within the month) and the
// units' drills (two units without one in the last 30 days).
namespace DemoReadiness {

struct Input
{
    QDate first; // the window's first day
    QDate today; // its last
    std::vector<qint64> companies;  // ids, in DemoData::companies order
    std::vector<QString> names;     // the units' names, in that order
    std::vector<bool> reports;      // whether each reports daily
    std::vector<std::pair<qint64, qint64>> staff; // person id, company id of persons active today
    std::function<int(int bound)> pick; // the generator's draws, in its order
    std::function<QString(bool male)> personName;
    std::function<QString()> mobile;
};

Status insert(Database &db, const Input &input);

} // namespace DemoReadiness
} // namespace seawall
