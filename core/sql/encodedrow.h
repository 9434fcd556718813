// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>
#include <QVariant>

namespace seawall {

// The values of one row, ready to bind: numbers, and text as the UTF-8
// SQLite stores. Made where a row is mapped (on the reading thread of a
// large import), so that the writing thread only copies bytes: building
// variants and strings for every value there was a fifth of its time.
struct EncodedRow
{
    struct Value
    {
        enum class Kind : quint8 { Null, Integer, Real, Text };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        qsizetype offset = 0; // of a text in `text`
        qsizetype size = 0;
    };

    // The table, as an index of ImportWriter's; -1 while not encoded.
    qsizetype table = -1;
    // The columns, key first, then the others; a list of this program's.
    const QStringList *names = nullptr;
    qsizetype keyColumns = 0;
    qsizetype personColumn = -1; // the person_id value, if any
    // hash(0, keyColumns), made with the values on the reading thread;
    // 0 when not made, or when a value of the key changed since.
    quint64 keyHash = 0;
    QVarLengthArray<Value, 8> values;
    QByteArray text;

    bool isEncoded() const { return table >= 0; }
    void clear();

    void addNull() { values.append(Value{}); }
    void addInteger(qint64 value) { values.append(Value{Value::Kind::Integer, value, 0, 0, 0}); }
    void addReal(double value) { values.append(Value{Value::Kind::Real, 0, value, 0, 0}); }
    // A null string is written as an empty one: text columns are NOT NULL
    // with '' for nothing.
    void addText(QStringView value);
    // 'YYYY-MM-DD', or NULL for a null date.
    void addDate(const QDate &date);
    // A variant as the database stores it: text, a number, or NULL.
    void add(const QVariant &value);

    // A hash of values [from, to) as they are bound, from `seed`: equal
    // values hash alike wherever their text lies in `text`, a null apart
    // from an empty text. (A collision is rare at 64 bits; the import and
    // its check only use it to find a key met before, then look it up.)
    quint64 hash(qsizetype from, qsizetype to, size_t seed = 0) const;
    // The key's hash: keyHash when made, else made now.
    quint64 keyHashed() const { return keyHash ? keyHash : hash(0, keyColumns); }

    // Back to variants, for the rows written one by one.
    QVariant variant(qsizetype index) const { return variant(values.at(index), text.constData()); }
    static QVariant variant(const Value &value, const char *text);
};

} // namespace seawall
