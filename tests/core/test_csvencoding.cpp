// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv/csvreader.h"
#include "core/csv/encoding.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QStringEncoder>

using namespace Qt::StringLiterals;
using namespace seawall::csv;

namespace {

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

QByteArray gb18030(const QString &text) { return encoded(text, "GB18030"); }

struct Decoded
{
    QString text;
    QString encoding;
    bool bom = false;
    bool detected = false;
    std::optional<seawall::Error> error;
    qint64 errorLine = 0;
};

Decoded decodeAll(QByteArray bytes, const QString &encoding = {}, qsizetype chunk = Encoding::Decoder::kChunkBytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Encoding::Decoder decoder(buffer, encoding, chunk);
    Decoded result;
    QString piece;
    while (decoder.read(piece))
        result.text += piece;
    result.encoding = decoder.encodingName();
    result.bom = decoder.hasBom();
    result.detected = decoder.detected();
    result.error = decoder.error();
    result.errorLine = decoder.errorLine();
    return result;
}

const QString kSample = u"单位,姓名,身份证号\r\n海通公司,张三,32061219970812218X\r\n"_s;

} // namespace

TEST_CASE("csv encoding: detection from the first bytes", "[csv][encoding]")
{
    // 单 is E5 8D 95 in UTF-8: its first two bytes are a sequence cut short.
    const QByteArray cut = QByteArray("a,b\n\xE5\x8D");
    const auto [what, bytes, complete, name, bom] = GENERATE_REF(table<const char *, QByteArray, bool, QString, int>({
        {"UTF-8 BOM", QByteArray("\xEF\xBB\xBF" "a,b"), true, u"UTF-8"_s, 3},
        {"UTF-16LE BOM", QByteArray("\xFF\xFE" "a\0", 4), true, u"UTF-16LE"_s, 2},
        {"UTF-16BE BOM", QByteArray("\xFE\xFF\0" "a", 4), true, u"UTF-16BE"_s, 2},
        {"ASCII", QByteArray("a,b\n"), true, u"UTF-8"_s, 0},
        {"nothing", QByteArray(), true, u"UTF-8"_s, 0},
        {"UTF-8 Chinese", u"单位,姓名"_s.toUtf8(), true, u"UTF-8"_s, 0},
        {"GB18030 Chinese", gb18030(u"单位,姓名"_s), true, u"GB18030"_s, 0},
        {"GBK bytes", encoded(u"海通公司核酸检测统计表"_s, "GBK"), true, u"GB18030"_s, 0},
        {"cut at the end of a prefix", cut, false, u"UTF-8"_s, 0},
        {"cut at the end of the file", cut, true, u"GB18030"_s, 0},
    }));
    CAPTURE(what);
    const Encoding::Detection detection = Encoding::detect(bytes, complete);
    CHECK(detection.name == name);
    CHECK(detection.bomLength == bom);
}

TEST_CASE("csv encoding: names the user may give", "[csv][encoding]")
{
    const auto [given, expected] = GENERATE(table<QString, QString>({
        {u"utf-8"_s, u"UTF-8"_s},
        {u"UTF8"_s, u"UTF-8"_s},
        {u"gb18030"_s, u"GB18030"_s},
        {u" gbk "_s, u"GBK"_s},
        {u"GB2312"_s, u"GBK"_s},
        {u"cp936"_s, u"GBK"_s},
        {u"utf-16le"_s, u"UTF-16LE"_s},
        {u"UTF_16BE"_s, u"UTF-16BE"_s},
        {u"unicode"_s, u"UTF-16"_s},
        {u"nonsense"_s, QString()},
        {QString(), QString()},
    }));
    CAPTURE(given);
    CHECK(Encoding::canonicalName(given).value_or(QString()) == expected);
    // Any other encoding ICU knows is accepted by its own name.
    CHECK(Encoding::canonicalName(u"Big5"_s).has_value());
}

TEST_CASE("csv encoding: every encoding decodes to the same text", "[csv][encoding]")
{
    const auto [what, bytes, name, bom] = GENERATE_REF(table<const char *, QByteArray, QString, bool>({
        {"UTF-8", kSample.toUtf8(), u"UTF-8"_s, false},
        {"UTF-8 with BOM", QByteArray("\xEF\xBB\xBF") + kSample.toUtf8(), u"UTF-8"_s, true},
        {"GB18030", gb18030(kSample), u"GB18030"_s, false},
        {"UTF-16LE with BOM", QByteArray("\xFF\xFE") + encoded(kSample, "UTF-16LE"), u"UTF-16LE"_s, true},
        {"UTF-16BE with BOM", QByteArray("\xFE\xFF") + encoded(kSample, "UTF-16BE"), u"UTF-16BE"_s, true},
    }));
    const qsizetype chunk = GENERATE(1, 2, 3, 5, Encoding::Decoder::kChunkBytes);
    CAPTURE(what, chunk);
    const Decoded decoded = decodeAll(bytes, {}, chunk);
    CHECK_FALSE(decoded.error.has_value());
    CHECK(decoded.encoding == name);
    CHECK(decoded.bom == bom);
    CHECK(decoded.detected);
    CHECK(decoded.text == kSample);
}

TEST_CASE("csv encoding: Excel Unicode text is UTF-16LE with tabs", "[csv][encoding]")
{
    const QString text = u"单位\t姓名\r\n海通公司\t\"张\t三\"\r\n"_s;
    QByteArray bytes = QByteArray("\xFF\xFE") + encoded(text, "UTF-16LE");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, u'\t');
    Record record;
    REQUIRE(reader.next(record));
    CHECK(record.line == 1);
    CHECK(record.fields == QStringList{u"单位"_s, u"姓名"_s});
    REQUIRE(reader.next(record));
    CHECK(record.line == 2);
    CHECK(record.fields == QStringList{u"海通公司"_s, u"张\t三"_s});
    CHECK_FALSE(reader.next(record));
    CHECK_FALSE(reader.error().has_value());
    CHECK(reader.encodingName() == u"UTF-16LE"_s);
}

TEST_CASE("csv encoding: the encoding the user names wins", "[csv][encoding]")
{
    SECTION("GBK named for GB18030 bytes")
    {
        const Decoded decoded = decodeAll(gb18030(kSample), u"gbk"_s);
        CHECK_FALSE(decoded.error.has_value());
        CHECK(decoded.encoding == u"GBK"_s);
        CHECK_FALSE(decoded.detected);
        CHECK(decoded.text == kSample);
    }
    SECTION("GB18030 named for UTF-8 bytes reads other characters")
    {
        // E5 8D 95 E4 BD 8D (单位) are valid GB18030 pairs too.
        const Decoded decoded = decodeAll(u"单位"_s.toUtf8(), u"GB18030"_s);
        CHECK_FALSE(decoded.error.has_value());
        CHECK(decoded.encoding == u"GB18030"_s);
        CHECK(decoded.text.size() == 3);
        CHECK(decoded.text != u"单位"_s);
    }
    SECTION("a byte order mark of the encoding named is skipped")
    {
        const Decoded decoded = decodeAll(QByteArray("\xEF\xBB\xBF") + kSample.toUtf8(), u"utf8"_s);
        CHECK(decoded.bom);
        CHECK(decoded.text == kSample);
    }
    SECTION("UTF-16 without endianness follows the byte order mark")
    {
        const Decoded decoded = decodeAll(QByteArray("\xFE\xFF") + encoded(kSample, "UTF-16BE"), u"UTF-16"_s);
        CHECK(decoded.encoding == u"UTF-16BE"_s);
        CHECK(decoded.text == kSample);
    }
    SECTION("an unknown name is an error")
    {
        const Decoded decoded = decodeAll(kSample.toUtf8(), u"klingon"_s);
        REQUIRE(decoded.error.has_value());
        CHECK(decoded.errorLine == 0);
        CHECK(decoded.text.isEmpty());
        CHECK_THAT(decoded.error->message.toStdString(), Catch::Contains("klingon"));
    }
}

TEST_CASE("csv encoding: invalid bytes are an error naming their line", "[csv][encoding]")
{
    // 17,500 lines of "a,b\n" fill 70,000 bytes: more than the 64 KiB the
    // guess looks at, so that the file is taken for UTF-8 and goes wrong
    // only later, on line 17,501.
    const QByteArray ascii = QByteArray("a,b\n").repeated(17500);
    const auto [what, bytes, encoding, name, line, goodText] =
        GENERATE_REF(table<const char *, QByteArray, QString, QString, qint64, QString>({
            {"GB18030 after 64 KiB of ASCII", ascii + gb18030(u"张三,b\n"_s), QString(), u"UTF-8"_s, 17501,
             u"a,b\n"_s.repeated(17500)},
            {"0xFF after 64 KiB of ASCII", ascii + QByteArray("x\xFFy\n"), QString(), u"UTF-8"_s, 17501,
             u"a,b\n"_s.repeated(17500) + u"x"_s},
            {"0xFF in a GB18030 file", gb18030(u"单位\n张三\n"_s) + QByteArray("\xFF\n"), QString(), u"GB18030"_s,
             3, u"单位\n张三\n"_s},
            {"0x80 in a GB18030 file after CR LF", gb18030(u"单位\r\n张三\r\n"_s) + QByteArray("ok\x80"),
             QString(), u"GB18030"_s, 3, u"单位\r\n张三\r\nok"_s},
            {"GB18030 read as UTF-8", gb18030(u"a,b\rc,d\r张三,e\r"_s), u"utf-8"_s, u"UTF-8"_s, 3,
             u"a,b\rc,d\r"_s},
            {"UTF-8 cut at the end", QByteArray("a\nb\n\xE5\x8D"), u"utf-8"_s, u"UTF-8"_s, 3, u"a\nb\n"_s},
            {"UTF-16LE cut at the end", QByteArray("\xFF\xFE" "a\0\n\0b", 7), QString(), u"UTF-16LE"_s, 2,
             u"a\n"_s},
            {"inside a quoted field", QByteArray("\"x\r\ny\r\n\xFF\"\n"), u"utf-8"_s, u"UTF-8"_s, 3,
             u"\"x\r\ny\r\n"_s},
        }));
    const qsizetype chunk = GENERATE(1, 2, 1000, Encoding::Decoder::kChunkBytes);
    CAPTURE(what, chunk);
    const Decoded decoded = decodeAll(bytes, encoding, chunk);
    CHECK(decoded.encoding == name);
    REQUIRE(decoded.error.has_value());
    CHECK(decoded.errorLine == line);
    CHECK(decoded.text == goodText);
    CHECK_FALSE(decoded.text.contains(QChar(QChar::ReplacementCharacter)));
    const std::string message = decoded.error->message.toStdString();
    CHECK_THAT(message, Catch::Contains("Line " + std::to_string(line)) && Catch::Contains(name.toStdString()));
}

TEST_CASE("csv encoding: the reader returns the records before invalid bytes", "[csv][encoding]")
{
    QByteArray bytes = gb18030(u"单位,姓名\r\n海通公司,张三\r\n滨江公司,"_s) + QByteArray("\xFF\xFF\r\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, u',');
    Record record;
    QList<qint64> lines;
    while (reader.next(record))
        lines.append(record.line);
    CHECK(lines == QList<qint64>{1, 2});
    REQUIRE(reader.error().has_value());
    CHECK(reader.errorLine() == 3);
    CHECK(reader.encodingName() == u"GB18030"_s);
}
