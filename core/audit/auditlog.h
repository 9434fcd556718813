// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/entity/entitydef.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace seawall {

// One line of the audit log: who did what to which record, when, with the
// values before and after (JSON objects of the columns that changed; the
// whole record when it was added or deleted), the import batch and the
// reason given.
struct AuditEntry
{
    QDateTime time;
    QString user;
    QString action; // an AuditLog action code
    QString entity; // the table, empty for what is none (a day unlocked)
    qint64 rowId = 0;
    QString key;    // the record's natural key ("110101199003074514 / 2022-03-15")
    QString before; // JSON text, empty when there was nothing
    QString after;
    qint64 batch = 0;
    QString reason;
};

// The audit log (table audit_log, schema 14): written by the one edit path
// (core/edit/) and the import path (core/import/) in the same transaction
// as the change itself, so that a change is never there without its line.
// The database refuses to change or delete its rows.
//
// An import writes one line per file with its counts, and one line per
// record it changed that was there before (with the values before and
// after); records it adds are counted, not listed, so that a million rows
// do not write a million lines of JSON (undoing the batch deletes them all
// again, and its line says so).
namespace AuditLog {

// The action codes.
inline constexpr const char *Add = "add";
inline constexpr const char *Edit = "edit";
inline constexpr const char *Delete = "delete";
inline constexpr const char *Undo = "undo";
inline constexpr const char *Redo = "redo";
inline constexpr const char *Review = "review";
inline constexpr const char *Import = "import";
inline constexpr const char *ImportUndo = "import_undo";
inline constexpr const char *Lock = "lock";
inline constexpr const char *Unlock = "unlock";
inline constexpr const char *Purge = "purge";

// Every action code, in the order a filter offers them.
QStringList actions();
// An action in the user's language ("Edit" → 修改).
QString actionName(const QString &code);

// Adds a line; its time and user are filled in when empty.
Status write(Database &db, AuditEntry entry);

// A line for one row of `def` that went from `before` to `after` (whole
// rows in the order of tableColumns(); nullopt where there was none).
// `action` empty: add, edit or delete, as the row went.
Status writeRow(Database &db, const QString &action, const EntityDef &def, qint64 id,
                const std::optional<QVariantList> &before, const std::optional<QVariantList> &after,
                qint64 batch = 0);
// A line for a row an import changed: the columns it wrote and their
// values before.
Status writeImported(Database &db, const EntityDef &def, qint64 id, const QVariantMap &before,
                     const QVariantMap &after, qint64 batch);

// The natural key of row `id` of `def`, references by their own key.
QString naturalKey(Database &db, const EntityDef &def, qint64 id);

// The lines whose day is between `since` and `until` (either may be
// invalid: no bound), oldest first.
Result<QList<AuditEntry>> entries(Database &db, const QDate &since, const QDate &until);

// {"entries": [{"time", "user", "action", "entity", "key", "before",
// "after", "batch", "reason"}]}: before and after as JSON objects (null
// when none), batch null when none.
QJsonObject toJson(const QList<AuditEntry> &entries);

} // namespace AuditLog
} // namespace seawall
