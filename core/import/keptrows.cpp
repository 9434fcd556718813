// SPDX-License-Identifier: GPL-3.0-or-later
// ImportWriter's new rows kept back and written many to a statement
// (importwriter.h says why), and the rows that turn out not to be new.
#include "core/import/importwriter.h"

#include "core/sql/sqldialect.h"

using namespace Qt::StringLiterals;

namespace seawall {
void KeptRows::append(const EncodedRow &row, qint64 line)
{
    const qsizetype offset = qsizetype(text.size());
    text.append(row.text.constData(), size_t(row.text.size()));
    for (EncodedRow::Value value : row.values) {
        value.offset += offset;
        values.push_back(value);
    }
    lines.push_back(line);
}

void KeptRows::give(KeptRows &&written)
{
    if (!empty())
        return;
    written.values.clear();
    written.lines.clear();
    written.text.clear();
    *this = std::move(written);
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

Result<std::vector<qint64>> ImportWriter::writtenIds(SqliteStatement &insert)
{
    std::vector<qint64> ids;
    if (m_db.backend() == SqlBackend::Sqlite) {
        if (Status status = insert.exec(); !status)
            return status.error();
        // The rows written took the ids up to the last, one after the
        // other.
        const qint64 written = insert.changes();
        for (qint64 id = insert.lastInsertId() - written + 1; written > 0 && id <= insert.lastInsertId(); ++id)
            ids.push_back(id);
        return ids;
    }
    // RETURNING id: the rows it wrote, whatever another coordinator wrote
    // at the same time.
    for (;;) {
        Result<bool> row = insert.next();
        if (!row)
            return row.error();
        if (!row.value())
            return ids;
        ids.push_back(insert.integer(0));
    }
}

Status ImportWriter::flushPending(Shape &shape)
{
    if (shape.pending.empty() && shape.repeats.empty())
        return {};
    // Taken out first: writing a row one by one below may come back here,
    // and must find nothing to write.
    KeptRows kept = shape.pending.take();
    KeptRows repeats = shape.repeats.take();
    m_pendingRows -= kept.size() + repeats.size();
    const std::vector<EncodedRow::Value> &values = kept.values;
    const std::string &text = kept.text;
    const qsizetype width = shape.keyNames.size() + shape.valueNames.size();
    const qsizetype rows = kept.size();
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
            const QString row = u"(%1, %2)"_s.arg(QStringList(width, u"?"_s).join(u", "_s)).arg(m_batchId);
            QStringList rowList;
            for (qsizetype i = 0; i < n; ++i)
                rowList << row;
            auto prepared = std::make_shared<SqliteStatement>(m_db);
            const QString returning = m_db.backend() == SqlBackend::Sqlite ? QString() : u" RETURNING id"_s;
            if (Status status = prepared->prepare(SqlDialect::insertIgnoringDuplicates(m_db.backend(),
                    table, names.join(u", "_s), u"VALUES "_s + rowList.join(u", "_s)) + returning);
                !status)
                return status;
            q = std::move(prepared);
        }
        for (qsizetype i = 0; i < n * width; ++i) {
            q->bind(int(i), values[size_t(at * width + i)], text.data());
        }
        Result<std::vector<qint64>> ids = writtenIds(*q);
        if (!ids)
            return ids.error();
        const std::vector<qint64> &inserted = ids.value();
        const qint64 written = qint64(inserted.size());
        for (const qint64 id : inserted)
            if (Status status = noteInsert(shape.table, id); !status)
                return status;
        if (written < n) {
            // OR IGNORE passed over rows whose key exists, or whose values
            // a constraint refuses: each finds out what it is, one by one,
            // as if never kept back.
            for (qsizetype r = at; r < at + n; ++r)
                if (Status status = writeAlone(shape, kept, r, &inserted); !status)
                    return status;
        }
        at += n;
    }
    // The rows that repeat a key, set aside by keep(): the rows they repeat
    // are written now, and each updates its own, in the order of the file.
    const bool lookUpFirst = std::exchange(shape.lookUpFirst, true);
    for (qsizetype r = 0; r < repeats.size(); ++r)
        if (Status status = writeAlone(shape, repeats, r, nullptr); !status)
            return status;
    shape.lookUpFirst = lookUpFirst;
    shape.pending.give(std::move(kept));
    shape.repeats.give(std::move(repeats));
    return {};
}

Status ImportWriter::writeAlone(Shape &shape, const KeptRows &rows, qsizetype row, const std::vector<qint64> *written)
{
    const std::vector<EncodedRow::Value> &values = rows.values;
    const std::string &text = rows.text;
    const qint64 line = rows.lines[size_t(row)];
    Columns key;
    Columns rest;
    const qsizetype width = shape.keyNames.size() + shape.valueNames.size();
    qsizetype i = row * width;
    for (const QString &name : std::as_const(shape.keyNames))
        key.append({name, EncodedRow::variant(values[size_t(i++)], text.data())});
    for (const QString &name : std::as_const(shape.valueNames))
        rest.append({name, EncodedRow::variant(values[size_t(i++)], text.data())});
    if (written) {
        auto found = idOf(shape, key);
        if (!found)
            return found.error();
        if (std::find(written->begin(), written->end(), found.value()) != written->end())
            return {}; // written by the statement
    }
    auto outcome = upsertNow(shape, tables().at(shape.table), key, rest);
    if (!outcome)
        return outcome.error();
    if (outcome->repeated)
        m_revised.repeats.append({line, outcome->outcome == UpsertOutcome::Updated});
    else if (outcome->outcome == UpsertOutcome::Updated)
        ++m_revised.updated;
    else if (outcome->outcome == UpsertOutcome::Unchanged)
        ++m_revised.unchanged;
    return {};
}

Result<ImportWriter::Keep> ImportWriter::keep(Shape &shape, const EncodedRow &row, qint64 line)
{
    const bool seen = !shape.seenKeys.insert(row.keyHashed()).second;
    if (shape.lookUpFirst) {
        if (Status status = flushPending(); !status)
            return status.error();
        return Keep::WriteNow;
    }
    // The same key again (or, rarely, another of the same hash): the first
    // row must be in the table before the second can find it. Set aside
    // until the rows kept back before it are written, rather than writing
    // those at once: a unit's tests file repeats a key every 170 rows or
    // so, and each cut a multi-row INSERT short.
    (seen ? shape.repeats : shape.pending).append(row, line);
    ++m_pendingRows;
    if (shape.pending.size() >= shape.batchRows)
        if (Status status = flushPending(shape); !status)
            return status.error();
    return Keep::Kept;
}

} // namespace seawall
