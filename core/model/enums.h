// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/enumcodes.h"

#include <QList>
#include <QString>

#include <optional>

namespace seawall {

// Enumerations of the domain. Each is stored in the database by a stable
// English code, shown by a translated name, and recognised from the labels
// subsidiaries write in their files (Chinese or English).

enum class PersonCategory { Staff, Dispatched, Outsourced, Family, External };
enum class Gender { Unknown, Male, Female };
enum class TestResult { Negative, Positive, Pending };
enum class Dose { First, Second, Third, Booster };
enum class InspectionMethod { Unannounced, Regular, Special };
enum class FindingStatus { Open, Rectified };
enum class ReportEdition { Morning, Evening };
enum class DutyShift { Day, Night, FullDay };
enum class DrillType { MassTesting, Emergency, SchoolOpening, Other };
// People on the move: an arrival's risk level, health code and measure.
enum class RiskLevel { None, Low, Medium, High };
enum class HealthCode { Green, Yellow, Red };
enum class ObservationMeasure { None, HomeMonitoring, Quarantine };

QString toCode(PersonCategory value);
QString toCode(Gender value);
QString toCode(TestResult value);
QString toCode(Dose value);
QString toCode(InspectionMethod value);
QString toCode(FindingStatus value);
QString toCode(ReportEdition value);
QString toCode(DutyShift value);
QString toCode(DrillType value);
QString toCode(RiskLevel value);
QString toCode(HealthCode value);
QString toCode(ObservationMeasure value);

QString displayName(PersonCategory value);
QString displayName(Gender value);
QString displayName(TestResult value);
QString displayName(Dose value);
QString displayName(InspectionMethod value);
QString displayName(FindingStatus value);
QString displayName(ReportEdition value);
QString displayName(DutyShift value);
QString displayName(DrillType value);
QString displayName(RiskLevel value);
QString displayName(HealthCode value);
QString displayName(ObservationMeasure value);

template <> std::optional<PersonCategory> parseEnum<PersonCategory>(const QString &text);
template <> std::optional<Gender> parseEnum<Gender>(const QString &text);
template <> std::optional<TestResult> parseEnum<TestResult>(const QString &text);
template <> std::optional<Dose> parseEnum<Dose>(const QString &text);
template <> std::optional<InspectionMethod> parseEnum<InspectionMethod>(const QString &text);
template <> std::optional<FindingStatus> parseEnum<FindingStatus>(const QString &text);
template <> std::optional<ReportEdition> parseEnum<ReportEdition>(const QString &text);
template <> std::optional<DutyShift> parseEnum<DutyShift>(const QString &text);
template <> std::optional<DrillType> parseEnum<DrillType>(const QString &text);
template <> std::optional<RiskLevel> parseEnum<RiskLevel>(const QString &text);
template <> std::optional<HealthCode> parseEnum<HealthCode>(const QString &text);
template <> std::optional<ObservationMeasure> parseEnum<ObservationMeasure>(const QString &text);
template <> QList<PersonCategory> enumValues<PersonCategory>();
template <> QList<Gender> enumValues<Gender>();
template <> QList<TestResult> enumValues<TestResult>();
template <> QList<Dose> enumValues<Dose>();
template <> QList<InspectionMethod> enumValues<InspectionMethod>();
template <> QList<FindingStatus> enumValues<FindingStatus>();
template <> QList<ReportEdition> enumValues<ReportEdition>();
template <> QList<DutyShift> enumValues<DutyShift>();
template <> QList<DrillType> enumValues<DrillType>();
template <> QList<RiskLevel> enumValues<RiskLevel>();
template <> QList<HealthCode> enumValues<HealthCode>();
template <> QList<ObservationMeasure> enumValues<ObservationMeasure>();

std::optional<bool> parseYesNo(const QString &text);

bool isPrimaryDose(Dose dose);

} // namespace seawall
