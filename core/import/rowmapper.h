// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/csvreader.h"
#include "core/csv/headermap.h"
#include "core/sql/encodedrow.h"
#include "core/import/importreport.h"
#include "core/model/arrival.h"
#include "core/model/company.h"
#include "core/model/dailyreport.h"
#include "core/model/drill.h"
#include "core/model/duty.h"
#include "core/model/departure.h"
#include "core/model/healthcheck.h"
#include "core/model/inspection.h"
#include "core/model/nucleictest.h"
#include "core/model/person.h"
#include "core/model/stocktake.h"
#include "core/model/training.h"
#include "core/model/vaccination.h"
#include "core/model/volunteershift.h"

#include <QSet>

#include <functional>
#include <optional>
#include <variant>
#include <vector>

namespace seawall {

class CompanyLookup;
class PersonDirectory;

// A row of an inspections file: the inspection, and the finding when the
// row names one.
struct InspectionRow
{
    Inspection inspection;
    std::optional<Finding> finding;
};

// One record turned into the entity it describes, with the problems found.
struct MappedRow
{
    using Value = std::variant<Company, Person, NucleicTest, Vaccination, VolunteerShift, InspectionRow, DailyReport,
                               Duty, Stocktake, Training, Drill,
                               Departure, Arrival, HealthCheck>;

    Value value;
    // A person this row needs who is on no roster yet: created as 外部
    // before the row is written (the row's personId is 0 until then).
    std::optional<Person> newExternal;
    // A roster row without a category for a person known so far only as
    // 外部: the person joins the roster (as staff).
    bool joinsRoster = false;
    // The name a test, vaccination or shift row gives a person on record
    // under another name (foldName apart); empty when the names agree. The
    // name on record is kept; the import records this one beside it.
    QString differingName;
    QList<ImportProblem> warnings;
    QList<ImportProblem> errors;
    // The row ready to bind, once encodeRow() made it.
    EncodedRow encoded;

    bool ok() const { return errors.isEmpty(); }
};

// Encodes a row whose table no other row refers to (tests, vaccinations,
// shifts, daily reports) into row.encoded, by its entity's definition, for
// ImportWriter::write(): false for rows of other tables. Runs no SQL: any
// thread may call it.
bool encodeRow(MappedRow &row);

// Turns the records of one file into entities: parses every cell as
// subsidiaries write it, resolves companies by name or alias and persons by
// ID number, and says what is wrong in words a clerk can act on, naming the
// column by the file's own header. Writes nothing.
class RowMapper
{
public:
    // `headerOf` names a canonical column by the file's header cell.
    RowMapper(csv::HeaderMap map, CompanyLookup &companies, PersonDirectory &persons,
              std::function<QString(const QString &)> headerOf);

    MappedRow map(const csv::Record &record);

    // The canonical columns the file has: an update writes only these, so
    // that what the file does not say (an exemption, an alias) is kept.
    const QSet<QString> &present() const { return m_present; }

private:
    struct Row;

    MappedRow mapCompany(Row &row);
    MappedRow mapPerson(Row &row);
    MappedRow mapInspection(Row &row);
    // A record whose columns the file names one to one, by its entity's
    // definition: a test, a dose, a shift, a daily report.
    template <typename T>
    MappedRow mapRecord(Row &row);

    // The person of a row of tests, vaccinations or shifts, and the
    // company reporting it; 0 ids and errors on the row when unresolved.
    struct Subject
    {
        qint64 personId = 0;
        qint64 companyId = 0;
    };
    Subject subject(Row &row, MappedRow &mapped);

    csv::HeaderMap m_map;
    // HeaderMap::column by canonical name, looked up for every cell of a
    // file: a dozen names compared in turn (by length first) cost less than
    // hashing the name for each cell, which was a fifth of a large import.
    struct ColumnAt
    {
        QString canonical;
        int at;
    };
    std::vector<ColumnAt> m_columns;
    CompanyLookup &m_companies;
    PersonDirectory &m_persons;
    std::function<QString(const QString &)> m_headerOf;
    QSet<QString> m_present;
    // Company ids by the name or alias as the file writes it; only names
    // found, which stay found for the length of a file.
    QHash<QString, qint64> m_companyIds;
};

} // namespace seawall
