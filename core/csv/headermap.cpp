// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv/headermap.h"

#include "core/util/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>

using namespace Qt::StringLiterals;

namespace seawall::csv {
namespace {

// A field's label as the user knows it: translated (context "Csv"), in
// Chinese the header the subsidiaries' files use.
struct Column
{
    QString canonical;
    const char *label;
    QStringList aliases; // besides the canonical name itself
    bool required = false;
    bool key = false; // part of the natural key of the kind's records
};

constexpr bool kRequired = true;
constexpr bool kKey = true;

struct KindColumns
{
    FileKind kind;
    QString code;
    QList<Column> columns;
};

// The aliases shared by several kinds. 单位名称 is the company of a person
// in a roster but the name of the company in a company list: aliases are
// looked up per kind, never across kinds.
const QStringList &companyAliases()
{
    static const QStringList aliases{u"单位"_s, u"所属单位"_s, u"所在单位"_s, u"单位名称"_s,
                                     u"公司"_s, u"公司名称"_s, u"company_name"_s};
    return aliases;
}

const QStringList &personNameAliases()
{
    static const QStringList aliases{u"姓名"_s, u"人员姓名"_s, u"职工姓名"_s};
    return aliases;
}

const QStringList &idNumberAliases()
{
    static const QStringList aliases{u"身份证号"_s, u"身份证号码"_s, u"身份证"_s,      u"证件号码"_s,
                                     u"证件号"_s,   u"公民身份号码"_s, u"id_no"_s, u"id_card"_s};
    return aliases;
}

// The columns that name the person a record is about, in a file of
// anything but the roster itself: the ID number is the key, the name and
// company are checked against the roster.
QList<Column> personColumns()
{
    return {
        {u"company"_s, QT_TRANSLATE_NOOP("Csv", "Company"), companyAliases()},
        {u"name"_s, QT_TRANSLATE_NOOP("Csv", "Name"), personNameAliases()},
        {u"id_number"_s, QT_TRANSLATE_NOOP("Csv", "ID number"), idNumberAliases(), kRequired, kKey},
    };
}

const std::array<KindColumns, 14> &table()
{
    static const std::array<KindColumns, 14> kinds{{
        {FileKind::Companies,
         u"companies"_s,
         {
             {u"code"_s, QT_TRANSLATE_NOOP("Csv", "Company code"), {u"单位编码"_s, u"单位代码"_s, u"编码"_s, u"代码"_s, u"company_code"_s}, kRequired, kKey},
             {u"name"_s, QT_TRANSLATE_NOOP("Csv", "Company name"), {u"单位名称"_s, u"公司名称"_s, u"名称"_s, u"company_name"_s}, kRequired},
             {u"parent_code"_s, QT_TRANSLATE_NOOP("Csv", "Parent company code"), {u"上级单位编码"_s, u"上级单位代码"_s, u"上级编码"_s, u"parent"_s}},
         }},
        {FileKind::Personnel,
         u"personnel"_s,
         {
             {u"company"_s, QT_TRANSLATE_NOOP("Csv", "Company"), companyAliases()},
             {u"department"_s, QT_TRANSLATE_NOOP("Csv", "Department"), {u"部门"_s, u"所在部门"_s, u"科室"_s, u"dept"_s}},
             {u"name"_s, QT_TRANSLATE_NOOP("Csv", "Name"), personNameAliases(), kRequired},
             {u"gender"_s, QT_TRANSLATE_NOOP("Csv", "Gender"), {u"性别"_s, u"sex"_s}},
             {u"id_number"_s, QT_TRANSLATE_NOOP("Csv", "ID number"), idNumberAliases(), kRequired, kKey},
             {u"phone"_s, QT_TRANSLATE_NOOP("Csv", "Mobile number"), {u"手机号"_s, u"手机号码"_s, u"手机"_s, u"联系电话"_s, u"电话"_s, u"mobile"_s}},
             {u"position"_s, QT_TRANSLATE_NOOP("Csv", "Position"), {u"岗位"_s, u"职务"_s, u"职位"_s}},
             {u"party_member"_s, QT_TRANSLATE_NOOP("Csv", "Party member"), {u"是否党员"_s, u"党员"_s}},
             {u"category"_s, QT_TRANSLATE_NOOP("Csv", "Category"), {u"人员类别"_s, u"人员类型"_s, u"类别"_s}},
             {u"joined_on"_s, QT_TRANSLATE_NOOP("Csv", "Joined on"), {u"入职日期"_s, u"入职时间"_s}},
             {u"left_on"_s, QT_TRANSLATE_NOOP("Csv", "Left on"), {u"离职日期"_s, u"离职时间"_s}},
         }},
        {FileKind::Tests,
         u"tests"_s,
         personColumns() + QList<Column>{
             {u"sampled_on"_s, QT_TRANSLATE_NOOP("Csv", "Sampled on"), {u"采样日期"_s, u"采样时间"_s, u"检测日期"_s, u"检测时间"_s}, kRequired, kKey},
             {u"site"_s, QT_TRANSLATE_NOOP("Csv", "Sampling site"), {u"采样点"_s, u"采样地点"_s}, false, kKey},
             {u"result"_s, QT_TRANSLATE_NOOP("Csv", "Result"), {u"检测结果"_s, u"核酸检测结果"_s, u"结果"_s}},
             {u"lab"_s, QT_TRANSLATE_NOOP("Csv", "Lab"), {u"检测机构"_s, u"检测单位"_s}},
         }},
        {FileKind::Vaccinations,
         u"vaccinations"_s,
         personColumns() + QList<Column>{
             {u"dose"_s, QT_TRANSLATE_NOOP("Csv", "Dose"), {u"剂次"_s, u"针次"_s, u"接种剂次"_s}, kRequired, kKey},
             {u"date"_s, QT_TRANSLATE_NOOP("Csv", "Vaccinated on"), {u"接种日期"_s, u"接种时间"_s, u"日期"_s}, kRequired},
             {u"manufacturer"_s, QT_TRANSLATE_NOOP("Csv", "Manufacturer"), {u"疫苗厂家"_s, u"生产厂家"_s, u"厂家"_s, u"生产企业"_s}},
             {u"place"_s, QT_TRANSLATE_NOOP("Csv", "Vaccinated at"), {u"接种单位"_s, u"接种地点"_s, u"接种点"_s}},
         }},
        {FileKind::VolunteerShifts,
         u"volunteer_shifts"_s,
         personColumns() + QList<Column>{
             {u"team"_s, QT_TRANSLATE_NOOP("Csv", "Team"), {u"队伍"_s, u"志愿队伍"_s, u"服务队"_s}},
             {u"site"_s, QT_TRANSLATE_NOOP("Csv", "Service site"), {u"服务点"_s, u"服务地点"_s}},
             {u"start"_s, QT_TRANSLATE_NOOP("Csv", "Start"), {u"开始时间"_s, u"服务开始时间"_s}, kRequired, kKey},
             {u"end"_s, QT_TRANSLATE_NOOP("Csv", "End"), {u"结束时间"_s, u"服务结束时间"_s}},
             {u"task"_s, QT_TRANSLATE_NOOP("Csv", "Task"), {u"任务"_s, u"服务内容"_s, u"工作内容"_s}},
             {u"remark"_s, QT_TRANSLATE_NOOP("Csv", "Remark"), {u"备注"_s, u"说明"_s}},
         }},
        {FileKind::Inspections,
         u"inspections"_s,
         {
             {u"code"_s, QT_TRANSLATE_NOOP("Csv", "Inspection code"), {u"检查编号"_s, u"督查编号"_s}, kRequired, kKey},
             {u"date"_s, QT_TRANSLATE_NOOP("Csv", "Inspection date"), {u"检查日期"_s, u"检查时间"_s, u"日期"_s}, kRequired},
             {u"company"_s, QT_TRANSLATE_NOOP("Csv", "Inspected company"), {u"被检单位"_s, u"被检查单位"_s, u"受检单位"_s}, kRequired},
             {u"method"_s, QT_TRANSLATE_NOOP("Csv", "Method"), {u"检查方式"_s, u"检查形式"_s}},
             {u"inspector"_s, QT_TRANSLATE_NOOP("Csv", "Inspector"), {u"检查人"_s, u"检查人员"_s}},
             {u"finding"_s, QT_TRANSLATE_NOOP("Csv", "Finding"), {u"发现问题"_s, u"存在问题"_s, u"问题描述"_s}, false, kKey},
             {u"deadline"_s, QT_TRANSLATE_NOOP("Csv", "Deadline"), {u"整改期限"_s, u"整改时限"_s}},
             {u"status"_s, QT_TRANSLATE_NOOP("Csv", "Status"), {u"整改状态"_s, u"整改情况"_s}},
         }},
        {FileKind::DailyReports,
         u"daily_reports"_s,
         {
             {u"date"_s, QT_TRANSLATE_NOOP("Csv", "Date"), {u"日期"_s, u"报告日期"_s, u"填报日期"_s}, kRequired, kKey},
             {u"company"_s, QT_TRANSLATE_NOOP("Csv", "Company"), companyAliases(), kRequired, kKey},
             {u"on_duty"_s, QT_TRANSLATE_NOOP("Csv", "On duty"), {u"在岗人数"_s}},
             {u"away"_s, QT_TRANSLATE_NOOP("Csv", "Away"), {u"外出人数"_s}},
             {u"arrivals"_s, QT_TRANSLATE_NOOP("Csv", "Arrivals"), {u"外来人员"_s, u"外来人数"_s, u"外来人员数"_s}},
             {u"under_observation"_s, QT_TRANSLATE_NOOP("Csv", "Under observation"), {u"隔离观察人数"_s, u"隔离人数"_s, u"医学观察人数"_s}},
             {u"tests_done"_s, QT_TRANSLATE_NOOP("Csv", "Tests done"), {u"核酸检测人次"_s, u"检测人次"_s}},
             {u"anomalies"_s, QT_TRANSLATE_NOOP("Csv", "Anomalies"), {u"异常情况"_s, u"异常"_s}},
         }},
        {FileKind::Duty,
         u"duty"_s,
         {
             {u"date"_s, QT_TRANSLATE_NOOP("Csv", "Date"), {u"日期"_s, u"值班日期"_s}, kRequired, kKey},
             {u"company"_s, QT_TRANSLATE_NOOP("Csv", "Company"), companyAliases(), kRequired, kKey},
             {u"shift"_s, QT_TRANSLATE_NOOP("Csv", "Shift"), {u"班次"_s, u"值班班次"_s}, kRequired, kKey},
             {u"person"_s, QT_TRANSLATE_NOOP("Csv", "Person on duty"), {u"值班人员"_s, u"值班人"_s, u"值班员"_s}, kRequired},
             {u"phone"_s, QT_TRANSLATE_NOOP("Csv", "Contact phone"), {u"联系电话"_s, u"值班电话"_s, u"电话"_s, u"手机号"_s}},
             {u"leader"_s, QT_TRANSLATE_NOOP("Csv", "Leader on duty"), {u"带班领导"_s, u"值班领导"_s}},
         }},
        {FileKind::Stocktakes,
         u"stocktakes"_s,
         {
             {u"company"_s, QT_TRANSLATE_NOOP("Csv", "Company"), companyAliases(), kRequired, kKey},
             {u"item"_s, QT_TRANSLATE_NOOP("Csv", "Item"), {u"物资名称"_s, u"物资"_s, u"品名"_s}, kRequired, kKey},
             {u"unit"_s, QT_TRANSLATE_NOOP("Csv", "Unit of measure"), {u"计量单位"_s, u"规格单位"_s}},
             {u"date"_s, QT_TRANSLATE_NOOP("Csv", "Stocktake date"), {u"盘点日期"_s, u"日期"_s}, kRequired, kKey},
             {u"quantity"_s, QT_TRANSLATE_NOOP("Csv", "Quantity on hand"), {u"库存数量"_s, u"库存"_s, u"数量"_s}, kRequired},
             {u"minimum"_s, QT_TRANSLATE_NOOP("Csv", "Minimum reserve"), {u"最低储备"_s, u"最低储备量"_s, u"储备下限"_s}},
         }},
        {FileKind::Trainings,
         u"trainings"_s,
         personColumns() + QList<Column>{
             {u"course"_s, QT_TRANSLATE_NOOP("Csv", "Course"), {u"培训项目"_s, u"培训内容"_s, u"课程"_s}, kRequired, kKey},
             {u"exam_on"_s, QT_TRANSLATE_NOOP("Csv", "Exam date"), {u"考试日期"_s, u"考核日期"_s}, kRequired},
             {u"passed"_s, QT_TRANSLATE_NOOP("Csv", "Passed"), {u"是否合格"_s, u"考试结果"_s, u"合格"_s}},
             {u"certificate_no"_s, QT_TRANSLATE_NOOP("Csv", "Certificate number"), {u"证书编号"_s, u"合格证编号"_s}},
             {u"valid_until"_s, QT_TRANSLATE_NOOP("Csv", "Valid until"), {u"有效期至"_s, u"有效期"_s, u"证书有效期"_s}},
         }},
        {FileKind::Drills,
         u"drills"_s,
         {
             {u"date"_s, QT_TRANSLATE_NOOP("Csv", "Date"), {u"日期"_s, u"演练日期"_s}, kRequired, kKey},
             {u"company"_s, QT_TRANSLATE_NOOP("Csv", "Company"), companyAliases(), kRequired, kKey},
             {u"title"_s, QT_TRANSLATE_NOOP("Csv", "Drill"), {u"演练名称"_s, u"演练项目"_s}, kRequired, kKey},
             {u"type"_s, QT_TRANSLATE_NOOP("Csv", "Drill type"), {u"演练类型"_s, u"类型"_s}},
             {u"participants"_s, QT_TRANSLATE_NOOP("Csv", "Participants"), {u"参加人数"_s, u"参演人数"_s}},
             {u"notes"_s, QT_TRANSLATE_NOOP("Csv", "Notes"), {u"情况说明"_s, u"备注"_s, u"说明"_s}},
         }},
        {FileKind::Departures,
         u"departures"_s,
         personColumns() + QList<Column>{
             {u"leave_on"_s, QT_TRANSLATE_NOOP("Csv", "Leaves on"), {u"离城日期"_s, u"离开日期"_s, u"外出日期"_s, u"出发日期"_s}, kRequired, kKey},
             {u"destination"_s, QT_TRANSLATE_NOOP("Csv", "Destination"), {u"目的地"_s, u"前往地"_s, u"去向"_s}},
             {u"reason"_s, QT_TRANSLATE_NOOP("Csv", "Reason"), {u"事由"_s, u"外出事由"_s, u"离城事由"_s}},
             {u"planned_return_on"_s, QT_TRANSLATE_NOOP("Csv", "Planned return"), {u"计划返回日期"_s, u"预计返回日期"_s, u"计划返城日期"_s}},
             {u"approved"_s, QT_TRANSLATE_NOOP("Csv", "Approved"), {u"是否批准"_s, u"审批结果"_s, u"批准"_s}},
             {u"returned_on"_s, QT_TRANSLATE_NOOP("Csv", "Returned on"), {u"实际返回日期"_s, u"返回日期"_s, u"返城日期"_s}},
         }},
        {FileKind::Arrivals,
         u"arrivals"_s,
         personColumns() + QList<Column>{
             {u"arrived_on"_s, QT_TRANSLATE_NOOP("Csv", "Arrived on"), {u"来返日期"_s, u"来通日期"_s, u"返通日期"_s, u"抵达日期"_s, u"到达日期"_s}, kRequired, kKey},
             {u"from_place"_s, QT_TRANSLATE_NOOP("Csv", "From"), {u"来源地"_s, u"出发地"_s, u"来自"_s, u"from"_s}},
             {u"risk_level"_s, QT_TRANSLATE_NOOP("Csv", "Risk level"), {u"风险等级"_s, u"风险地区等级"_s}},
             {u"health_code"_s, QT_TRANSLATE_NOOP("Csv", "Health code"), {u"健康码"_s, u"健康码颜色"_s}},
             {u"measure"_s, QT_TRANSLATE_NOOP("Csv", "Measure"), {u"管控措施"_s, u"管控方式"_s, u"防控措施"_s}},
             {u"observation_days"_s, QT_TRANSLATE_NOOP("Csv", "Observation days"), {u"观察天数"_s, u"隔离天数"_s, u"监测天数"_s}},
             {u"released_on"_s, QT_TRANSLATE_NOOP("Csv", "Released on"), {u"解除日期"_s, u"解除隔离日期"_s, u"解除观察日期"_s}},
         }},
        {FileKind::HealthChecks,
         u"health_checks"_s,
         personColumns() + QList<Column>{
             {u"date"_s, QT_TRANSLATE_NOOP("Csv", "Date"), {u"日期"_s, u"监测日期"_s, u"测温日期"_s}, kRequired, kKey},
             {u"temperature"_s, QT_TRANSLATE_NOOP("Csv", "Temperature"), {u"体温"_s, u"体温(℃)"_s, u"温度"_s}},
             {u"symptoms"_s, QT_TRANSLATE_NOOP("Csv", "Symptoms"), {u"症状"_s, u"异常症状"_s, u"健康状况"_s}},
         }},
    }};
    return kinds;
}

const KindColumns &columnsOf(FileKind kind)
{
    const auto &kinds = table();
    return *std::find_if(kinds.cbegin(), kinds.cend(),
                         [kind](const KindColumns &k) { return k.kind == kind; });
}

// Header cells compare without case, width, blanks, underscores or hyphens
// (ID Number, id_number, 身份证 号), and without the star that templates put
// before required columns or the invisible characters of pasted text.
QString headerKey(const QString &cell)
{
    QString key = foldLabel(cell);
    key.removeIf([](QChar c) {
        return c.isSpace() || c == u'_' || c == u'-' || c.category() == QChar::Other_Format;
    });
    while (key.startsWith(u'*'))
        key.remove(0, 1);
    return key;
}

// Per kind: header key to canonical name.
const QHash<QString, QString> &aliasIndex(FileKind kind)
{
    static const auto index = [] {
        QHash<FileKind, QHash<QString, QString>> all;
        for (const KindColumns &k : table()) {
            QHash<QString, QString> &keys = all[k.kind];
            for (const Column &column : k.columns) {
                keys.insert(headerKey(column.canonical), column.canonical);
                for (const QString &alias : column.aliases)
                    keys.insert(headerKey(alias), column.canonical);
            }
        }
        return all;
    }();
    return *index.find(kind);
}

} // namespace

QString toCode(FileKind kind) { return columnsOf(kind).code; }

std::optional<FileKind> parseFileKind(const QString &code)
{
    const QString folded = foldLabel(code).replace(u'-', u'_');
    for (const KindColumns &k : table())
        if (k.code == folded)
            return k.kind;
    return std::nullopt;
}

QString displayName(FileKind kind)
{
    switch (kind) {
    case FileKind::Companies: return QCoreApplication::translate("Csv", "Companies");
    case FileKind::Personnel: return QCoreApplication::translate("Csv", "Personnel");
    case FileKind::Tests: return QCoreApplication::translate("Csv", "Nucleic-acid tests");
    case FileKind::Vaccinations: return QCoreApplication::translate("Csv", "Vaccinations");
    case FileKind::VolunteerShifts: return QCoreApplication::translate("Csv", "Volunteer shifts");
    case FileKind::Inspections: return QCoreApplication::translate("Csv", "Inspections");
    case FileKind::DailyReports: return QCoreApplication::translate("Csv", "Daily reports");
    case FileKind::Duty: return QCoreApplication::translate("Csv", "Duty");
    case FileKind::Stocktakes: return QCoreApplication::translate("Csv", "Supplies stocktakes");
    case FileKind::Trainings: return QCoreApplication::translate("Csv", "Trainings");
    case FileKind::Drills: return QCoreApplication::translate("Csv", "Drills");
    case FileKind::Departures: return QCoreApplication::translate("Csv", "Departures");
    case FileKind::Arrivals: return QCoreApplication::translate("Csv", "Arrivals");
    case FileKind::HealthChecks: return QCoreApplication::translate("Csv", "Health checks");
    }
    return {};
}

HeaderMap::HeaderMap(FileKind kind, const QStringList &header) : m_kind(kind), m_header(header)
{
    const QHash<QString, QString> &index = aliasIndex(kind);
    QSet<QString> taken;
    for (int column = 0; column < int(header.size()); ++column) {
        const QString canonical = index.value(headerKey(header.at(column)));
        // Two columns for one field (手机号 and 联系电话): the first is used.
        if (!canonical.isEmpty() && !taken.contains(canonical)) {
            m_mapping.insert(column, canonical);
            taken.insert(canonical);
        }
    }
}

std::optional<HeaderMap> HeaderMap::detect(const QStringList &header)
{
    // The most recognised columns win; on a tie a kind with all its
    // required columns, then the kind whose columns are best covered. The
    // count comes first so that a test file without its date column is
    // reported as such rather than read as a roster (it has name and ID
    // number, all a roster needs).
    std::optional<HeaderMap> best;
    auto rank = [](const HeaderMap &map) {
        const auto recognised = map.m_mapping.size();
        const double coverage = double(recognised) / double(columns(map.m_kind).size());
        return std::make_tuple(recognised, map.isComplete(), coverage);
    };
    for (const FileKind kind : kinds()) {
        HeaderMap candidate(kind, header);
        // A kind is named by one of the columns it needs, not by a remark alone.
        const bool named = candidate.missingRequired().size() < requiredColumns(kind).size();
        if (named && (!best || rank(candidate) > rank(*best)))
            best = std::move(candidate);
    }
    return best;
}

std::optional<HeaderMap> HeaderMap::of(std::optional<FileKind> kind, const QStringList &header)
{
    if (kind)
        return HeaderMap(*kind, header);
    return detect(header);
}

QList<FileKind> HeaderMap::kinds()
{
    QList<FileKind> result;
    for (const KindColumns &k : table())
        result.append(k.kind);
    return result;
}

QStringList HeaderMap::columns(FileKind kind)
{
    QStringList result;
    for (const Column &column : columnsOf(kind).columns)
        result.append(column.canonical);
    return result;
}

QString HeaderMap::label(FileKind kind, const QString &canonical)
{
    for (const Column &column : columnsOf(kind).columns)
        if (column.canonical == canonical)
            return QCoreApplication::translate("Csv", column.label);
    return canonical;
}

QString HeaderMap::templateHeader(FileKind kind, const QString &canonical)
{
    for (const Column &column : columnsOf(kind).columns) {
        if (column.canonical != canonical)
            continue;
        for (const QString &alias : column.aliases)
            if (std::any_of(alias.cbegin(), alias.cend(), [](QChar c) { return c.script() == QChar::Script_Han; }))
                return alias;
    }
    return label(kind, canonical);
}

QString HeaderMap::labels(FileKind kind, const QStringList &canonical)
{
    QStringList named;
    for (const QString &name : canonical)
        named << label(kind, name);
    // A list of fields: 身份证号、采样日期、采样点 in Chinese.
    return named.join(QCoreApplication::translate("Csv", ", "));
}

namespace {

// The canonical names of a kind's columns marked `flag`, in order.
QStringList canonicalWith(FileKind kind, bool Column::*flag)
{
    QStringList result;
    for (const Column &column : columnsOf(kind).columns)
        if (column.*flag)
            result.append(column.canonical);
    return result;
}

} // namespace

QStringList HeaderMap::keyColumns(FileKind kind) { return canonicalWith(kind, &Column::key); }

QStringList HeaderMap::requiredColumns(FileKind kind) { return canonicalWith(kind, &Column::required); }

QString HeaderMap::canonicalFor(FileKind kind, const QString &headerCell)
{
    return aliasIndex(kind).value(headerKey(headerCell));
}

bool HeaderMap::isIgnored(const QString &headerCell)
{
    static const QSet<QString> ignored{u"序号"_s, u"行号"_s, u"no"_s, u"no."_s, u"#"_s};
    return ignored.contains(headerKey(headerCell));
}

int HeaderMap::column(const QString &canonical) const
{
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it)
        if (it.value() == canonical)
            return it.key();
    return -1;
}

QList<int> HeaderMap::unknownColumns() const
{
    QList<int> result;
    for (int column = 0; column < int(m_header.size()); ++column)
        if (!m_mapping.contains(column) && !isIgnored(m_header.at(column)))
            result.append(column);
    return result;
}

QStringList HeaderMap::missingRequired() const
{
    QStringList result;
    for (const QString &canonical : requiredColumns(m_kind))
        if (column(canonical) < 0)
            result.append(canonical);
    return result;
}

Status HeaderMap::apply(const QHash<int, QString> &confirmed)
{
    const QStringList known = columns(m_kind);
    QSet<QString> chosen;
    for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it) {
        const QString number = QString::number(it.key() + 1);
        if (it.key() < 0 || it.key() >= int(m_header.size())) {
            const QString message = QCoreApplication::translate("Csv", "Column %1 is not in the file.");
            return Error::invalid(QString(), message.arg(number));
        }
        if (it.value().isEmpty())
            continue;
        if (!known.contains(it.value()))
            return Error::invalid(it.value(),
                                  QCoreApplication::translate("Csv", "Column %1: “%2” is not a field of this "
                                                                     "kind of file (%3).")
                                      .arg(number, it.value(), displayName(m_kind)));
        if (chosen.contains(it.value())) {
            const QString message = QCoreApplication::translate("Csv", "Two columns are mapped to “%1”; choose one.");
            return Error::invalid(it.value(), message.arg(label(m_kind, it.value())));
        }
        chosen.insert(it.value());
    }
    for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it) {
        m_mapping.remove(it.key());
        if (it.value().isEmpty())
            continue;
        if (const int previous = column(it.value()); previous >= 0)
            m_mapping.remove(previous);
        m_mapping.insert(it.key(), it.value());
    }
    return {};
}

QJsonObject HeaderMap::toJson() const
{
    QJsonArray columnsArray;
    for (int column = 0; column < int(m_header.size()); ++column) {
        const auto it = m_mapping.constFind(column);
        columnsArray.append(QJsonObject{
            {u"column"_s, column},
            {u"header"_s, m_header.at(column)},
            {u"maps_to"_s, it == m_mapping.cend() ? QJsonValue(QJsonValue::Null) : QJsonValue(*it)},
        });
    }
    return {{u"kind"_s, toCode(m_kind)}, {u"columns"_s, columnsArray}};
}

std::optional<HeaderMap> HeaderMap::fromJson(const QJsonObject &object)
{
    const std::optional<FileKind> kind = parseFileKind(object.value(u"kind"_s).toString());
    const QJsonValue columnsValue = object.value(u"columns"_s);
    if (!kind || !columnsValue.isArray())
        return std::nullopt;
    const QStringList known = columns(*kind);
    HeaderMap map;
    map.m_kind = *kind;
    const QJsonArray columnsArray = columnsValue.toArray();
    for (const QJsonValue &value : columnsArray) {
        const QJsonObject entry = value.toObject();
        const int column = entry.value(u"column"_s).toInt(-1);
        const QJsonValue mapsTo = entry.value(u"maps_to"_s);
        // Columns are written in order; one out of place means an edited
        // or foreign file rather than a mapping this program wrote.
        if (column != int(map.m_header.size()) || !entry.value(u"header"_s).isString())
            return std::nullopt;
        map.m_header.append(entry.value(u"header"_s).toString());
        if (mapsTo.isNull() || mapsTo.isUndefined())
            continue;
        if (!mapsTo.isString() || !known.contains(mapsTo.toString()) || map.column(mapsTo.toString()) >= 0)
            return std::nullopt;
        map.m_mapping.insert(column, mapsTo.toString());
    }
    return map;
}

} // namespace seawall::csv
