// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

namespace seawall {

// When the measures end: every value of a column flagged Column::Personal
// (persons' names, ID and phone numbers, contacts and those on duty, the
// names imports met) replaced by a pseudonym, wherever the file keeps it —
// the records, the values imports keep to undo them, the audit log — and
// the file rewritten (VACUUM) so that no page still holds the old values.
// Records, their dates, companies and counts stay: every figure of every
// day is as it was. Irreversible: not a step of the undo stack; the daily
// backups, which hold the real values, are deleted with it. One line of
// the audit log says it was done, by whom.
namespace Purge {

// A person's pseudonym as it replaces the name ("人员 17", by the row's id)
// and the ID number ("X00000000000000017": no resident ID number looks so).
QString pseudonym(const QString &table, const QString &column, qint64 id, bool idNumber);

Status personalData(Database &db);

} // namespace Purge
} // namespace seawall
