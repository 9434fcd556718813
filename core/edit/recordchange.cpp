// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/recordchange.h"

#include "core/db/vaccinationstatus.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Parents before children: rows are written in this order and deleted in
// the reverse one, so that no foreign key is ever left dangling.
const QStringList &tableOrder()
{
    static const QStringList order{u"import_batch"_s,    u"company"_s,      u"company_alias"_s,
                                   u"person"_s,          u"person_name_variant"_s,
                                   u"nucleic_test"_s,    u"vaccination"_s,  u"volunteer_shift"_s,
                                   u"inspection"_s,      u"finding"_s,      u"daily_report"_s};
    return order;
}

Error unknownTable(const QString &table)
{
    return Error{Error::Kind::Invalid,
                 QCoreApplication::translate("RecordChange", "Changes to %1 cannot be recorded.").arg(table)};
}

// One row, whole, in the order of `columns`; nullopt when there is none.
Result<std::optional<QVariantList>> readRow(Database &db, const QString &table, const QStringList &columns, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns.join(u", "_s), table));
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

QStringList RecordChange::tables() const
{
    QStringList tables;
    for (const Row &row : m_rows)
        if (!tables.contains(row.table))
            tables << row.table;
    return tables;
}

Status RecordChange::apply(Database &db, bool forward) const
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(db.connection());
    QSet<qint64> vaccinated;
    auto noteDoses = [&](const Row &row, const std::optional<QVariantList> &values) {
        if (row.table == u"vaccination"_s && values)
            vaccinated.insert(values->at(m_columns.value(row.table).indexOf(u"person_id"_s)).toLongLong());
    };

    // Every row must still be as the step left it: a row changed since (by
    // an import or another program), or an id taken by another row, is not
    // overwritten.
    for (const Row &row : m_rows) {
        const auto now = readRow(db, row.table, m_columns.value(row.table), row.id);
        if (!now)
            return now.error();
        if (now.value() != (forward ? row.before : row.after))
            return Error{Error::Kind::Conflict,
                         QCoreApplication::translate("RecordChange",
                                                     "The records were changed after this step by something "
                                                     "else (an import, another program): the step cannot be "
                                                     "undone or redone.")};
    }

    // Deletes, children first. A company may be the parent of another that
    // goes too, so those are retried until none is left.
    std::vector<const Row *> deletes;
    for (const Row &row : m_rows)
        if (!(forward ? row.after : row.before))
            deletes.push_back(&row);
    std::stable_sort(deletes.begin(), deletes.end(), [](const Row *a, const Row *b) {
        return tableOrder().indexOf(a->table) > tableOrder().indexOf(b->table);
    });
    while (!deletes.empty()) {
        std::vector<const Row *> refused;
        for (const Row *row : deletes) {
            noteDoses(*row, forward ? row->before : row->after);
            query.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(row->table));
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
    std::stable_sort(writes.begin(), writes.end(), [](const Row *a, const Row *b) {
        return tableOrder().indexOf(a->table) < tableOrder().indexOf(b->table);
    });
    // A company may be the parent of another that comes back too: rows
    // refused for a missing parent are retried once the others are in.
    while (!writes.empty()) {
        std::vector<const Row *> refused;
        for (const Row *row : writes) {
            const QVariantList &values = *(forward ? row->after : row->before);
            const QStringList &columns = m_columns.value(row->table);
            noteDoses(*row, values);
            noteDoses(*row, forward ? row->before : row->after);
            // A row that was there is updated; one that was not is inserted.
            if (forward ? row->before : row->after) {
                QStringList sets;
                for (qsizetype i = 1; i < columns.size(); ++i)
                    sets << columns.at(i) + u" = ?"_s;
                query.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(row->table, sets.join(u", "_s)));
                for (qsizetype i = 1; i < values.size(); ++i)
                    query.addBindValue(values.at(i));
                query.addBindValue(row->id);
            } else {
                query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                    row->table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)));
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
    for (qint64 person : std::as_const(vaccinated))
        if (Status status = VaccinationStatus::refresh(db, person); !status)
            return status;
    return transaction.commit();
}

Status ChangeRecorder::learnColumns(const QString &table)
{
    if (!tableOrder().contains(table))
        return unknownTable(table);
    if (m_change.m_columns.contains(table))
        return {};
    const QSqlRecord record = m_db.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    if (columns.value(0) != u"id"_s)
        return unknownTable(table);
    m_change.m_columns.insert(table, columns);
    return {};
}

Result<std::optional<QVariantList>> ChangeRecorder::read(const QString &table, qint64 id)
{
    return readRow(m_db, table, m_change.m_columns.value(table), id);
}

Status ChangeRecorder::watch(const QString &table, qint64 id)
{
    if (Status status = learnColumns(table); !status)
        return status;
    for (const RecordChange::Row &row : m_change.m_rows)
        if (row.table == table && row.id == id)
            return {};
    auto before = read(table, id);
    if (!before)
        return before.error();
    m_change.m_rows.push_back({table, id, before.value(), std::nullopt});
    return {};
}

Status ChangeRecorder::watchWhere(const QString &table, const QString &where, const QVariantList &binds)
{
    if (Status status = learnColumns(table); !status)
        return status;
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT id FROM %1 WHERE %2"_s.arg(table, where));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return m_db.errorFrom(query);
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    for (qint64 id : std::as_const(ids))
        if (Status status = watch(table, id); !status)
            return status;
    return {};
}

void ChangeRecorder::watchNew(const QString &table, qint64 id) { m_new.append({table, id}); }

Status ChangeRecorder::watchDelete(const QString &table, qint64 id)
{
    if (Status status = watch(table, id); !status)
        return status;
    // The schema says what a delete reaches; asking it keeps this right as
    // tables are added (a person's names seen, a company's aliases …).
    for (const QString &child : tableOrder()) {
        QSqlQuery keys(m_db.connection());
        if (!keys.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(child)))
            return m_db.errorFrom(keys);
        QList<std::pair<QString, bool>> references; // column, deleted with the row
        while (keys.next()) {
            const QString action = keys.value(u"on_delete"_s).toString();
            if (keys.value(u"table"_s).toString() == table && (action == u"CASCADE"_s || action == u"SET NULL"_s))
                references.append({keys.value(u"from"_s).toString(), action == u"CASCADE"_s});
        }
        for (const auto &[column, cascades] : std::as_const(references)) {
            QSqlQuery rows(m_db.connection());
            rows.prepare(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(child, column));
            rows.addBindValue(id);
            if (!rows.exec())
                return m_db.errorFrom(rows);
            QList<qint64> ids;
            while (rows.next())
                ids << rows.value(0).toLongLong();
            for (qint64 childId : std::as_const(ids))
                if (Status status = cascades ? watchDelete(child, childId) : watch(child, childId); !status)
                    return status;
        }
    }
    return {};
}

Result<RecordChange> ChangeRecorder::finish()
{
    // Rows the edit created did not exist before it.
    for (const auto &entry : std::as_const(m_new)) {
        // Named, not bound: clang before 16 cannot capture structured bindings.
        const auto &table = entry.first;
        const auto &id = entry.second;
        if (Status status = learnColumns(table); !status)
            return status.error();
        // Watched before it was inserted: it is already there, as absent.
        const bool known = std::any_of(m_change.m_rows.begin(), m_change.m_rows.end(),
                                       [&](const RecordChange::Row &row) { return row.table == table && row.id == id; });
        if (!known)
            m_change.m_rows.push_back({table, id, std::nullopt, std::nullopt});
    }
    m_new.clear();
    std::vector<RecordChange::Row> changed;
    for (RecordChange::Row &row : m_change.m_rows) {
        auto after = read(row.table, row.id);
        if (!after)
            return after.error();
        row.after = after.value();
        // A row created by the edit was read as absent when watched late.
        if (row.before != row.after)
            changed.push_back(std::move(row));
    }
    m_change.m_rows = std::move(changed);
    RecordChange change = std::move(m_change);
    m_change = RecordChange();
    return change;
}

} // namespace seawall
