// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv/csvreader.h"
#include "core/csv/encoding.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryFile>

#include <vector>

using namespace Qt::StringLiterals;
using namespace seawall::csv;

namespace {

struct Expected
{
    qint64 line;
    QStringList fields;
};

struct ReaderCase
{
    const char *what;
    QString text;
    std::vector<Expected> records;
    QChar delimiter = u',';
};

struct ReadResult
{
    std::vector<Expected> records;
    std::optional<seawall::Error> error;
    qint64 errorLine = 0;
};

ReadResult readAll(CsvReader &reader)
{
    ReadResult result;
    Record record;
    while (reader.next(record))
        result.records.push_back({record.line, record.fields});
    result.error = reader.error();
    result.errorLine = reader.errorLine();
    return result;
}

// Reads `text` either as one decoded string (chunk 0) or as UTF-8 bytes
// through a decoder handing out `chunk` bytes at a time, so that every
// case also runs with quotes, CR LF pairs and characters cut by chunk ends.
ReadResult read(const QString &text, QChar delimiter, qsizetype chunk, qsizetype maxField = 0)
{
    if (chunk == 0) {
        CsvReader reader(text, delimiter);
        if (maxField > 0)
            reader.setMaxFieldLength(maxField);
        return readAll(reader);
    }
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Encoding::Decoder decoder(buffer, u"utf-8"_s, chunk);
    CsvReader reader(decoder, delimiter);
    if (maxField > 0)
        reader.setMaxFieldLength(maxField);
    return readAll(reader);
}

void checkRecords(const std::vector<Expected> &actual, const std::vector<Expected> &expected)
{
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(actual[i].line == expected[i].line);
        CHECK(actual[i].fields == expected[i].fields);
    }
}

} // namespace

TEST_CASE("csv reader: RFC 4180 records and their lines", "[csv][reader]")
{
    const ReaderCase c = GENERATE(values<ReaderCase>({
        {"LF", u"a,b,c\n1,2,3\n"_s, {{1, {u"a"_s, u"b"_s, u"c"_s}}, {2, {u"1"_s, u"2"_s, u"3"_s}}}},
        {"CRLF", u"a,b\r\n1,2\r\n"_s, {{1, {u"a"_s, u"b"_s}}, {2, {u"1"_s, u"2"_s}}}},
        {"lone CR", u"a,b\r1,2\r"_s, {{1, {u"a"_s, u"b"_s}}, {2, {u"1"_s, u"2"_s}}}},
        {"no final line break", u"a,b\n1,2"_s, {{1, {u"a"_s, u"b"_s}}, {2, {u"1"_s, u"2"_s}}}},
        {"CRLF at the very end", u"a\r\n"_s, {{1, {u"a"_s}}}},
        {"mixed line breaks", u"a\r\nb\nc\rd"_s, {{1, {u"a"_s}}, {2, {u"b"_s}}, {3, {u"c"_s}}, {4, {u"d"_s}}}},
        {"delimiter inside quotes", u"\"a,b\",c\n"_s, {{1, {u"a,b"_s, u"c"_s}}}},
        {"doubled quotes", u"\"say \"\"hi\"\"\",x\n"_s, {{1, {u"say \"hi\""_s, u"x"_s}}}},
        {"only a doubled quote", u"\"\"\"\""_s, {{1, {u"\""_s}}}},
        {"empty quoted field", u"\"\",a\n"_s, {{1, {QString(), u"a"_s}}}},
        {"LF inside quotes", u"\"l1\nl2\",x\nnext,y\n"_s, {{1, {u"l1\nl2"_s, u"x"_s}}, {3, {u"next"_s, u"y"_s}}}},
        {"CRLF inside quotes", u"\"l1\r\nl2\",x\r\nnext,y\r\n"_s,
         {{1, {u"l1\r\nl2"_s, u"x"_s}}, {3, {u"next"_s, u"y"_s}}}},
        {"CR inside quotes", u"\"l1\rl2\",x\rnext,y"_s, {{1, {u"l1\rl2"_s, u"x"_s}}, {3, {u"next"_s, u"y"_s}}}},
        {"blank line inside quotes", u"x,\"multi\n\nline\"\ny,z"_s,
         {{1, {u"x"_s, u"multi\n\nline"_s}}, {4, {u"y"_s, u"z"_s}}}},
        {"quoted fields then CRLF", u"\"a\"\r\n\"b\""_s, {{1, {u"a"_s}}, {2, {u"b"_s}}}},
        {"empty fields", u",,\n"_s, {{1, {QString(), QString(), QString()}}}},
        {"delimiter at the very end", u"a,b,"_s, {{1, {u"a"_s, u"b"_s, QString()}}}},
        {"empty line", u"a\n\nb\n"_s, {{1, {u"a"_s}}, {2, {QString()}}, {3, {u"b"_s}}}},
        {"only a line break", u"\n"_s, {{1, {QString()}}}},
        {"nothing", QString(), {}},
        {"quote inside an unquoted field", u"5\"6,x\n"_s, {{1, {u"5\"6"_s, u"x"_s}}}},
        {"text after the closing quote", u"\"ab\"cd,x\n"_s, {{1, {u"abcd"_s, u"x"_s}}}},
        {"blanks kept", u" a , \"b\" \n"_s, {{1, {u" a "_s, u" \"b\" "_s}}}},
        {"Chinese text and full-width comma", u"单位，姓名,海通公司\r\n"_s, {{1, {u"单位，姓名"_s, u"海通公司"_s}}}},
        {"tab delimiter", u"单位\t备注\n海通公司\t\"x\ty\"\n"_s,
         {{1, {u"单位"_s, u"备注"_s}}, {2, {u"海通公司"_s, u"x\ty"_s}}},
         u'\t'},
        {"semicolon delimiter", u"a;\"b;c\"\n"_s, {{1, {u"a"_s, u"b;c"_s}}}, u';'},
        {"full-width comma delimiter", u"单位，姓名\n海通公司，张三"_s,
         {{1, {u"单位"_s, u"姓名"_s}}, {2, {u"海通公司"_s, u"张三"_s}}},
         QChar(u'\uFF0C')},
    }));
    const qsizetype chunk = GENERATE(0, 1, 2, 3, 7, Encoding::Decoder::kChunkBytes);
    CAPTURE(c.what, chunk);
    const ReadResult result = read(c.text, c.delimiter, chunk);
    CHECK_FALSE(result.error.has_value());
    checkRecords(result.records, c.records);
}

TEST_CASE("csv reader: an open quote at the end names the line where it opened", "[csv][reader]")
{
    const auto [text, recordsBefore, line] = GENERATE(table<QString, int, qint64>({
        {u"a,b\n\"open,c\nd\n"_s, 1, 2},
        {u"x\n\n\"abc"_s, 2, 3},
        {u"\"ok\nok\",1\r\n\"bad\r\n"_s, 1, 3},
        {u"\""_s, 0, 1},
        {u"a,\"b\"\"\n"_s, 0, 1},
    }));
    const qsizetype chunk = GENERATE(0, 1, 4);
    CAPTURE(text, chunk);
    const ReadResult result = read(text, u',', chunk);
    CHECK(int(result.records.size()) == recordsBefore);
    REQUIRE(result.error.has_value());
    CHECK(result.errorLine == line);
    CHECK_THAT(result.error->message.toStdString(),
               Catch::Contains("Line " + std::to_string(line)) && Catch::Contains("not closed"));
}

TEST_CASE("csv reader: a field longer than the limit stops the reading", "[csv][reader]")
{
    const auto [text, line] = GENERATE(table<QString, qint64>({
        {u"ok\n0123456789A,b\n"_s, 2},
        {u"ok\n\"0123\n456789A\",b\n"_s, 2},
        {u"0123456789,b\n"_s, 0}, // exactly the limit: fine
    }));
    const qsizetype chunk = GENERATE(0, 3);
    CAPTURE(text, chunk);
    const ReadResult result = read(text, u',', chunk, 10);
    if (line == 0) {
        CHECK_FALSE(result.error.has_value());
        CHECK(result.records.size() == 1);
    } else {
        REQUIRE(result.error.has_value());
        CHECK(result.errorLine == line);
        CHECK_THAT(result.error->message.toStdString(), Catch::Contains("longer than 10"));
    }
}

TEST_CASE("csv reader: row callback", "[csv][reader]")
{
    SECTION("every record")
    {
        CsvReader reader(u"a\nb\r\nc"_s);
        QStringList seen;
        QList<qint64> lines;
        const seawall::Status status = reader.forEach([&](const Record &record) {
            seen.append(record.fields.join(u'|'));
            lines.append(record.line);
            return true;
        });
        CHECK(status.ok());
        CHECK(seen == QStringList{u"a"_s, u"b"_s, u"c"_s});
        CHECK(lines == QList<qint64>{1, 2, 3});
    }
    SECTION("stops when asked")
    {
        CsvReader reader(u"a\nb\nc\n"_s);
        int calls = 0;
        CHECK(reader.forEach([&](const Record &) { return ++calls < 2; }).ok());
        CHECK(calls == 2);
    }
    SECTION("the error of the file")
    {
        CsvReader reader(u"a\n\"b\n"_s);
        int calls = 0;
        const seawall::Status status = reader.forEach([&](const Record &) {
            ++calls;
            return true;
        });
        CHECK(calls == 1);
        REQUIRE_FALSE(status.ok());
        CHECK_THAT(status.error().message.toStdString(), Catch::Contains("Line 2"));
    }
}

TEST_CASE("csv reader: a device is decoded in the encoding detected", "[csv][reader]")
{
    QByteArray bytes = QByteArray("\xEF\xBB\xBF") + u"单位,姓名\r\n海通公司,张三\r\n"_s.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, u',');
    const ReadResult result = readAll(reader);
    CHECK(reader.encodingName() == u"UTF-8"_s);
    CHECK_FALSE(result.error.has_value());
    checkRecords(result.records, {{1, {u"单位"_s, u"姓名"_s}}, {2, {u"海通公司"_s, u"张三"_s}}});
}

// 530,000 rows of at least 39 bytes in GB18030 (6-digit number, comma, 张三
// in 4 bytes, comma, "备注, 含逗号" in 14 bytes, comma, a 10-character date,
// CR LF) and 46 in UTF-8 (张三 in 6 bytes, the note in 19): over 20 MB
// either way. Every 1000th row (i % 1000 == 999) has a field on two lines.
TEST_CASE("csv reader: a 20 MB file is read in chunks", "[csv][reader][large]")
{
    const QString encoding = GENERATE(u"UTF-8"_s, u"GB18030"_s);
    CAPTURE(encoding);
    constexpr int rows = 530000;
    QTemporaryFile file;
    REQUIRE(file.open());
    {
        QStringEncoder encoder(encoding.toLatin1().constData());
        QString block;
        block += u"编号,姓名,备注,日期\r\n"_s;
        for (int i = 0; i < rows; ++i) {
            block += u"%1,张三,%2,2022-03-01\r\n"_s.arg(i, 6, 10, QChar(u'0'))
                         .arg(i % 1000 == 999 ? u"\"第一行\r\n第二行\""_s : u"\"备注, 含逗号\""_s);
            if (block.size() > 60000 || i == rows - 1) {
                file.write(encoder.encode(block));
                block.clear();
            }
        }
        REQUIRE_FALSE(encoder.hasError());
    }
    REQUIRE(file.size() > 20'000'000);
    REQUIRE(file.seek(0));

    CsvReader reader(file, u',');
    Record record;
    REQUIRE(reader.next(record));
    CHECK(record.fields == QStringList{u"编号"_s, u"姓名"_s, u"备注"_s, u"日期"_s});
    // Only the bytes of the encoding guess have been read, not the file.
    CHECK(file.pos() <= Encoding::kDetectionBytes);
    CHECK(reader.encodingName() == encoding);

    qint64 count = 1;
    Record last;
    while (reader.next(record)) {
        ++count;
        if (record.fields.size() != 4)
            FAIL("line " << record.line << " has " << record.fields.size() << " fields");
        std::swap(last, record);
    }
    CHECK_FALSE(reader.error().has_value());
    CHECK(count == rows + 1);
    // The last row (i = 529999) is a two-line one; 529 two-line rows come
    // before it, each adding a line: 2 + 529999 + 529.
    CHECK(last.line == 530530);
    CHECK(last.fields == QStringList{u"529999"_s, u"张三"_s, u"第一行\r\n第二行"_s, u"2022-03-01"_s});
}
