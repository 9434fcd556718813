// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/pinyincollation.h"

#include "core/sql/sqldialect.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace seawall {
namespace {

// Written by hand because SQLite's own collations (BINARY, NOCASE, RTRIM)
// order Chinese by code point, and the ICU extension that would offer
// icu_load_collation() is not built into Debian's libsqlite3. QCollator is
// ICU-backed in Debian's Qt, so names come out in the order QCollator gives
// anywhere else in the program.
//
// One a connection, set up as it is made: QCollator sets ICU up on its first
// compare, which is not safe to do from two threads, while comparing is (a
// sort may run on SQLite's worker threads). Each compare keeps its state on
// the stack for the same reason.
class PinyinCollation
{
public:
    PinyinCollation() : m_collator(QLocale(QLocale::Chinese, QLocale::China))
    {
        (void)m_collator.compare(u"安", u"丁");
    }

    int compare(int sizeA, const void *a, int sizeB, const void *b) const
    {
        // Equal bytes are equal names, without asking ICU (a sort meets
        // the same name often: 王伟, 张伟 …).
        if (sizeA == sizeB && std::memcmp(a, b, size_t(sizeA)) == 0)
            return 0;
        // SQLite hands the text as it stores it, UTF-8; it is decoded on
        // the stack rather than into a new QString for each of the
        // millions of comparisons of a large sort.
        QVarLengthArray<QChar, 64> first;
        QVarLengthArray<QChar, 64> second;
        if (const int order = m_collator.compare(decode(first, a, sizeA), decode(second, b, sizeB)); order != 0)
            return order;
        // Names ICU counts as equal but that differ (a full-width and a
        // half-width letter) still get one order, as SQLite expects of a
        // collation.
        if (const int bytes = std::memcmp(a, b, size_t(std::min(sizeA, sizeB))); bytes != 0)
            return bytes;
        return sizeA < sizeB ? -1 : 1;
    }

private:
    static QStringView decode(QVarLengthArray<QChar, 64> &buffer, const void *text, int size)
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        buffer.resize(decoder.requiredSpace(size));
        const QChar *end = decoder.appendToBuffer(buffer.data(), QByteArrayView(static_cast<const char *>(text), size));
        return QStringView(buffer.data(), end - buffer.data());
    }

    QCollator m_collator;
};

int comparePinyin(void *collation, int sizeA, const void *a, int sizeB, const void *b)
{
    return static_cast<PinyinCollation *>(collation)->compare(sizeA, a, sizeB, b);
}

void destroyPinyin(void *collation) { delete static_cast<PinyinCollation *>(collation); }

} // namespace

Status registerPinyinCollation(sqlite3 *connection)
{
    if (!connection)
        return Error{Error::Kind::Sql, QCoreApplication::translate("Database", "The database connection is not SQLite.")};
    const QByteArray name = SqlDialect::pinyinCollation().toUtf8();
    // SQLite owns the collation from here: it calls destroyPinyin when the
    // connection closes, or at once when registering fails.
    const int code = sqlite3_create_collation_v2(connection, name.constData(), SQLITE_UTF8, new PinyinCollation,
                                                 comparePinyin, destroyPinyin);
    if (code != SQLITE_OK)
        return Error{Error::Kind::Sql, QCoreApplication::translate("Database", "Cannot register the pinyin order: %1")
                                           .arg(QString::fromUtf8(sqlite3_errstr(code)))};
    return {};
}

} // namespace seawall
