// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/listspecs.h"

#include "core/figures/figurerules.h"
#include "core/model/enums.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall::ListSpecs {
namespace {

// Shows a stored code by the enumeration's translated name.
template <typename Enum>
std::function<QString(const QString &)> named(std::optional<Enum> (*parse)(const QString &))
{
    return [parse](const QString &code) {
        const std::optional<Enum> value = parse(code);
        return value ? displayName(*value) : code;
    };
}

// Options of a filter over an enumeration's codes.
template <typename Enum>
QList<FilterOption> choices(const QString &column, std::initializer_list<Enum> values)
{
    QList<FilterOption> options;
    for (Enum value : values)
        options.append({displayName(value), column + u" = ?"_s, toCode(value)});
    return options;
}

// Rows whose company (by its id column) has a name like the pattern.
QString companySearch(const QString &idColumn)
{
    return idColumn + u" IN (SELECT s.id FROM company s WHERE s.name LIKE ? ESCAPE '\\')"_s;
}

} // namespace

ListSpec companies()
{
    ListSpec spec;
    spec.id = u"companies"_s;
    spec.table = u"company"_s;
    spec.watches = {u"company"_s, u"company_alias"_s, u"person"_s};
    spec.from = u"company c LEFT JOIN company up ON up.id = c.parent_id"_s;
    spec.idColumn = u"c.id"_s;
    spec.scopeColumn = u"c.id"_s;
    spec.columns = {
        {u"code"_s, QT_TRANSLATE_NOOP("RecordList", "Code"), u"c.code"_s, CellKind::Text, true},
        {u"name"_s, QT_TRANSLATE_NOOP("RecordList", "Company name"), u"c.name"_s, CellKind::Text, true},
        {u"parent"_s, QT_TRANSLATE_NOOP("RecordList", "Parent"), u"up.name"_s, CellKind::Text, true},
        {u"aliases"_s, QT_TRANSLATE_NOOP("RecordList", "Aliases"),
         u"(SELECT group_concat(alias, '、') FROM company_alias a WHERE a.company_id = c.id)"_s, CellKind::Text, true},
        {u"contact_person"_s, QT_TRANSLATE_NOOP("RecordList", "Contact person"), u"c.contact_person"_s,
         CellKind::Text, true},
        {u"contact_phone"_s, QT_TRANSLATE_NOOP("RecordList", "Contact phone"), u"c.contact_phone"_s,
         CellKind::Phone, true},
        {u"reports_daily"_s, QT_TRANSLATE_NOOP("RecordList", "Reports daily"), u"c.reports_daily"_s, CellKind::Bool},
        {u"personnel"_s, QT_TRANSLATE_NOOP("RecordList", "Personnel"),
         u"(SELECT count(*) FROM person p WHERE p.company_id = c.id AND p.category <> 'external'"
         u" AND p.left_on IS NULL)"_s,
         CellKind::Integer},
    };
    return spec;
}

ListSpec persons()
{
    ListSpec spec;
    spec.id = u"persons"_s;
    spec.table = u"person"_s;
    spec.watches = {u"person"_s, u"company"_s};
    spec.from = u"person p JOIN company c ON c.id = p.company_id"_s;
    spec.countFrom = u"person p"_s;
    spec.idColumn = u"p.id"_s;
    spec.scopeColumn = u"p.company_id"_s;
    spec.columns = {
        {u"name"_s, QT_TRANSLATE_NOOP("RecordList", "Name"), u"p.name"_s, CellKind::Text, true},
        {u"id_number"_s, QT_TRANSLATE_NOOP("RecordList", "ID number"), u"p.id_number"_s, CellKind::IdNumber, true},
        {u"company"_s, QT_TRANSLATE_NOOP("RecordList", "Company"), u"c.name"_s, CellKind::Text, true, false, {},
         companySearch(u"p.company_id"_s)},
        {u"department"_s, QT_TRANSLATE_NOOP("RecordList", "Department"), u"p.department"_s, CellKind::Text},
        {u"gender"_s, QT_TRANSLATE_NOOP("RecordList", "Gender"), u"p.gender"_s, CellKind::Code, false, false,
         named<Gender>(&parseGender)},
        {u"phone"_s, QT_TRANSLATE_NOOP("RecordList", "Phone"), u"p.phone"_s, CellKind::Phone, true},
        {u"position"_s, QT_TRANSLATE_NOOP("RecordList", "Position"), u"p.position"_s, CellKind::Text, false, true},
        {u"category"_s, QT_TRANSLATE_NOOP("RecordList", "Category"), u"p.category"_s, CellKind::Code, false, false,
         named<PersonCategory>(&parsePersonCategory)},
        {u"party_member"_s, QT_TRANSLATE_NOOP("RecordList", "Party member"), u"p.party_member"_s, CellKind::Bool,
         false, true},
        {u"joined_on"_s, QT_TRANSLATE_NOOP("RecordList", "Joined on"), u"p.joined_on"_s, CellKind::Date, false, true},
        {u"left_on"_s, QT_TRANSLATE_NOOP("RecordList", "Left on"), u"p.left_on"_s, CellKind::Date},
        {u"full_on"_s, QT_TRANSLATE_NOOP("RecordList", "Fully vaccinated on"), u"p.full_on"_s, CellKind::Date},
        {u"booster_on"_s, QT_TRANSLATE_NOOP("RecordList", "Booster on"), u"p.booster_on"_s, CellKind::Date, false,
         true},
    };
    spec.filters = {
        {u"category"_s, QT_TRANSLATE_NOOP("RecordList", "Category"),
         choices<PersonCategory>(u"p.category"_s, {PersonCategory::Staff, PersonCategory::Dispatched,
                                                   PersonCategory::Outsourced, PersonCategory::Family,
                                                   PersonCategory::External}),
         {}, {}},
        {u"status"_s, QT_TRANSLATE_NOOP("RecordList", "Status"),
         {{QCoreApplication::translate("RecordList", "Employed"), u"p.left_on IS NULL"_s, {}},
          {QCoreApplication::translate("RecordList", "Left"), u"p.left_on IS NOT NULL"_s, {}},
          {QCoreApplication::translate("RecordList", "Not fully vaccinated"), u"p.full_on IS NULL AND p.category <> 'external'"_s, {}}},
         {}, {}},
    };
    return spec;
}

ListSpec tests()
{
    ListSpec spec;
    spec.id = u"tests"_s;
    spec.table = u"nucleic_test"_s;
    spec.watches = {u"nucleic_test"_s, u"person"_s, u"company"_s};
    spec.from = u"nucleic_test t JOIN person p ON p.id = t.person_id JOIN company c ON c.id = t.company_id"_s;
    spec.countFrom = u"nucleic_test t"_s;
    spec.idColumn = u"t.id"_s;
    spec.scopeColumn = u"t.company_id"_s;
    spec.dateColumn = u"t.sampled_on"_s;
    spec.columns = {
        {u"sampled_on"_s, QT_TRANSLATE_NOOP("RecordList", "Sampled on"), u"t.sampled_on"_s, CellKind::Date},
        {u"name"_s, QT_TRANSLATE_NOOP("RecordList", "Name"), u"p.name"_s, CellKind::Text, true},
        {u"id_number"_s, QT_TRANSLATE_NOOP("RecordList", "ID number"), u"p.id_number"_s, CellKind::IdNumber, true},
        {u"company"_s, QT_TRANSLATE_NOOP("RecordList", "Company"), u"c.name"_s, CellKind::Text, true, false, {},
         companySearch(u"t.company_id"_s)},
        {u"site"_s, QT_TRANSLATE_NOOP("RecordList", "Site"), u"t.site"_s, CellKind::Text, true},
        {u"result"_s, QT_TRANSLATE_NOOP("RecordList", "Result"), u"t.result"_s, CellKind::Code, false, false,
         named<TestResult>(&parseTestResult)},
        {u"lab"_s, QT_TRANSLATE_NOOP("RecordList", "Laboratory"), u"t.lab"_s, CellKind::Text},
    };
    spec.filters = {{u"result"_s, QT_TRANSLATE_NOOP("RecordList", "Result"),
                     choices<TestResult>(u"t.result"_s,
                                         {TestResult::Negative, TestResult::Positive, TestResult::Pending}),
                     {}, {}}};
    spec.sortOrder = Qt::DescendingOrder;
    return spec;
}

ListSpec vaccinations()
{
    ListSpec spec;
    spec.id = u"vaccinations"_s;
    spec.table = u"vaccination"_s;
    spec.watches = {u"vaccination"_s, u"person"_s, u"company"_s};
    spec.from = u"vaccination v JOIN person p ON p.id = v.person_id"
                u" LEFT JOIN company c ON c.id = coalesce(v.company_id, p.company_id)"_s;
    spec.countFrom = u"vaccination v JOIN person p ON p.id = v.person_id"_s;
    spec.idColumn = u"v.id"_s;
    spec.scopeColumn = u"coalesce(v.company_id, p.company_id)"_s;
    spec.dateColumn = u"v.vaccinated_on"_s;
    spec.columns = {
        {u"vaccinated_on"_s, QT_TRANSLATE_NOOP("RecordList", "Vaccinated on"), u"v.vaccinated_on"_s, CellKind::Date},
        {u"name"_s, QT_TRANSLATE_NOOP("RecordList", "Name"), u"p.name"_s, CellKind::Text, true},
        {u"id_number"_s, QT_TRANSLATE_NOOP("RecordList", "ID number"), u"p.id_number"_s, CellKind::IdNumber, true},
        {u"company"_s, QT_TRANSLATE_NOOP("RecordList", "Company"), u"c.name"_s, CellKind::Text, true},
        {u"dose"_s, QT_TRANSLATE_NOOP("RecordList", "Dose"), u"v.dose"_s, CellKind::Code, false, false,
         named<Dose>(&parseDose)},
        {u"manufacturer"_s, QT_TRANSLATE_NOOP("RecordList", "Manufacturer"), u"v.manufacturer"_s, CellKind::Text, true},
        {u"place"_s, QT_TRANSLATE_NOOP("RecordList", "Place"), u"v.place"_s, CellKind::Text, true},
    };
    spec.filters = {{u"dose"_s, QT_TRANSLATE_NOOP("RecordList", "Dose"),
                     choices<Dose>(u"v.dose"_s, {Dose::First, Dose::Second, Dose::Third, Dose::Booster}),
                     {}, {}}};
    spec.sortOrder = Qt::DescendingOrder;
    return spec;
}

ListSpec shifts()
{
    ListSpec spec;
    spec.id = u"shifts"_s;
    spec.table = u"volunteer_shift"_s;
    spec.watches = {u"volunteer_shift"_s, u"person"_s, u"company"_s};
    spec.from = u"volunteer_shift s JOIN person p ON p.id = s.person_id"
                u" LEFT JOIN company c ON c.id = coalesce(s.company_id, p.company_id)"_s;
    spec.countFrom = u"volunteer_shift s JOIN person p ON p.id = s.person_id"_s;
    spec.idColumn = u"s.id"_s;
    spec.scopeColumn = u"coalesce(s.company_id, p.company_id)"_s;
    spec.dateColumn = u"substr(s.start_at, 1, 10)"_s;
    spec.columns = {
        {u"start"_s, QT_TRANSLATE_NOOP("RecordList", "Start"), u"s.start_at"_s, CellKind::DateTime},
        {u"end"_s, QT_TRANSLATE_NOOP("RecordList", "End"), u"s.end_at"_s, CellKind::DateTime},
        {u"hours"_s, QT_TRANSLATE_NOOP("RecordList", "Hours"),
         u"round((julianday(s.end_at) - julianday(s.start_at)) * 24, 2)"_s, CellKind::Hours},
        {u"name"_s, QT_TRANSLATE_NOOP("RecordList", "Name"), u"p.name"_s, CellKind::Text, true},
        {u"id_number"_s, QT_TRANSLATE_NOOP("RecordList", "ID number"), u"p.id_number"_s, CellKind::IdNumber, true,
         true},
        {u"company"_s, QT_TRANSLATE_NOOP("RecordList", "Company"), u"c.name"_s, CellKind::Text, true},
        {u"team"_s, QT_TRANSLATE_NOOP("RecordList", "Team"), u"s.team"_s, CellKind::Text, true},
        {u"site"_s, QT_TRANSLATE_NOOP("RecordList", "Service site"), u"s.site"_s, CellKind::Text, true},
        {u"task"_s, QT_TRANSLATE_NOOP("RecordList", "Task"), u"s.task"_s, CellKind::Text, true},
    };
    spec.filters = {{u"team"_s, QT_TRANSLATE_NOOP("RecordList", "Team"), {},
                     u"SELECT DISTINCT team FROM volunteer_shift WHERE team <> '' ORDER BY team"_s, u"s.team"_s}};
    spec.sortOrder = Qt::DescendingOrder;
    return spec;
}

ListSpec inspections()
{
    ListSpec spec;
    spec.id = u"inspections"_s;
    spec.table = u"inspection"_s;
    spec.watches = {u"inspection"_s, u"finding"_s, u"company"_s};
    spec.from = u"inspection i JOIN company c ON c.id = i.company_id"_s;
    spec.countFrom = u"inspection i"_s;
    spec.idColumn = u"i.id"_s;
    spec.scopeColumn = u"i.company_id"_s;
    spec.dateColumn = u"i.inspected_on"_s;
    spec.columns = {
        {u"inspected_on"_s, QT_TRANSLATE_NOOP("RecordList", "Inspected on"), u"i.inspected_on"_s, CellKind::Date},
        {u"code"_s, QT_TRANSLATE_NOOP("RecordList", "Code"), u"i.code"_s, CellKind::Text, true},
        {u"company"_s, QT_TRANSLATE_NOOP("RecordList", "Company"), u"c.name"_s, CellKind::Text, true, false, {},
         companySearch(u"i.company_id"_s)},
        {u"method"_s, QT_TRANSLATE_NOOP("RecordList", "Method"), u"i.method"_s, CellKind::Code, false, false,
         named<InspectionMethod>(&parseInspectionMethod)},
        {u"inspectors"_s, QT_TRANSLATE_NOOP("RecordList", "Inspectors"), u"i.inspectors"_s, CellKind::Text, true},
        {u"findings"_s, QT_TRANSLATE_NOOP("RecordList", "Findings"),
         u"(SELECT count(*) FROM finding f WHERE f.inspection_id = i.id)"_s, CellKind::Integer},
        {u"findings_open"_s, QT_TRANSLATE_NOOP("RecordList", "Open"),
         u"(SELECT count(*) FROM finding f WHERE f.inspection_id = i.id AND f.status = 'open')"_s,
         CellKind::Integer},
    };
    spec.filters = {{u"method"_s, QT_TRANSLATE_NOOP("RecordList", "Method"),
                     choices<InspectionMethod>(u"i.method"_s, {InspectionMethod::Unannounced,
                                                               InspectionMethod::Regular, InspectionMethod::Special}),
                     {}, {}},
                    {u"open"_s, QT_TRANSLATE_NOOP("RecordList", "Findings"),
                     {{QCoreApplication::translate("RecordList", "With open findings"),
                       u"EXISTS (SELECT 1 FROM finding f WHERE f.inspection_id = i.id AND f.status = 'open')"_s, {}}},
                     {}, {}}};
    spec.sortOrder = Qt::DescendingOrder;
    // An inspection with an overdue finding stands out.
    spec.highlight = u"EXISTS (SELECT 1 FROM finding f WHERE f.inspection_id = i.id AND f.deadline < ? AND NOT "_s
                     + FigureRules::rectifiedFinding() + u')';
    return spec;
}

ListSpec findings()
{
    ListSpec spec;
    spec.id = u"findings"_s;
    spec.table = u"finding"_s;
    spec.watches = {u"finding"_s, u"inspection"_s};
    spec.from = u"finding f JOIN inspection i ON i.id = f.inspection_id"_s;
    spec.idColumn = u"f.id"_s;
    spec.scopeColumn = u"i.company_id"_s;
    spec.columns = {
        {u"description"_s, QT_TRANSLATE_NOOP("RecordList", "Finding"), u"f.description"_s, CellKind::Text, true},
        {u"deadline"_s, QT_TRANSLATE_NOOP("RecordList", "Deadline"), u"f.deadline"_s, CellKind::Date},
        {u"status"_s, QT_TRANSLATE_NOOP("RecordList", "Status"), u"f.status"_s, CellKind::Code, false, false,
         named<FindingStatus>(&parseFindingStatus)},
        {u"rectified_on"_s, QT_TRANSLATE_NOOP("RecordList", "Rectified on"), u"f.rectified_on"_s, CellKind::Date},
    };
    spec.sortColumn = 1;
    spec.highlight = u"f.deadline < ? AND NOT "_s + FigureRules::rectifiedFinding();
    return spec;
}

ListSpec dailyReports()
{
    ListSpec spec;
    spec.id = u"daily_reports"_s;
    spec.table = u"daily_report"_s;
    spec.watches = {u"daily_report"_s, u"company"_s};
    spec.from = u"daily_report r JOIN company c ON c.id = r.company_id"_s;
    spec.countFrom = u"daily_report r"_s;
    spec.idColumn = u"r.id"_s;
    spec.scopeColumn = u"r.company_id"_s;
    spec.dateColumn = u"r.report_date"_s;
    spec.columns = {
        {u"report_date"_s, QT_TRANSLATE_NOOP("RecordList", "Date"), u"r.report_date"_s, CellKind::Date},
        {u"company"_s, QT_TRANSLATE_NOOP("RecordList", "Company"), u"c.name"_s, CellKind::Text, true, false, {},
         companySearch(u"r.company_id"_s)},
        {u"edition"_s, QT_TRANSLATE_NOOP("RecordList", "Edition"), u"r.edition"_s, CellKind::Code, false, false,
         named<ReportEdition>(&parseReportEdition)},
        {u"on_duty"_s, QT_TRANSLATE_NOOP("RecordList", "On duty"), u"r.on_duty"_s, CellKind::Integer},
        {u"away"_s, QT_TRANSLATE_NOOP("RecordList", "Away"), u"r.away"_s, CellKind::Integer},
        {u"arrivals"_s, QT_TRANSLATE_NOOP("RecordList", "Arrivals"), u"r.arrivals"_s, CellKind::Integer},
        {u"under_observation"_s, QT_TRANSLATE_NOOP("RecordList", "Under observation"), u"r.under_observation"_s,
         CellKind::Integer},
        {u"tests_done"_s, QT_TRANSLATE_NOOP("RecordList", "Tests done"), u"r.tests_done"_s, CellKind::Integer},
        {u"zero_report"_s, QT_TRANSLATE_NOOP("RecordList", "Zero report"), u"r.zero_report"_s, CellKind::Bool},
        {u"anomalies"_s, QT_TRANSLATE_NOOP("RecordList", "Anomalies"), u"r.anomalies"_s, CellKind::Text, true},
    };
    spec.filters = {{u"edition"_s, QT_TRANSLATE_NOOP("RecordList", "Edition"),
                     choices<ReportEdition>(u"r.edition"_s, {ReportEdition::Morning, ReportEdition::Evening}),
                     {}, {}},
                    {u"zero"_s, QT_TRANSLATE_NOOP("RecordList", "Zero report"),
                     {{QCoreApplication::translate("RecordList", "Zero reports"), u"r.zero_report = 1"_s, {}},
                      {QCoreApplication::translate("RecordList", "With something to report"), u"r.zero_report = 0"_s, {}}},
                     {}, {}}};
    spec.sortOrder = Qt::DescendingOrder;
    return spec;
}

} // namespace seawall::ListSpecs
