// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QDate>
#include <QHash>

namespace seawall::test {

// A small group whose figures for 2022-03-15 are worked out by hand in
// test_figures.cpp. Every edge case of DOMAIN.md's definitions has a row
// here; the comments say which.
struct FiguresFixture
{
    static QDate day() { return {2022, 3, 15}; }
    explicit FiguresFixture(Database &db);

    QHash<QString, qint64> company; // by code
    QHash<QString, qint64> person;  // P1 … P13
    QHash<QString, qint64> inspection;
};

} // namespace seawall::test
