// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/encodedrow.h"

#include <QStringEncoder>

namespace seawall {

void EncodedRow::clear()
{
    table = -1;
    names = nullptr;
    keyColumns = 0;
    personColumn = -1;
    values.clear();
    text.clear();
}

void EncodedRow::addText(QStringView value)
{
    // Written in place: no string made for each value.
    QStringEncoder utf8(QStringEncoder::Utf8);
    const qsizetype offset = text.size();
    text.resize(offset + utf8.requiredSpace(value.size()));
    const char *end = utf8.appendToBuffer(text.data() + offset, value);
    text.resize(end - text.constData());
    values.append(Value{Value::Kind::Text, 0, offset, text.size() - offset});
}

void EncodedRow::add(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString: addText(*static_cast<const QString *>(value.constData())); return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        if (value.isNull())
            addNull();
        else
            addInteger(value.toLongLong());
        return;
    default:
        if (value.isNull())
            addNull();
        else
            addText(value.toString());
        return;
    }
}

QVariant EncodedRow::variant(const Value &value, const char *text)
{
    switch (value.kind) {
    case Value::Kind::Null: return {};
    case Value::Kind::Integer: return value.integer;
    case Value::Kind::Text: return QString::fromUtf8(text + value.offset, value.size);
    }
    return {};
}

} // namespace seawall
