// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv/csvreader.h"
#include "core/csv/encoding.h"
#include "core/csv/layout.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QStringEncoder>

using namespace Qt::StringLiterals;
using namespace seawall::csv;

namespace {

struct LayoutCase
{
    const char *what;
    QString text;
    QChar delimiter;
    qint64 headerLine;
    QStringList header;
    QList<int> trailingEmpty;
    QList<qint64> titleLines;
    bool complete = true;
};

const QChar kFullWidthComma(u'\uFF0C');

} // namespace

TEST_CASE("csv layout: delimiter header title rows and empty columns", "[csv][layout]")
{
    const LayoutCase c = GENERATE(values<LayoutCase>({
        {"comma", u"单位,姓名,身份证号\r\n产业公司,秦鹏文,320612198311208861\r\n"_s, u',', 1,
         {u"单位"_s, u"姓名"_s, u"身份证号"_s}, {}, {}},
        {"tab with commas in the data", u"单位\t姓名\t备注\nA\tB\tx,y\nC\tD\tp,q\n"_s, u'\t', 1,
         {u"单位"_s, u"姓名"_s, u"备注"_s}, {}, {}},
        {"semicolon", u"code;name;parent_code\nYH;沿海集团;\nKF;开发公司;YH\n"_s, u';', 1,
         {u"code"_s, u"name"_s, u"parent_code"_s}, {}, {}},
        {"full-width comma", u"单位，姓名，身份证号\n产业公司，秦鹏文，320612198311208861\n"_s, kFullWidthComma, 1,
         {u"单位"_s, u"姓名"_s, u"身份证号"_s}, {}, {}},
        {"commas inside quotes", u"单位,备注\nA,\"x,y,z\"\nB,\"p,q\"\n"_s, u',', 1, {u"单位"_s, u"备注"_s}, {}, {}},
        {"title row", u"海通公司核酸检测统计表\n单位,姓名,采样日期\nA,B,2022-03-01\n"_s, u',', 2,
         {u"单位"_s, u"姓名"_s, u"采样日期"_s}, {}, {1}},
        {"title row as Excel writes it", u"海通公司核酸检测统计表,,\r\n单位,姓名,采样日期\r\nA,B,2022-03-01\r\n"_s,
         u',', 2, {u"单位"_s, u"姓名"_s, u"采样日期"_s}, {}, {1}},
        {"title with a full-width comma", u"统计表（3月1日，星期二）\n单位,姓名,采样日期\nA,B,C\nD,E,F\n"_s, u',', 2,
         {u"单位"_s, u"姓名"_s, u"采样日期"_s}, {}, {1}},
        {"blank lines around the title", u"\n\n海通公司核酸检测统计表\n\n单位,姓名,采样日期\n\nA,B,C\n"_s, u',', 5,
         {u"单位"_s, u"姓名"_s, u"采样日期"_s}, {}, {3}},
        {"a subtitle with two cells",
         u"海通公司核酸检测统计表,,,,\n填报单位：海通公司,,,填报日期：2022-03-01,\n"
         u"单位,姓名,身份证号,采样日期,检测结果\nA,B,C,D,E\n"_s,
         u',', 3, {u"单位"_s, u"姓名"_s, u"身份证号"_s, u"采样日期"_s, u"检测结果"_s}, {}, {1, 2}},
        {"empty columns at the right", u"单位,姓名,,\nA,B,,\nC,D, ,\n"_s, u',', 1,
         {u"单位"_s, u"姓名"_s, QString(), QString()}, {2, 3}, {}},
        {"a column without header but with data", u"单位,姓名,\nA,B,x\n"_s, u',', 1,
         {u"单位"_s, u"姓名"_s, QString()}, {}, {}},
        {"a blank row as Excel writes it", u"单位,姓名,,\n,,,\nA,B,,\n"_s, u',', 1,
         {u"单位"_s, u"姓名"_s, QString(), QString()}, {2, 3}, {}},
        {"a total row does not count as data", u"单位,人数,\nA,3,\n合计,3,x\n"_s, u',', 1,
         {u"单位"_s, u"人数"_s, QString()}, {2}, {}},
        {"a sample cut short ignores its last record", u"单位,姓名,\nA,B,\nC,D,x"_s, u',', 1,
         {u"单位"_s, u"姓名"_s, QString()}, {2}, {}, false},
        {"the same sample complete", u"单位,姓名,\nA,B,\nC,D,x"_s, u',', 1, {u"单位"_s, u"姓名"_s, QString()}, {}, {}},
        {"header only", u"日期,单位,在岗人数\n"_s, u',', 1, {u"日期"_s, u"单位"_s, u"在岗人数"_s}, {}, {}},
    }));
    CAPTURE(c.what);
    const seawall::Result<Layout> layout = Layout::detect(c.text, c.complete);
    REQUIRE(layout.ok());
    CHECK(layout->delimiter == c.delimiter);
    CHECK(layout->headerLine == c.headerLine);
    CHECK(layout->header == c.header);
    CHECK(layout->trailingEmptyColumns == c.trailingEmpty);
    CHECK(layout->columnCount() == int(c.header.size() - c.trailingEmpty.size()));
    CHECK(layout->titleLines == c.titleLines);
}

TEST_CASE("csv layout: files with no table", "[csv][layout]")
{
    const auto [text, expected] = GENERATE(table<QString, std::string>({
        {QString(), "empty"},
        {u"\n\r\n  \n\u3000\n"_s, "empty"},
        {u",,\n,,\n"_s, "empty"},
        {u"海通公司核酸检测统计表\n只有一列\n"_s, "No header row"},
        {u"a,\nb,\n"_s, "No header row"},
    }));
    CAPTURE(text);
    const seawall::Result<Layout> layout = Layout::detect(text);
    REQUIRE_FALSE(layout.ok());
    CHECK_THAT(layout.error().message.toStdString(), Catch::Contains(expected));
}

TEST_CASE("csv layout: the role of each record", "[csv][layout]")
{
    const QString text = u"标题\n单位,人数\nA,2\n\n合计,2\n总 计,\n,小计：\nTotal,3\n合\u3000计\nB,合计\n海通公司,4\n小计,4\n"_s;
    const seawall::Result<Layout> layout = Layout::detect(text);
    REQUIRE(layout.ok());
    CHECK(layout->headerLine == 2);

    using Role = Layout::Role;
    const QList<Role> expected{Role::Title, Role::Header, Role::Data,  Role::Blank, Role::Total,
                               Role::Total, Role::Total,  Role::Total, Role::Total, Role::Data,
                               Role::Data,  Role::Total};
    QList<Role> roles;
    CsvReader reader(text, layout->delimiter);
    Record record;
    while (reader.next(record))
        roles.append(layout->roleOf(record));
    CHECK(roles == expected);
}

TEST_CASE("csv layout: detected from a decoder", "[csv][layout]")
{
    SECTION("Excel Unicode text: UTF-16LE with a title and tabs")
    {
        QStringEncoder encoder(QStringEncoder::Utf16LE);
        QByteArray bytes = QByteArray("\xFF\xFE")
            + encoder.encode(u"海通公司核酸检测统计表\r\n单位\t姓名\t采样日期\r\n海通公司\t张三\t2022/3/1\r\n"_s);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Encoding::Decoder decoder(buffer);
        const seawall::Result<Layout> layout = Layout::detect(decoder);
        REQUIRE(layout.ok());
        CHECK(decoder.encodingName() == u"UTF-16LE"_s);
        CHECK(layout->delimiter == u'\t');
        CHECK(layout->headerLine == 2);
        CHECK(layout->header == QStringList{u"单位"_s, u"姓名"_s, u"采样日期"_s});
    }
    SECTION("GBK with full-width commas")
    {
        QStringEncoder encoder("GBK");
        QByteArray bytes = encoder.encode(u"单位，姓名\n海通公司，张三\n"_s);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Encoding::Decoder decoder(buffer);
        const seawall::Result<Layout> layout = Layout::detect(decoder);
        REQUIRE(layout.ok());
        CHECK(decoder.encodingName() == u"GB18030"_s);
        CHECK(layout->delimiter == kFullWidthComma);
        CHECK(layout->header == QStringList{u"单位"_s, u"姓名"_s});
    }
    SECTION("invalid bytes in the sample are the error")
    {
        QByteArray bytes("a,b\n\xFF,c\n");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Encoding::Decoder decoder(buffer, u"utf-8"_s);
        const seawall::Result<Layout> layout = Layout::detect(decoder);
        REQUIRE_FALSE(layout.ok());
        CHECK_THAT(layout.error().message.toStdString(), Catch::Contains("Line 2"));
    }
}
