// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>
#include <QVariant>

namespace seawall {

struct MappedRow;

// The key and values of one row of a table whose new rows are written many
// per INSERT (tests, vaccinations, shifts, daily reports), ready to bind:
// numbers, and text as the UTF-8 SQLite stores. Made where the row is
// mapped (on the reading thread of a large import), so that the writing
// thread only copies bytes: building variants and strings for every value
// there was a fifth of its time.
struct EncodedRow
{
    struct Value
    {
        enum class Kind : quint8 { Null, Integer, Text };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        qsizetype offset = 0; // of a text in `text`
        qsizetype size = 0;
    };

    qsizetype table = -1; // in ImportWriter::tables(); -1 when not encoded
    // The key columns, then the others; a list of this program's.
    const QStringList *names = nullptr;
    qsizetype keyColumns = 0;
    qsizetype personColumn = -1; // the person_id value, if any
    QVarLengthArray<Value, 8> values;
    QByteArray text;

    bool isEncoded() const { return table >= 0; }
    void clear();

    void addNull() { values.append(Value{}); }
    void addInteger(qint64 value) { values.append(Value{Value::Kind::Integer, value, 0, 0}); }
    // A null string is written as an empty one: text columns are NOT NULL
    // with '' for nothing.
    void addText(QStringView value);
    // A variant as ImportWriter binds it: text, a number, or NULL.
    void add(const QVariant &value);

    // Back to variants, for the rows written one by one.
    QVariant variant(qsizetype index) const { return variant(values.at(index), text.constData()); }
    static QVariant variant(const Value &value, const char *text);
};

// Encodes a row of tests, vaccinations, shifts or daily reports into
// row.encoded, for ImportWriter::write(): false for rows of other tables.
// Runs no SQL: any thread may call it.
bool encodeRow(MappedRow &row);

} // namespace seawall
