// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/entity/entitydef.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QVariantList>

#include <optional>

namespace seawall {

// The days whose evening briefing was printed or exported (table day_lock,
// schema 15): leaders read its figures, so the records placed on that day
// (each entity's own date, EntityDef::day) no longer change unseen. A
// change that touches such a day is refused until someone unlocks it,
// giving a reason; both are lines of the audit log. The next evening print
// locks it again.
namespace DayLocks {

struct Lock
{
    QDate date;
    int issueNumber = 0;
    QDateTime lockedAt;
    QString lockedBy;
};

std::optional<Lock> find(Database &db, const QDate &date);
// Every locked day, for a check of many rows (an import).
QHash<QDate, Lock> all(Database &db);

// Locks the day for the briefing `issueNumber`, in the caller's transaction.
Status lock(Database &db, const QDate &date, int issueNumber);
// Unlocks the day; refused without a reason, or when it is not locked.
Status unlock(Database &db, const QDate &date, const QString &reason);

// The day a row of `def` falls on (whole, in the order of tableColumns());
// invalid for an entity without one.
QDate dayOf(const EntityDef &def, const QVariantList &values);
// The day a record of `def` falls on, given its stored value.
QDate dayOfValue(const QVariant &value);

// Why a change of a record on the locked day is refused: the day and the
// briefing, and how to unlock it.
QString refusal(const Lock &lock);
// Refused (Error::Kind::Conflict, refusal()) when a row as it was or as it
// will be falls on a locked day.
Status check(Database &db, const EntityDef &def, const std::optional<QVariantList> &before,
             const std::optional<QVariantList> &after);

} // namespace DayLocks
} // namespace seawall
