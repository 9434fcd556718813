// SPDX-License-Identifier: GPL-3.0-or-later
// A row's values as they are bound: texts as the UTF-8 SQLite stores,
// written byte by byte while they are ASCII, and dates as 'YYYY-MM-DD'.
#include "qtcatch.h"

#include "core/sql/encodedrow.h"

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// The bytes of value `index`.
QByteArray bytesOf(const EncodedRow &row, qsizetype index)
{
    const EncodedRow::Value &value = row.values.at(index);
    REQUIRE(value.kind == EncodedRow::Value::Kind::Text);
    return row.text.mid(value.offset, value.size);
}

} // namespace

TEST_CASE("an encoded row's texts are their UTF-8, one after the other", "[encodedrow]")
{
    EncodedRow row;
    row.addText(u""_s);
    row.addText(u"negative"_s);
    row.addText(u"海通"_s);
    row.addText(u"G15卡口"_s);   // ASCII, then not
    row.addText(u"卡口G15"_s);   // not, then ASCII
    row.addText(u"𠮷a"_s);       // a character outside the BMP: a surrogate pair
    row.addText(QString());      // null: written as empty
    row.addText(u"é\u007f\u0080"_s);
    REQUIRE(row.values.size() == 8);
    CHECK(bytesOf(row, 0) == QByteArray());
    CHECK(bytesOf(row, 1) == "negative"_ba);
    CHECK(bytesOf(row, 2) == "\xe6\xb5\xb7\xe9\x80\x9a"_ba);
    CHECK(bytesOf(row, 3) == "G15\xe5\x8d\xa1\xe5\x8f\xa3"_ba);
    CHECK(bytesOf(row, 4) == "\xe5\x8d\xa1\xe5\x8f\xa3G15"_ba);
    CHECK(bytesOf(row, 5) == "\xf0\xa0\xae\xb7" "a"_ba);
    CHECK(bytesOf(row, 6) == QByteArray());
    CHECK(bytesOf(row, 7) == "\xc3\xa9\x7f\xc2\x80"_ba);
    // Nothing left over after the last: the texts lie end to end.
    CHECK(row.text.size() == 8 + 6 + 9 + 9 + 5 + 5);
}

TEST_CASE("an encoded row's dates are ISO dates, and an invalid one is NULL", "[encodedrow]")
{
    EncodedRow row;
    row.addDate(QDate(2022, 3, 1));
    row.addDate(QDate(1999, 12, 31));
    row.addDate(QDate(9999, 1, 9));
    row.addDate(QDate());
    row.addDate(QDate(999, 5, 6)); // outside four digits: as Qt writes it
    CHECK(bytesOf(row, 0) == "2022-03-01"_ba);
    CHECK(bytesOf(row, 1) == "1999-12-31"_ba);
    CHECK(bytesOf(row, 2) == "9999-01-09"_ba);
    CHECK(row.values.at(3).kind == EncodedRow::Value::Kind::Null);
    CHECK(bytesOf(row, 4) == "0999-05-06"_ba);
}
