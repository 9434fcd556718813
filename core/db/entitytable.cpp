// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/entitytable.h"

#include "core/db/sqlrun.h"

#include "core/db/vaccinationstatus.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// SQLite's extended result codes of a constraint that a row with the same
// key already exists.
bool isDuplicate(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    return code == 2067 /* SQLITE_CONSTRAINT_UNIQUE */ || code == 1555 /* SQLITE_CONSTRAINT_PRIMARYKEY */;
}

QString columnList(const EntityDef &def)
{
    QStringList names{u"id"_s};
    for (const Column &column : def.columns)
        if (column.isRead())
            names << column.name;
    return names.join(u", "_s);
}

// Whether deleting a row that `column` refers to is refused while it does.
bool restricts(const Column &column)
{
    return column.type == ColumnType::Reference && column.onDelete() == Column::OnDelete::Restrict;
}

} // namespace

EntityTable::EntityTable(Database &db, const EntityDef &def) : m_db(db), m_def(def) {}

Status EntityTable::select(const QString &where, const QVariantList &binds, const QString &order,
                           const std::function<void(qint64 id, const QSqlQuery &row)> &row) const
{
    QString sql = u"SELECT %1 FROM %2"_s.arg(columnList(m_def), m_def.table);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    if (!order.isEmpty())
        sql += u" ORDER BY "_s + order;
    return SqlRun::eachRow(m_db, sql, binds, [&row](const QSqlQuery &q) { row(q.value(0).toLongLong(), q); });
}

void EntityTable::load(const QSqlQuery &row, void *record) const
{
    int at = 1;
    for (const Column &column : m_def.columns)
        if (column.isRead())
            column.set(record, row.value(at++));
    if (m_def.children)
        m_def.children->set(record, childValues(row.value(0).toLongLong()));
}

QStringList EntityTable::childValues(qint64 id) const
{
    const EntityDef::ChildList &list = *m_def.children;
    QStringList values;
    QSqlQuery query(m_db.connection());
    SqlRun::readForward(query);
    query.prepare(u"SELECT %1 FROM %2 WHERE %3 = ? ORDER BY id"_s.arg(list.valueColumn, list.table, list.parentColumn));
    query.addBindValue(id);
    if (query.exec())
        while (query.next())
            values << query.value(0).toString();
    return values;
}

Status EntityTable::writeChildren(qint64 id, const void *record)
{
    if (!m_def.children)
        return {};
    const EntityDef::ChildList &list = *m_def.children;
    QSqlQuery query(m_db.connection());
    // A statement the server refuses (a role that may not write) is
    // refused as it is prepared: its reason is that error.
    if (!query.prepare(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(list.table, list.parentColumn)))
        return m_db.errorFrom(query);
    query.addBindValue(id);
    if (!query.exec())
        return m_db.errorFrom(query);
    if (!query.prepare(u"INSERT INTO %1 (%2, %3) VALUES (?, ?)"_s.arg(list.table, list.parentColumn, list.valueColumn)))
        return m_db.errorFrom(query);
    for (const QString &value : list.get(record)) {
        if (value.trimmed().isEmpty())
            continue;
        query.addBindValue(id);
        query.addBindValue(value.trimmed());
        if (!query.exec())
            return m_db.errorFrom(query);
    }
    return {};
}

QVariantList EntityTable::values(const void *record) const
{
    QVariantList values;
    for (int i : m_def.writtenIndexes)
        values << m_def.columns.at(i).get(record);
    return values;
}

qint64 EntityTable::idOfKey(const void *record) const
{
    QStringList where;
    QVariantList binds;
    for (int i : m_def.keyIndexes) {
        const Column &column = m_def.columns.at(i);
        const QVariant value = column.get(record);
        where << (value.isNull() ? column.name + u" IS NULL"_s : column.name + u" = ?"_s);
        if (!value.isNull())
            binds << value;
    }
    if (where.isEmpty())
        return 0;
    QSqlQuery query(m_db.connection());
    SqlRun::readForward(query);
    query.prepare(u"SELECT id FROM %1 WHERE %2"_s.arg(m_def.table, where.join(u" AND "_s)));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Result<qint64> EntityTable::insert(const void *record, qint64 batchId)
{
    QStringList names = m_def.writtenNames;
    QVariantList binds = values(record);
    if (m_def.batched) {
        names << u"batch_id"_s;
        binds << SqlValues::id(batchId);
    }
    if (m_def.versioned) {
        names << u"changed_at"_s << u"changed_by"_s;
        binds << QDateTime::currentDateTime().toString(Qt::ISODate) << m_db.userName();
    }
    QSqlQuery query(m_db.connection());
    if (Status status = write(query,
                              u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(m_def.table, names.join(u", "_s),
                                                                      QStringList(names.size(), u"?"_s).join(u", "_s)),
                              binds, record);
        !status)
        return status.error();
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status = writeChildren(id, record); !status)
        return status.error();
    return id;
}

Status EntityTable::write(QSqlQuery &query, const QString &sql, const QVariantList &binds, const void *record)
{
    if (!query.prepare(sql))
        return m_db.errorFrom(query);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return isDuplicate(query.lastError()) ? Error{Error::Kind::Conflict, duplicateMessage(record)}
                                              : m_db.errorFrom(query);
    return {};
}

Status EntityTable::update(qint64 id, const void *record, std::optional<qint64> expectedVersion)
{
    QStringList sets;
    for (const QString &name : m_def.writtenNames)
        sets << name + u" = ?"_s;
    QVariantList binds = values(record);
    if (m_def.versioned) {
        sets << u"version = version + 1"_s << u"changed_at = ?"_s << u"changed_by = ?"_s;
        binds << QDateTime::currentDateTime().toString(Qt::ISODate) << m_db.userName();
    }
    QString where = u"id = ?"_s;
    binds << id;
    if (m_def.versioned && expectedVersion) {
        where += u" AND version = ?"_s;
        binds << *expectedVersion;
    }
    QSqlQuery query(m_db.connection());
    if (Status status = write(query, u"UPDATE %1 SET %2 WHERE %3"_s.arg(m_def.table, sets.join(u", "_s), where), binds,
                              record);
        !status)
        return status;
    if (query.numRowsAffected() == 0) {
        if (expectedVersion && stamp(id))
            return Error{Error::Kind::Changed,
                         QCoreApplication::translate("Entity", "This %1 was changed elsewhere since it was opened.")
                             .arg(m_def.singularName())};
        return Error{Error::Kind::NotFound, {}};
    }
    return writeChildren(id, record);
}

std::optional<EntityTable::Stamp> EntityTable::stamp(qint64 id) const
{
    if (!m_def.versioned)
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    SqlRun::readForward(query);
    query.prepare(u"SELECT version, changed_at, changed_by FROM %1 WHERE id = ?"_s.arg(m_def.table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Stamp{query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODate),
                 query.value(2).toString()};
}

Status EntityTable::remove(qint64 id)
{
    std::optional<Error> failed;
    {
        // In a savepoint of its own: on a server, a statement that fails
        // spoils the transaction around it until it is rolled back to one,
        // and the refusal below reads what refers to the row.
        Transaction step(m_db);
        if (!step.isActive())
            return step.error();
        QSqlQuery query(m_db.connection());
        if (!query.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(m_def.table)))
            failed = m_db.errorFrom(query);
        else if (query.addBindValue(id); !query.exec())
            failed = m_db.errorFrom(query);
        else if (query.numRowsAffected() == 0)
            failed = Error{Error::Kind::NotFound, {}};
        else
            return step.commit();
    }
    if (failed->kind == Error::Kind::Conflict)
        failed->message = refusal(id);
    return *failed;
}

qint64 EntityTable::count(const QString &where, const QVariantList &binds) const
{
    QSqlQuery query(m_db.connection());
    SqlRun::readForward(query);
    query.prepare(u"SELECT count(*) FROM "_s + m_def.table + (where.isEmpty() ? QString() : u" WHERE "_s + where));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Status EntityTable::checkReferences(const void *record) const
{
    for (const Column &column : m_def.columns) {
        // A required reference; an optional one is left to the database.
        if (column.type != ColumnType::Reference || !column.get || column.has(Column::Optional))
            continue;
        const QVariant id = column.get(record);
        if (id.isNull())
            continue;
        const EntityDef &target = Entities::of(column.references);
        if (EntityTable(m_db, target).count(u"id = ?"_s, {id}) == 0)
            return Error::invalid(column.fieldName(),
                                  QCoreApplication::translate("Entity", "%1: the %2 does not exist.")
                                      .arg(column.translatedLabel(), target.singularName()));
    }
    return {};
}

QList<std::pair<const EntityDef *, qint64>> EntityTable::dependents(qint64 id) const
{
    QList<std::pair<const EntityDef *, qint64>> found;
    for (const EntityDef *other : Entities::all()) {
        qint64 rows = 0;
        for (const Column &column : other->columns)
            if (column.references == m_def.kind && restricts(column))
                rows += EntityTable(m_db, *other).count(column.name + u" = ?"_s, {id});
        if (rows > 0)
            found.append({other, rows});
    }
    return found;
}

QString EntityTable::refusal(qint64 id) const
{
    const auto others = dependents(id);
    if (others.isEmpty())
        return {};
    QStringList counts;
    const QLocale locale;
    for (const auto &[def, rows] : others)
        counts << QCoreApplication::translate("Entity", "%1: %2").arg(def->pluralName(), locale.toString(rows));
    return QCoreApplication::translate("Entity", "%1 cannot be deleted while other records refer to it: %2. "
                                                 "Delete or move those first.")
        .arg(describe(id), locale.createSeparatedList(counts));
}

QString EntityTable::describe(qint64 id) const
{
    QStringList parts;
    QSqlQuery query(m_db.connection());
    SqlRun::readForward(query);
    for (const QString &name : m_def.title) {
        const Column *column = m_def.column(name);
        if (!column)
            continue;
        query.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(name, m_def.table));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return {};
        const QVariant value = query.value(0);
        query.finish();
        if (column->type == ColumnType::Reference) {
            parts << EntityTable(m_db, Entities::of(column->references)).describe(value.toLongLong());
        } else if (column->type == ColumnType::Code && column->codeName) {
            parts << column->codeName(value.toString());
        } else if (column->type == ColumnType::Date) {
            parts << value.toString();
        } else if (column->type == ColumnType::DateTime) {
            parts << value.toString().left(10);
        } else {
            parts << value.toString();
        }
    }
    return parts.join(u' ');
}

QString EntityTable::duplicateMessage(const void *record) const
{
    QStringList labels;
    QStringList values;
    for (int i : m_def.keyIndexes) {
        const Column &column = m_def.columns.at(i);
        labels << column.translatedLabel();
        const QVariant value = column.get(record);
        if (column.type == ColumnType::Reference)
            values << EntityTable(m_db, Entities::of(column.references)).describe(value.toLongLong());
        else if (column.type == ColumnType::Code && column.codeName)
            values << column.codeName(value.toString());
        else
            values << value.toString();
    }
    const QLocale locale;
    return QCoreApplication::translate("Entity", "There is already a %1 with this %2: %3.")
        .arg(m_def.singularName(), locale.createSeparatedList(labels), values.join(u", "_s));
}

Status EntityTable::follow(const QList<qint64> &values) const
{
    switch (m_def.follow) {
    case EntityDef::FollowUp::None: return {};
    case EntityDef::FollowUp::VaccinationMilestones: {
        QSet<qint64> persons(values.cbegin(), values.cend());
        persons.remove(0);
        return VaccinationStatus::refresh(m_db, persons);
    }
    }
    return {};
}

qint64 EntityTable::followValue(qint64 id) const
{
    if (m_def.followBy.isEmpty())
        return 0;
    QSqlQuery query(m_db.connection());
    SqlRun::readForward(query);
    query.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(m_def.followBy, m_def.table));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace seawall
