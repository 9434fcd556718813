// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/dailyreport.h"
#include "core/model/enums.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// -1 stands for "not recognised", so that Catch2 can print both sides.
template <typename E>
int asInt(std::optional<E> value)
{
    return value ? static_cast<int>(*value) : -1;
}

} // namespace

TEST_CASE("Enums: person categories from file labels", "[enums]")
{
    const auto [label, expected] = GENERATE(table<QString, int>({
        {u"在编"_s, int(PersonCategory::Staff)},
        {u"正式"_s, int(PersonCategory::Staff)},
        {u"staff"_s, int(PersonCategory::Staff)},
        {u"STAFF"_s, int(PersonCategory::Staff)},
        {u" Staff "_s, int(PersonCategory::Staff)},
        {u"ｓｔａｆｆ"_s, int(PersonCategory::Staff)}, // full-width
        {u"劳务派遣"_s, int(PersonCategory::Dispatched)},
        {u"派遣"_s, int(PersonCategory::Dispatched)},
        {u"Dispatched"_s, int(PersonCategory::Dispatched)},
        {u"外包"_s, int(PersonCategory::Outsourced)},
        {u"\u3000外包\u3000"_s, int(PersonCategory::Outsourced)},
        {u"outsourced"_s, int(PersonCategory::Outsourced)},
        {u"家属"_s, int(PersonCategory::Family)},
        {u"FAMILY"_s, int(PersonCategory::Family)},
        {u"外部"_s, int(PersonCategory::External)},
        {u"External"_s, int(PersonCategory::External)},
        {u"临时工"_s, -1},
        {u"staf"_s, -1},
        {u"在 编"_s, -1},
    }));
    CAPTURE(label);
    CHECK(asInt(parseEnum<PersonCategory>(label)) == expected);
}

TEST_CASE("Enums: genders and test results from file labels", "[enums]")
{
    SECTION("gender")
    {
        const auto [label, expected] = GENERATE(table<QString, int>({
            {u"男"_s, int(Gender::Male)},
            {u"M"_s, int(Gender::Male)},
            {u"male"_s, int(Gender::Male)},
            {u"Ｍ"_s, int(Gender::Male)},
            {u"女"_s, int(Gender::Female)},
            {u"f"_s, int(Gender::Female)},
            {u"FEMALE"_s, int(Gender::Female)},
            {u""_s, int(Gender::Unknown)}, // the column is often left empty
            {u"unknown"_s, int(Gender::Unknown)},
            {u"男性"_s, -1},
            {u"x"_s, -1},
        }));
        CAPTURE(label);
        CHECK(asInt(parseEnum<Gender>(label)) == expected);
    }
    SECTION("test result")
    {
        const auto [label, expected] = GENERATE(table<QString, int>({
            {u"阴性"_s, int(TestResult::Negative)},
            {u"阴"_s, int(TestResult::Negative)},
            {u"negative"_s, int(TestResult::Negative)},
            {u"Negative"_s, int(TestResult::Negative)},
            {u" NEGATIVE "_s, int(TestResult::Negative)},
            {u"-"_s, int(TestResult::Negative)},
            {u"阳性"_s, int(TestResult::Positive)},
            {u"positive"_s, int(TestResult::Positive)},
            {u"＋"_s, int(TestResult::Positive)}, // full-width plus
            {u"待出"_s, int(TestResult::Pending)},
            {u"检测中"_s, int(TestResult::Pending)},
            {u"Pending"_s, int(TestResult::Pending)},
            {u"未知"_s, -1},
            {u""_s, -1},
            {u"neg"_s, -1},
        }));
        CAPTURE(label);
        CHECK(asInt(parseEnum<TestResult>(label)) == expected);
    }
}

TEST_CASE("Enums: doses, inspection methods, finding statuses and editions", "[enums]")
{
    SECTION("dose")
    {
        const auto [label, expected] = GENERATE(table<QString, int>({
            {u"第一针"_s, int(Dose::First)},
            {u"第1针"_s, int(Dose::First)},
            {u"第１针"_s, int(Dose::First)}, // full-width digit
            {u"1"_s, int(Dose::First)},
            {u"Dose 1"_s, int(Dose::First)},
            {u"第二针"_s, int(Dose::Second)},
            {u"second"_s, int(Dose::Second)},
            {u"第三针"_s, int(Dose::Third)},
            {u"3"_s, int(Dose::Third)},
            {u"加强针"_s, int(Dose::Booster)},
            {u"加强"_s, int(Dose::Booster)},
            {u"BOOSTER"_s, int(Dose::Booster)},
            {u"第四针"_s, -1},
            {u"4"_s, -1},
        }));
        CAPTURE(label);
        CHECK(asInt(parseEnum<Dose>(label)) == expected);
    }
    SECTION("inspection method")
    {
        const auto [label, expected] = GENERATE(table<QString, int>({
            {u"四不两直"_s, int(InspectionMethod::Unannounced)},
            {u"Unannounced"_s, int(InspectionMethod::Unannounced)},
            {u"定期检查"_s, int(InspectionMethod::Regular)},
            {u"regular"_s, int(InspectionMethod::Regular)},
            {u"专项督查"_s, int(InspectionMethod::Special)},
            {u"专项检查"_s, int(InspectionMethod::Special)},
            {u"SPECIAL"_s, int(InspectionMethod::Special)},
            {u"突击检查"_s, -1},
        }));
        CAPTURE(label);
        CHECK(asInt(parseEnum<InspectionMethod>(label)) == expected);
    }
    SECTION("finding status")
    {
        const auto [label, expected] = GENERATE(table<QString, int>({
            {u"整改中"_s, int(FindingStatus::Open)},
            {u"未整改"_s, int(FindingStatus::Open)},
            {u"open"_s, int(FindingStatus::Open)},
            {u"已整改"_s, int(FindingStatus::Rectified)},
            {u" Rectified"_s, int(FindingStatus::Rectified)},
            {u"已销号"_s, -1},
        }));
        CAPTURE(label);
        CHECK(asInt(parseEnum<FindingStatus>(label)) == expected);
    }
    SECTION("report edition")
    {
        const auto [label, expected] = GENERATE(table<QString, int>({
            {u"早报"_s, int(ReportEdition::Morning)},
            {u"Morning"_s, int(ReportEdition::Morning)},
            {u"晚报"_s, int(ReportEdition::Evening)},
            {u"EVENING"_s, int(ReportEdition::Evening)},
            {u"中午"_s, -1},
        }));
        CAPTURE(label);
        CHECK(asInt(parseEnum<ReportEdition>(label)) == expected);
    }
}

TEST_CASE("Enums: yes and no", "[enums]")
{
    const auto [label, expected] = GENERATE(table<QString, int>({
        {u"是"_s, 1},
        {u"Y"_s, 1},
        {u"yes"_s, 1},
        {u"TRUE"_s, 1},
        {u"１"_s, 1}, // full-width
        {u"否"_s, 0},
        {u"n"_s, 0},
        {u"No"_s, 0},
        {u"false"_s, 0},
        {u""_s, 0},
        {u"不是"_s, -1},
        {u"maybe"_s, -1},
    }));
    CAPTURE(label);
    CHECK(asInt(parseYesNo(label)) == expected);
}

TEST_CASE("Enums: stored codes are parsed back and every value has a name", "[enums]")
{
    SECTION("codes")
    {
        CHECK(toCode(PersonCategory::Dispatched) == u"dispatched"_s);
        CHECK(toCode(TestResult::Positive) == u"positive"_s);
        CHECK(toCode(Dose::Booster) == u"booster"_s);
        CHECK(toCode(InspectionMethod::Unannounced) == u"unannounced"_s);
        CHECK(toCode(FindingStatus::Rectified) == u"rectified"_s);
        CHECK(toCode(ReportEdition::Evening) == u"evening"_s);
        for (auto v : {PersonCategory::Staff, PersonCategory::Dispatched, PersonCategory::Outsourced,
                       PersonCategory::Family, PersonCategory::External}) {
            CHECK(parseEnum<PersonCategory>(toCode(v)) == v);
            CHECK_FALSE(displayName(v).isEmpty());
        }
        for (auto v : {Dose::First, Dose::Second, Dose::Third, Dose::Booster}) {
            CHECK(parseEnum<Dose>(toCode(v)) == v);
            CHECK_FALSE(displayName(v).isEmpty());
        }
        for (auto v : {TestResult::Negative, TestResult::Positive, TestResult::Pending}) {
            CHECK(parseEnum<TestResult>(toCode(v)) == v);
            CHECK_FALSE(displayName(v).isEmpty());
        }
    }
    SECTION("primary doses")
    {
        CHECK(isPrimaryDose(Dose::First));
        CHECK(isPrimaryDose(Dose::Second));
        CHECK(isPrimaryDose(Dose::Third));
        CHECK_FALSE(isPrimaryDose(Dose::Booster));
    }
}

TEST_CASE("Enums: zero reports", "[enums][dailyreport]")
{
    const auto [anomalies, zero] = GENERATE(table<QString, bool>({
        {u""_s, true},
        {u"   "_s, true},
        {u" 无 "_s, true},
        {u"\u3000无\u3000"_s, true},
        {u"无异常"_s, true},
        {u"NONE"_s, true},
        {u"none"_s, true},
        {u"None "_s, true},
        {u"有外来人员"_s, false},
        {u"无异常，1人外出"_s, false},
        {u"无外出"_s, false},
        {u"nothing"_s, false},
    }));
    CAPTURE(anomalies);
    CHECK(DailyReport::isZeroText(anomalies) == zero);

    DailyReport report;
    report.anomalies = anomalies;
    CHECK(report.isZeroReport() == zero);
}
