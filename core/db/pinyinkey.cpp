// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/pinyinkey.h"

#include "core/sql/sqldialect.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <sqlite3.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Written by hand because SQLite's own collations (BINARY, NOCASE, RTRIM)
// order Chinese by code point, and the ICU extension that would offer
// icu_load_collation() is not built into Debian's libsqlite3. A key rather
// than a collation: an index can hold it, and a million comparisons of
// keys are a million memcmp calls rather than a million ICU compares.
struct Collator
{
    Collator()
    {
        UErrorCode status = U_ZERO_ERROR;
        handle = ucol_open("zh", &status); // zh orders by pinyin
        if (U_FAILURE(status))
            handle = nullptr;
    }
    ~Collator()
    {
        if (handle)
            ucol_close(handle);
    }
    Collator(const Collator &) = delete;
    Collator &operator=(const Collator &) = delete;

    UCollator *handle = nullptr;
};

// One for the program: ICU's collators may be used from several threads
// at once for keys and compares.
const UCollator *collator()
{
    static const Collator instance;
    return instance.handle;
}

// The key, on the stack: the function runs for every person an import
// writes.
constexpr qsizetype kKeyRoom = 128;
using Key = QVarLengthArray<char, kKeyRoom>;

void keyOf(Key &key, const UChar *text, int32_t length, QByteArrayView utf8)
{
    int32_t size = 1;
    if (const UCollator *order = collator()) {
        auto *bytes = reinterpret_cast<uint8_t *>(key.data());
        size = ucol_getSortKey(order, text, length, bytes, int32_t(key.size()));
        if (size > key.size()) {
            key.resize(size);
            size = ucol_getSortKey(order, text, length, reinterpret_cast<uint8_t *>(key.data()), size);
        }
    } else {
        key[0] = '\0';
    }
    // The key ends in a 0 byte, its only one: what follows it (the name's
    // bytes) decides only between keys that are otherwise equal.
    key.resize(size);
    key.append(utf8.data(), utf8.size());
}

void pinyinKeyFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    sqlite3_value *value = arguments[0];
    if (sqlite3_value_type(value) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    // The text as SQLite stores it, UTF-8, decoded on the stack: asking
    // SQLite for UTF-16 as well could free the UTF-8 it handed first.
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(value));
    const int utf8Bytes = sqlite3_value_bytes(value);
    QVarLengthArray<UChar, 64> utf16(utf8Bytes + 1);
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8Lenient(utf16.data(), int32_t(utf16.size()), &length, utf8, utf8Bytes, &status);
    if (U_FAILURE(status))
        length = 0;
    Key key(kKeyRoom);
    keyOf(key, utf16.data(), length, QByteArrayView(utf8, utf8Bytes));
    sqlite3_result_blob(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArray pinyinKey(QStringView name)
{
    Key key(kKeyRoom);
    keyOf(key, reinterpret_cast<const UChar *>(name.utf16()), int32_t(name.size()), name.toUtf8());
    return QByteArray(key.constData(), key.size());
}

QString pinyinKeyVersion()
{
    UVersionInfo version{};
    if (const UCollator *order = collator())
        ucol_getVersion(order, version);
    return u"icu %1.%2.%3.%4"_s.arg(version[0]).arg(version[1]).arg(version[2]).arg(version[3]);
}

Status registerPinyinKey(sqlite3 *connection)
{
    if (!connection)
        return Error{Error::Kind::Sql, QCoreApplication::translate("Database", "The database connection is not SQLite.")};
    const QByteArray name = SqlDialect::pinyinKeyFunction().toUtf8();
    // Deterministic and innocuous: an index may be built on it.
    const int code = sqlite3_create_function_v2(connection, name.constData(), 1,
                                                SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                                pinyinKeyFunction, nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        return Error{Error::Kind::Sql, QCoreApplication::translate("Database", "Cannot register the pinyin order: %1")
                                           .arg(QString::fromUtf8(sqlite3_errstr(code)))};
    return {};
}

} // namespace seawall
