// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/enums.h"

#include "core/util/text.h"

#include <QCoreApplication>
#include <QStringList>

#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// One row per value: its stored code, the name it is shown by (translated
// in the "Enums" context; none for a value shown blank), then every label
// accepted from files.
template <typename E>
struct Labels
{
    E value;
    QString code;
    const char *name;
    QStringList accepted;
};

template <typename E>
using Table = std::vector<Labels<E>>;

// The table of every enumeration, made once.
const auto &tables()
{
    static const std::tuple<Table<PersonCategory>, Table<Gender>, Table<TestResult>, Table<Dose>,
                                   Table<InspectionMethod>, Table<FindingStatus>, Table<ReportEdition>, Table<DutyShift>,
                                   Table<RiskLevel>, Table<DrillType>, Table<HealthCode>, Table<ObservationMeasure>>
        all{
        Table<PersonCategory>{
            {PersonCategory::Staff, u"staff"_s, QT_TRANSLATE_NOOP("Enums", "Staff"), {u"在编"_s, u"正式"_s, u"在职"_s}},
            {PersonCategory::Dispatched, u"dispatched"_s, QT_TRANSLATE_NOOP("Enums", "Dispatched"), {u"劳务派遣"_s, u"派遣"_s}},
            {PersonCategory::Outsourced, u"outsourced"_s, QT_TRANSLATE_NOOP("Enums", "Outsourced"), {u"外包"_s}},
            {PersonCategory::Family, u"family"_s, QT_TRANSLATE_NOOP("Enums", "Family"), {u"家属"_s}},
            {PersonCategory::External, u"external"_s, QT_TRANSLATE_NOOP("Enums", "External"), {u"外部"_s}},
        },
        Table<Gender>{
            {Gender::Unknown, u"unknown"_s, nullptr, {QString()}},
            {Gender::Male, u"male"_s, QT_TRANSLATE_NOOP("Enums", "Male"), {u"男"_s, u"m"_s}},
            {Gender::Female, u"female"_s, QT_TRANSLATE_NOOP("Enums", "Female"), {u"女"_s, u"f"_s}},
        },
        Table<TestResult>{
            {TestResult::Negative, u"negative"_s, QT_TRANSLATE_NOOP("Enums", "Negative"), {u"阴性"_s, u"阴"_s, u"-"_s}},
            {TestResult::Positive, u"positive"_s, QT_TRANSLATE_NOOP("Enums", "Positive"), {u"阳性"_s, u"阳"_s, u"+"_s}},
            {TestResult::Pending, u"pending"_s, QT_TRANSLATE_NOOP("Enums", "Pending"), {u"待出"_s, u"待出结果"_s, u"待定"_s, u"检测中"_s}},
        },
        Table<Dose>{
            {Dose::First, u"first"_s, QT_TRANSLATE_NOOP("Enums", "First dose"), {u"第一针"_s, u"第1针"_s, u"1"_s, u"dose 1"_s}},
            {Dose::Second, u"second"_s, QT_TRANSLATE_NOOP("Enums", "Second dose"), {u"第二针"_s, u"第2针"_s, u"2"_s, u"dose 2"_s}},
            {Dose::Third, u"third"_s, QT_TRANSLATE_NOOP("Enums", "Third dose"), {u"第三针"_s, u"第3针"_s, u"3"_s, u"dose 3"_s}},
            {Dose::Booster, u"booster"_s, QT_TRANSLATE_NOOP("Enums", "Booster"), {u"加强针"_s, u"加强"_s}},
        },
        Table<InspectionMethod>{
            {InspectionMethod::Unannounced, u"unannounced"_s, QT_TRANSLATE_NOOP("Enums", "Unannounced"), {u"四不两直"_s}},
            {InspectionMethod::Regular, u"regular"_s, QT_TRANSLATE_NOOP("Enums", "Regular inspection"), {u"定期检查"_s}},
            {InspectionMethod::Special, u"special"_s, QT_TRANSLATE_NOOP("Enums", "Special inspection"), {u"专项督查"_s, u"专项检查"_s}},
        },
        Table<FindingStatus>{
            {FindingStatus::Open, u"open"_s, QT_TRANSLATE_NOOP("Enums", "Being rectified"), {u"整改中"_s, u"未整改"_s}},
            {FindingStatus::Rectified, u"rectified"_s, QT_TRANSLATE_NOOP("Enums", "Rectified"), {u"已整改"_s}},
        },
        Table<ReportEdition>{
            {ReportEdition::Morning, u"morning"_s, QT_TRANSLATE_NOOP("Enums", "Morning"), {u"早报"_s, u"上午"_s, u"早"_s}},
            {ReportEdition::Evening, u"evening"_s, QT_TRANSLATE_NOOP("Enums", "Evening"), {u"晚报"_s, u"下午"_s, u"晚"_s}},
        },
        Table<DutyShift>{
            {DutyShift::Day, u"day"_s, QT_TRANSLATE_NOOP("Enums", "Day shift"), {u"白班"_s, u"日班"_s, u"白天"_s}},
            {DutyShift::Night, u"night"_s, QT_TRANSLATE_NOOP("Enums", "Night shift"), {u"夜班"_s, u"晚班"_s, u"夜间"_s}},
            {DutyShift::FullDay, u"full_day"_s, QT_TRANSLATE_NOOP("Enums", "Full day"), {u"全天"_s, u"24小时"_s, u"全日"_s, u"full day"_s, u"24h"_s}},
        },
        Table<RiskLevel>{
            {RiskLevel::None, u"none"_s, QT_TRANSLATE_NOOP("Enums", "None"), {u"无"_s, u"无风险"_s, u"常态化"_s}},
            {RiskLevel::Low, u"low"_s, QT_TRANSLATE_NOOP("Enums", "Low risk"), {u"低风险"_s, u"低"_s, u"低风险区"_s}},
            {RiskLevel::Medium, u"medium"_s, QT_TRANSLATE_NOOP("Enums", "Medium risk"), {u"中风险"_s, u"中"_s, u"中风险区"_s}},
            {RiskLevel::High, u"high"_s, QT_TRANSLATE_NOOP("Enums", "High risk"), {u"高风险"_s, u"高"_s, u"高风险区"_s}},
        },
        Table<DrillType>{
            {DrillType::MassTesting, u"mass_testing"_s, QT_TRANSLATE_NOOP("Enums", "Mass testing drill"), {u"全员核酸检测演练"_s, u"核酸检测演练"_s}},
            {DrillType::Emergency, u"emergency"_s, QT_TRANSLATE_NOOP("Enums", "Emergency response drill"), {u"应急处置演练"_s, u"应急演练"_s}},
            {DrillType::SchoolOpening, u"school_opening"_s, QT_TRANSLATE_NOOP("Enums", "School opening drill"), {u"开学流程演练"_s, u"开学演练"_s}},
            {DrillType::Other, u"other"_s, QT_TRANSLATE_NOOP("Enums", "Other"), {u"其他"_s, u"其它"_s}},
        },
        Table<HealthCode>{
            {HealthCode::Green, u"green"_s, QT_TRANSLATE_NOOP("Enums", "Green code"), {u"绿码"_s, u"绿"_s}},
            {HealthCode::Yellow, u"yellow"_s, QT_TRANSLATE_NOOP("Enums", "Yellow code"), {u"黄码"_s, u"黄"_s}},
            {HealthCode::Red, u"red"_s, QT_TRANSLATE_NOOP("Enums", "Red code"), {u"红码"_s, u"红"_s}},
        },
        Table<ObservationMeasure>{
            {ObservationMeasure::None, u"none"_s, QT_TRANSLATE_NOOP("Enums", "None"), {u"无"_s, u"无需管控"_s}},
            {ObservationMeasure::HomeMonitoring, u"home"_s, QT_TRANSLATE_NOOP("Enums", "Home health monitoring"),
             {u"居家健康监测"_s, u"居家监测"_s, u"居家观察"_s, u"居家隔离"_s, u"居家隔离医学观察"_s}},
            {ObservationMeasure::Quarantine, u"quarantine"_s, QT_TRANSLATE_NOOP("Enums", "Centralised quarantine"),
             {u"集中隔离"_s, u"集中隔离医学观察"_s, u"集中观察"_s}},
        },
    };
    return all;
}

template <typename E>
const Table<E> &table()
{
    return std::get<Table<E>>(tables());
}

template <typename E>
const Labels<E> *rowOf(E value)
{
    for (const auto &row : table<E>())
        if (row.value == value)
            return &row;
    return nullptr;
}

template <typename E>
QString codeOf(E value)
{
    const Labels<E> *row = rowOf(value);
    return row ? row->code : QString();
}

template <typename E>
QString nameOf(E value)
{
    const Labels<E> *row = rowOf(value);
    return row && row->name ? QCoreApplication::translate("Enums", row->name) : QString();
}

template <typename E>
std::optional<E> parseWith(const QString &text)
{
    const QString folded = foldLabel(text);
    for (const auto &row : table<E>()) {
        if (folded == row.code)
            return row.value;
        for (const QString &label : row.accepted)
            if (folded == label)
                return row.value;
    }
    return std::nullopt;
}

template <typename E>
QList<E> valuesOf()
{
    QList<E> values;
    for (const auto &row : table<E>())
        values << row.value;
    return values;
}

} // namespace

template <> std::optional<PersonCategory> parseEnum<PersonCategory>(const QString &t) { return parseWith<PersonCategory>(t); }
template <> std::optional<Gender> parseEnum<Gender>(const QString &t) { return parseWith<Gender>(t); }
template <> std::optional<TestResult> parseEnum<TestResult>(const QString &t) { return parseWith<TestResult>(t); }
template <> std::optional<Dose> parseEnum<Dose>(const QString &t) { return parseWith<Dose>(t); }
template <> std::optional<InspectionMethod> parseEnum<InspectionMethod>(const QString &t) { return parseWith<InspectionMethod>(t); }
template <> std::optional<FindingStatus> parseEnum<FindingStatus>(const QString &t) { return parseWith<FindingStatus>(t); }
template <> std::optional<ReportEdition> parseEnum<ReportEdition>(const QString &t) { return parseWith<ReportEdition>(t); }
template <> std::optional<DutyShift> parseEnum<DutyShift>(const QString &t) { return parseWith<DutyShift>(t); }
template <> std::optional<RiskLevel> parseEnum<RiskLevel>(const QString &t) { return parseWith<RiskLevel>(t); }
template <> std::optional<DrillType> parseEnum<DrillType>(const QString &t) { return parseWith<DrillType>(t); }
template <> std::optional<HealthCode> parseEnum<HealthCode>(const QString &t) { return parseWith<HealthCode>(t); }
template <> std::optional<ObservationMeasure> parseEnum<ObservationMeasure>(const QString &t) { return parseWith<ObservationMeasure>(t); }
template <> QList<PersonCategory> enumValues<PersonCategory>() { return valuesOf<PersonCategory>(); }
template <> QList<Gender> enumValues<Gender>() { return valuesOf<Gender>(); }
template <> QList<TestResult> enumValues<TestResult>() { return valuesOf<TestResult>(); }
template <> QList<Dose> enumValues<Dose>() { return valuesOf<Dose>(); }
template <> QList<InspectionMethod> enumValues<InspectionMethod>() { return valuesOf<InspectionMethod>(); }
template <> QList<FindingStatus> enumValues<FindingStatus>() { return valuesOf<FindingStatus>(); }
template <> QList<ReportEdition> enumValues<ReportEdition>() { return valuesOf<ReportEdition>(); }
template <> QList<DutyShift> enumValues<DutyShift>() { return valuesOf<DutyShift>(); }
template <> QList<RiskLevel> enumValues<RiskLevel>() { return valuesOf<RiskLevel>(); }
template <> QList<DrillType> enumValues<DrillType>() { return valuesOf<DrillType>(); }
template <> QList<HealthCode> enumValues<HealthCode>() { return valuesOf<HealthCode>(); }
template <> QList<ObservationMeasure> enumValues<ObservationMeasure>() { return valuesOf<ObservationMeasure>(); }

QString toCode(PersonCategory value) { return codeOf(value); }
QString toCode(Gender value) { return codeOf(value); }
QString toCode(TestResult value) { return codeOf(value); }
QString toCode(Dose value) { return codeOf(value); }
QString toCode(InspectionMethod value) { return codeOf(value); }
QString toCode(FindingStatus value) { return codeOf(value); }
QString toCode(ReportEdition value) { return codeOf(value); }
QString toCode(DutyShift value) { return codeOf(value); }
QString toCode(RiskLevel value) { return codeOf(value); }
QString toCode(DrillType value) { return codeOf(value); }
QString toCode(HealthCode value) { return codeOf(value); }
QString toCode(ObservationMeasure value) { return codeOf(value); }

QString displayName(PersonCategory value) { return nameOf(value); }
QString displayName(Gender value) { return nameOf(value); }
QString displayName(TestResult value) { return nameOf(value); }
QString displayName(Dose value) { return nameOf(value); }
QString displayName(InspectionMethod value) { return nameOf(value); }
QString displayName(FindingStatus value) { return nameOf(value); }
QString displayName(ReportEdition value) { return nameOf(value); }
QString displayName(DutyShift value) { return nameOf(value); }
QString displayName(RiskLevel value) { return nameOf(value); }
QString displayName(DrillType value) { return nameOf(value); }
QString displayName(HealthCode value) { return nameOf(value); }
QString displayName(ObservationMeasure value) { return nameOf(value); }

std::optional<bool> parseYesNo(const QString &text)
{
    static const QStringList yes{u"是"_s, u"y"_s, u"yes"_s, u"true"_s, u"1"_s, u"党员"_s};
    static const QStringList no{u"否"_s, u"n"_s, u"no"_s, u"false"_s, u"0"_s, QString()};
    const QString folded = foldLabel(text);
    if (yes.contains(folded))
        return true;
    if (no.contains(folded))
        return false;
    return std::nullopt;
}

bool isPrimaryDose(Dose dose) { return dose != Dose::Booster; }

} // namespace seawall
