// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/reconcile/discrepancy.h"

#include <vector>

namespace seawall {

// Finds what does not add up for a day or a range of days [from, to]
// (DOMAIN.md's definitions, FigureRules' SQL):
// - each daily report of the range (the evening edition when a unit sent
//   both) whose tests done differ from the count of test records of that
//   company and day;
// - per company, the persons on no roster (外部);
// - per company, the active persons, not exempt, with no dose on or before
//   `to`, and those whose primary series is not complete by `to`;
// - each day a unit that reports daily sent no report, over the last 7 days
//   up to `to` or the whole range when it is longer;
// - each finding overdue as of `to`;
// - each person an import met under a name other than the one on record
//   (foldName apart), whatever the range.
// Everything is counted by SQL aggregates over indexes; only the items come
// back. `companyIds` limits it to a subtree (empty for the whole group).
class Reconciler
{
public:
    explicit Reconciler(Database &db);

    Result<std::vector<Discrepancy>> compute(const QDate &from, const QDate &to,
                                             const QList<qint64> &companyIds = {}) const;

    // The records behind one item (test records, persons, daily reports or
    // the finding), for the table a double-click opens.
    Result<RecordTable> records(const Discrepancy &item) const;

    // How many days back the missing reports look from `to`, `to` included.
    static constexpr int kReportWindowDays = 7;

private:
    Result<RecordTable> nameRecords(const Discrepancy &item) const;

    Database &m_db;
};

} // namespace seawall
