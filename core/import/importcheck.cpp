// SPDX-License-Identifier: GPL-3.0-or-later
// ImportWriter's check (setChecking): what writing a row would do, told
// without writing it.
#include "core/import/importwriter.h"

using namespace Qt::StringLiterals;

namespace seawall {

Result<ImportWriter::Outcome> ImportWriter::check(Shape &shape, const EncodedRow &row,
                                                 const std::pair<const Columns &, const Columns &> *columns)
{
    // The key with its table (the key's hash is the reading thread's), and
    // the values with their columns' names.
    const quint64 key = qHash(row.keyHashed(), size_t(shape.table));
    // A repeat written with other columns than the row it repeats (two
    // rosters of other layouts naming one person) counts as changed: the
    // values the first left are not kept.
    const quint64 values = row.hash(row.keyColumns, row.values.size(), shape.valueNamesHash);

    Outcome outcome;
    // A record this check met before would be in the table now, written by
    // the import: the row repeats it, and changes it if its values differ.
    if (Checked *earlier = m_checked.find(key)) {
        outcome.repeated = true;
        outcome.id = earlier->id;
        if (earlier->values != values) {
            outcome.outcome = UpsertOutcome::Updated;
            earlier->values = values;
        }
        return outcome;
    }
    const auto inserted = [&]() {
        outcome.outcome = UpsertOutcome::Inserted;
        outcome.id = m_nextCheckedId--;
        *m_checked.insert(key).first = {values, outcome.id};
        return outcome;
    };
    // Rows come in runs of new ones, looked up by id alone, or known ones,
    // compared at once (as upsertNow does).
    if (!shape.lookUpFirst) {
        if (!shape.idOfKey) {
            QStringList where;
            for (const QString &name : std::as_const(shape.keyNames))
                where << name + u" = ?"_s;
            auto prepared = std::make_shared<SqliteStatement>(m_db);
            if (Status status = prepared->prepare(
                    u"SELECT id FROM %1 WHERE %2"_s.arg(tables().at(shape.table), where.join(u" AND "_s)));
                !status)
                return status.error();
            shape.idOfKey = std::move(prepared);
        }
        SqliteStatement &q = *shape.idOfKey;
        for (qsizetype i = 0; i < row.keyColumns; ++i)
            q.bind(int(i), row.values.at(i), row.text.constData());
        bool known = false;
        for (;;) { // one row at most: the key is unique
            Result<bool> found = q.next();
            if (!found)
                return found.error();
            if (!found.value())
                break;
            known = true;
        }
        if (!known)
            return inserted();
        shape.lookUpFirst = true;
    }
    Columns keyColumns;
    Columns valueColumns;
    if (!columns)
        for (qsizetype i = 0; i < row.values.size(); ++i)
            (i < row.keyColumns ? keyColumns : valueColumns)
                .append({i < row.keyColumns ? shape.keyNames.at(i) : shape.valueNames.at(i - row.keyColumns),
                         row.variant(i)});
    auto found = columns ? compare(shape, columns->first, columns->second) : compare(shape, keyColumns, valueColumns);
    if (!found)
        return found.error();
    if (!found.value()) {
        shape.lookUpFirst = false;
        return inserted();
    }
    outcome = *found.value();
    if (outcome.outcome == UpsertOutcome::Updated)
        *m_checked.insert(key).first = {values, outcome.id};
    return outcome;
}

} // namespace seawall
