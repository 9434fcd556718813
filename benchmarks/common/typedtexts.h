// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace seawall {

class Database;

namespace bench {

// A text typed into a list's search box, a character at a time.
struct Typed
{
    const char *what;
    QString text;
};

// What both list benchmarks type: a common surname, and the first person
// with tests and doses whose full name no one else has, by name, by ID
// number and by the last four digits of the phone. Empty when the database
// has no such person.
QList<Typed> typedTexts(Database &db);

inline double ms(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

} // namespace bench
} // namespace seawall
