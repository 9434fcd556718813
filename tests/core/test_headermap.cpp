// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv/csvreader.h"
#include "core/csv/encoding.h"
#include "core/csv/headermap.h"
#include "core/csv/layout.h"
#include "core/csv/values.h"
#include "core/validation/idnumber.h"

#include "chinese.h"
#include "qtcatch.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace seawall::csv;

namespace {

// -1 stands for "no kind", so that Catch2 can print both sides.
int kindOf(const std::optional<HeaderMap> &map) { return map ? int(map->kind()) : -1; }

QStringList split(const QString &header) { return header.split(u','); }

} // namespace

TEST_CASE("csv header map: every alias of DOMAIN.md and a few more", "[csv][headermap]")
{
    using K = FileKind;
    const auto [kind, cell, canonical] = GENERATE(table<FileKind, QString, QString>({
        // DOMAIN.md, "Files that subsidiaries send"
        {K::Companies, u"单位编码"_s, u"code"_s},          {K::Companies, u"code"_s, u"code"_s},
        {K::Companies, u"单位名称"_s, u"name"_s},          {K::Companies, u"name"_s, u"name"_s},
        {K::Companies, u"上级单位编码"_s, u"parent_code"_s}, {K::Companies, u"parent_code"_s, u"parent_code"_s},
        {K::Personnel, u"单位"_s, u"company"_s},           {K::Personnel, u"company"_s, u"company"_s},
        {K::Personnel, u"部门"_s, u"department"_s},        {K::Personnel, u"department"_s, u"department"_s},
        {K::Personnel, u"姓名"_s, u"name"_s},              {K::Personnel, u"name"_s, u"name"_s},
        {K::Personnel, u"性别"_s, u"gender"_s},            {K::Personnel, u"gender"_s, u"gender"_s},
        {K::Personnel, u"身份证号"_s, u"id_number"_s},     {K::Personnel, u"id_number"_s, u"id_number"_s},
        {K::Personnel, u"手机号"_s, u"phone"_s},           {K::Personnel, u"phone"_s, u"phone"_s},
        {K::Personnel, u"岗位"_s, u"position"_s},          {K::Personnel, u"position"_s, u"position"_s},
        {K::Personnel, u"是否党员"_s, u"party_member"_s},  {K::Personnel, u"party_member"_s, u"party_member"_s},
        {K::Personnel, u"人员类别"_s, u"category"_s},      {K::Personnel, u"category"_s, u"category"_s},
        {K::Personnel, u"入职日期"_s, u"joined_on"_s},     {K::Personnel, u"joined_on"_s, u"joined_on"_s},
        {K::Personnel, u"离职日期"_s, u"left_on"_s},       {K::Personnel, u"left_on"_s, u"left_on"_s},
        {K::Tests, u"单位"_s, u"company"_s},               {K::Tests, u"company"_s, u"company"_s},
        {K::Tests, u"姓名"_s, u"name"_s},                  {K::Tests, u"name"_s, u"name"_s},
        {K::Tests, u"身份证号"_s, u"id_number"_s},         {K::Tests, u"id_number"_s, u"id_number"_s},
        {K::Tests, u"采样日期"_s, u"sampled_on"_s},        {K::Tests, u"sampled_on"_s, u"sampled_on"_s},
        {K::Tests, u"采样点"_s, u"site"_s},                {K::Tests, u"site"_s, u"site"_s},
        {K::Tests, u"检测结果"_s, u"result"_s},            {K::Tests, u"result"_s, u"result"_s},
        {K::Tests, u"检测机构"_s, u"lab"_s},               {K::Tests, u"lab"_s, u"lab"_s},
        {K::Vaccinations, u"单位"_s, u"company"_s},        {K::Vaccinations, u"company"_s, u"company"_s},
        {K::Vaccinations, u"姓名"_s, u"name"_s},           {K::Vaccinations, u"name"_s, u"name"_s},
        {K::Vaccinations, u"身份证号"_s, u"id_number"_s},  {K::Vaccinations, u"id_number"_s, u"id_number"_s},
        {K::Vaccinations, u"剂次"_s, u"dose"_s},           {K::Vaccinations, u"dose"_s, u"dose"_s},
        {K::Vaccinations, u"接种日期"_s, u"date"_s},       {K::Vaccinations, u"date"_s, u"date"_s},
        {K::Vaccinations, u"疫苗厂家"_s, u"manufacturer"_s}, {K::Vaccinations, u"manufacturer"_s, u"manufacturer"_s},
        {K::Vaccinations, u"接种单位"_s, u"place"_s},      {K::Vaccinations, u"place"_s, u"place"_s},
        {K::VolunteerShifts, u"单位"_s, u"company"_s},     {K::VolunteerShifts, u"company"_s, u"company"_s},
        {K::VolunteerShifts, u"姓名"_s, u"name"_s},        {K::VolunteerShifts, u"name"_s, u"name"_s},
        {K::VolunteerShifts, u"身份证号"_s, u"id_number"_s}, {K::VolunteerShifts, u"id_number"_s, u"id_number"_s},
        {K::VolunteerShifts, u"队伍"_s, u"team"_s},        {K::VolunteerShifts, u"team"_s, u"team"_s},
        {K::VolunteerShifts, u"服务点"_s, u"site"_s},      {K::VolunteerShifts, u"site"_s, u"site"_s},
        {K::VolunteerShifts, u"开始时间"_s, u"start"_s},   {K::VolunteerShifts, u"start"_s, u"start"_s},
        {K::VolunteerShifts, u"结束时间"_s, u"end"_s},     {K::VolunteerShifts, u"end"_s, u"end"_s},
        {K::VolunteerShifts, u"任务"_s, u"task"_s},        {K::VolunteerShifts, u"task"_s, u"task"_s},
        {K::Inspections, u"检查编号"_s, u"code"_s},        {K::Inspections, u"code"_s, u"code"_s},
        {K::Inspections, u"检查日期"_s, u"date"_s},        {K::Inspections, u"date"_s, u"date"_s},
        {K::Inspections, u"被检单位"_s, u"company"_s},     {K::Inspections, u"company"_s, u"company"_s},
        {K::Inspections, u"检查方式"_s, u"method"_s},      {K::Inspections, u"method"_s, u"method"_s},
        {K::Inspections, u"检查人"_s, u"inspector"_s},     {K::Inspections, u"inspector"_s, u"inspector"_s},
        {K::Inspections, u"发现问题"_s, u"finding"_s},     {K::Inspections, u"finding"_s, u"finding"_s},
        {K::Inspections, u"整改期限"_s, u"deadline"_s},    {K::Inspections, u"deadline"_s, u"deadline"_s},
        {K::Inspections, u"整改状态"_s, u"status"_s},      {K::Inspections, u"status"_s, u"status"_s},
        {K::DailyReports, u"日期"_s, u"date"_s},           {K::DailyReports, u"date"_s, u"date"_s},
        {K::DailyReports, u"单位"_s, u"company"_s},        {K::DailyReports, u"company"_s, u"company"_s},
        {K::DailyReports, u"在岗人数"_s, u"on_duty"_s},    {K::DailyReports, u"on_duty"_s, u"on_duty"_s},
        {K::DailyReports, u"外出人数"_s, u"away"_s},       {K::DailyReports, u"away"_s, u"away"_s},
        {K::DailyReports, u"外来人员"_s, u"arrivals"_s},   {K::DailyReports, u"arrivals"_s, u"arrivals"_s},
        {K::DailyReports, u"隔离观察人数"_s, u"under_observation"_s},
        {K::DailyReports, u"under_observation"_s, u"under_observation"_s},
        {K::DailyReports, u"核酸检测人次"_s, u"tests_done"_s}, {K::DailyReports, u"tests_done"_s, u"tests_done"_s},
        {K::DailyReports, u"异常情况"_s, u"anomalies"_s},  {K::DailyReports, u"anomalies"_s, u"anomalies"_s},
        // Extra aliases
        {K::Personnel, u"身份证号码"_s, u"id_number"_s},   {K::Tests, u"证件号码"_s, u"id_number"_s},
        {K::Personnel, u"联系电话"_s, u"phone"_s},         {K::Tests, u"检测日期"_s, u"sampled_on"_s},
        {K::Vaccinations, u"日期"_s, u"date"_s},
        // Blanks, case, width, separators and a required-column star
        {K::Tests, u" 身份证号\u3000"_s, u"id_number"_s},  {K::Tests, u"ID Number"_s, u"id_number"_s},
        {K::Tests, u"ＩＤ＿Ｎｕｍｂｅｒ"_s, u"id_number"_s}, {K::Tests, u"Sampled-On"_s, u"sampled_on"_s},
        {K::Tests, u"*采样日期"_s, u"sampled_on"_s},       {K::Tests, u"身份证 号"_s, u"id_number"_s},
        {K::Tests, u"\uFEFF单位"_s, u"company"_s},
        // Aliases belong to their kind
        {K::Companies, u"姓名"_s, QString()},              {K::Tests, u"接种日期"_s, QString()},
        {K::DailyReports, u"被检单位"_s, QString()},       {K::Personnel, u"备注"_s, QString()},
    }));
    CAPTURE(int(kind), cell);
    CHECK(HeaderMap::canonicalFor(kind, cell) == canonical);
}

TEST_CASE("csv header map: the kind of a file from its header", "[csv][headermap]")
{
    using K = FileKind;
    const auto [header, kind] = GENERATE(table<QString, int>({
        {u"单位编码,单位名称,上级单位编码"_s, int(K::Companies)},
        {u"code,name,parent_code"_s, int(K::Companies)},
        {u"单位,部门,姓名,性别,身份证号,手机号,岗位,是否党员,人员类别"_s, int(K::Personnel)},
        {u"Category,ID_Number,Name,Company"_s, int(K::Personnel)},
        {u"单位,姓名,身份证号"_s, int(K::Personnel)},
        {u"检测机构,检测结果,采样点,采样日期,身份证号,姓名,单位"_s, int(K::Tests)},
        {u"company,name,id_number,sampled_on,site,result,lab"_s, int(K::Tests)},
        {u"单位,姓名,身份证号,剂次,接种日期,疫苗厂家,接种单位"_s, int(K::Vaccinations)},
        {u"单位,姓名,身份证号,剂次,日期"_s, int(K::Vaccinations)},
        {u"单位,姓名,身份证号,队伍,服务点,开始时间,结束时间,任务"_s, int(K::VolunteerShifts)},
        {u"检查编号,检查日期,被检单位,检查方式,检查人,发现问题,整改期限,整改状态"_s, int(K::Inspections)},
        {u"code,date,company,method,inspector,finding,deadline,status"_s, int(K::Inspections)},
        {u"检查编号,日期,被检单位"_s, int(K::Inspections)},
        {u"日期,单位,在岗人数,外出人数,外来人员,隔离观察人数,核酸检测人次,异常情况"_s, int(K::DailyReports)},
        {u"日期,单位,在岗人数"_s, int(K::DailyReports)},
        // 日期 and 单位 fit vaccinations as well: only daily reports need no more.
        {u"日期,单位"_s, int(K::DailyReports)},
        {u"序号,备注,颜色"_s, -1},
        {QString(), -1},
    }));
    CAPTURE(header);
    CHECK(kindOf(HeaderMap::detect(split(header))) == kind);
}

TEST_CASE("csv header map: columns in any order with unknown ones reported", "[csv][headermap]")
{
    const QStringList header{u"序号"_s, u"采样点"_s, u"备注"_s, u"ID number"_s, u"检测日期"_s, u"姓名"_s,
                             QString(), u"结果"_s};
    const std::optional<HeaderMap> map = HeaderMap::detect(header);
    REQUIRE(map.has_value());
    CHECK(map->kind() == FileKind::Tests);
    CHECK(map->column(u"site"_s) == 1);
    CHECK(map->column(u"id_number"_s) == 3);
    CHECK(map->column(u"sampled_on"_s) == 4);
    CHECK(map->column(u"name"_s) == 5);
    CHECK(map->column(u"result"_s) == 7);
    CHECK(map->column(u"lab"_s) == -1);
    CHECK(map->mapping().size() == 5);
    // 序号 is ignored without a word; 备注 and the unnamed column are reported.
    CHECK(map->unknownColumns() == QList<int>{2, 6});
    CHECK(map->isComplete());
}

TEST_CASE("csv header map: missing required columns and duplicates", "[csv][headermap]")
{
    SECTION("a test file without its date is a test file missing a column")
    {
        const auto map = HeaderMap::detect(split(u"单位,姓名,身份证号,采样点,检测结果,检测机构"_s));
        REQUIRE(map.has_value());
        CHECK(map->kind() == FileKind::Tests);
        CHECK_FALSE(map->isComplete());
        CHECK(map->missingRequired() == QStringList{u"sampled_on"_s});
    }
    SECTION("the first of two columns for one field is used")
    {
        const HeaderMap map(FileKind::Personnel, split(u"姓名,手机号,联系电话,身份证号"_s));
        CHECK(map.column(u"phone"_s) == 1);
        CHECK(map.unknownColumns() == QList<int>{2});
    }
    SECTION("the kind the user chose")
    {
        const HeaderMap map(FileKind::Vaccinations, split(u"日期,单位"_s));
        CHECK(map.column(u"date"_s) == 0);
        CHECK(map.column(u"company"_s) == 1);
        CHECK(map.missingRequired() == QStringList{u"id_number"_s, u"dose"_s});
    }
}

TEST_CASE("csv header map: the mapping the user confirms", "[csv][headermap]")
{
    HeaderMap map(FileKind::Tests, split(u"单位,人员,身份证号,时间,采样点"_s));
    REQUIRE(map.missingRequired() == QStringList{u"sampled_on"_s});
    REQUIRE(map.unknownColumns() == QList<int>{1, 3});

    SECTION("unknown columns mapped")
    {
        REQUIRE(map.apply({{1, u"name"_s}, {3, u"sampled_on"_s}}).ok());
        CHECK(map.column(u"name"_s) == 1);
        CHECK(map.column(u"sampled_on"_s) == 3);
        CHECK(map.isComplete());
        CHECK(map.unknownColumns().isEmpty());
    }
    SECTION("a field moves to the column chosen")
    {
        REQUIRE(map.apply({{4, u"company"_s}}).ok());
        CHECK(map.column(u"company"_s) == 4);
        CHECK(map.column(u"site"_s) == -1);
        CHECK(map.unknownColumns() == QList<int>{0, 1, 3});
    }
    SECTION("a column not imported")
    {
        REQUIRE(map.apply({{4, QString()}}).ok());
        CHECK(map.column(u"site"_s) == -1);
        CHECK(map.unknownColumns() == QList<int>{1, 3, 4});
    }
    SECTION("impossible choices change nothing")
    {
        const HeaderMap before = map;
        const auto [choice, message] = GENERATE(table<QHash<int, QString>, std::string>({
            {{{3, u"colour"_s}}, "colour"},
            {{{3, u"dose"_s}}, "dose"},
            {{{5, u"name"_s}}, "Column 6"},
            {{{-1, u"name"_s}}, "Column 0"},
            {{{1, u"name"_s}, {3, u"name"_s}}, "Two columns"},
        }));
        const seawall::Status status = map.apply(choice);
        REQUIRE_FALSE(status.ok());
        CHECK_THAT(status.error().message.toStdString(), Catch::Contains(message));
        CHECK(map == before);
    }
}

TEST_CASE("csv header map: JSON round trip", "[csv][headermap]")
{
    HeaderMap map(FileKind::Tests, split(u"单位,身份证号,时间,备注"_s));
    REQUIRE(map.apply({{2, u"sampled_on"_s}}).ok());
    const QJsonObject json = map.toJson();
    CHECK(json.value(u"kind"_s).toString() == u"tests"_s);
    const QJsonArray columns = json.value(u"columns"_s).toArray();
    REQUIRE(columns.size() == 4);
    CHECK(columns.at(0).toObject() == QJsonObject{{u"column"_s, 0}, {u"header"_s, u"单位"_s}, {u"maps_to"_s, u"company"_s}});
    CHECK(columns.at(2).toObject().value(u"maps_to"_s).toString() == u"sampled_on"_s);
    CHECK(columns.at(3).toObject().value(u"maps_to"_s).isNull());

    const std::optional<HeaderMap> back = HeaderMap::fromJson(json);
    REQUIRE(back.has_value());
    CHECK(*back == map);

    SECTION("not a mapping")
    {
        QJsonObject bad = json;
        const int which = GENERATE(0, 1, 2, 3);
        CAPTURE(which);
        QJsonArray badColumns = columns;
        switch (which) {
        case 0: bad[u"kind"_s] = u"recipes"_s; break;
        case 1: // a field that tests do not have
            badColumns[3] = QJsonObject{{u"column"_s, 3}, {u"header"_s, u"备注"_s}, {u"maps_to"_s, u"dose"_s}};
            break;
        case 2: // company twice
            badColumns[3] = QJsonObject{{u"column"_s, 3}, {u"header"_s, u"备注"_s}, {u"maps_to"_s, u"company"_s}};
            break;
        case 3: badColumns.removeAt(1); break; // a gap in the columns
        }
        if (which != 0)
            bad[u"columns"_s] = badColumns;
        CHECK_FALSE(HeaderMap::fromJson(bad).has_value());
    }
}

TEST_CASE("csv header map: every field has a label the user knows, in Chinese the header of the files", "[csv][headermap][labels]")
{
    // DOMAIN.md, "Files that subsidiaries send": the Chinese header of each
    // column, and in English words rather than the names of the database.
    using K = FileKind;
    const auto [kind, canonical, chinese, english] = GENERATE(table<FileKind, QString, QString, QString>({
        {K::Companies, u"code"_s, u"单位编码"_s, u"Company code"_s},
        {K::Companies, u"name"_s, u"单位名称"_s, u"Company name"_s},
        {K::Companies, u"parent_code"_s, u"上级单位编码"_s, u"Parent company code"_s},
        {K::Personnel, u"company"_s, u"单位"_s, u"Company"_s},
        {K::Personnel, u"department"_s, u"部门"_s, u"Department"_s},
        {K::Personnel, u"name"_s, u"姓名"_s, u"Name"_s},
        {K::Personnel, u"gender"_s, u"性别"_s, u"Gender"_s},
        {K::Personnel, u"id_number"_s, u"身份证号"_s, u"ID number"_s},
        {K::Personnel, u"phone"_s, u"手机号"_s, u"Mobile number"_s},
        {K::Personnel, u"position"_s, u"岗位"_s, u"Position"_s},
        {K::Personnel, u"party_member"_s, u"是否党员"_s, u"Party member"_s},
        {K::Personnel, u"category"_s, u"人员类别"_s, u"Category"_s},
        {K::Personnel, u"joined_on"_s, u"入职日期"_s, u"Joined on"_s},
        {K::Personnel, u"left_on"_s, u"离职日期"_s, u"Left on"_s},
        {K::Tests, u"company"_s, u"单位"_s, u"Company"_s},
        {K::Tests, u"name"_s, u"姓名"_s, u"Name"_s},
        {K::Tests, u"id_number"_s, u"身份证号"_s, u"ID number"_s},
        {K::Tests, u"sampled_on"_s, u"采样日期"_s, u"Sampled on"_s},
        {K::Tests, u"site"_s, u"采样点"_s, u"Sampling site"_s},
        {K::Tests, u"result"_s, u"检测结果"_s, u"Result"_s},
        {K::Tests, u"lab"_s, u"检测机构"_s, u"Lab"_s},
        {K::Vaccinations, u"company"_s, u"单位"_s, u"Company"_s},
        {K::Vaccinations, u"name"_s, u"姓名"_s, u"Name"_s},
        {K::Vaccinations, u"id_number"_s, u"身份证号"_s, u"ID number"_s},
        {K::Vaccinations, u"dose"_s, u"剂次"_s, u"Dose"_s},
        {K::Vaccinations, u"date"_s, u"接种日期"_s, u"Vaccinated on"_s},
        {K::Vaccinations, u"manufacturer"_s, u"疫苗厂家"_s, u"Manufacturer"_s},
        {K::Vaccinations, u"place"_s, u"接种单位"_s, u"Vaccinated at"_s},
        {K::VolunteerShifts, u"company"_s, u"单位"_s, u"Company"_s},
        {K::VolunteerShifts, u"name"_s, u"姓名"_s, u"Name"_s},
        {K::VolunteerShifts, u"id_number"_s, u"身份证号"_s, u"ID number"_s},
        {K::VolunteerShifts, u"team"_s, u"队伍"_s, u"Team"_s},
        {K::VolunteerShifts, u"site"_s, u"服务点"_s, u"Service site"_s},
        {K::VolunteerShifts, u"start"_s, u"开始时间"_s, u"Start"_s},
        {K::VolunteerShifts, u"end"_s, u"结束时间"_s, u"End"_s},
        {K::VolunteerShifts, u"task"_s, u"任务"_s, u"Task"_s},
        {K::VolunteerShifts, u"remark"_s, u"备注"_s, u"Remark"_s},
        {K::Inspections, u"code"_s, u"检查编号"_s, u"Inspection code"_s},
        {K::Inspections, u"date"_s, u"检查日期"_s, u"Inspection date"_s},
        {K::Inspections, u"company"_s, u"被检单位"_s, u"Inspected company"_s},
        {K::Inspections, u"method"_s, u"检查方式"_s, u"Method"_s},
        {K::Inspections, u"inspector"_s, u"检查人"_s, u"Inspector"_s},
        {K::Inspections, u"finding"_s, u"发现问题"_s, u"Finding"_s},
        {K::Inspections, u"deadline"_s, u"整改期限"_s, u"Deadline"_s},
        {K::Inspections, u"status"_s, u"整改状态"_s, u"Status"_s},
        {K::DailyReports, u"date"_s, u"日期"_s, u"Date"_s},
        {K::DailyReports, u"company"_s, u"单位"_s, u"Company"_s},
        {K::DailyReports, u"on_duty"_s, u"在岗人数"_s, u"On duty"_s},
        {K::DailyReports, u"away"_s, u"外出人数"_s, u"Away"_s},
        {K::DailyReports, u"arrivals"_s, u"外来人员"_s, u"Arrivals"_s},
        {K::DailyReports, u"under_observation"_s, u"隔离观察人数"_s, u"Under observation"_s},
        {K::DailyReports, u"tests_done"_s, u"核酸检测人次"_s, u"Tests done"_s},
        {K::DailyReports, u"anomalies"_s, u"异常情况"_s, u"Anomalies"_s},
        {K::Duty, u"date"_s, u"日期"_s, u"Date"_s},
        {K::Duty, u"company"_s, u"单位"_s, u"Company"_s},
        {K::Duty, u"shift"_s, u"班次"_s, u"Shift"_s},
        {K::Duty, u"person"_s, u"值班人员"_s, u"Person on duty"_s},
        {K::Duty, u"phone"_s, u"联系电话"_s, u"Contact phone"_s},
        {K::Duty, u"leader"_s, u"带班领导"_s, u"Leader on duty"_s},
        {K::Stocktakes, u"company"_s, u"单位"_s, u"Company"_s},
        {K::Stocktakes, u"item"_s, u"物资名称"_s, u"Item"_s},
        {K::Stocktakes, u"unit"_s, u"计量单位"_s, u"Unit of measure"_s},
        {K::Stocktakes, u"date"_s, u"盘点日期"_s, u"Stocktake date"_s},
        {K::Stocktakes, u"quantity"_s, u"库存数量"_s, u"Quantity on hand"_s},
        {K::Stocktakes, u"minimum"_s, u"最低储备"_s, u"Minimum reserve"_s},
        {K::Trainings, u"company"_s, u"单位"_s, u"Company"_s},
        {K::Trainings, u"name"_s, u"姓名"_s, u"Name"_s},
        {K::Trainings, u"id_number"_s, u"身份证号"_s, u"ID number"_s},
        {K::Trainings, u"course"_s, u"培训项目"_s, u"Course"_s},
        {K::Trainings, u"exam_on"_s, u"考试日期"_s, u"Exam date"_s},
        {K::Trainings, u"passed"_s, u"是否合格"_s, u"Passed"_s},
        {K::Trainings, u"certificate_no"_s, u"证书编号"_s, u"Certificate number"_s},
        {K::Trainings, u"valid_until"_s, u"有效期至"_s, u"Valid until"_s},
        {K::Drills, u"date"_s, u"日期"_s, u"Date"_s},
        {K::Drills, u"company"_s, u"单位"_s, u"Company"_s},
        {K::Drills, u"title"_s, u"演练名称"_s, u"Drill"_s},
        {K::Drills, u"type"_s, u"演练类型"_s, u"Drill type"_s},
        {K::Drills, u"participants"_s, u"参加人数"_s, u"Participants"_s},
        {K::Drills, u"notes"_s, u"情况说明"_s, u"Notes"_s},
        {K::Departures, u"company"_s, u"单位"_s, u"Company"_s},
        {K::Departures, u"name"_s, u"姓名"_s, u"Name"_s},
        {K::Departures, u"id_number"_s, u"身份证号"_s, u"ID number"_s},
        {K::Departures, u"leave_on"_s, u"离城日期"_s, u"Leaves on"_s},
        {K::Departures, u"destination"_s, u"目的地"_s, u"Destination"_s},
        {K::Departures, u"reason"_s, u"事由"_s, u"Reason"_s},
        {K::Departures, u"planned_return_on"_s, u"计划返回日期"_s, u"Planned return"_s},
        {K::Departures, u"approved"_s, u"是否批准"_s, u"Approved"_s},
        {K::Departures, u"returned_on"_s, u"实际返回日期"_s, u"Returned on"_s},
        {K::Arrivals, u"company"_s, u"单位"_s, u"Company"_s},
        {K::Arrivals, u"name"_s, u"姓名"_s, u"Name"_s},
        {K::Arrivals, u"id_number"_s, u"身份证号"_s, u"ID number"_s},
        {K::Arrivals, u"arrived_on"_s, u"来返日期"_s, u"Arrived on"_s},
        {K::Arrivals, u"from_place"_s, u"来源地"_s, u"From"_s},
        {K::Arrivals, u"risk_level"_s, u"风险等级"_s, u"Risk level"_s},
        {K::Arrivals, u"health_code"_s, u"健康码"_s, u"Health code"_s},
        {K::Arrivals, u"measure"_s, u"管控措施"_s, u"Measure"_s},
        {K::Arrivals, u"observation_days"_s, u"观察天数"_s, u"Observation days"_s},
        {K::Arrivals, u"released_on"_s, u"解除日期"_s, u"Released on"_s},
        {K::HealthChecks, u"company"_s, u"单位"_s, u"Company"_s},
        {K::HealthChecks, u"name"_s, u"姓名"_s, u"Name"_s},
        {K::HealthChecks, u"id_number"_s, u"身份证号"_s, u"ID number"_s},
        {K::HealthChecks, u"date"_s, u"日期"_s, u"Date"_s},
        {K::HealthChecks, u"temperature"_s, u"体温"_s, u"Temperature"_s},
        {K::HealthChecks, u"symptoms"_s, u"症状"_s, u"Symptoms"_s},
    }));
    CAPTURE(int(kind), canonical);
    REQUIRE(HeaderMap::columns(kind).contains(canonical));
    CHECK(HeaderMap::label(kind, canonical) == english);
    // The label is a header the file may carry.
    CHECK(HeaderMap::canonicalFor(kind, chinese) == canonical);

    const seawall::test::Chinese zh;
    CHECK(HeaderMap::label(kind, canonical) == chinese);
}

TEST_CASE("csv header map: the table of labels covers every column of every kind", "[csv][headermap][labels]")
{
    // 52 columns in DOMAIN.md's table, a shift's remark, the 26 of the
    // readiness files (6 duty, 6 stocktakes, 8 trainings, 6 drills) and the
    // 25 of people on the move (9 + 10 + 6), all in the case above.
    qsizetype columns = 0;
    for (const FileKind kind : HeaderMap::kinds()) {
        for (const QString &canonical : HeaderMap::columns(kind)) {
            CAPTURE(int(kind), canonical);
            CHECK_FALSE(HeaderMap::label(kind, canonical).contains(u'_'));
            ++columns;
        }
    }
    CHECK(columns == 104);
}

TEST_CASE("csv header map: the fields that tell records apart", "[csv][headermap]")
{
    CHECK(HeaderMap::keyColumns(FileKind::Tests) == QStringList{u"id_number"_s, u"sampled_on"_s, u"site"_s});
    CHECK(HeaderMap::keyColumns(FileKind::Personnel) == QStringList{u"id_number"_s});
    CHECK(HeaderMap::keyColumns(FileKind::Inspections) == QStringList{u"code"_s, u"finding"_s});
    CHECK(HeaderMap::labels(FileKind::VolunteerShifts, HeaderMap::keyColumns(FileKind::VolunteerShifts))
          == u"ID number, Start"_s);
}

TEST_CASE("csv header map: kind codes", "[csv][headermap]")
{
    const auto [code, kind] = GENERATE(table<QString, int>({
        {u"companies"_s, int(FileKind::Companies)},
        {u"personnel"_s, int(FileKind::Personnel)},
        {u"tests"_s, int(FileKind::Tests)},
        {u"vaccinations"_s, int(FileKind::Vaccinations)},
        {u"Volunteer_Shifts"_s, int(FileKind::VolunteerShifts)},
        {u"inspections"_s, int(FileKind::Inspections)},
        {u"daily-reports"_s, int(FileKind::DailyReports)},
        {u"recipes"_s, -1},
    }));
    const std::optional<FileKind> parsed = parseFileKind(code);
    CHECK((parsed ? int(*parsed) : -1) == kind);
    if (parsed)
        CHECK(int(parseFileKind(toCode(*parsed)).value()) == kind);
}

TEST_CASE("csv header map: the kind of each sample file", "[csv][headermap][samples]")
{
    const auto [file, kind] = GENERATE(table<QString, int>({
        {u"companies.csv"_s, int(FileKind::Companies)},
        {u"personnel.csv"_s, int(FileKind::Personnel)},
        {u"tests.csv"_s, int(FileKind::Tests)},
        {u"vaccinations.csv"_s, int(FileKind::Vaccinations)},
        {u"volunteer_shifts.csv"_s, int(FileKind::VolunteerShifts)},
        {u"inspections.csv"_s, int(FileKind::Inspections)},
        {u"daily_reports.csv"_s, int(FileKind::DailyReports)},
    }));
    const QDir samples(QStringLiteral(SEAWALL_SAMPLES));
    if (!samples.exists()) {
        WARN("no samples folder at " << samples.path().toStdString() << ": skipped");
        return;
    }
    CAPTURE(file);
    QFile csv(samples.filePath(file));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    Encoding::Decoder decoder(csv);
    const seawall::Result<Layout> layout = Layout::detect(decoder);
    REQUIRE(layout.ok());
    CHECK(decoder.encodingName() == u"UTF-8"_s);
    CHECK(layout->delimiter == u',');
    CHECK(layout->headerLine == 1);
    CHECK(layout->trailingEmptyColumns.isEmpty());

    const std::optional<HeaderMap> map = HeaderMap::detect(layout->header);
    REQUIRE(map.has_value());
    CHECK(int(map->kind()) == kind);
    CHECK(map->isComplete());
    CHECK(map->unknownColumns().isEmpty());
    CHECK(map->mapping().size() == layout->header.size());

    // Every record after the header is data with as many fields.
    REQUIRE(csv.seek(0));
    CsvReader reader(csv, layout->delimiter, decoder.encodingName());
    Record record;
    qint64 data = 0;
    while (reader.next(record)) {
        if (layout->roleOf(record) != Layout::Role::Data)
            continue;
        ++data;
        if (record.fields.size() != layout->header.size())
            FAIL("line " << record.line << " has " << record.fields.size() << " fields");
    }
    CHECK_FALSE(reader.error().has_value());
    CHECK(data > 0);
}

TEST_CASE("csv values: width and invisible characters", "[csv][values]")
{
    const auto [cell, folded, clean] = GENERATE(table<QString, QString, QString>({
        {u"１２３"_s, u"123"_s, u"123"_s},
        {u"ＡＢＣ，"_s, u"ABC,"_s, u"ABC,"_s},
        {u"\u3000海通公司\u3000"_s, u" 海通公司 "_s, u"海通公司"_s},
        {u"\u200B３２０６１２ "_s, u"\u200B320612 "_s, u"320612"_s},
        {u"①号"_s, u"①号"_s, u"①号"_s},
    }));
    CAPTURE(cell);
    CHECK(Values::foldWidth(cell) == folded);
    CHECK(Values::cleaned(cell) == clean);
}

TEST_CASE("csv values: ID numbers that Excel turned into numbers", "[csv][values]")
{
    const auto [cell, scientific] = GENERATE(table<QString, bool>({
        {u"3.20612E+17"_s, true},
        {u"3.20612198311209E+17"_s, true},
        {u"3.20612e+17"_s, true},
        {u" ３.２０６１２Ｅ＋１７ "_s, true},
        {u"1.51011E+10"_s, true},
        // After a round trip through a number the last digits are 000: that
        // cannot be told from a real number and is left to the check digit.
        {u"320612198311208000"_s, false},
        {u"320612198311208861"_s, false},
        {u"E+17"_s, false},
        {u"3.2E"_s, false},
        {QString(), false},
    }));
    CAPTURE(cell);
    CHECK(Values::isScientificNumber(cell) == scientific);
}

TEST_CASE("csv values: ID number of a cell", "[csv][values]")
{
    SECTION("valid ones are normalized")
    {
        const auto [cell, expected] = GENERATE(table<QString, QString>({
            {u"320612198311208861"_s, u"320612198311208861"_s},
            {u" 32061219970812218x "_s, u"32061219970812218X"_s},
            {u"３２０６１２１９８３１１２０８８６１"_s, u"320612198311208861"_s},
        }));
        const seawall::Result<QString> id = Values::idNumber(cell);
        REQUIRE(id.ok());
        CHECK(id.value() == expected);
    }
    SECTION("a number in scientific notation must be typed again as text")
    {
        const seawall::Result<QString> id = Values::idNumber(u"3.20612E+17"_s);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == u"id_number"_s);
        // The message is IdNumber's own, not a second wording of it.
        CHECK(id.error().message == seawall::IdNumber::problem(u"3.20612E+17"_s).value_or(QString()));
        CHECK_THAT(id.error().message.toStdString(), Catch::Contains("Format the column as text"));
    }
}

TEST_CASE("csv values: head counts", "[csv][values]")
{
    const auto [cell, expected] = GENERATE(table<QString, int>({
        {u"285"_s, 285},
        {u"２８５"_s, 285},
        {u" 7 "_s, 7},
        {u"12.0"_s, 12},
        {u"0"_s, 0},
        {u"-1"_s, -1},
        {u"1.5"_s, -1},
        {u"abc"_s, -1},
        {QString(), -1},
    }));
    CAPTURE(cell);
    CHECK(Values::parseCount(cell).value_or(-1) == expected);
}
