// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sql/encodedrow.h"

#include <QHashFunctions>
#include <QStringEncoder>

namespace seawall {

void EncodedRow::clear()
{
    table = -1;
    names = nullptr;
    keyColumns = 0;
    personColumn = -1;
    keyHash = 0;
    values.clear();
    text.clear();
}

void EncodedRow::addText(QStringView value)
{
    // Written in place: no string made for each value. ASCII (codes,
    // dates, most ID numbers) byte by byte; from the first other character
    // on through an encoder, whose making costs more than the copying.
    const qsizetype offset = text.size();
    text.resize(offset + 3 * value.size()); // UTF-8's most for UTF-16
    char *out = text.data() + offset;
    qsizetype ascii = 0;
    for (; ascii < value.size() && value[ascii].unicode() < 0x80; ++ascii)
        *out++ = char(value[ascii].unicode());
    if (ascii < value.size()) {
        QStringEncoder utf8(QStringEncoder::Utf8);
        out = utf8.appendToBuffer(out, value.sliced(ascii));
    }
    text.resize(out - text.constData());
    values.append(Value{Value::Kind::Text, 0, 0, offset, text.size() - offset});
}

void EncodedRow::addDate(const QDate &date)
{
    // Written digit by digit: QDate::toString's format machinery took a
    // twentieth of the time of a large import. The same text.
    if (!date.isValid()) {
        addNull();
        return;
    }
    // Year, month and day at once: each of QDate's accessors works them
    // all out from the day number again.
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999) {
        addText(date.toString(Qt::ISODate));
        return;
    }
    char16_t digits[10];
    const auto put = [&digits](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            digits[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    digits[4] = u'-';
    put(5, month, 2);
    digits[7] = u'-';
    put(8, day, 2);
    addText(QStringView(digits, 10));
}

void EncodedRow::add(const QVariant &value)
{
    if (value.isNull()) {
        addNull();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString: addText(*static_cast<const QString *>(value.constData())); return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: addInteger(value.toLongLong()); return;
    case QMetaType::Double: addReal(value.toDouble()); return;
    default: addText(value.toString()); return;
    }
}

quint64 EncodedRow::hash(qsizetype from, qsizetype to, size_t seed) const
{
    for (qsizetype i = from; i < to; ++i) {
        const Value &value = values.at(i);
        seed = qHash(int(value.kind), seed);
        switch (value.kind) {
        case Value::Kind::Null: break;
        case Value::Kind::Integer: seed = qHash(value.integer, seed); break;
        case Value::Kind::Real: seed = qHash(value.real, seed); break;
        case Value::Kind::Text: seed = qHashBits(text.constData() + value.offset, size_t(value.size), seed); break;
        }
    }
    return seed;
}

QVariant EncodedRow::variant(const Value &value, const char *text)
{
    switch (value.kind) {
    case Value::Kind::Null: return {};
    case Value::Kind::Integer: return value.integer;
    case Value::Kind::Real: return value.real;
    case Value::Kind::Text: return QString::fromUtf8(text + value.offset, value.size);
    }
    return {};
}

} // namespace seawall
