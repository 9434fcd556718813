// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/recordchange.h"

#include "core/audit/auditlog.h"
#include "core/audit/daylocks.h"
#include "core/db/sqlrun.h"
#include "core/db/entitytable.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Parents before children, as the definitions come: rows are written in
// this order and deleted in the reverse one, so that no reference is ever
// left dangling.
qsizetype rank(EntityKind kind) { return Entities::all().indexOf(&Entities::of(kind)); }

// One row, whole, in the order of its table's columns; nullopt when there is none.
Result<std::optional<QVariantList>> readRow(Database &db, EntityKind kind, qint64 id)
{
    const EntityDef &def = Entities::of(kind);
    const QStringList columns = def.tableColumns();
    QSqlQuery query(db.connection());
    SqlRun::readForward(query);
    query.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns.join(u", "_s), def.table));
    query.addBindValue(id);
    if (!query.exec())
        return db.errorFrom(query);
    if (!query.next())
        return std::optional<QVariantList>();
    QVariantList values;
    for (qsizetype i = 0; i < columns.size(); ++i)
        values << query.value(int(i));
    return std::optional<QVariantList>(values);
}

} // namespace

ChangeSet RecordChange::changes() const
{
    ChangeSet changes;
    for (const Row &row : m_rows) {
        changes.add(row.kind, row.id);
        // And the rows its definition follows (a person's milestones).
        const EntityDef &def = Entities::of(row.kind);
        const Column *followed = def.column(def.followBy);
        if (!followed || followed->type != ColumnType::Reference)
            continue;
        const qsizetype at = def.tableColumns().indexOf(def.followBy);
        for (const auto &values : {row.before, row.after})
            if (values)
                changes.add(followed->references, values->at(at).toLongLong());
    }
    return changes;
}

Status RecordChange::checkLocks(Database &db) const
{
    for (const Row &row : m_rows)
        if (Status status = DayLocks::check(db, Entities::of(row.kind), row.before, row.after); !status)
            return status;
    return {};
}

Status RecordChange::audit(Database &db, const QString &action, bool forward) const
{
    for (const Row &row : m_rows)
        if (Status status = AuditLog::writeRow(db, action, Entities::of(row.kind), row.id,
                                               forward ? row.before : row.after, forward ? row.after : row.before);
            !status)
            return status;
    return {};
}

Status RecordChange::apply(Database &db, bool forward) const
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status status = checkLocks(db); !status)
        return status;
    QSqlQuery query(db.connection());

    // Every row must still be as the step left it: a row changed since (by
    // an import or another program), or an id taken by another row, is not
    // overwritten.
    for (const Row &row : m_rows) {
        const auto now = readRow(db, row.kind, row.id);
        if (!now)
            return now.error();
        if (now.value() != (forward ? row.before : row.after))
            return Error{Error::Kind::Conflict,
                         QCoreApplication::translate("RecordChange",
                                                     "The records were changed after this step by something "
                                                     "else (an import, another program): the step cannot be "
                                                     "undone or redone.")};
    }

    // What the rows' definitions follow (a person's vaccination
    // milestones), by the values of the rows as they were and will be.
    QHash<EntityKind, QList<qint64>> followed;
    const auto note = [&followed](const Row &row, const std::optional<QVariantList> &values) {
        const EntityDef &def = Entities::of(row.kind);
        if (values && !def.followBy.isEmpty())
            followed[row.kind] << values->at(def.tableColumns().indexOf(def.followBy)).toLongLong();
    };

    // Deletes, children first. A company may be the parent of another that
    // goes too, so those are retried until none is left.
    std::vector<const Row *> deletes;
    for (const Row &row : m_rows)
        if (!(forward ? row.after : row.before))
            deletes.push_back(&row);
    std::stable_sort(deletes.begin(), deletes.end(),
                     [](const Row *a, const Row *b) { return rank(a->kind) > rank(b->kind); });
    while (!deletes.empty()) {
        std::vector<const Row *> refused;
        for (const Row *row : deletes) {
            note(*row, forward ? row->before : row->after);
            query.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(Entities::of(row->kind).table));
            query.addBindValue(row->id);
            if (!query.exec())
                refused.push_back(row);
        }
        if (refused.size() == deletes.size())
            return db.errorFrom(query);
        deletes = std::move(refused);
    }

    // Inserts and updates, parents first.
    std::vector<const Row *> writes;
    for (const Row &row : m_rows)
        if (forward ? row.after : row.before)
            writes.push_back(&row);
    std::stable_sort(writes.begin(), writes.end(),
                     [](const Row *a, const Row *b) { return rank(a->kind) < rank(b->kind); });
    // A company may be the parent of another that comes back too: rows
    // refused for a missing parent are retried once the others are in.
    while (!writes.empty()) {
        std::vector<const Row *> refused;
        for (const Row *row : writes) {
            const EntityDef &def = Entities::of(row->kind);
            const QVariantList &values = *(forward ? row->after : row->before);
            const QStringList columns = def.tableColumns();
            note(*row, values);
            note(*row, forward ? row->before : row->after);
            // A row that was there is updated; one that was not is inserted.
            if (forward ? row->before : row->after) {
                QStringList sets;
                for (qsizetype i = 1; i < columns.size(); ++i)
                    sets << columns.at(i) + u" = ?"_s;
                query.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(def.table, sets.join(u", "_s)));
                for (qsizetype i = 1; i < values.size(); ++i)
                    query.addBindValue(values.at(i));
                query.addBindValue(row->id);
            } else {
                query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                    def.table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)));
                for (const QVariant &value : values)
                    query.addBindValue(value);
            }
            if (!query.exec())
                refused.push_back(row);
        }
        if (refused.size() == writes.size())
            return db.errorFrom(query);
        writes = std::move(refused);
    }
    for (auto it = followed.cbegin(); it != followed.cend(); ++it)
        if (Status status = EntityTable(db, Entities::of(it.key())).follow(it.value()); !status)
            return status;
    if (Status status = audit(db, QString::fromLatin1(forward ? AuditLog::Redo : AuditLog::Undo), forward); !status)
        return status;
    return transaction.commit();
}

Status ChangeRecorder::watch(EntityKind kind, qint64 id)
{
    for (const RecordChange::Row &row : m_change.m_rows)
        if (row.kind == kind && row.id == id)
            return {};
    auto before = readRow(m_db, kind, id);
    if (!before)
        return before.error();
    m_change.m_rows.push_back({kind, id, before.value(), std::nullopt});
    return {};
}

Result<QList<qint64>> ChangeRecorder::idsWhere(EntityKind kind, const QString &where, const QVariantList &binds) const
{
    QSqlQuery query(m_db.connection());
    SqlRun::readForward(query);
    query.prepare(u"SELECT id FROM %1 WHERE %2"_s.arg(Entities::of(kind).table, where));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return m_db.errorFrom(query);
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Status ChangeRecorder::watchWhere(EntityKind kind, const QString &where, const QVariantList &binds)
{
    const auto ids = idsWhere(kind, where, binds);
    if (!ids)
        return ids.error();
    for (qint64 id : ids.value())
        if (Status status = watch(kind, id); !status)
            return status;
    return {};
}

void ChangeRecorder::watchNew(EntityKind kind, qint64 id) { m_new.append({kind, id}); }

Status ChangeRecorder::watchNewWhere(EntityKind kind, const QString &where, const QVariantList &binds)
{
    const auto ids = idsWhere(kind, where, binds);
    if (!ids)
        return ids.error();
    for (qint64 id : ids.value())
        watchNew(kind, id);
    return {};
}

Status ChangeRecorder::watchDelete(EntityKind kind, qint64 id)
{
    if (Status status = watch(kind, id); !status)
        return status;
    // The definitions say what a delete reaches: rows deleted with it and
    // rows that lose their reference to it.
    for (const EntityDef *other : Entities::all())
        for (const Column &column : other->columns) {
            if (column.type != ColumnType::Reference || column.references != kind)
                continue;
            const bool cascades = column.onDelete() == Column::OnDelete::Cascade;
            if (column.onDelete() == Column::OnDelete::Restrict)
                continue; // the delete is refused while such a row is there
            const auto ids = idsWhere(other->kind, column.name + u" = ?"_s, {id});
            if (!ids)
                return ids.error();
            for (qint64 childId : ids.value())
                if (Status status = cascades ? watchDelete(other->kind, childId) : watch(other->kind, childId); !status)
                    return status;
        }
    return {};
}

Result<RecordChange> ChangeRecorder::finish()
{
    // Rows the edit created did not exist before it.
    for (const auto &entry : std::as_const(m_new)) {
        // Named, not bound: clang before 16 cannot capture structured bindings.
        const EntityKind kind = entry.first;
        const qint64 id = entry.second;
        const bool known = std::any_of(m_change.m_rows.begin(), m_change.m_rows.end(),
                                       [&](const RecordChange::Row &row) { return row.kind == kind && row.id == id; });
        if (!known)
            m_change.m_rows.push_back({kind, id, std::nullopt, std::nullopt});
    }
    m_new.clear();
    std::vector<RecordChange::Row> changed;
    for (RecordChange::Row &row : m_change.m_rows) {
        auto after = readRow(m_db, row.kind, row.id);
        if (!after)
            return after.error();
        row.after = after.value();
        if (row.before != row.after)
            changed.push_back(std::move(row));
    }
    m_change.m_rows = std::move(changed);
    RecordChange change = std::move(m_change);
    m_change = RecordChange();
    return change;
}

} // namespace seawall
