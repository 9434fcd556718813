// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/reconcile/discrepancy.h"

#include <vector>

namespace seawall::MovementReconcile {

// Each daily report of [from, to] (the evening edition when a unit sent
// both) whose 外来人员, 隔离观察人数 or 外出人数 differ from the registers of
// that company and day: its arrival records dated the day, the persons
// under observation and the persons away through its records (DOMAIN.md).
// One item a report, with both numbers of each count that differs.
Status addItems(Database &db, const QDate &from, const QDate &to, const QList<qint64> &companyIds,
                std::vector<Discrepancy> &items);

// The register's rows behind such an item: the day's arrivals, the persons
// under observation and those away, one row each.
Result<RecordTable> records(Database &db, const Discrepancy &item);

} // namespace seawall::MovementReconcile
