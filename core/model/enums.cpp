// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/enums.h"

#include "core/util/text.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// One row per value: stored code, then every label accepted from files.
template <typename E>
struct Labels
{
    E value;
    QString code;
    QStringList accepted;
};

template <typename E, std::size_t N>
QString codeOf(const std::array<Labels<E>, N> &table, E value)
{
    for (const auto &row : table)
        if (row.value == value)
            return row.code;
    return {};
}

template <typename E, std::size_t N>
std::optional<E> parseWith(const std::array<Labels<E>, N> &table, const QString &text)
{
    const QString folded = foldLabel(text);
    for (const auto &row : table) {
        if (folded == row.code)
            return row.value;
        for (const QString &label : row.accepted)
            if (folded == label)
                return row.value;
    }
    return std::nullopt;
}

const std::array<Labels<PersonCategory>, 5> &categories()
{
    static const std::array<Labels<PersonCategory>, 5> table{{
        {PersonCategory::Staff, u"staff"_s, {u"在编"_s, u"正式"_s, u"在职"_s}},
        {PersonCategory::Dispatched, u"dispatched"_s, {u"劳务派遣"_s, u"派遣"_s}},
        {PersonCategory::Outsourced, u"outsourced"_s, {u"外包"_s}},
        {PersonCategory::Family, u"family"_s, {u"家属"_s}},
        {PersonCategory::External, u"external"_s, {u"外部"_s}},
    }};
    return table;
}

const std::array<Labels<Gender>, 3> &genders()
{
    static const std::array<Labels<Gender>, 3> table{{
        {Gender::Unknown, u"unknown"_s, {QString()}},
        {Gender::Male, u"male"_s, {u"男"_s, u"m"_s}},
        {Gender::Female, u"female"_s, {u"女"_s, u"f"_s}},
    }};
    return table;
}

const std::array<Labels<TestResult>, 3> &results()
{
    static const std::array<Labels<TestResult>, 3> table{{
        {TestResult::Negative, u"negative"_s, {u"阴性"_s, u"阴"_s, u"-"_s}},
        {TestResult::Positive, u"positive"_s, {u"阳性"_s, u"阳"_s, u"+"_s}},
        {TestResult::Pending, u"pending"_s, {u"待出"_s, u"待出结果"_s, u"待定"_s, u"检测中"_s}},
    }};
    return table;
}

const std::array<Labels<Dose>, 4> &doses()
{
    static const std::array<Labels<Dose>, 4> table{{
        {Dose::First, u"first"_s, {u"第一针"_s, u"第1针"_s, u"1"_s, u"dose 1"_s}},
        {Dose::Second, u"second"_s, {u"第二针"_s, u"第2针"_s, u"2"_s, u"dose 2"_s}},
        {Dose::Third, u"third"_s, {u"第三针"_s, u"第3针"_s, u"3"_s, u"dose 3"_s}},
        {Dose::Booster, u"booster"_s, {u"加强针"_s, u"加强"_s}},
    }};
    return table;
}

const std::array<Labels<InspectionMethod>, 3> &methods()
{
    static const std::array<Labels<InspectionMethod>, 3> table{{
        {InspectionMethod::Unannounced, u"unannounced"_s, {u"四不两直"_s}},
        {InspectionMethod::Regular, u"regular"_s, {u"定期检查"_s}},
        {InspectionMethod::Special, u"special"_s, {u"专项督查"_s, u"专项检查"_s}},
    }};
    return table;
}

const std::array<Labels<FindingStatus>, 2> &statuses()
{
    static const std::array<Labels<FindingStatus>, 2> table{{
        {FindingStatus::Open, u"open"_s, {u"整改中"_s, u"未整改"_s}},
        {FindingStatus::Rectified, u"rectified"_s, {u"已整改"_s}},
    }};
    return table;
}

const std::array<Labels<ReportEdition>, 2> &editions()
{
    static const std::array<Labels<ReportEdition>, 2> table{{
        {ReportEdition::Morning, u"morning"_s, {u"早报"_s, u"上午"_s, u"早"_s}},
        {ReportEdition::Evening, u"evening"_s, {u"晚报"_s, u"下午"_s, u"晚"_s}},
    }};
    return table;
}

const std::array<Labels<DutyShift>, 3> &shifts()
{
    static const std::array<Labels<DutyShift>, 3> table{{
        {DutyShift::Day, u"day"_s, {u"白班"_s, u"日班"_s, u"白天"_s}},
        {DutyShift::Night, u"night"_s, {u"夜班"_s, u"晚班"_s, u"夜间"_s}},
        {DutyShift::FullDay, u"full_day"_s, {u"全天"_s, u"24小时"_s, u"全日"_s, u"full day"_s, u"24h"_s}},
    }};
    return table;
}

const std::array<Labels<RiskLevel>, 4> &riskLevels()
{
    static const std::array<Labels<RiskLevel>, 4> table{{
        {RiskLevel::None, u"none"_s, {u"无"_s, u"无风险"_s, u"常态化"_s}},
        {RiskLevel::Low, u"low"_s, {u"低风险"_s, u"低"_s, u"低风险区"_s}},
        {RiskLevel::Medium, u"medium"_s, {u"中风险"_s, u"中"_s, u"中风险区"_s}},
        {RiskLevel::High, u"high"_s, {u"高风险"_s, u"高"_s, u"高风险区"_s}},
    }};
    return table;
}

const std::array<Labels<DrillType>, 4> &drillTypes()
{
    static const std::array<Labels<DrillType>, 4> table{{
        {DrillType::MassTesting, u"mass_testing"_s, {u"全员核酸检测演练"_s, u"核酸检测演练"_s}},
        {DrillType::Emergency, u"emergency"_s, {u"应急处置演练"_s, u"应急演练"_s}},
        {DrillType::SchoolOpening, u"school_opening"_s, {u"开学流程演练"_s, u"开学演练"_s}},
        {DrillType::Other, u"other"_s, {u"其他"_s, u"其它"_s}},
    }};
    return table;
}

const std::array<Labels<HealthCode>, 3> &healthCodes()
{
    static const std::array<Labels<HealthCode>, 3> table{{
        {HealthCode::Green, u"green"_s, {u"绿码"_s, u"绿"_s}},
        {HealthCode::Yellow, u"yellow"_s, {u"黄码"_s, u"黄"_s}},
        {HealthCode::Red, u"red"_s, {u"红码"_s, u"红"_s}},
    }};
    return table;
}

const std::array<Labels<ObservationMeasure>, 3> &measures()
{
    static const std::array<Labels<ObservationMeasure>, 3> table{{
        {ObservationMeasure::None, u"none"_s, {u"无"_s, u"无需管控"_s}},
        {ObservationMeasure::HomeMonitoring, u"home"_s,
         {u"居家健康监测"_s, u"居家监测"_s, u"居家观察"_s, u"居家隔离"_s, u"居家隔离医学观察"_s}},
        {ObservationMeasure::Quarantine, u"quarantine"_s,
         {u"集中隔离"_s, u"集中隔离医学观察"_s, u"集中观察"_s}},
    }};
    return table;
}

template <typename E, std::size_t N>
QList<E> valuesOf(const std::array<Labels<E>, N> &table)
{
    QList<E> values;
    for (const auto &row : table)
        values << row.value;
    return values;
}

} // namespace

template <> std::optional<PersonCategory> parseEnum<PersonCategory>(const QString &t) { return parseWith(categories(), t); }
template <> std::optional<Gender> parseEnum<Gender>(const QString &t) { return parseWith(genders(), t); }
template <> std::optional<TestResult> parseEnum<TestResult>(const QString &t) { return parseWith(results(), t); }
template <> std::optional<Dose> parseEnum<Dose>(const QString &t) { return parseWith(doses(), t); }
template <> std::optional<InspectionMethod> parseEnum<InspectionMethod>(const QString &t) { return parseWith(methods(), t); }
template <> std::optional<FindingStatus> parseEnum<FindingStatus>(const QString &t) { return parseWith(statuses(), t); }
template <> std::optional<ReportEdition> parseEnum<ReportEdition>(const QString &t) { return parseWith(editions(), t); }
template <> std::optional<DutyShift> parseEnum<DutyShift>(const QString &t) { return parseWith(shifts(), t); }
template <> std::optional<DrillType> parseEnum<DrillType>(const QString &t) { return parseWith(drillTypes(), t); }
template <> std::optional<RiskLevel> parseEnum<RiskLevel>(const QString &t) { return parseWith(riskLevels(), t); }
template <> std::optional<HealthCode> parseEnum<HealthCode>(const QString &t) { return parseWith(healthCodes(), t); }
template <> std::optional<ObservationMeasure> parseEnum<ObservationMeasure>(const QString &t) { return parseWith(measures(), t); }
template <> QList<PersonCategory> enumValues<PersonCategory>() { return valuesOf(categories()); }
template <> QList<Gender> enumValues<Gender>() { return valuesOf(genders()); }
template <> QList<TestResult> enumValues<TestResult>() { return valuesOf(results()); }
template <> QList<Dose> enumValues<Dose>() { return valuesOf(doses()); }
template <> QList<InspectionMethod> enumValues<InspectionMethod>() { return valuesOf(methods()); }
template <> QList<FindingStatus> enumValues<FindingStatus>() { return valuesOf(statuses()); }
template <> QList<ReportEdition> enumValues<ReportEdition>() { return valuesOf(editions()); }
template <> QList<DutyShift> enumValues<DutyShift>() { return valuesOf(shifts()); }
template <> QList<DrillType> enumValues<DrillType>() { return valuesOf(drillTypes()); }
template <> QList<RiskLevel> enumValues<RiskLevel>() { return valuesOf(riskLevels()); }
template <> QList<HealthCode> enumValues<HealthCode>() { return valuesOf(healthCodes()); }
template <> QList<ObservationMeasure> enumValues<ObservationMeasure>() { return valuesOf(measures()); }

QString toCode(PersonCategory value) { return codeOf(categories(), value); }
QString toCode(Gender value) { return codeOf(genders(), value); }
QString toCode(TestResult value) { return codeOf(results(), value); }
QString toCode(Dose value) { return codeOf(doses(), value); }
QString toCode(InspectionMethod value) { return codeOf(methods(), value); }
QString toCode(FindingStatus value) { return codeOf(statuses(), value); }
QString toCode(ReportEdition value) { return codeOf(editions(), value); }
QString toCode(DutyShift value) { return codeOf(shifts(), value); }
QString toCode(DrillType value) { return codeOf(drillTypes(), value); }
QString toCode(RiskLevel value) { return codeOf(riskLevels(), value); }
QString toCode(HealthCode value) { return codeOf(healthCodes(), value); }
QString toCode(ObservationMeasure value) { return codeOf(measures(), value); }

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

QString displayName(PersonCategory value)
{
    switch (value) {
    case PersonCategory::Staff: return QCoreApplication::translate("Enums", "Staff");
    case PersonCategory::Dispatched: return QCoreApplication::translate("Enums", "Dispatched");
    case PersonCategory::Outsourced: return QCoreApplication::translate("Enums", "Outsourced");
    case PersonCategory::Family: return QCoreApplication::translate("Enums", "Family");
    case PersonCategory::External: return QCoreApplication::translate("Enums", "External");
    }
    return {};
}

QString displayName(Gender value)
{
    switch (value) {
    case Gender::Unknown: return QString();
    case Gender::Male: return QCoreApplication::translate("Enums", "Male");
    case Gender::Female: return QCoreApplication::translate("Enums", "Female");
    }
    return {};
}

QString displayName(TestResult value)
{
    switch (value) {
    case TestResult::Negative: return QCoreApplication::translate("Enums", "Negative");
    case TestResult::Positive: return QCoreApplication::translate("Enums", "Positive");
    case TestResult::Pending: return QCoreApplication::translate("Enums", "Pending");
    }
    return {};
}

QString displayName(Dose value)
{
    switch (value) {
    case Dose::First: return QCoreApplication::translate("Enums", "First dose");
    case Dose::Second: return QCoreApplication::translate("Enums", "Second dose");
    case Dose::Third: return QCoreApplication::translate("Enums", "Third dose");
    case Dose::Booster: return QCoreApplication::translate("Enums", "Booster");
    }
    return {};
}

QString displayName(InspectionMethod value)
{
    switch (value) {
    case InspectionMethod::Unannounced: return QCoreApplication::translate("Enums", "Unannounced");
    case InspectionMethod::Regular: return QCoreApplication::translate("Enums", "Regular inspection");
    case InspectionMethod::Special: return QCoreApplication::translate("Enums", "Special inspection");
    }
    return {};
}

QString displayName(FindingStatus value)
{
    switch (value) {
    case FindingStatus::Open: return QCoreApplication::translate("Enums", "Being rectified");
    case FindingStatus::Rectified: return QCoreApplication::translate("Enums", "Rectified");
    }
    return {};
}

QString displayName(ReportEdition value)
{
    switch (value) {
    case ReportEdition::Morning: return QCoreApplication::translate("Enums", "Morning");
    case ReportEdition::Evening: return QCoreApplication::translate("Enums", "Evening");
    }
    return {};
}

QString displayName(DutyShift value)
{
    switch (value) {
    case DutyShift::Day: return QCoreApplication::translate("Enums", "Day shift");
    case DutyShift::Night: return QCoreApplication::translate("Enums", "Night shift");
    case DutyShift::FullDay: return QCoreApplication::translate("Enums", "Full day");
    }
    return {};
}

QString displayName(RiskLevel value)
{
    switch (value) {
    case RiskLevel::None: return QCoreApplication::translate("Enums", "None");
    case RiskLevel::Low: return QCoreApplication::translate("Enums", "Low risk");
    case RiskLevel::Medium: return QCoreApplication::translate("Enums", "Medium risk");
    case RiskLevel::High: return QCoreApplication::translate("Enums", "High risk");
    }
    return {};
}

QString displayName(DrillType value)
{
    switch (value) {
    case DrillType::MassTesting: return QCoreApplication::translate("Enums", "Mass testing drill");
    case DrillType::Emergency: return QCoreApplication::translate("Enums", "Emergency response drill");
    case DrillType::SchoolOpening: return QCoreApplication::translate("Enums", "School opening drill");
    case DrillType::Other: return QCoreApplication::translate("Enums", "Other");
    }
    return {};
}

QString displayName(HealthCode value)
{
    switch (value) {
    case HealthCode::Green: return QCoreApplication::translate("Enums", "Green code");
    case HealthCode::Yellow: return QCoreApplication::translate("Enums", "Yellow code");
    case HealthCode::Red: return QCoreApplication::translate("Enums", "Red code");
    }
    return {};
}

QString displayName(ObservationMeasure value)
{
    switch (value) {
    case ObservationMeasure::None: return QCoreApplication::translate("Enums", "None");
    case ObservationMeasure::HomeMonitoring: return QCoreApplication::translate("Enums", "Home health monitoring");
    case ObservationMeasure::Quarantine: return QCoreApplication::translate("Enums", "Centralised quarantine");
    }
    return {};
}

} // namespace seawall
