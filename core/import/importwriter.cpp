// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importwriter.h"

#include "core/audit/auditlog.h"
#include "core/db/sqlrun.h"

#include "core/entity/entitydef.h"

#include "core/sql/sqldialect.h"
#include "core/sql/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// The columns a roster may leave out, as write() finds them in a file.
namespace PersonColumn {
enum : quint16 {
    Department = 1, Gender = 2, Phone = 4, Position = 8, PartyMember = 16, Category = 32, Joined = 64, Left = 128,
    Known = 256
};
}
constexpr std::pair<const char16_t *, quint16> kPersonColumns[]{
    {u"department", PersonColumn::Department}, {u"gender", PersonColumn::Gender},
    {u"phone", PersonColumn::Phone},           {u"position", PersonColumn::Position},
    {u"party_member", PersonColumn::PartyMember}, {u"category", PersonColumn::Category},
    {u"joined_on", PersonColumn::Joined},      {u"left_on", PersonColumn::Left}};

// The values of a person a roster writes, those of `present` only, each
// given to `add` with its column: once, for the variants of a row looked
// up and for the bytes of a row inserted alike.
template <typename Add>
void forEachPersonValue(const Person &p, quint16 present, Add &&add)
{
    add(u"name"_s, p.name);
    add(u"company_id"_s, SqlValues::id(p.companyId));
    const auto optional = [&](quint16 column, const QString &name, const auto &value) {
        if (present & column)
            add(name, value);
    };
    optional(PersonColumn::Department, u"department"_s, p.department);
    optional(PersonColumn::Gender, u"gender"_s, toCode(p.gender));
    optional(PersonColumn::Phone, u"phone"_s, p.phone);
    optional(PersonColumn::Position, u"position"_s, p.position);
    optional(PersonColumn::PartyMember, u"party_member"_s, p.partyMember ? 1 : 0);
    optional(PersonColumn::Category, u"category"_s, toCode(p.category));
    optional(PersonColumn::Joined, u"joined_on"_s, p.joinedOn);
    optional(PersonColumn::Left, u"left_on"_s, p.leftOn);
}

// Text columns are NOT NULL with '' for nothing; QSQLITE binds a null
// QString as NULL.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    return value;
}

bool same(const QVariant &stored, const QVariant &given)
{
    const QVariant b = bindable(given);
    if (stored.isNull() || b.isNull())
        return stored.isNull() == b.isNull();
    return stored.toString() == b.toString();
}

// Rows of one multi-row INSERT, as far as the values a statement may bind
// allow (999 before SQLite 3.32, 32,766 since): a million tests took a
// tenth less time at 512 than at 128, and no less at 2,048.
constexpr qsizetype kBatchRows = 512;

// The tables whose new rows may be kept back: the importer needs no id of
// theirs, and no other row refers to them.
bool batched(const QString &table) { return !Entities::isReferred(*Entities::ofTable(table)); }

// The tables of the records a file's rows become, by the types MappedRow holds.
template <typename T>
void addTablesOf(QStringList &tables)
{
    if constexpr (std::is_same_v<T, InspectionRow>)
        tables << definition<Inspection>().table << definition<Finding>().table;
    else
        tables << definition<T>().table;
}

template <typename... T>
QStringList tablesOf(const std::variant<T...> *)
{
    QStringList tables;
    (addTablesOf<T>(tables), ...);
    // Parents first, as the definitions come.
    std::sort(tables.begin(), tables.end(), [](const QString &a, const QString &b) {
        return Entities::all().indexOf(Entities::ofTable(a)) < Entities::all().indexOf(Entities::ofTable(b));
    });
    return tables;
}

// The person of a row about one person (a test, a dose, a shift …).
qint64 *personIdOf(MappedRow::Value &value)
{
    return std::visit(
        [](auto &record) -> qint64 * {
            if constexpr (requires { record.personId; })
                return &record.personId;
            else
                return nullptr;
        },
        value);
}

} // namespace

ImportWriter::ImportWriter(Database &db) : m_db(db), m_encodedShapes(size_t(tables().size()), nullptr) {}

void ImportWriter::setBatch(qint64 batchId)
{
    if (batchId == m_batchId)
        return;
    m_batchId = batchId;
    m_changedAt = QDateTime::currentDateTime().toString(Qt::ISODate);
    m_batches.insert(batchId);
    m_provisional.clear();
    m_provisionalErrors.clear();
    // The multi-row INSERTs name the batch.
    for (auto &[name, shape] : m_shapes)
        shape.inserts.clear();
}

const QStringList &ImportWriter::tables()
{
    static const QStringList names = tablesOf(static_cast<const MappedRow::Value *>(nullptr));
    return names;
}

Result<QSqlQuery *> ImportWriter::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db.connection());
        SqlRun::readForward(*query);
        if (!query->prepare(sql))
            return m_db.errorFrom(*query);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return it->second.get();
}

Status ImportWriter::record(const QString &table, qint64 id, const char *action, const QVariantMap &previous)
{
    auto query = statement(u"INSERT INTO import_change (batch_id, table_name, row_id, action, previous_json)"
                           u" VALUES (?, ?, ?, ?, ?)"_s);
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    q.bindValue(0, m_batchId);
    q.bindValue(1, table);
    q.bindValue(2, id);
    q.bindValue(3, QString::fromLatin1(action));
    // SQL NULL arrives as a null variant of the column's type, which JSON
    // would turn into "": write it as null so that undo restores NULL.
    QJsonObject json;
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        json.insert(it.key(), it.value().isNull() ? QJsonValue() : QJsonValue::fromVariant(it.value()));
    q.bindValue(4, previous.isEmpty()
                       ? QVariant(QMetaType::fromType<QString>())
                       : QVariant(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))));
    if (!q.exec())
        return m_db.errorFrom(q);
    return {};
}

Status ImportWriter::noteInsert(qsizetype table, qint64 id)
{
    if (m_inserted.empty())
        m_inserted.resize(size_t(tables().size()));
    Range &range = m_inserted[size_t(table)];
    if (range.first != 0 && id == range.last + 1) {
        range.last = id;
        return {};
    }
    if (range.first != 0)
        if (Status status = flushInserts(); !status)
            return status;
    range = {id, id};
    return {};
}

// Undo goes through the records newest first. Writing the ranges kept back
// before any later record (an update, a new range of the same table) keeps
// that order, and writing them parents first (tables() order) makes undo
// delete the rows that refer to others before those they refer to.
Status ImportWriter::flushInserts()
{
    for (size_t i = 0; i < m_inserted.size(); ++i) {
        Range &range = m_inserted[i];
        if (range.first == 0)
            continue;
        const QVariantMap last = range.last == range.first ? QVariantMap()
                                                           : QVariantMap{{u"last_id"_s, range.last}};
        if (Status status = record(tables().at(qsizetype(i)), range.first, "insert", last); !status)
            return status;
        range = {};
    }
    return {};
}

Result<ImportWriter::Shape *> ImportWriter::shape(const QString &table, const Columns &key, const Columns &values)
{
    // Most rows have the shape of the row before: compare the names rather
    // than build and hash the key of the shape.
    if (m_lastShape && m_lastShape->table == tables().indexOf(table) && m_lastShape->keyNames.size() == key.size()
        && m_lastShape->valueNames.size() == values.size()) {
        bool same = true;
        for (qsizetype i = 0; same && i < key.size(); ++i)
            same = key.at(i).first == m_lastShape->keyNames.at(i);
        for (qsizetype i = 0; same && i < values.size(); ++i)
            same = values.at(i).first == m_lastShape->valueNames.at(i);
        if (same)
            return m_lastShape;
    }
    m_shapeKey.clear();
    m_shapeKey.append(table);
    for (const auto &column : key)
        m_shapeKey.append(u'|').append(column.first);
    m_shapeKey.append(u'|');
    for (const auto &column : values)
        m_shapeKey.append(u'|').append(column.first);
    if (const auto it = m_shapes.find(m_shapeKey); it != m_shapes.end())
        return m_lastShape = &it->second;

    Q_ASSERT(tables().contains(table));
    QStringList where;
    QStringList keyNames;
    QStringList valueNames;
    for (const auto &column : key) {
        where << column.first + u" = ?"_s;
        keyNames << column.first;
    }
    for (const auto &column : values)
        valueNames << column.first;
    Shape shape;
    shape.table = tables().indexOf(table);
    auto select = statement(u"SELECT id%1, batch_id FROM %2 WHERE %3"_s.arg(
        valueNames.isEmpty() ? QString() : u", "_s + valueNames.join(u", "_s), table, where.join(u" AND "_s)));
    if (!select)
        return select.error();
    shape.select = select.value();
    const QStringList names = keyNames + valueNames + QStringList{u"batch_id"_s};
    const QString insert = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s));
    auto plain = statement(insert);
    if (!plain)
        return plain.error();
    shape.insert = plain.value();
    // Only a row with the same key is a conflict here: a row clashing on
    // another unique column is not inserted either, and the plain INSERT
    // then says why.
    shape.insertNew = std::make_shared<SqliteStatement>(m_db);
    if (Status status
        = shape.insertNew->prepare(insert + u" ON CONFLICT (%1) DO NOTHING"_s.arg(keyNames.join(u", "_s)));
        !status)
        return status.error();
    shape.keyNames = keyNames;
    shape.valueNames = valueNames;
    shape.valueNamesHash = qHash(valueNames.join(u','));
    // Many rows to a statement on both back ends: on SQLite the ids of the
    // rows written follow from the last; on a server, where another
    // coordinator's insert may come between, the statement returns them.
    if (batched(table))
        shape.batchRows = std::min(kBatchRows, SqliteStatement::maxBound(m_db) / names.size());
    return m_lastShape = &m_shapes.emplace(m_shapeKey, shape).first->second;
}

Result<qint64> ImportWriter::idOf(Shape &shape, const Columns &key)
{
    QSqlQuery &s = *shape.select;
    for (int i = 0; i < key.size(); ++i)
        s.bindValue(i, bindable(key.at(i).second));
    if (!s.exec())
        return m_db.errorFrom(s);
    const qint64 id = s.next() ? s.value(0).toLongLong() : 0;
    s.finish();
    return id;
}

Result<ImportWriter::Outcome> ImportWriter::upsert(const QString &table, const Columns &key, const Columns &values)
{
    auto found = shape(table, key, values);
    if (!found)
        return found.error();
    if (m_checking) {
        m_encoded.clear();
        for (const auto &column : key)
            m_encoded.add(bindable(column.second));
        for (const auto &column : values)
            m_encoded.add(bindable(column.second));
        m_encoded.keyColumns = key.size();
        const std::pair<const Columns &, const Columns &> columns{key, values};
        return check(*found.value(), m_encoded, &columns);
    }
    // Rows kept back come first: import_change records in the order of
    // the file.
    if (Status status = flushPending(); !status)
        return status.error();
    return upsertNow(*found.value(), table, key, values);
}

Result<ImportWriter::Outcome> ImportWriter::upsertEncoded(const EncodedRow &row, qint64 line)
{
    Shape *&cached = m_encodedShapes[size_t(row.table)];
    const QString &table = tables().at(row.table);
    const auto columns = [&row](qsizetype from, qsizetype to) {
        Columns list;
        for (qsizetype i = from; i < to; ++i)
            list.append({row.names->at(i), row.variant(i)});
        return list;
    };
    if (!cached) {
        auto found = shape(table, columns(0, row.keyColumns), columns(row.keyColumns, row.values.size()));
        if (!found)
            return found.error();
        cached = found.value();
    }
    if (m_checking)
        return check(*cached, row);
    auto kept = keep(*cached, row, line);
    if (!kept)
        return kept.error();
    if (kept.value() == Keep::Kept)
        return Outcome{UpsertOutcome::Inserted, 0, {}};
    return upsertNow(*cached, table, columns(0, row.keyColumns), columns(row.keyColumns, row.values.size()));
}

Result<ImportWriter::Outcome> ImportWriter::upsertNow(Shape &shape, const QString &table, const Columns &key,
                                                     const Columns &values)
{
    const auto insert = [&](QSqlQuery &q) -> Status {
        int at = 0;
        for (const auto &column : key)
            q.bindValue(at++, bindable(column.second));
        for (const auto &column : values)
            q.bindValue(at++, bindable(column.second));
        q.bindValue(at, m_batchId);
        if (!q.exec())
            return m_db.errorFrom(q);
        return {};
    };
    const auto inserted = [&](QSqlQuery &q) -> Result<Outcome> {
        Outcome outcome;
        outcome.outcome = UpsertOutcome::Inserted;
        outcome.id = q.lastInsertId().toLongLong();
        if (Status status = noteInsert(shape.table, outcome.id); !status)
            return status.error();
        return outcome;
    };

    if (!shape.lookUpFirst) {
        m_bound.clear();
        for (const auto &column : key)
            m_bound.add(column.second);
        for (const auto &column : values)
            m_bound.add(column.second);
        auto fresh = insertIfNew(shape, m_bound);
        if (!fresh)
            return fresh.error();
        if (fresh.value())
            return *fresh.value();
    }

    auto found = compare(shape, key, values);
    if (!found)
        return found.error();
    if (!found.value()) {
        shape.lookUpFirst = false;
        if (Status status = insert(*shape.insert); !status)
            return status.error();
        return inserted(*shape.insert);
    }
    Outcome outcome = *found.value();
    if (outcome.outcome == UpsertOutcome::Updated)
        if (Status status = update(table, outcome.id, values); !status)
            return status.error();
    return outcome;
}

Result<std::optional<ImportWriter::Outcome>> ImportWriter::insertIfNew(Shape &shape, const EncodedRow &row)
{
    // Bound as the UTF-8 SQLite stores, without a copy: texts bound as
    // UTF-16 were converted by SQLite a character at a time, a tenth of a
    // roster's writing. They live in `row` until the statement has run.
    SqliteStatement &q = *shape.insertNew;
    for (qsizetype i = 0; i < row.values.size(); ++i)
        q.bind(int(i), row.values.at(i), row.text.constData());
    q.bindInteger(int(row.values.size()), m_batchId);
    if (Status status = q.exec(); !status)
        return status.error();
    if (q.changes() != 1) {
        shape.lookUpFirst = true;
        return std::optional<Outcome>();
    }
    Outcome outcome;
    outcome.outcome = UpsertOutcome::Inserted;
    outcome.id = q.lastInsertId();
    if (Status status = noteInsert(shape.table, outcome.id); !status)
        return status.error();
    return std::optional<Outcome>(outcome);
}

Result<ImportWriter::Outcome> ImportWriter::writePerson(const Person &person, quint16 present)
{
    // A new person, the most of a large roster, straight from the record
    // to the statement's bytes: the variants made for each value were a
    // fifth of the roster's writing.
    const auto known = m_checking ? m_personShapes.end() : m_personShapes.find(present);
    if (known != m_personShapes.end() && !known->second->lookUpFirst) {
        if (Status status = flushPending(); !status)
            return status.error();
        m_bound.clear();
        m_bound.addText(person.idNumber);
        forEachPersonValue(person, present, [this](const QString &, const auto &value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, QString>)
                m_bound.addText(value);
            else if constexpr (std::is_same_v<T, QDate>)
                m_bound.addDate(value);
            else
                m_bound.add(QVariant(value));
        });
        auto inserted = insertIfNew(*known->second, m_bound);
        if (!inserted)
            return inserted.error();
        if (inserted.value())
            return *inserted.value();
    }
    Columns values;
    forEachPersonValue(person, present, [&values](const QString &name, const auto &value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, QDate>)
            values.append({name, SqlValues::date(value)});
        else
            values.append({name, QVariant(value)});
    });
    const Columns key{{u"id_number"_s, person.idNumber}};
    auto written = upsert(u"person"_s, key, values);
    if (written && !m_checking)
        if (auto found = shape(u"person"_s, key, values))
            m_personShapes[present] = found.value();
    return written;
}

Result<std::optional<ImportWriter::Outcome>> ImportWriter::compare(Shape &shape, const Columns &key,
                                                                   const Columns &values)
{
    QSqlQuery &s = *shape.select;
    for (int i = 0; i < key.size(); ++i)
        s.bindValue(i, bindable(key.at(i).second));
    if (!s.exec())
        return m_db.errorFrom(s);
    if (!s.next()) {
        s.finish();
        return std::optional<Outcome>();
    }
    Outcome outcome;
    outcome.id = s.value(0).toLongLong();
    const QVariant batch = s.value(int(values.size()) + 1);
    outcome.repeated = !batch.isNull() && m_batches.contains(batch.toLongLong());
    bool changed = false;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant stored = s.value(i + 1);
        outcome.previous.insert(values.at(i).first, stored);
        changed = changed || !same(stored, values.at(i).second);
    }
    outcome.previous.insert(u"batch_id"_s, batch);
    s.finish();
    if (changed)
        outcome.outcome = UpsertOutcome::Updated;
    else
        outcome.previous.clear();
    return std::optional<Outcome>(outcome);
}

Status ImportWriter::update(const QString &table, qint64 id, const Columns &values)
{
    Q_ASSERT(tables().contains(table));
    if (m_checking)
        return {};
    if (Status status = flushPending(); !status)
        return status;
    QStringList names;
    for (const auto &column : values)
        names << column.first;
    names << u"batch_id"_s;
    auto select = statement(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(names.join(u", "_s), table));
    if (!select)
        return select.error();
    QSqlQuery &s = *select.value();
    s.bindValue(0, id);
    if (!s.exec() || !s.next())
        return m_db.errorFrom(s);
    QVariantMap previous;
    for (int i = 0; i < names.size(); ++i)
        previous.insert(names.at(i), s.value(i));
    s.finish();

    QStringList sets;
    for (const QString &name : std::as_const(names))
        sets << name + u" = ?"_s;
    // A row the import changes counts as changed: a form opened on it
    // before cannot save over it unseen.
    const bool versioned = Entities::ofTable(table)->versioned;
    if (versioned)
        sets << u"version = version + 1"_s << u"changed_at = ?"_s << u"changed_by = ?"_s;
    auto query = statement(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    int at = 0;
    for (const auto &column : values)
        q.bindValue(at++, bindable(column.second));
    q.bindValue(at++, m_batchId);
    if (versioned) {
        q.bindValue(at++, m_changedAt);
        q.bindValue(at++, m_db.userName());
    }
    q.bindValue(at, id);
    if (!q.exec())
        return m_db.errorFrom(q);
    if (Status status = flushInserts(); !status)
        return status;
    if (Status status = record(table, id, "update", previous); !status)
        return status;
    // A record that was there before changed: a line of the audit log
    // each, unlike the rows an import adds (counted on the batch's line)
    // and rows it wrote itself and writes again (a row sent twice).
    const QVariant batchBefore = previous.value(u"batch_id"_s);
    if (!batchBefore.isNull() && m_batches.contains(batchBefore.toLongLong()))
        return {};
    QVariantMap after;
    for (const auto &column : values)
        after.insert(column.first, column.second);
    return AuditLog::writeImported(m_db, *Entities::ofTable(table), id, previous, after, m_batchId);
}

Result<qint64> ImportWriter::insertExternal(Person &person)
{
    const qint64 provisional = std::min<qint64>(person.id, 0);
    auto written = upsert(u"person"_s, {{u"id_number"_s, person.idNumber}},
                          {{u"name"_s, person.name},
                           {u"company_id"_s, SqlValues::id(person.companyId)},
                           {u"category"_s, toCode(PersonCategory::External)}});
    if (!written) {
        if (provisional < 0)
            m_provisionalErrors.insert(provisional, written.error());
        return written.error();
    }
    person.id = written->id;
    if (provisional < 0)
        m_provisional[provisional] = person.id;
    return person.id;
}

// The person of a row of tests, vaccinations or shifts: the one created
// for it, or the id written for the one it names by an id below zero.
Status ImportWriter::resolvePerson(MappedRow &row, qint64 newPersonId)
{
    qint64 *personId = personIdOf(row.value);
    if (!personId)
        return {};
    if (*personId == 0) {
        *personId = newPersonId;
    } else if (*personId < 0) {
        if (const auto it = m_provisional.find(*personId); it != m_provisional.end())
            *personId = it->second;
        else if (m_provisionalErrors.contains(*personId))
            return m_provisionalErrors.value(*personId);
    }
    // Foreign keys go unchecked during an import (see Importer): this is
    // the check that every row names a person written (or, by a check,
    // one it would write).
    if (*personId <= 0 && !(m_checking && *personId <= kFirstCheckedId))
        return Error{Error::Kind::Sql, QCoreApplication::translate("Import", "A row names a person who was not written.")};
    return {};
}

Result<ImportWriter::Outcome> ImportWriter::write(MappedRow &row, const QSet<QString> &present, qint64 line)
{
    qint64 newPersonId = 0;
    if (row.newExternal) {
        auto id = insertExternal(*row.newExternal);
        if (!id)
            return id.error();
        newPersonId = id.value();
    }
    if (Status status = resolvePerson(row, newPersonId); !status)
        return status.error();
    if (row.encoded.isEncoded() || encodeRow(row)) {
        if (row.encoded.personColumn >= 0) {
            // The person written for the row (it was not known yet when
            // encoded, or known under an id of the reading thread's).
            EncodedRow::Value &person = row.encoded.values[row.encoded.personColumn];
            const qint64 id = *personIdOf(row.value);
            if (person.kind != EncodedRow::Value::Kind::Integer || person.integer != id) {
                person.kind = EncodedRow::Value::Kind::Integer;
                person.integer = id;
                row.encoded.keyHash = 0;
            }
        }
        return upsertEncoded(row.encoded, line);
    }

    if (auto *c = std::get_if<Company>(&row.value)) {
        Columns values{{u"name"_s, c->name}};
        if (present.contains(u"parent_code"_s))
            values.append({u"parent_id"_s, SqlValues::id(c->parentId)});
        // DOMAIN.md: every company but the root reports daily.
        if (c->id == 0 && c->parentId == 0)
            values.append({u"reports_daily"_s, 0});
        return upsert(u"company"_s, {{u"code"_s, c->code}}, values);
    }
    if (auto *p = std::get_if<Person>(&row.value)) {
        // The columns the file has, found once a file: looking each up for
        // every row was a tenth of a roster's import.
        if (m_personColumnsBatch != m_batchId || !(m_personColumns & PersonColumn::Known)) {
            m_personColumnsBatch = m_batchId;
            m_personColumns = PersonColumn::Known;
            for (const auto &[name, flag] : kPersonColumns)
                if (present.contains(QString::fromUtf16(name)))
                    m_personColumns |= flag;
        }
        quint16 columns = m_personColumns;
        if (row.joinsRoster)
            columns |= PersonColumn::Category;
        return writePerson(*p, columns);
    }
    if (auto *i = std::get_if<InspectionRow>(&row.value)) {
        const Inspection &in = i->inspection;
        auto inspection = upsert(u"inspection"_s, {{u"code"_s, in.code}},
                                 {{u"inspected_on"_s, SqlValues::date(in.inspectedOn)},
                                  {u"company_id"_s, SqlValues::id(in.companyId)},
                                  {u"method"_s, toCode(in.method)},
                                  {u"inspectors"_s, in.inspectors}});
        if (!inspection || !i->finding)
            return inspection;
        const Finding &f = *i->finding;
        Columns values{{u"deadline"_s, SqlValues::date(f.deadline)}};
        if (present.contains(u"status"_s))
            values.append({u"status"_s, toCode(f.status)});
        auto finding = upsert(u"finding"_s, {{u"inspection_id"_s, inspection->id}, {u"description"_s, f.description}},
                              values);
        if (!finding)
            return finding;
        // The row is new when its finding is; else it changed when either
        // did. It repeats an earlier row when its finding does.
        Outcome outcome = finding.value();
        if (outcome.outcome == UpsertOutcome::Unchanged)
            outcome.outcome = inspection->outcome == UpsertOutcome::Inserted ? UpsertOutcome::Updated
                                                                             : inspection->outcome;
        return outcome;
    }
    return Error{Error::Kind::Invalid, {}};
}

} // namespace seawall
