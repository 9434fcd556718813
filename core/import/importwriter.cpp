// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importwriter.h"

#include "db/sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

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

// SqlValues::date without QDate::toString's format machinery, which took
// a twentieth of the time of a large import; the same text.
QVariant isoDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999)
        return SqlValues::date(date);
    char16_t text[10];
    const auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

// Rows of one multi-row INSERT: more save little, and SQLite before 3.32
// binds at most 999 values to a statement.
constexpr qsizetype kBatchRows = 128;
constexpr qsizetype kMaxBound = 999;

// The tables whose new rows may be kept back: the importer needs no id of
// theirs, and no other row refers to them.
bool batched(const QString &table)
{
    return table == u"nucleic_test"_s || table == u"vaccination"_s || table == u"volunteer_shift"_s
           || table == u"daily_report"_s;
}

// Equal keys hash alike; a collision (or keys SQLite deems equal that hash
// apart) only costs an early write or a failed multi-row INSERT.
size_t keyHash(const ImportWriter::Columns &key)
{
    size_t seed = 0;
    for (const auto &column : key) {
        const QVariant &value = column.second;
        size_t h = 0;
        switch (value.typeId()) {
        case QMetaType::QString: h = qHash(value.toString()); break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong: h = qHash(value.toLongLong()); break;
        default: h = value.isNull() ? 0 : qHash(value.toString()); break;
        }
        seed ^= h + 0x9e3779b9U + (seed << 6) + (seed >> 2);
    }
    return seed;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

} // namespace

ImportWriter::ImportWriter(Database &db) : m_db(db) {}

void ImportWriter::setBatch(qint64 batchId)
{
    if (batchId == m_batchId)
        return;
    m_batchId = batchId;
    // The multi-row INSERTs name the batch.
    for (auto &[name, shape] : m_shapes)
        shape.inserts.clear();
}

const QStringList &ImportWriter::tables()
{
    static const QStringList names{u"company"_s,        u"person"_s,     u"inspection"_s,
                                   u"finding"_s,        u"nucleic_test"_s, u"vaccination"_s,
                                   u"volunteer_shift"_s, u"daily_report"_s};
    return names;
}

Result<QSqlQuery *> ImportWriter::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db.connection());
        query->setForwardOnly(true);
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
    const QString insert = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, names.join(u", "_s), placeholders(names.size()));
    auto plain = statement(insert);
    if (!plain)
        return plain.error();
    shape.insert = plain.value();
    // Only a row with the same key is a conflict here: a row clashing on
    // another unique column is not inserted either, and the plain INSERT
    // then says why.
    auto insertNew = statement(insert + u" ON CONFLICT (%1) DO NOTHING"_s.arg(keyNames.join(u", "_s)));
    if (!insertNew)
        return insertNew.error();
    shape.insertNew = insertNew.value();
    shape.keyNames = keyNames;
    shape.valueNames = valueNames;
    if (batched(table))
        shape.batchRows = std::min(kBatchRows, kMaxBound / names.size());
    return m_lastShape = &m_shapes.emplace(m_shapeKey, shape).first->second;
}

Status ImportWriter::finish()
{
    if (Status status = flushPending(); !status)
        return status;
    return flushInserts();
}

Status ImportWriter::flushPending()
{
    if (m_pendingRows == 0)
        return {};
    for (auto &[name, shape] : m_shapes)
        if (Status status = flushPending(shape); !status)
            return status;
    return {};
}

Status ImportWriter::flushPending(Shape &shape)
{
    if (shape.pending.isEmpty())
        return {};
    // Taken out first: writing a row one by one below may come back here.
    const QList<QVariant> values = std::exchange(shape.pending, {});
    shape.pendingKeys.clear();
    const qsizetype width = shape.keyNames.size() + shape.valueNames.size();
    const qsizetype rows = values.size() / width;
    m_pendingRows -= rows;
    for (qsizetype at = 0; at < rows;) {
        // Full statements, then the rest in powers of two: few statements
        // to prepare whatever the length of a run.
        qsizetype n = shape.batchRows;
        if (rows - at < n)
            for (n = 1; n * 2 <= rows - at;)
                n *= 2;
        std::shared_ptr<SqliteStatement> &q = shape.inserts[n];
        if (!q) {
            const QString table = tables().at(shape.table);
            const QStringList names = shape.keyNames + shape.valueNames + QStringList{u"batch_id"_s};
            // The batch is an id of this program's, not user data: written
            // into the statement, it is one value fewer to keep and bind
            // for every row.
            const QString row = u"(%1, %2)"_s.arg(placeholders(width)).arg(m_batchId);
            QStringList rowList;
            for (qsizetype i = 0; i < n; ++i)
                rowList << row;
            auto prepared = std::make_shared<SqliteStatement>(m_db);
            if (Status status = prepared->prepare(u"INSERT INTO %1 (%2) VALUES %3"_s.arg(
                    table, names.join(u", "_s), rowList.join(u", "_s)));
                !status)
                return status;
            q = std::move(prepared);
        }
        for (qsizetype i = 0; i < n * width; ++i)
            q->bind(int(i), values.at(at * width + i));
        if (Status inserted = q->exec(); inserted) {
            // One statement: its rows took the ids up to the last, one
            // after the other.
            if (q->changes() != n)
                return Error{Error::Kind::Sql, u"INSERT of %1 rows wrote %2"_s.arg(n).arg(q->changes())};
            const qint64 last = q->lastInsertId();
            for (qint64 id = last - n + 1; id <= last; ++id)
                if (Status status = noteInsert(shape.table, id); !status)
                    return status;
        } else {
            // A key that exists (or came twice) aborts the statement, and
            // SQLite backs it out whole: the rows then go one by one, each
            // finding out what it is, as if never kept back.
            const QString table = tables().at(shape.table);
            for (qsizetype r = at; r < at + n; ++r) {
                Columns key;
                Columns rest;
                qsizetype i = r * width;
                for (const QString &name : std::as_const(shape.keyNames))
                    key.append({name, values.at(i++)});
                for (const QString &name : std::as_const(shape.valueNames))
                    rest.append({name, values.at(i++)});
                auto written = upsertNow(shape, table, key, rest);
                if (!written)
                    return written.error();
                if (written->outcome == UpsertOutcome::Updated)
                    ++m_revised.updated;
                else if (written->outcome == UpsertOutcome::Unchanged)
                    ++m_revised.unchanged;
            }
        }
        at += n;
    }
    return {};
}

Result<ImportWriter::Outcome> ImportWriter::upsert(const QString &table, const Columns &key, const Columns &values)
{
    auto found = shape(table, key, values);
    if (!found)
        return found.error();
    Shape &shape = *found.value();
    if (shape.batchRows > 0 && !shape.lookUpFirst) {
        const size_t hash = keyHash(key);
        if (!shape.pendingKeys.contains(hash)) {
            for (const auto &column : key)
                shape.pending.append(bindable(column.second));
            for (const auto &column : values)
                shape.pending.append(bindable(column.second));
            shape.pendingKeys.insert(hash);
            ++m_pendingRows;
            if (shape.pendingKeys.size() >= shape.batchRows)
                if (Status status = flushPending(shape); !status)
                    return status.error();
            Outcome outcome;
            outcome.outcome = UpsertOutcome::Inserted;
            return outcome;
        }
        // The same key again: the first row must be in the table before
        // the second can find it.
        if (Status status = flushPending(shape); !status)
            return status.error();
    } else if (Status status = flushPending(); !status) {
        return status.error();
    }
    return upsertNow(shape, table, key, values);
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
        QSqlQuery &q = *shape.insertNew;
        if (Status status = insert(q); !status)
            return status.error();
        if (q.numRowsAffected() == 1)
            return inserted(q);
        shape.lookUpFirst = true;
    }

    QSqlQuery &s = *shape.select;
    for (int i = 0; i < key.size(); ++i)
        s.bindValue(i, bindable(key.at(i).second));
    if (!s.exec())
        return m_db.errorFrom(s);

    Outcome outcome;
    if (!s.next()) {
        s.finish();
        shape.lookUpFirst = false;
        if (Status status = insert(*shape.insert); !status)
            return status.error();
        return inserted(*shape.insert);
    }

    outcome.id = s.value(0).toLongLong();
    bool changed = false;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant stored = s.value(i + 1);
        outcome.previous.insert(values.at(i).first, stored);
        changed = changed || !same(stored, values.at(i).second);
    }
    outcome.previous.insert(u"batch_id"_s, s.value(int(values.size()) + 1));
    s.finish();
    if (!changed) {
        outcome.previous.clear();
        return outcome;
    }
    if (Status status = update(table, outcome.id, values); !status)
        return status.error();
    outcome.outcome = UpsertOutcome::Updated;
    return outcome;
}

Status ImportWriter::update(const QString &table, qint64 id, const Columns &values)
{
    Q_ASSERT(tables().contains(table));
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
    auto query = statement(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    int at = 0;
    for (const auto &column : values)
        q.bindValue(at++, bindable(column.second));
    q.bindValue(at++, m_batchId);
    q.bindValue(at, id);
    if (!q.exec())
        return m_db.errorFrom(q);
    if (Status status = flushInserts(); !status)
        return status;
    return record(table, id, "update", previous);
}

Result<qint64> ImportWriter::insertExternal(Person &person)
{
    auto written = upsert(u"person"_s, {{u"id_number"_s, person.idNumber}},
                          {{u"name"_s, person.name},
                           {u"company_id"_s, SqlValues::id(person.companyId)},
                           {u"category"_s, toCode(PersonCategory::External)}});
    if (!written)
        return written.error();
    person.id = written->id;
    return person.id;
}

Result<ImportWriter::Outcome> ImportWriter::write(MappedRow &row, const QSet<QString> &present)
{
    qint64 newPersonId = 0;
    if (row.newExternal) {
        auto id = insertExternal(*row.newExternal);
        if (!id)
            return id.error();
        newPersonId = id.value();
    }
    auto personOf = [newPersonId](qint64 id) { return SqlValues::id(id != 0 ? id : newPersonId); };

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
        Columns values{{u"name"_s, p->name}, {u"company_id"_s, SqlValues::id(p->companyId)}};
        auto optional = [&](const char *column, const QString &name, const QVariant &value) {
            if (present.contains(QString::fromLatin1(column)))
                values.append({name, value});
        };
        optional("department", u"department"_s, p->department);
        optional("gender", u"gender"_s, toCode(p->gender));
        optional("phone", u"phone"_s, p->phone);
        optional("position", u"position"_s, p->position);
        optional("party_member", u"party_member"_s, p->partyMember ? 1 : 0);
        if (present.contains(u"category"_s) || row.joinsRoster)
            values.append({u"category"_s, toCode(p->category)});
        optional("joined_on", u"joined_on"_s, SqlValues::date(p->joinedOn));
        optional("left_on", u"left_on"_s, SqlValues::date(p->leftOn));
        return upsert(u"person"_s, {{u"id_number"_s, p->idNumber}}, values);
    }
    if (auto *t = std::get_if<NucleicTest>(&row.value)) {
        t->personId = personOf(t->personId).toLongLong();
        return upsert(u"nucleic_test"_s,
                      {{u"person_id"_s, t->personId}, {u"sampled_on"_s, isoDate(t->sampledOn)},
                       {u"site"_s, t->site}},
                      {{u"company_id"_s, SqlValues::id(t->companyId)}, {u"result"_s, toCode(t->result)},
                       {u"lab"_s, t->lab}});
    }
    if (auto *v = std::get_if<Vaccination>(&row.value)) {
        v->personId = personOf(v->personId).toLongLong();
        return upsert(u"vaccination"_s, {{u"person_id"_s, v->personId}, {u"dose"_s, toCode(v->dose)}},
                      {{u"company_id"_s, SqlValues::id(v->companyId)},
                       {u"vaccinated_on"_s, isoDate(v->vaccinatedOn)},
                       {u"manufacturer"_s, v->manufacturer},
                       {u"place"_s, v->place}});
    }
    if (auto *s = std::get_if<VolunteerShift>(&row.value)) {
        s->personId = personOf(s->personId).toLongLong();
        return upsert(u"volunteer_shift"_s,
                      {{u"person_id"_s, s->personId}, {u"start_at"_s, SqlValues::dateTime(s->start)}},
                      {{u"company_id"_s, SqlValues::id(s->companyId)},
                       {u"team"_s, s->team},
                       {u"site"_s, s->site},
                       {u"task"_s, s->task},
                       {u"end_at"_s, SqlValues::dateTime(s->end)}});
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
        // The row is new when its finding is; else it changed when either did.
        Outcome outcome = finding.value();
        if (outcome.outcome == UpsertOutcome::Unchanged)
            outcome.outcome = inspection->outcome == UpsertOutcome::Inserted ? UpsertOutcome::Updated
                                                                             : inspection->outcome;
        return outcome;
    }
    if (auto *d = std::get_if<DailyReport>(&row.value)) {
        return upsert(u"daily_report"_s,
                      {{u"company_id"_s, SqlValues::id(d->companyId)},
                       {u"report_date"_s, SqlValues::date(d->date)},
                       {u"edition"_s, toCode(d->edition)}},
                      {{u"on_duty"_s, d->onDuty},
                       {u"away"_s, d->away},
                       {u"arrivals"_s, d->arrivals},
                       {u"under_observation"_s, d->underObservation},
                       {u"tests_done"_s, d->testsDone},
                       {u"anomalies"_s, d->anomalies},
                       {u"zero_report"_s, d->isZeroReport() ? 1 : 0}});
    }
    return Error{Error::Kind::Invalid, {}};
}

} // namespace seawall
