// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lists/listspecs.h"

#include "core/audit/auditlog.h"
#include "core/entity/entitydef.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall::ListSpecs {
namespace {

// A kind of record by its table, in the user's language.
QString entityName(const QString &table)
{
    const EntityDef *def = Entities::ofTable(table);
    return def && def->plural ? def->pluralName() : table;
}

} // namespace

ListSpec audit()
{
    ListSpec spec;
    spec.id = u"audit"_s;
    // The log is no entity: its lines come with changes of every kind.
    spec.kind = EntityKind::ImportBatch;
    spec.title = QCoreApplication::translate("Audit", "Audit log");
    spec.editable = false; // read, filtered and exported; never changed
    for (const EntityDef *def : Entities::all())
        spec.watches << def->kind;
    spec.table = u"audit_log"_s;
    spec.from = u"audit_log r"_s;
    spec.countFrom = spec.from;
    spec.dateColumn = u"substr(r.at, 1, 10)"_s;

    // What a line says of a record (its key, its values) may hold ID and
    // phone numbers: masked as the lists mask them.
    const auto text = [&spec](const QString &key, const char *header, const QString &sql, bool searchable,
                              CellKind kind = CellKind::Text) {
        spec.columns << ListColumn{key, header, sql, kind, searchable, false};
        if (searchable)
            spec.search << SearchTerm{sql, {}, {}, false, {}};
    };
    // To the minute, as other lists show times (the command line has the seconds).
    spec.columns << ListColumn{u"at"_s, QT_TRANSLATE_NOOP("Field", "Time"), u"replace(substr(r.at, 1, 16), 'T', ' ')"_s,
                               CellKind::DateTime, false, false};
    text(u"user_name"_s, QT_TRANSLATE_NOOP("Field", "User"), u"r.user_name"_s, true);
    spec.columns << ListColumn{u"action"_s, QT_TRANSLATE_NOOP("Field", "Action"), u"r.action"_s, CellKind::Code,
                               false, false, AuditLog::actionName};
    spec.columns << ListColumn{u"entity"_s, QT_TRANSLATE_NOOP("Field", "Record kind"), u"r.entity"_s, CellKind::Code,
                               false, false, entityName};
    text(u"natural_key"_s, QT_TRANSLATE_NOOP("Field", "Record"), u"r.natural_key"_s, true, CellKind::MaskedText);
    text(u"before_json"_s, QT_TRANSLATE_NOOP("Field", "Before"), u"r.before_json"_s, false, CellKind::MaskedText);
    text(u"after_json"_s, QT_TRANSLATE_NOOP("Field", "After"), u"r.after_json"_s, false, CellKind::MaskedText);
    spec.columns << ListColumn{u"batch_id"_s, QT_TRANSLATE_NOOP("Field", "Import"), u"r.batch_id"_s,
                               CellKind::Integer, false, false};
    text(u"reason"_s, QT_TRANSLATE_NOOP("Field", "Reason"), u"r.reason"_s, true);

    ListFilter user{u"user_name"_s, QT_TRANSLATE_NOOP("Field", "User"), {}, {}, {}};
    user.distinctSql = u"SELECT DISTINCT user_name FROM audit_log WHERE user_name <> '' ORDER BY user_name"_s;
    user.column = u"r.user_name"_s;
    ListFilter entity{u"entity"_s, QT_TRANSLATE_NOOP("Field", "Record kind"), {}, {}, {}};
    for (const EntityDef *def : Entities::all())
        if (def->plural)
            entity.options.append({def->pluralName(), u"r.entity = ?"_s, def->table});
    ListFilter action{u"action"_s, QT_TRANSLATE_NOOP("Field", "Action"), {}, {}, {}};
    for (const QString &code : AuditLog::actions())
        action.options.append({AuditLog::actionName(code), u"r.action = ?"_s, code});
    spec.filters = {user, entity, action};
    // Newest first.
    spec.sortColumn = 0;
    spec.sortOrder = Qt::DescendingOrder;
    return spec;
}

} // namespace seawall::ListSpecs
