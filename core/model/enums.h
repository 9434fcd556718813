// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

QString toCode(PersonCategory value);
QString toCode(Gender value);
QString toCode(TestResult value);
QString toCode(Dose value);
QString toCode(InspectionMethod value);
QString toCode(FindingStatus value);
QString toCode(ReportEdition value);

QString displayName(PersonCategory value);
QString displayName(Gender value);
QString displayName(TestResult value);
QString displayName(Dose value);
QString displayName(InspectionMethod value);
QString displayName(FindingStatus value);
QString displayName(ReportEdition value);

// Parse a stored code or a label as written in files (阴性, negative, N …).
// Case, surrounding blanks and full-width forms are ignored.
std::optional<PersonCategory> parsePersonCategory(const QString &text);
std::optional<Gender> parseGender(const QString &text);
std::optional<TestResult> parseTestResult(const QString &text);
std::optional<Dose> parseDose(const QString &text);
std::optional<InspectionMethod> parseInspectionMethod(const QString &text);
std::optional<FindingStatus> parseFindingStatus(const QString &text);
std::optional<ReportEdition> parseReportEdition(const QString &text);
std::optional<bool> parseYesNo(const QString &text);

bool isPrimaryDose(Dose dose);

} // namespace seawall
