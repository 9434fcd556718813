// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/db/repository.h"
#include "core/db/sqlitestatement.h"
#include "core/sql/encodedrow.h"
#include "core/import/rowmapper.h"
#include "core/util/hashslots.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantMap>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace seawall {

// Writes mapped rows by natural key, inside the caller's transaction: a
// row whose key exists with the same values is unchanged, with other values
// updated, else inserted. Every insert and update is recorded in
// import_change under the current batch (an update with the values it
// replaced), so that the batch can be undone as a whole: inserts as ranges
// of ids (one record for a run of rows a table received one after the
// other), updates one by one. Statements are prepared once and reused.
//
// New rows of the tables nothing else refers to (tests, vaccinations,
// shifts, daily reports) are kept back, encoded (EncodedRow), and written a
// hundred or so per INSERT: the work SQLite and Qt do for each statement
// was most of the time of a large import. They are written before any other
// row or update, so that import_change records everything in the order of
// the file. Such a row is reported as inserted, with id 0, when it is kept
// back; a row that turns out, once written, to be an update or unchanged
// after all is counted in revised(). The INSERT is OR IGNORE, and the rows
// it passed over are then written one by one: an INSERT of many rows that
// could fail had SQLite copy every page it touched to a statement journal
// first, in case it had to be backed out, which wrote more than the import.
//
// A row may name a person by an id below zero: one MappedRecords gave a
// person created on an earlier row of the file before it was written.
//
// A check (setChecking) writes nothing: each row is looked up by its key,
// in the table and among the rows the check met before, and told as the
// import would tell it. A new record is given an id below
// kFirstCheckedId, so that rows after it can name it.

// Encoded rows kept back to be written later: the values to bind, row
// after row, their text and the rows' lines in their file.
struct KeptRows
{
    std::vector<EncodedRow::Value> values;
    std::vector<qint64> lines;
    std::string text;

    bool empty() const { return lines.empty(); }
    qsizetype size() const { return qsizetype(lines.size()); }
    void append(const EncodedRow &row, qint64 line);
    // Hands what is kept over, emptied; give() takes it back once written,
    // to keep what it allocated, unless rows were kept meanwhile.
    KeptRows take() { return std::exchange(*this, {}); }
    void give(KeptRows &&written);
};

class ImportWriter
{
public:
    using Columns = QList<QPair<QString, QVariant>>;

    struct Outcome
    {
        UpsertOutcome outcome = UpsertOutcome::Unchanged;
        qint64 id = 0;
        QVariantMap previous; // the values an update replaced
        // The row found was written by this import (a batch set on this
        // writer): the row repeats the record of an earlier row.
        bool repeated = false;
    };

    // Rows write() reported as inserted that were updates, unchanged or
    // repeats after all. A repeat is counted in `repeats` only, with the
    // line write() was given and whether its values differed.
    struct Revised
    {
        struct Repeat
        {
            qint64 line = 0;
            bool changed = false;
        };
        qsizetype updated = 0;
        qsizetype unchanged = 0;
        QList<Repeat> repeats;
    };

    // Ids a check gives the records it would add: this one and below,
    // far from those MappedRecords gives (-1, -2 …).
    static constexpr qint64 kFirstCheckedId = -(qint64(1) << 40);

    explicit ImportWriter(Database &db);

    // Checks the rows given rather than writes them; from the first row on.
    void setChecking(bool checking) { m_checking = checking; }

    // Call finish() before moving on to another batch.
    void setBatch(qint64 batchId);
    // Writes the rows and records the inserts still kept back; due at the
    // end of each batch, before revised() is read.
    Status finish();
    // What finish() and the writes before it found out since the last call.
    Revised takeRevised() { return std::exchange(m_revised, Revised{}); }

    // Writes the row (creating its external person first, if any). For
    // persons and companies only the columns in `present` are written on
    // an update, so that what the file does not say is kept. `line` is
    // the row's line in its file, for revised().
    Result<Outcome> write(MappedRow &row, const QSet<QString> &present, qint64 line = 0);

    // Upsert into `table` (a constant of this program, never user data),
    // now. The rows of the tables kept back go through write().
    Result<Outcome> upsert(const QString &table, const Columns &key, const Columns &values);

    // Sets columns of one row, recording the values replaced.
    Status update(const QString &table, qint64 id, const Columns &values);

    // The tables an import writes, in the order of their dependencies.
    static const QStringList &tables();

private:
    struct Seen
    {
    };
    // A record a check would write: its values' hash and its id.
    struct Checked
    {
        quint64 values = 0;
        qint64 id = 0;
    };

    // The statements of one upsert: a table with one set of key and value
    // columns.
    struct Shape
    {
        QSqlQuery *select = nullptr;
        QSqlQuery *insert = nullptr;
        // Does nothing when the key exists. Through SQLite's own API: a
        // roster writes its persons through it one by one, and Qt's
        // binding was a fifth of that.
        std::shared_ptr<SqliteStatement> insertNew;
        // The id of the row with the key, for a check; made when first needed.
        std::shared_ptr<SqliteStatement> idOfKey;
        quint64 valueNamesHash = 0; // of valueNames, for a check
        qsizetype table = 0;           // in tables()
        // Whether the last row of this shape existed: rows come in runs of
        // new ones (try the insert first) or known ones (look them up).
        bool lookUpFirst = false;
        // Rows per multi-row INSERT; 0 when rows are written one by one.
        qsizetype batchRows = 0;
        QStringList keyNames;
        QStringList valueNames;
        // New rows kept back.
        KeptRows pending;
        // A hash of the key of every row of this shape the writer met, so
        // that a key coming again (0.6 % of a unit's test rows repeat one)
        // is written in order, by itself, once the rows before it are:
        // in a multi-row INSERT, the row it repeats would make every row
        // of that statement be looked up one by one.
        HashSlots<Seen> seenKeys;
        // Rows whose key was met before, set aside until the rows before
        // them are written.
        KeptRows repeats;
        // The multi-row INSERTs by their number of rows, run through
        // SQLite's own API: binding their values through QSqlQuery was the
        // larger part of writing them.
        std::unordered_map<qsizetype, std::shared_ptr<SqliteStatement>> inserts;
    };
    // Inserted ids of one table not recorded yet: first to last, no gaps.
    struct Range
    {
        qint64 first = 0;
        qint64 last = 0;
    };

    Result<QSqlQuery *> statement(const QString &sql);
    Result<Shape *> shape(const QString &table, const Columns &key, const Columns &values);
    Result<Outcome> upsertNow(Shape &shape, const QString &table, const Columns &key, const Columns &values);
    // Inserts the row, key first, unless a row has its key: the outcome
    // when it did, nullopt when the key was there (the shape then looks
    // rows up first until one is new again).
    Result<std::optional<Outcome>> insertIfNew(Shape &shape, const EncodedRow &row);
    // A roster's person, with the columns `present` names.
    Result<Outcome> writePerson(const Person &person, quint16 present);
    // The row of the key, with what the values change of it (an update
    // found, not written); nullopt when there is none.
    Result<std::optional<Outcome>> compare(Shape &shape, const Columns &key, const Columns &values);
    // What writing the row would do, told without writing it; `columns`,
    // its key and values as variants, when the caller has them.
    Result<Outcome> check(Shape &shape, const EncodedRow &row,
                          const std::pair<const Columns &, const Columns &> *columns = nullptr);
    Status flushPending(Shape &shape);
    // Runs a multi-row INSERT of new rows: the ids of those it wrote (not
    // those whose key was there), in the order of its rows.
    Result<std::vector<qint64>> writtenIds(SqliteStatement &insert);
    enum class Keep { Kept, WriteNow };
    // Keeps a new row back, or says to write it now (rows of its shape
    // were found to exist, or its key is kept back already), having
    // written what must come first.
    Result<Keep> keep(Shape &shape, const EncodedRow &row, qint64 line);
    Result<Outcome> upsertEncoded(const EncodedRow &row, qint64 line);
    // Writes row `row` of `values` by itself, as upsert() does, and counts
    // in revised() what it turned out to be. With `written`, the ids a
    // multi-row INSERT wrote: a row among them is left as it is.
    Status writeAlone(Shape &shape, const KeptRows &rows, qsizetype row, const std::vector<qint64> *written);
    // The id of the row with this key, 0 when none.
    Result<qint64> idOf(Shape &shape, const Columns &key);
    Status flushPending();
    Status record(const QString &table, qint64 id, const char *action, const QVariantMap &previous);
    Status noteInsert(qsizetype table, qint64 id);
    Status flushInserts();
    Result<qint64> insertExternal(Person &person);
    Status resolvePerson(MappedRow &row, qint64 newPersonId);

    Database &m_db;
    bool m_checking = false;
    // The records this check would have written by the hash of their key
    // (and table): a row meeting one again repeats it.
    HashSlots<Checked> m_checked;
    qint64 m_nextCheckedId = kFirstCheckedId;
    EncodedRow m_encoded;    // reused by check()
    EncodedRow m_bound;      // reused: the values insertIfNew() binds
    qint64 m_batchId = 0;
    // The person columns the batch's file has (write()).
    qint64 m_personColumnsBatch = 0;
    quint16 m_personColumns = 0;
    // The shape of the persons written with each set of columns.
    std::unordered_map<quint16, Shape *> m_personShapes;
    QString m_changedAt; // when the batch began: the time rows it changes were changed
    QSet<qint64> m_batches; // every batch set: the import's files so far
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, Shape> m_shapes;
    QString m_shapeKey; // reused: looking up a shape allocates nothing
    Shape *m_lastShape = nullptr; // m_shapes never moves its elements
    std::vector<Shape *> m_encodedShapes; // by table, in the order of tables()
    std::vector<Range> m_inserted; // by table, in the order of tables()
    Revised m_revised;
    qsizetype m_pendingRows = 0; // of all shapes
    // Persons of this batch by the id below zero MappedRecords gave them
    // before they were written: the id written, or why they were not.
    std::unordered_map<qint64, qint64> m_provisional;
    QHash<qint64, Error> m_provisionalErrors;
};

} // namespace seawall
