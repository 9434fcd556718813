// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/rowmapper.h"

#include "core/csv/values.h"
#include "core/entity/entitydef.h"
#include "core/import/companylookup.h"
#include "core/import/importwriter.h"
#include "core/import/persondirectory.h"
#include "core/util/text.h"
#include "core/validation/idnumber.h"
#include "core/validation/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Company names remembered as written: more than any group has, few enough
// to cost no memory worth the name.
constexpr qsizetype kMaxCompanyNames = 4096;

} // namespace

// The cells of one record by canonical column, and the problems found in
// them, each message starting with the column's header as the file has it.
struct RowMapper::Row
{
    const csv::Record &record;
    const std::vector<ColumnAt> &columns;
    const std::function<QString(const QString &)> &headerOf;
    MappedRow &mapped;
    QHash<QString, qint64> &companyIds;

    int columnOf(const QString &column) const
    {
        for (const ColumnAt &c : columns)
            if (c.canonical == column)
                return c.at;
        return -1;
    }

    bool has(const QString &column) const { return columnOf(column) >= 0; }

    QString raw(const QString &column) const
    {
        const int at = columnOf(column);
        return at >= 0 && at < record.fields.size() ? record.fields.at(at) : QString();
    }

    QString text(const QString &column) const { return csv::Values::cleaned(raw(column)); }

    // The message after the column's header in the file: 采样日期：…
    QString named(const QString &column, const QString &message) const
    {
        return QCoreApplication::translate("Import", "%1: %2", "a column's header, then what is wrong in it")
            .arg(headerOf(column), message);
    }

    void error(const QString &column, const QString &message)
    {
        mapped.errors.append({record.line, column, named(column, message)});
    }

    void warning(const QString &column, const QString &message,
                 ImportProblem::Topic topic = ImportProblem::Topic::General)
    {
        mapped.warnings.append({record.line, column, named(column, message), topic});
    }

    // A cell that must be filled; empty (and an error) when it is not.
    QString required(const QString &column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            error(column, QCoreApplication::translate("Import", "the cell is empty. Fill it in."));
        return value;
    }

    QDate date(const QString &column, bool needed)
    {
        const QString value = needed ? required(column) : text(column);
        if (value.isEmpty())
            return {};
        const QDate date = Validator::parseDate(value);
        if (!date.isValid())
            error(column, QCoreApplication::translate("Import", "\"%1\" is not a date. Write dates like 2022-03-01.").arg(value));
        return date;
    }

    QDateTime dateTime(const QString &column, bool needed)
    {
        const QString value = needed ? required(column) : text(column);
        if (value.isEmpty())
            return {};
        const QDateTime time = Validator::parseDateTime(value);
        if (!time.isValid())
            error(column, QCoreApplication::translate("Import", "\"%1\" is not a date and time. Write them like 2022-03-01 07:00.").arg(value));
        return time;
    }

    // A label parsed by one of model/enums.h's functions; `fallback` when
    // the cell is empty.
    template <typename T, typename Parse>
    T label(const QString &column, Parse parse, T fallback, const QString &allowed)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return fallback;
        if (const std::optional<T> parsed = parse(value))
            return *parsed;
        error(column, QCoreApplication::translate("Import", "\"%1\" is not one of %2.").arg(value, allowed));
        return fallback;
    }

    // The stored code of a code column's cell, as files write its labels;
    // what an empty cell means, else empty.
    QVariant code(const Column &column, bool needed)
    {
        const QString field = column.fieldName();
        const QString value = needed ? required(field) : text(field);
        if (value.isEmpty())
            return column.whenEmpty;
        if (const std::optional<QString> code = column.codeOf(value))
            return *code;
        QStringList allowed;
        for (const QString &code : column.codes)
            allowed << column.codeName(code);
        error(field, QCoreApplication::translate("Import", "\"%1\" is not one of %2.").arg(value, allowed.join(u", "_s)));
        return {};
    }

    // A whole number: of people (a report's counts, a drill's
    // participants) or of things (a stock's quantity, `2,000` too). Empty
    // is 0, or nothing for an optional column (a minimum not given).
    QVariant count(const Column &column)
    {
        const QString field = column.fieldName();
        const QString value = text(field);
        if (value.isEmpty())
            return column.has(Column::Optional) ? QVariant() : QVariant(0); // a zero report leaves the counts blank
        if (const std::optional<int> parsed = csv::Values::parseCount(value))
            return *parsed;
        if (field == u"quantity"_s || field == u"minimum"_s)
            error(field, QCoreApplication::translate("Import", "\"%1\" is not a whole number. Write quantities like 2000 or 2,000.").arg(value));
        else
            error(field, QCoreApplication::translate("Import", "\"%1\" is not a whole number of people.").arg(value));
        return 0;
    }

    // The only real number files send is a temperature: 36.5, 36.5℃, 36.5°C.
    QVariant temperature(const QString &column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return {};
        if (const std::optional<double> parsed = csv::Values::parseTemperature(value))
            return *parsed;
        error(column, QCoreApplication::translate("Import", "\"%1\" is not a temperature. Write it like 36.5.").arg(value));
        return {};
    }

    qint64 company(const QString &column, CompanyLookup &companies, bool needed)
    {
        const QString value = needed ? required(column) : text(column);
        if (value.isEmpty())
            return 0;
        // The same few names on every row: CompanyLookup folds each name
        // it is asked for, which cost a twentieth of a large import.
        if (const auto known = companyIds.constFind(value); known != companyIds.cend())
            return *known;
        if (const qint64 id = companies.idByName(value)) {
            if (companyIds.size() < kMaxCompanyNames)
                companyIds.insert(value, id);
            return id;
        }
        const QString closest = companies.suggestion(value);
        if (closest.isEmpty())
            error(column, QCoreApplication::translate("Import", "no company is called \"%1\". Write the name as in the company list, or ask "
                             "headquarters to add \"%1\" as an alias.")
                              .arg(value));
        else
            error(column, QCoreApplication::translate("Import", "no company is called \"%1\". Did you mean \"%2\"?").arg(value, closest));
        return 0;
    }

    QString idNumber()
    {
        const QString value = required(u"id_number"_s);
        if (value.isEmpty())
            return {};
        Result<QString> id = csv::Values::idNumber(raw(u"id_number"_s));
        if (!id) {
            // The message names the field itself (身份证号：…).
            mapped.errors.append({record.line, u"id_number"_s, id.error().message});
            return {};
        }
        return id.value();
    }

    // Validator's messages name their field already.
    void check(const std::vector<Error> &problems)
    {
        for (const Error &problem : problems)
            if (problem.field != u"person"_s && problem.field != u"company"_s)
                mapped.errors.append({record.line, problem.field, problem.message});
    }
};

RowMapper::RowMapper(csv::HeaderMap map, CompanyLookup &companies, PersonDirectory &persons,
                     std::function<QString(const QString &)> headerOf)
    : m_map(std::move(map)), m_companies(companies), m_persons(persons), m_headerOf(std::move(headerOf))
{
    for (const QString &canonical : m_map.mapping())
        m_present.insert(canonical);
    for (const QString &canonical : std::as_const(m_present))
        m_columns.push_back({canonical, m_map.column(canonical)});
}

MappedRow RowMapper::map(const csv::Record &record)
{
    MappedRow mapped;
    Row row{record, m_columns, m_headerOf, mapped, m_companyIds};
    switch (m_map.kind()) {
    case csv::FileKind::Companies: return mapCompany(row);
    case csv::FileKind::Personnel: return mapPerson(row);
    case csv::FileKind::Tests: return mapRecord<NucleicTest>(row);
    case csv::FileKind::Vaccinations: return mapRecord<Vaccination>(row);
    case csv::FileKind::VolunteerShifts: return mapRecord<VolunteerShift>(row);
    case csv::FileKind::Inspections: return mapInspection(row);
    case csv::FileKind::DailyReports: return mapRecord<DailyReport>(row);
    case csv::FileKind::Duty: return mapRecord<Duty>(row);
    case csv::FileKind::Stocktakes: return mapRecord<Stocktake>(row);
    case csv::FileKind::Trainings: return mapRecord<Training>(row);
    case csv::FileKind::Drills: return mapRecord<Drill>(row);
    case csv::FileKind::Departures: return mapRecord<Departure>(row);
    case csv::FileKind::Arrivals: return mapRecord<Arrival>(row);
    case csv::FileKind::HealthChecks: return mapRecord<HealthCheck>(row);
    }
    return mapped;
}

MappedRow RowMapper::mapCompany(Row &row)
{
    Company company;
    company.code = row.required(u"code"_s);
    company.name = row.required(u"name"_s);
    const QString parent = row.text(u"parent_code"_s);
    if (!parent.isEmpty()) {
        company.parentId = m_companies.idByCode(parent);
        if (company.parentId == 0)
            row.error(u"parent_code"_s, QCoreApplication::translate("Import", "no company has the code \"%1\". Check the code, or list the "
                                           "parent company above its children.")
                                            .arg(parent));
    }
    const qint64 byCode = m_companies.idByCode(company.code);
    company.id = byCode;
    const qint64 byName = m_companies.idByName(company.name);
    if (!company.name.isEmpty() && byName != 0 && byName != byCode)
        row.error(u"name"_s, QCoreApplication::translate("Import", "\"%1\" is already the name or an alias of the company with code %2.")
                                 .arg(company.name, m_companies.codeOf(byName)));
    if (byCode != 0 && company.parentId == byCode)
        row.error(u"parent_code"_s, QCoreApplication::translate("Import", "a company cannot be its own parent."));
    row.check(Validator::check(company));
    row.mapped.value = company;
    return row.mapped;
}

MappedRow RowMapper::mapPerson(Row &row)
{
    Person person;
    person.idNumber = row.idNumber();
    person.name = row.required(u"name"_s);
    person.companyId = row.company(u"company"_s, m_companies, true);
    person.department = row.text(u"department"_s);
    person.gender = row.label(u"gender"_s, parseEnum<Gender>, Gender::Unknown, u"男, 女"_s);
    // Not given, it is the one the ID number says.
    if (const std::optional<bool> male = IdNumber::isMale(person.idNumber); male && person.gender == Gender::Unknown)
        person.gender = *male ? Gender::Male : Gender::Female;
    person.phone = row.text(u"phone"_s);
    if (csv::Values::isScientificNumber(person.phone))
        row.error(u"phone"_s, QCoreApplication::translate("Import", "\"%1\" is a number Excel shortened, and its digits are lost. Format the "
                                 "column as text in Excel, type the numbers again and send the file again.")
                                  .arg(person.phone));
    person.position = row.text(u"position"_s);
    person.partyMember = row.label(u"party_member"_s, parseYesNo, false, u"是, 否"_s);
    person.category = row.label(u"category"_s, parseEnum<PersonCategory>, PersonCategory::Staff,
                                u"在编, 劳务派遣, 外包, 家属, 外部"_s);
    person.joinedOn = row.date(u"joined_on"_s, false);
    person.leftOn = row.date(u"left_on"_s, false);
    if (!person.idNumber.isEmpty() && !row.has(u"category"_s)) {
        // Without a category column a person already on a roster keeps
        // theirs; one known only from test records joins the roster as staff.
        if (const auto known = m_persons.find(person.idNumber); known && known->external)
            row.mapped.joinsRoster = true;
    }
    if (row.mapped.ok())
        row.check(Validator::check(person));
    for (const Error &notice : Validator::notices(person))
        row.mapped.warnings.append({row.record.line, notice.field, notice.message});
    row.mapped.value = person;
    return row.mapped;
}

RowMapper::Subject RowMapper::subject(Row &row, MappedRow &mapped)
{
    Subject subject;
    const QString idNumber = row.idNumber();
    const QString name = row.text(u"name"_s);
    subject.companyId = row.company(u"company"_s, m_companies, false);
    if (idNumber.isEmpty())
        return subject;
    if (const std::optional<KnownPerson> known = m_persons.find(idNumber)) {
        subject.personId = known->id;
        if (subject.companyId == 0 && row.text(u"company"_s).isEmpty())
            subject.companyId = known->companyId;
        // Folded only when they differ as written, as on few rows.
        if (!name.isEmpty() && name != known->name && foldName(name) != foldName(known->name.toString())) {
            mapped.differingName = name;
            row.warning(u"name"_s, QCoreApplication::translate("Import", "\"%1\" differs from \"%2\", the name on record for ID number %3; the "
                                      "name on record is kept.")
                                       .arg(name, known->name.toString(), idNumber),
                        ImportProblem::Topic::NameDiffers);
        }
        return subject;
    }
    if (name.isEmpty())
        row.error(u"name"_s, QCoreApplication::translate("Import", "the person with ID number %1 is on no roster yet, so the name is needed. "
                                "Fill it in.")
                                 .arg(idNumber));
    if (subject.companyId == 0 && row.text(u"company"_s).isEmpty())
        row.error(u"company"_s, QCoreApplication::translate("Import", "the person with ID number %1 is on no roster yet, so the company is "
                                   "needed. Fill it in.")
                                    .arg(idNumber));
    if (!name.isEmpty() && subject.companyId != 0) {
        Person external;
        external.idNumber = idNumber;
        external.name = name;
        external.companyId = subject.companyId;
        external.category = PersonCategory::External;
        mapped.newExternal = external;
    }
    return subject;
}

template <typename T>
MappedRow RowMapper::mapRecord(Row &row)
{
    T record;
    const EntityDef &def = definition<T>();
    // A record about a person names them by ID number (and name), and the
    // company reporting it, which is the person's unless the file says.
    bool aboutPerson = false;
    for (const Column &column : def.columns)
        aboutPerson = aboutPerson || (column.type == ColumnType::Reference && column.references == EntityKind::Person);
    const Subject who = aboutPerson ? subject(row, row.mapped) : Subject{};
    for (const Column &column : def.columns) {
        const QString field = column.fieldName();
        // What the file has no column for keeps the record's default (a
        // daily report's edition).
        if (!column.isRead() || !column.set || (column.type != ColumnType::Reference && !row.has(field)))
            continue;
        const bool needed = !column.has(Column::Optional);
        QVariant value;
        switch (column.type) {
        case ColumnType::Reference:
            if (column.references == EntityKind::Person)
                value = who.personId;
            else if (column.references == EntityKind::Company)
                value = aboutPerson ? who.companyId : row.company(field, m_companies, needed);
            break;
        case ColumnType::Text: value = row.text(field); break;
        case ColumnType::Integer: value = row.count(column); break;
        case ColumnType::Date: value = row.date(field, needed); break;
        case ColumnType::DateTime: value = row.dateTime(field, needed); break;
        case ColumnType::Code: value = row.code(column, needed && column.has(Column::Key)); break;
        case ColumnType::Bool:
            value = row.label(field, parseYesNo, column.whenEmpty.toBool(), u"是, 否"_s);
            break;
        case ColumnType::Real: value = row.temperature(field); break;
        case ColumnType::Timestamp: break;
        }
        if (value.isValid())
            column.set(&record, value);
    }
    if (row.mapped.ok())
        row.check(Validator::check(record));
    row.mapped.value = record;
    return row.mapped;
}

MappedRow RowMapper::mapInspection(Row &row)
{
    InspectionRow result;
    Inspection &inspection = result.inspection;
    inspection.code = row.required(u"code"_s);
    inspection.inspectedOn = row.date(u"date"_s, true);
    inspection.companyId = row.company(u"company"_s, m_companies, true);
    inspection.method = row.label(u"method"_s, parseEnum<InspectionMethod>, InspectionMethod::Regular,
                                  u"四不两直, 定期检查, 专项督查"_s);
    inspection.inspectors = row.text(u"inspector"_s);
    const QString description = row.text(u"finding"_s);
    if (!description.isEmpty()) {
        Finding finding;
        finding.description = description;
        finding.deadline = row.date(u"deadline"_s, false);
        finding.status = row.label(u"status"_s, parseEnum<FindingStatus>, FindingStatus::Open, u"整改中, 已整改"_s);
        result.finding = finding;
    }
    if (row.mapped.ok())
        row.check(Validator::check(inspection));
    row.mapped.value = result;
    return row.mapped;
}

namespace {

template <typename T>
bool encodeRecord(const T &record, EncodedRow &e)
{
    const EntityDef &def = definition<T>();
    static const bool keptBack = !Entities::isReferred(def);
    if (!keptBack)
        return false;
    static const qsizetype table = ImportWriter::tables().indexOf(def.table);
    e.table = table;
    e.names = &def.writtenNames;
    e.keyColumns = def.keyIndexes.size();
    for (qsizetype i = 0; i < def.writtenIndexes.size(); ++i) {
        const Column &column = def.columns.at(def.writtenIndexes.at(i));
        if (e.personColumn < 0 && column.type == ColumnType::Reference && column.references == EntityKind::Person)
            e.personColumn = i;
        column.encode(&record, e);
    }
    return true;
}

bool encodeRecord(const InspectionRow &, EncodedRow &) { return false; }

} // namespace

bool encodeRow(MappedRow &row)
{
    row.encoded.clear();
    if (!std::visit([&row](const auto &record) { return encodeRecord(record, row.encoded); }, row.value))
        return false;
    // The writer looks every key up among those it met: hashed here, on
    // the reading thread of a large import, not on the writing one.
    row.encoded.keyHash = row.encoded.hash(0, row.encoded.keyColumns);
    return true;
}

} // namespace seawall
