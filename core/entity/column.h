// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/entitykind.h"
#include "core/sql/encodedrow.h"
#include "core/sql/sqlvalues.h"
#include "core/util/enumcodes.h"

#include <QDate>
#include <QList>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <type_traits>

namespace seawall {

// What a column holds, and so how it is stored, bound, read and shown.
enum class ColumnType {
    Text,      // never NULL: '' for nothing
    Integer,
    Real,
    Bool,      // 0 or 1
    Date,      // ISO text 'YYYY-MM-DD', NULL when not given
    DateTime,  // 'YYYY-MM-DD HH:MM'
    Timestamp, // ISO 8601 to the second, for what the program records (when a file was imported)
    Code,      // an enumeration by its stable English code (model/enums.h)
    Reference, // the id of a row of another table, NULL for none
};

// One column of an entity's table: its name, what it holds, its label in
// the user's language, and how it is read from and written to the record
// (the model struct) it belongs to. Made by the builders below from a
// pointer to the struct's member, so that the member, the column and its
// label are named once.
struct Column
{
    enum Flag {
        Key = 0x1,        // part of the natural key
        Derived = 0x2,    // written from the record, never read back (a zero report's flag)
        Kept = 0x4,       // kept by the program beside the record: neither written nor read with it
        IdNumber = 0x8,   // a resident ID number: masked on screen
        Phone = 0x10,     // a mobile number (11 digits from 1): masked on screen
        Landline = 0x800, // with Phone: a landline with its area code will do too
        Searchable = 0x20, // the list's search looks in it
        Hidden = 0x40,    // in lists, hidden until the user shows it
        Optional = 0x80,  // may be NULL: a date or a reference not given
        // A reference whose row goes with the row it names (an alias with
        // its company). Else a delete of the row named is refused while a
        // required reference names it, and an optional one is set to NULL.
        Cascade = 0x100,
        Required = 0x200, // a text that must be filled in (a name, a code)
        // An optional reference that still keeps the row it names from
        // being deleted (a company's parent).
        Restrict = 0x400,
        // An index of the table leads with it (db/migrations.cpp makes it):
        // a list's search finds the rows holding a value (a person's tests,
        // the tests of a site) through it instead of reading the table.
        Indexed = 0x1000,
        // A person's or a company's name: lists sort it in pinyin order
        // (SqlDialect::byPinyin), as Chinese readers look for a name.
        Name = 0x2000,
        // Personal data (a person's name, ID or phone number, a contact's):
        // replaced by a pseudonym when personal data are purged.
        Personal = 0x4000,
        // The date (or the time) that places a record on a day: EntityDef::day.
        Day = 0x8000,
    };
    // What deleting the row a reference names does to the rows naming it.
    enum class OnDelete { Restrict, Cascade, SetNull };

    QString name;
    ColumnType type = ColumnType::Text;
    const char *label = nullptr; // translated in the "Field" context
    int flags = 0;
    // The field of DOMAIN.md the column holds where its name differs
    // (person_id holds the person, start_at the start): the name errors,
    // forms and files use.
    QString field;
    EntityKind references = EntityKind::Company; // of a Reference
    // The schema version that added the column: the migration to that
    // version adds it (db/migrations.cpp).
    int since = 1;

    // The stored value of the record's member (bound as it is: a null
    // variant for SQL NULL), the member set from a stored value, and the
    // value added to a row ready to bind.
    std::function<QVariant(const void *record)> get;
    std::function<void(void *record, const QVariant &stored)> set;
    std::function<void(const void *record, EncodedRow &row)> encode;
    // A Code column's stored codes, in order, the name each is shown by,
    // and the code of a label as files write it (阴性, negative …).
    QStringList codes;
    std::function<QString(const QString &code)> codeName;
    std::function<std::optional<QString>(const QString &label)> codeOf;
    // What a file's empty cell stands for (a stored value: a code, a
    // number); none when an empty cell leaves the record's own default.
    QVariant whenEmpty;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    OnDelete onDelete() const
    {
        if (has(Cascade))
            return OnDelete::Cascade;
        return has(Optional) && !has(Restrict) ? OnDelete::SetNull : OnDelete::Restrict;
    }
    QString fieldName() const { return field.isEmpty() ? name : field; }
    QString translatedLabel() const;
    // Whether a record's writes include it, and its reads fill it.
    bool isWritten() const { return !has(Kept); }
    bool isRead() const { return !has(Kept) && !has(Derived); }

    Column withField(QString canonical) const;
    Column addedIn(int version) const;
    Column emptyMeans(QVariant stored) const;
};

namespace columns {

// Conversions of a member's value to and from what the column stores.
template <typename M>
struct Storage;

template <>
struct Storage<QString>
{
    static constexpr ColumnType type = ColumnType::Text;
    static QVariant store(const QString &v) { return v.isNull() ? QStringLiteral("") : v.trimmed(); }
    static void load(QString &m, const QVariant &v) { m = v.toString(); }
    static void encode(const QString &v, EncodedRow &row) { row.addText(QStringView(v).trimmed()); }
};

template <>
struct Storage<QDate>
{
    static constexpr ColumnType type = ColumnType::Date;
    static QVariant store(const QDate &v) { return SqlValues::date(v); }
    static void load(QDate &m, const QVariant &v)
    {
        m = v.typeId() == QMetaType::QDate ? v.toDate() : SqlValues::toDate(v);
    }
    static void encode(const QDate &v, EncodedRow &row) { row.addDate(v); }
};

template <>
struct Storage<QDateTime>
{
    static constexpr ColumnType type = ColumnType::DateTime;
    static QVariant store(const QDateTime &v) { return SqlValues::dateTime(v); }
    static void load(QDateTime &m, const QVariant &v)
    {
        m = v.typeId() == QMetaType::QDateTime ? v.toDateTime() : SqlValues::toDateTime(v);
    }
    static void encode(const QDateTime &v, EncodedRow &row) { row.add(SqlValues::dateTime(v)); }
};

template <>
struct Storage<bool>
{
    static constexpr ColumnType type = ColumnType::Bool;
    static QVariant store(bool v) { return v ? 1 : 0; }
    static void load(bool &m, const QVariant &v) { m = v.toInt() != 0; }
    static void encode(bool v, EncodedRow &row) { row.addInteger(v ? 1 : 0); }
};

template <>
struct Storage<int>
{
    static constexpr ColumnType type = ColumnType::Integer;
    static QVariant store(int v) { return v; }
    static void load(int &m, const QVariant &v) { m = v.toInt(); }
    static void encode(int v, EncodedRow &row) { row.addInteger(v); }
};

template <>
struct Storage<double>
{
    static constexpr ColumnType type = ColumnType::Real;
    static QVariant store(double v) { return v; }
    static void load(double &m, const QVariant &v) { m = v.toDouble(); }
    static void encode(double v, EncodedRow &row) { row.addReal(v); }
};

// An optional number: NULL when not given (a temperature not taken).
template <typename N>
struct Storage<std::optional<N>>
{
    static constexpr ColumnType type = Storage<N>::type;
    static QVariant store(const std::optional<N> &v) { return v ? QVariant(*v) : QVariant(); }
    static void load(std::optional<N> &m, const QVariant &v)
    {
        m = v.isNull() ? std::nullopt : std::optional<N>(v.value<N>());
    }
    static void encode(const std::optional<N> &v, EncodedRow &row) { row.add(store(v)); }
};

// The builders. `label` is a QT_TRANSLATE_NOOP("Field", …).
template <typename T, typename M>
Column plain(M T::*member, QString name, const char *label, int flags = 0)
{
    Column column;
    column.name = std::move(name);
    column.label = label;
    column.flags = flags;
    if constexpr (std::is_enum_v<M>) {
        column.type = ColumnType::Code;
        column.get = [member](const void *r) { return QVariant(toCode(static_cast<const T *>(r)->*member)); };
        column.set = [member](void *r, const QVariant &v) {
            if (const std::optional<M> value = parseEnum<M>(v.toString()))
                static_cast<T *>(r)->*member = *value;
        };
        column.encode = [member](const void *r, EncodedRow &row) {
            row.addText(toCode(static_cast<const T *>(r)->*member));
        };
        for (M value : enumValues<M>())
            column.codes << toCode(value);
        column.codeName = [](const QString &code) {
            const std::optional<M> value = parseEnum<M>(code);
            return value ? displayName(*value) : code;
        };
        column.codeOf = [](const QString &written) -> std::optional<QString> {
            const std::optional<M> value = parseEnum<M>(written);
            return value ? std::optional<QString>(toCode(*value)) : std::nullopt;
        };
    } else {
        using S = Storage<M>;
        column.type = S::type;
        column.get = [member](const void *r) { return S::store(static_cast<const T *>(r)->*member); };
        column.set = [member](void *r, const QVariant &v) { S::load(static_cast<T *>(r)->*member, v); };
        column.encode = [member](const void *r, EncodedRow &row) { S::encode(static_cast<const T *>(r)->*member, row); };
    }
    return column;
}

// The id of a row of another table; 0 in the record is NULL in the table.
template <typename T>
Column reference(qint64 T::*member, QString name, EntityKind target, const char *label, int flags = 0)
{
    Column column;
    column.name = std::move(name);
    column.type = ColumnType::Reference;
    column.references = target;
    column.label = label;
    column.flags = flags;
    column.get = [member](const void *r) { return SqlValues::id(static_cast<const T *>(r)->*member); };
    column.set = [member](void *r, const QVariant &v) { static_cast<T *>(r)->*member = v.toLongLong(); };
    column.encode = [member](const void *r, EncodedRow &row) {
        const qint64 id = static_cast<const T *>(r)->*member;
        if (id == 0)
            row.addNull();
        else
            row.addInteger(id);
    };
    return column;
}

// The person a record is about (person_id; files name it by ID number),
// and the company it counts for (company_id): searchable, by the names
// forms, files and errors use.
template <typename T>
Column personOf(qint64 T::*member, int flags = 0)
{
    return reference(member, QStringLiteral("person_id"), EntityKind::Person, QT_TRANSLATE_NOOP("Field", "Person"),
                     flags | Column::Searchable)
        .withField(QStringLiteral("person"));
}

template <typename T>
Column companyOf(qint64 T::*member, int flags = 0)
{
    return reference(member, QStringLiteral("company_id"), EntityKind::Company, QT_TRANSLATE_NOOP("Field", "Company"),
                     flags | Column::Searchable)
        .withField(QStringLiteral("company"));
}

// The first columns of a record about a person (an arrival, a health
// check, a test): the person, part of its key, and the company reporting
// it. A record whose company may be left out (Optional) counts for the
// person's company then (lists/listspecs.cpp).
template <typename T>
QList<Column> aboutPerson(qint64 T::*person, qint64 T::*company, int personFlags = 0, int companyFlags = 0)
{
    return {personOf(person, Column::Key | personFlags), companyOf(company, companyFlags)};
}

// A value computed from the record, stored so that queries can use it
// (a daily report's zero flag), never read back into the record.
template <typename T, typename V>
Column derived(QString name, V (*compute)(const T &), const char *label, int flags = 0)
{
    using S = Storage<V>;
    Column column;
    column.name = std::move(name);
    column.type = S::type;
    column.label = label;
    column.flags = flags | Column::Derived;
    column.get = [compute](const void *r) { return S::store(compute(*static_cast<const T *>(r))); };
    column.set = [](void *, const QVariant &) {};
    column.encode = [compute](const void *r, EncodedRow &row) { S::encode(compute(*static_cast<const T *>(r)), row); };
    return column;
}

// A moment the program records, to the second ('YYYY-MM-DDTHH:MM:SS').
template <typename T>
Column timestamp(QDateTime T::*member, QString name, const char *label = nullptr, int flags = 0)
{
    Column column;
    column.name = std::move(name);
    column.type = ColumnType::Timestamp;
    column.label = label;
    column.flags = flags | Column::Optional;
    column.get = [member](const void *r) {
        const QDateTime &time = static_cast<const T *>(r)->*member;
        return time.isValid() ? QVariant(time.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    };
    column.set = [member](void *r, const QVariant &v) {
        static_cast<T *>(r)->*member = QDateTime::fromString(v.toString(), Qt::ISODate);
    };
    column.encode = [get = column.get](const void *r, EncodedRow &row) { row.add(get(r)); };
    return column;
}

// A column the program keeps up to date beside the record (a person's
// vaccination milestones); also the columns of the tables that have no
// model struct of their own.
Column kept(QString name, ColumnType type, const char *label = nullptr, int flags = 0);
// Such a column naming a row of `target`.
Column keptReference(QString name, EntityKind target, int flags = 0);

} // namespace columns
} // namespace seawall
