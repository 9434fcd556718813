// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/masking.h"
#include "core/validation/idnumber.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace seawall;

// Check characters worked out by hand. Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5
// 8 4 2; sum mod 11 indexes "10X98765432".
//
// 11010519491231002X (the example of GB 11643):
//   1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9
//   + 3·10 + 1·5 + 0·8 + 0·4 + 2·2 = 167; 167 = 15·11 + 2 → 'X'.
// 440524188001010014 (also from the standard, born 1880):
//   4·7 + 4·9 + 0 + 5·5 + 2·8 + 4·4 + 1·2 + 8·1 + 8·6 + 0 + 0 + 1·9 + 0
//   + 1·5 + 0 + 0 + 1·2 = 195; 195 = 17·11 + 8 → '4'.
// The prefix 320612 of the samples contributes 3·7 + 2·9 + 0 + 6·5 + 1·8 +
// 2·4 = 85.
// 320612198311208861 (samples/personnel.csv, 秦鹏文): 85 + 1·2 + 9·1 + 8·6
//   + 3·3 + 1·7 + 1·9 + 2·10 + 0 + 8·8 + 8·4 + 6·2 = 297 = 27·11 + 0 → '1'.
// 32061219970812218X (陆伟志): 85 + 1·2 + 9·1 + 9·6 + 7·3 + 0 + 8·9 + 1·10
//   + 2·5 + 2·8 + 1·4 + 8·2 = 299 = 27·11 + 2 → 'X'.
// 320612196308130240 (杜霞): 85 + 1·2 + 9·1 + 6·6 + 3·3 + 0 + 8·9 + 1·10
//   + 3·5 + 0 + 2·4 + 4·2 = 254 = 23·11 + 1 → '0'.
// More from the samples, so that every remainder 0-10 is covered:
// 320612200002105519: 85 + 2·2 + 0 + 0 + 0 + 0 + 2·9 + 1·10 + 0 + 5·8 + 5·4
//   + 1·2 = 179 = 16·11 + 3 → '9'.
// 320612196502068778: 85 + 1·2 + 9·1 + 6·6 + 5·3 + 0 + 2·9 + 0 + 6·5 + 8·8
//   + 7·4 + 7·2 = 301 = 27·11 + 4 → '8'.
// 320612196209300187: 85 + 1·2 + 9·1 + 6·6 + 2·3 + 0 + 9·9 + 3·10 + 0 + 0
//   + 1·4 + 8·2 = 269 = 24·11 + 5 → '7'.
// 320612198002038096: 85 + 1·2 + 9·1 + 8·6 + 0 + 0 + 2·9 + 0 + 3·5 + 8·8
//   + 0 + 9·2 = 259 = 23·11 + 6 → '6'.
// 320612199512236425: 85 + 1·2 + 9·1 + 9·6 + 5·3 + 1·7 + 2·9 + 2·10 + 3·5
//   + 6·8 + 4·4 + 2·2 = 293 = 26·11 + 7 → '5'.
// 320612199208254303: 85 + 1·2 + 9·1 + 9·6 + 2·3 + 0 + 8·9 + 2·10 + 5·5
//   + 4·8 + 3·4 + 0 = 317 = 28·11 + 9 → '3'.
// 320612199410026152: 85 + 1·2 + 9·1 + 9·6 + 4·3 + 1·7 + 0 + 0 + 2·5 + 6·8
//   + 1·4 + 5·2 = 241 = 21·11 + 10 → '2'.

TEST_CASE("IdNumber: check character of the first 17 digits", "[idnumber]")
{
    SECTION("worked out by hand")
    {
        const auto [first17, expected] = GENERATE(table<QString, QChar>({
            {u"11010519491231002"_s, QChar(u'X')},
            {u"44052418800101001"_s, QChar(u'4')},
            {u"32061219831120886"_s, QChar(u'1')},
            {u"32061219970812218"_s, QChar(u'X')},
            {u"32061219630813024"_s, QChar(u'0')},
            {u"32061220000210551"_s, QChar(u'9')},
            {u"32061219650206877"_s, QChar(u'8')},
            {u"32061219620930018"_s, QChar(u'7')},
            {u"32061219800203809"_s, QChar(u'6')},
            {u"32061219951223642"_s, QChar(u'5')},
            {u"32061219920825430"_s, QChar(u'3')},
            {u"32061219941002615"_s, QChar(u'2')},
        }));
        CAPTURE(first17);
        CHECK(QString(IdNumber::checkCharacter(first17)) == QString(expected));
    }
    SECTION("anything but 17 ASCII digits has no check character")
    {
        const QString bad = GENERATE(u""_s, u"3206121983112088"_s, u"320612198311208861"_s,
                                     u"3206121983112088A"_s, u"３２０６１２１９８３１１２０８８６"_s);
        CAPTURE(bad);
        CHECK(IdNumber::checkCharacter(bad) == QChar());
    }
}

TEST_CASE("IdNumber: valid numbers are accepted", "[idnumber]")
{
    SECTION("worked out by hand and from the samples")
    {
        const auto [id, born] = GENERATE(table<QString, QDate>({
            {u"11010519491231002X"_s, QDate(1949, 12, 31)},
            {u"320612198311208861"_s, QDate(1983, 11, 20)},
            {u"32061219970812218X"_s, QDate(1997, 8, 12)},
            {u"320612196308130240"_s, QDate(1963, 8, 13)},
            {u"320612200002105519"_s, QDate(2000, 2, 10)}, // samples: 龚雪
            {u"32061219680607048X"_s, QDate(1968, 6, 7)},  // samples: 龙鹏
            {u"320612196502068778"_s, QDate(1965, 2, 6)},
            {u"320612196209300187"_s, QDate(1962, 9, 30)},
            {u"320612198002038096"_s, QDate(1980, 2, 3)},
            {u"320612199512236425"_s, QDate(1995, 12, 23)},
            {u"320612199208254303"_s, QDate(1992, 8, 25)},
            {u"320612199410026152"_s, QDate(1994, 10, 2)},
        }));
        CAPTURE(id);
        CHECK(IdNumber::problem(id).value_or(QString()) == QString());
        CHECK(IdNumber::isValid(id));
        CHECK(IdNumber::birthDate(id) == born);
    }
    SECTION("as written in files, once normalized")
    {
        const QString raw = GENERATE(u"32061219970812218x"_s, u" 11010519491231002x "_s,
                                     u"３２０６１２１９８３１１２０８８６１"_s,
                                     u"３２０６１２１９９７０８１２２１８ｘ"_s);
        CAPTURE(raw);
        CHECK(IdNumber::isValid(IdNumber::normalized(raw)));
    }
    SECTION("a person born today")
    {
        // The check character comes from checkCharacter(), checked by hand
        // above; what is under test here is the date limit.
        const QString first17 = u"320612"_s + QDate::currentDate().toString(u"yyyyMMdd"_s) + u"123"_s;
        const QString id = first17 + IdNumber::checkCharacter(first17);
        CAPTURE(id);
        CHECK(IdNumber::problem(id).value_or(QString()) == QString());
    }
}

TEST_CASE("IdNumber: normalized folds full-width forms, blanks and a lower-case x", "[idnumber]")
{
    const auto [raw, expected] = GENERATE(table<QString, QString>({
        {u"32061219970812218x"_s, u"32061219970812218X"_s},
        {u"  320612198311208861\t"_s, u"320612198311208861"_s},
        {u"\u3000320612198311208861\u3000"_s, u"320612198311208861"_s}, // ideographic spaces
        {u"３２０６１２１９８３１１２０８８６１"_s, u"320612198311208861"_s},
        {u"３２０６１２１９９７０８１２２１８Ｘ"_s, u"32061219970812218X"_s},
        {u"３２０６１２１９９７０８１２２１８ｘ"_s, u"32061219970812218X"_s},
        {u"\u200b320612198311208861"_s, u"320612198311208861"_s}, // zero-width space
        {u"320612198311208861"_s, u"320612198311208861"_s},
        // Not an ID number, but normalized() does not validate: it only
        // upper-cases a trailing x.
        {u"xx"_s, u"xX"_s},
    }));
    CAPTURE(raw);
    CHECK(IdNumber::normalized(raw) == expected);
}

TEST_CASE("IdNumber: the wrong length is reported with the count", "[idnumber]")
{
    SECTION("too short or too long")
    {
        const auto [id, count] = GENERATE(table<QString, QString>({
            {u"32061219831120886"_s, u"has 17 characters"_s},
            {u"3206121983112088610"_s, u"has 19 characters"_s},
            {u"1"_s, u"has 1 characters"_s},
        }));
        CAPTURE(id);
        const auto problem = IdNumber::problem(id);
        REQUIRE(problem.has_value());
        CHECK(problem->startsWith(u"ID number"_s));
        CHECK(problem->contains(u"18"_s));
        CHECK(problem->contains(count));
        CHECK_FALSE(IdNumber::isValid(id));
        CHECK(IdNumber::birthDate(id) == QDate());
    }
    SECTION("an empty ID number is missing")
    {
        const auto problem = IdNumber::problem(QString());
        REQUIRE(problem.has_value());
        CHECK(problem->startsWith(u"ID number"_s));
        CHECK(problem->contains(u"missing"_s));
    }
}

TEST_CASE("IdNumber: characters other than digits are named with their position", "[idnumber]")
{
    const auto [id, where] = GENERATE(table<QString, QString>({
        {u"3206121983112O8861"_s, u"character 14 is “O”"_s}, // letter O for zero
        {u"A20612198311208861"_s, u"character 1 is “A”"_s},
        {u"32061219831120886A"_s, u"character 18 is “A”"_s},
        {u"320612 19831120886"_s, u"character 7 is “ ”"_s},
        {u"3206121997081221X8"_s, u"character 17 is “X”"_s}, // X only at the end
        // Not normalized: problem() expects normalized() to have been applied.
        {u"32061219970812218x"_s, u"character 18 is “x”"_s},
        {u"３２０６１２１９８３１１２０８８６１"_s, u"character 1 is “３”"_s},
    }));
    CAPTURE(id);
    const auto problem = IdNumber::problem(id);
    REQUIRE(problem.has_value());
    CHECK(problem->startsWith(u"ID number"_s));
    CHECK(problem->contains(where));
}

TEST_CASE("IdNumber: impossible birth dates are rejected", "[idnumber]")
{
    SECTION("not a date, in the future or before 1900")
    {
        const auto [id, shown] = GENERATE(table<QString, QString>({
            {u"320612199902301234"_s, u"19990230"_s},   // 30 February
            {u"320612202313011234"_s, u"20231301"_s},   // month 13
            {u"320612198300001234"_s, u"19830000"_s},   // month and day 0
            {u"320612210001011234"_s, u"2100-01-01"_s}, // in the future
            {u"320612209912311234"_s, u"2099-12-31"_s}, // in the future
            {u"440524188001010014"_s, u"1880-01-01"_s}, // before 1900, check character right
        }));
        CAPTURE(id);
        const auto problem = IdNumber::problem(id);
        REQUIRE(problem.has_value());
        CHECK(problem->startsWith(u"ID number"_s));
        CHECK(problem->contains(u"birth date"_s));
        CHECK(problem->contains(shown));
        CHECK_FALSE(IdNumber::isValid(id));
    }
    SECTION("tomorrow is in the future")
    {
        const QString first17 =
            u"320612"_s + QDate::currentDate().addDays(1).toString(u"yyyyMMdd"_s) + u"123"_s;
        const QString tomorrow = first17 + IdNumber::checkCharacter(first17);
        CAPTURE(tomorrow);
        const auto problem = IdNumber::problem(tomorrow);
        REQUIRE(problem.has_value());
        CHECK(problem->contains(u"future"_s));
    }
    SECTION("the birth date of an impossible date is null")
    {
        CHECK(IdNumber::birthDate(u"320612199902301234"_s) == QDate());
    }
}

TEST_CASE("IdNumber: a wrong check character says which one was expected", "[idnumber]")
{
    const auto [id, expected] = GENERATE(table<QString, QString>({
        {u"320612198311208862"_s, u"should be 1, not 2"_s},
        {u"32061219831120886X"_s, u"should be 1, not X"_s},
        {u"320612199708122189"_s, u"should be X, not 9"_s},
        {u"110105194912310020"_s, u"should be X, not 0"_s},
        {u"320612196308130241"_s, u"should be 0, not 1"_s},
        // Two digits swapped (1983 → 1938): 85 + 1·2 + 9·1 + 3·6 + 8·3 + 1·7
        // + 1·9 + 2·10 + 0 + 8·8 + 8·4 + 6·2 = 282 = 25·11 + 7 → '5'.
        {u"320612193811208861"_s, u"should be 5, not 1"_s},
    }));
    CAPTURE(id);
    const auto problem = IdNumber::problem(id);
    REQUIRE(problem.has_value());
    CHECK(problem->startsWith(u"ID number: the check character"_s));
    CHECK(problem->contains(expected));
}

TEST_CASE("IdNumber: a number that Excel turned into scientific notation", "[idnumber]")
{
    const QString id = GENERATE(u"3.20612E+17"_s, u"3.20612e+17"_s, u"3.2061219831121E+17"_s);
    CAPTURE(id);
    const auto problem = IdNumber::problem(id);
    REQUIRE(problem.has_value());
    CHECK(problem->contains(u"Excel"_s));
    CHECK(problem->contains(u"text"_s));
}

TEST_CASE("IdNumber: a search text is looked for among ID numbers only when one may hold it", "[idnumber]")
{
    // Stored ID numbers are 17 digits and a digit or X: any part of one is
    // at most 18 digits and Xs (x as a search may type it).
    const auto [text, may] = GENERATE(table<QString, bool>({
        {u"3"_s, true},
        {u"163x"_s, true},
        {u"32061219970812218X"_s, true},
        {u"王"_s, false},
        {u"人员P1"_s, false},
        {u"1002 "_s, false},
        {u"３２０６"_s, false}, // full-width digits are folded when stored, not in a search
        {u"320612199708122181X"_s, false}, // 19 characters
        {QString(), false},
    }));
    CAPTURE(text);
    CHECK(IdNumber::mayHold(text) == may);
}

TEST_CASE("ID numbers in a message are masked, and nothing else", "[idnumber][masking]")
{
    const auto [text, masked] = GENERATE(table<QString, QString>({
        {u"江丽 (320612198708205431) is on the roster of 海通公司 but not in this file."_s,
         u"江丽 (320612********5431) is on the roster of 海通公司 but not in this file."_s},
        {u"身份证号：32061219970812218x，姓名不一致"_s, u"身份证号：320612********218x，姓名不一致"_s},
        {u"32061219970812218X and 320612197801146515"_s, u"320612********218X and 320612********6515"_s},
        // not an ID number: too short, too long, a number Excel shortened
        {u"line 32061219970812218"_s, u"line 32061219970812218"_s},
        {u"3206121997081221811"_s, u"3206121997081221811"_s},
        {u"\"3.20612E+17\" is a number Excel shortened"_s, u"\"3.20612E+17\" is a number Excel shortened"_s},
    }));
    CAPTURE(text);
    CHECK(maskIdNumbersIn(text) == masked);
}

TEST_CASE("a phone cell is masked when it is a number, and only then", "[masking]")
{
    const auto [cell, masked] = GENERATE(table<QString, QString>({
        {u"13893032820"_s, u"138****2820"_s},
        {u" 0513-85123456 "_s, u"051******3456"_s},
        {u"1.38930E+10"_s, u"1.38930E+10"_s},
        {u"无"_s, u"无"_s},
        {QString(), QString()},
    }));
    CAPTURE(cell);
    CHECK(maskPhoneCell(cell) == masked);
}

TEST_CASE("free text has its ID and phone numbers masked, and nothing else", "[masking]")
{
    const auto [text, masked] = GENERATE(table<QString, QString>({
        {uR"({"id_number":"320612199001011005","name":"张伟","phone":"13800138000"})"_s,
         uR"({"id_number":"320612********1005","name":"张伟","phone":"138****8000"})"_s},
        {uR"({"contact_phone":"0571-87654321"})"_s, uR"({"contact_phone":"057******4321"})"_s},
        {u"值班电话 051385123456"_s, u"值班电话 051*****3456"_s},
        // Dates, counts and longer runs of digits are no phone numbers.
        {uR"({"sampled_on":"2022-03-15","tests_done":12,"code":"138001380001"})"_s,
         uR"({"sampled_on":"2022-03-15","tests_done":12,"code":"138001380001"})"_s},
        {u"batch 1023456789"_s, u"batch 1023456789"_s},
        {u"手机 138 0013 8000"_s, u"手机 138******8000"_s},
    }));
    CAPTURE(text);
    CHECK(maskNumbersIn(text) == masked);
}
