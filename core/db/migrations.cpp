// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/migrations.h"

#include "core/db/listchecks.h"
#include "core/db/vaccinationstatus.h"
#include "core/entity/entitydef.h"
#include "core/sql/sqldialect.h"

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Version 1: the domain model. Dates are ISO-8601 text ('YYYY-MM-DD'), times
// 'YYYY-MM-DD HH:MM'; enumerations are stored by their English codes.
QStringList schemaV1(SqlBackend backend)
{
    // A batch names a company and a company the batch that made it.
    // SQLite takes a reference to a table made later; PostgreSQL has the
    // batch's added once the company table is there.
    const QString batchCompany = u"company_id INTEGER REFERENCES company(id) ON DELETE SET NULL"_s;
    const bool later = backend == SqlBackend::Postgresql;
    QStringList statements = SqlDialect::compatibilityFunctions(backend) + QStringList{
        uR"(CREATE TABLE import_batch (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            kind TEXT NOT NULL,
            %1,
            encoding TEXT NOT NULL DEFAULT '',
            rows INTEGER NOT NULL DEFAULT 0,
            inserted INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            undone_at TEXT))"_s.arg(later ? u"company_id INTEGER"_s : batchCompany),
        u"CREATE INDEX import_batch_sha256 ON import_batch(sha256)"_s,

        uR"(CREATE TABLE company (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE,
            parent_id INTEGER REFERENCES company(id) ON DELETE RESTRICT,
            reports_daily INTEGER NOT NULL DEFAULT 1 CHECK (reports_daily IN (0, 1)),
            contact_person TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
            CHECK (parent_id IS NULL OR parent_id <> id)))"_s,
        u"CREATE INDEX company_parent ON company(parent_id)"_s,
        later ? u"ALTER TABLE import_batch ADD CONSTRAINT import_batch_company FOREIGN KEY (company_id)"
                u" REFERENCES company(id) ON DELETE SET NULL"_s
              : QString(),

        uR"(CREATE TABLE company_alias (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            alias TEXT NOT NULL UNIQUE))"_s,
        u"CREATE INDEX company_alias_company ON company_alias(company_id)"_s,

        uR"(CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            id_number TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18),
            name TEXT NOT NULL CHECK (name <> ''),
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE RESTRICT,
            department TEXT NOT NULL DEFAULT '',
            gender TEXT NOT NULL DEFAULT 'unknown' CHECK (gender IN ('unknown', 'male', 'female')),
            phone TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            party_member INTEGER NOT NULL DEFAULT 0 CHECK (party_member IN (0, 1)),
            category TEXT NOT NULL DEFAULT 'staff'
                CHECK (category IN ('staff', 'dispatched', 'outsourced', 'family', 'external')),
            joined_on TEXT,
            left_on TEXT,
            exempt_from TEXT,
            exempt_until TEXT,
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL))"_s,
        u"CREATE INDEX person_company ON person(company_id, category)"_s,
        u"CREATE INDEX person_name ON person(name)"_s,

        uR"(CREATE TABLE nucleic_test (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE RESTRICT,
            sampled_on TEXT NOT NULL,
            site TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL CHECK (result IN ('negative', 'positive', 'pending')),
            lab TEXT NOT NULL DEFAULT '',
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
            UNIQUE (person_id, sampled_on, site)))"_s,
        u"CREATE INDEX nucleic_test_day ON nucleic_test(sampled_on, company_id, person_id, result)"_s,

        uR"(CREATE TABLE vaccination (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            company_id INTEGER REFERENCES company(id) ON DELETE SET NULL,
            dose TEXT NOT NULL CHECK (dose IN ('first', 'second', 'third', 'booster')),
            vaccinated_on TEXT NOT NULL,
            manufacturer TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
            UNIQUE (person_id, dose)))"_s,
        u"CREATE INDEX vaccination_cover ON vaccination(person_id, vaccinated_on, dose, manufacturer)"_s,

        uR"(CREATE TABLE volunteer_shift (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            company_id INTEGER REFERENCES company(id) ON DELETE SET NULL,
            team TEXT NOT NULL DEFAULT '',
            site TEXT NOT NULL DEFAULT '',
            task TEXT NOT NULL DEFAULT '',
            start_at TEXT NOT NULL,
            end_at TEXT NOT NULL,
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
            UNIQUE (person_id, start_at),
            CHECK (end_at > start_at)))"_s,
        u"CREATE INDEX volunteer_shift_start ON volunteer_shift(start_at, end_at, person_id, team)"_s,

        uR"(CREATE TABLE inspection (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            inspected_on TEXT NOT NULL,
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE RESTRICT,
            method TEXT NOT NULL CHECK (method IN ('unannounced', 'regular', 'special')),
            inspectors TEXT NOT NULL DEFAULT '',
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL))"_s,
        u"CREATE INDEX inspection_day ON inspection(inspected_on, company_id)"_s,

        uR"(CREATE TABLE finding (
            id INTEGER PRIMARY KEY,
            inspection_id INTEGER NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
            description TEXT NOT NULL CHECK (description <> ''),
            deadline TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'rectified')),
            rectified_on TEXT,
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
            UNIQUE (inspection_id, description)))"_s,

        uR"(CREATE TABLE daily_report (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE RESTRICT,
            report_date TEXT NOT NULL,
            edition TEXT NOT NULL DEFAULT 'evening' CHECK (edition IN ('morning', 'evening')),
            on_duty INTEGER NOT NULL DEFAULT 0 CHECK (on_duty >= 0),
            away INTEGER NOT NULL DEFAULT 0 CHECK (away >= 0),
            arrivals INTEGER NOT NULL DEFAULT 0 CHECK (arrivals >= 0),
            under_observation INTEGER NOT NULL DEFAULT 0 CHECK (under_observation >= 0),
            tests_done INTEGER NOT NULL DEFAULT 0 CHECK (tests_done >= 0),
            anomalies TEXT NOT NULL DEFAULT '',
            zero_report INTEGER NOT NULL CHECK (zero_report IN (0, 1)),
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
            UNIQUE (company_id, report_date, edition)))"_s,
        u"CREATE INDEX daily_report_day ON daily_report(report_date, company_id)"_s,
    };
    statements.removeAll(QString());
    return statements;
}

// Version 2: settings kept with the data (the group's briefing counter,
// cut-off hours…), so that every coordinator on the file sees the same; and
// each person's vaccination milestones, with an index that covers the
// figures' scan of the roster.
QStringList schemaV2()
{
    return {
        uR"(CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,
        u"ALTER TABLE person ADD COLUMN first_dose_on TEXT"_s,
        u"ALTER TABLE person ADD COLUMN full_on TEXT"_s,
        u"ALTER TABLE person ADD COLUMN booster_on TEXT"_s,
        u"CREATE INDEX person_figures ON person(company_id, category, joined_on, left_on, party_member,"
        u" exempt_from, exempt_until, first_dose_on, full_on, booster_on)"_s,
    };
}

// Version 3: briefings. One row per (day, edition) holds the paragraph the
// user edited before printing and, once printed, the issue number and the
// figures as leaders read them, so that a later change to the data shows.
// Issue numbers stay NULL until printed; UNIQUE keeps two briefings from
// sharing one (SQLite allows many NULLs under UNIQUE).
QStringList schemaV3()
{
    return {
        uR"(CREATE TABLE briefing (
            id INTEGER PRIMARY KEY,
            briefing_date TEXT NOT NULL,
            edition TEXT NOT NULL CHECK (edition IN ('morning', 'evening')),
            issue_number INTEGER UNIQUE CHECK (issue_number IS NULL OR issue_number > 0),
            figures_json TEXT NOT NULL DEFAULT '',
            paragraph TEXT NOT NULL DEFAULT '',
            paragraph_edited INTEGER NOT NULL DEFAULT 0 CHECK (paragraph_edited IN (0, 1)),
            printed_at TEXT,
            printed_by TEXT NOT NULL DEFAULT '',
            UNIQUE (briefing_date, edition)))"_s,
    };
}

// Version 4: what each import batch changed, so that it can be undone as a
// whole: the rows it inserted (deleted on undo) and, for the rows it
// updated, the values they had before (restored on undo).
QStringList schemaV4()
{
    return {
        uR"(CREATE TABLE import_change (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
            table_name TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update')),
            previous_json TEXT))"_s,
        u"CREATE INDEX import_change_batch ON import_change(batch_id)"_s,
    };
}

// Version 5: the reconciliation's "mark reviewed" notes, one per item (its
// kind and its key, see Discrepancy), kept with the data so that every
// coordinator on the file sees what was already looked at and why.
QStringList schemaV5()
{
    return {
        uR"(CREATE TABLE reconciliation_review (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            reviewed_at TEXT NOT NULL,
            reviewed_by TEXT NOT NULL DEFAULT '',
            UNIQUE (kind, key)))"_s,
    };
}

// Version 6: the Personnel list's search looks at the name, ID number,
// phone and company of every person; an index holding just those (in name
// order, the list's own) is read instead of the whole rows, and it serves
// every lookup by name that the index it replaces did.
QStringList schemaV6()
{
    return {
        u"DROP INDEX person_name"_s,
        u"CREATE INDEX person_search ON person(name, id_number, phone, company_id)"_s,
    };
}

// Version 7: the names an import met for a person that differ from the one
// on record (a test file's 张叁 for the roster's 张三, or the name a roster
// row replaced), one per person, name and batch, with the file's line, so
// that the reconciliation can show them. Undoing the batch deletes them.
QStringList schemaV7()
{
    return {
        uR"(CREATE TABLE person_name_variant (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (name <> ''),
            batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
            line INTEGER NOT NULL DEFAULT 0,
            file_kind TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            UNIQUE (person_id, name, batch_id)))"_s,
        u"CREATE INDEX person_name_variant_batch ON person_name_variant(batch_id)"_s,
    };
}

// Version 8: the Vaccinations list opens newest first; with the doses in
// date order it reads the first screenful instead of sorting them all.
QStringList schemaV8()
{
    return {u"CREATE INDEX vaccination_day ON vaccination(vaccinated_on)"_s};
}

} // namespace

namespace {

// Version 9: every editable row carries a version, counted up by each
// change, and when and by whom it was last changed, so that a save over a
// row changed elsewhere since it was opened is refused, saying so.
QStringList schemaV9()
{
    QStringList statements;
    // The tables of version 8; a table made later is made with these columns.
    static const QStringList before{u"company"_s, u"person"_s, u"nucleic_test"_s, u"vaccination"_s, u"volunteer_shift"_s,
                                    u"inspection"_s, u"finding"_s,      u"daily_report"_s};
    for (const EntityDef *def : Entities::all())
        if (def->versioned && before.contains(def->table))
            statements << u"ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s.arg(def->table)
                       << u"ALTER TABLE %1 ADD COLUMN changed_at TEXT"_s.arg(def->table)
                       << u"ALTER TABLE %1 ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"_s.arg(def->table);
    return statements;
}

// Version 10: a list's search finds a rare name among a million tests by
// looking the person up first, then the person's tests; the sites of tests
// and the makers and places of doses, being few, are looked up the same way
// (the columns flagged Column::Indexed). The Tests list reads its rows in
// their order (day, then id) and stops at a screenful, rather than sorting a
// whole day's tests first. Each index leads with a column of few values, so
// that a large import appends to it rather than splitting pages all over it.
QStringList schemaV10()
{
    return {
        u"CREATE INDEX nucleic_test_site ON nucleic_test(site)"_s,
        u"CREATE INDEX nucleic_test_sampled ON nucleic_test(sampled_on)"_s,
        u"CREATE INDEX vaccination_manufacturer ON vaccination(manufacturer)"_s,
        u"CREATE INDEX vaccination_place ON vaccination(place)"_s,
    };
}

// Version 11: the Personnel list opens in pinyin order by reading the
// first screenful of an index of the names' pinyin keys (db/pinyinkey.h),
// rather than sorting all 200,000 persons. The index holds what the list's
// search and filters test (the searchable columns, the company, category
// and status): a rare search walks the index alone, in order, without
// looking each person up (0.7 s on 200,000 persons when it did).
// Database::open keeps it built by the ICU it runs with.
QStringList schemaV11(SqlBackend backend)
{
    return {u"CREATE INDEX person_name_pinyin ON person(%1, id_number, name, phone, company_id, category, left_on, "
            u"full_on)"_s.arg(SqlDialect::byPinyin(backend, u"name"_s))};
}

// Version 12: the tests of each day and company, kept by the database as
// tests are written, so that the figures' tests to date add up a few rows
// per day instead of counting every test there ever was (20 million, a
// second, after a year of daily tests). Filled from the tests already
// there.
QStringList schemaV12(SqlBackend backend)
{
    return QStringList{
               uR"(CREATE TABLE nucleic_test_day_count (
            sampled_on TEXT NOT NULL,
            company_id INTEGER NOT NULL,
            tests INTEGER NOT NULL,
            PRIMARY KEY (sampled_on, company_id)))"_s,
               u"INSERT INTO nucleic_test_day_count (sampled_on, company_id, tests)"
               u" SELECT sampled_on, company_id, count(*) FROM nucleic_test GROUP BY sampled_on, company_id"_s,
           }
        + SqlDialect::keepRowCounts(backend, u"nucleic_test"_s, {u"sampled_on"_s, u"company_id"_s},
            u"nucleic_test_day_count"_s, u"tests"_s);
}

// Version 13: the readiness registers (DOMAIN.md "Readiness"): 24-hour
// duty, supplies stocktakes, training certificates and drills. Written out
// as they were released, never generated from today's definitions.
QStringList schemaV13()
{
    // What every editable row carries (versions 1 and 9): its import batch,
    // its version, and when and by whom it was last changed.
    const QString kept = u"batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,"
                         u" version INTEGER NOT NULL DEFAULT 1, changed_at TEXT,"
                         u" changed_by TEXT NOT NULL DEFAULT ''"_s;
    return {
        uR"(CREATE TABLE duty (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE RESTRICT,
            duty_date TEXT NOT NULL,
            shift TEXT NOT NULL CHECK (shift IN ('day', 'night', 'full_day')),
            person TEXT NOT NULL CHECK (person <> ''),
            phone TEXT NOT NULL DEFAULT '',
            leader TEXT NOT NULL DEFAULT '',
            %1,
            UNIQUE (company_id, duty_date, shift)))"_s.arg(kept),
        u"CREATE INDEX duty_day ON duty(duty_date, company_id, shift)"_s,

        uR"(CREATE TABLE stocktake (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE RESTRICT,
            item TEXT NOT NULL CHECK (item <> ''),
            counted_on TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            quantity INTEGER NOT NULL DEFAULT 0 CHECK (quantity >= 0),
            minimum INTEGER CHECK (minimum IS NULL OR minimum >= 0),
            %1,
            UNIQUE (company_id, item, counted_on)))"_s.arg(kept),
        u"CREATE INDEX stocktake_day ON stocktake(counted_on)"_s,

        uR"(CREATE TABLE training (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            company_id INTEGER REFERENCES company(id) ON DELETE SET NULL,
            course TEXT NOT NULL CHECK (course <> ''),
            exam_on TEXT NOT NULL,
            passed INTEGER NOT NULL DEFAULT 0 CHECK (passed IN (0, 1)),
            certificate_no TEXT NOT NULL DEFAULT '',
            valid_until TEXT,
            %1,
            UNIQUE (person_id, course)))"_s.arg(kept),
        u"CREATE INDEX training_validity ON training(valid_until, passed, exam_on, person_id)"_s,

        uR"(CREATE TABLE drill (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE RESTRICT,
            drill_date TEXT NOT NULL,
            title TEXT NOT NULL CHECK (title <> ''),
            type TEXT NOT NULL DEFAULT 'other'
                CHECK (type IN ('mass_testing', 'emergency', 'school_opening', 'other')),
            participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
            notes TEXT NOT NULL DEFAULT '',
            %1,
            UNIQUE (company_id, drill_date, title)))"_s.arg(kept),
        u"CREATE INDEX drill_day ON drill(drill_date, company_id)"_s,
    };
}

// A table of records about a person, as version 14 wrote them: the
// person, the company reporting it, the record's own columns, the import
// batch and the version of an editable row, one per person and day.
QString personRecordTable(const QString &table, const QString &columns, const QString &day)
{
    return uR"(CREATE TABLE %1 (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE RESTRICT,
            %2,
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
            version INTEGER NOT NULL DEFAULT 1,
            changed_at TEXT,
            changed_by TEXT NOT NULL DEFAULT '',
            UNIQUE (person_id, %3)))"_s.arg(table, columns, day);
}

// Version 14: people on the move (DOMAIN.md): declarations of leaving the
// city, arrivals with their measure, and daily health checks. An arrival
// keeps the day its observation ends (Arrival::endsOn) and a check whether
// it is abnormal, so that the figures count both through an index.
QStringList schemaV14()
{
    return {
        personRecordTable(u"departure"_s,
                          uR"(leave_on TEXT NOT NULL,
            destination TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            planned_return_on TEXT,
            approved INTEGER NOT NULL DEFAULT 1 CHECK (approved IN (0, 1)),
            returned_on TEXT)"_s,
                          u"leave_on"_s),
        u"CREATE INDEX departure_day ON departure(leave_on, approved, returned_on, company_id)"_s,
        personRecordTable(u"arrival"_s,
                          uR"(arrived_on TEXT NOT NULL,
            from_place TEXT NOT NULL DEFAULT '',
            risk_level TEXT NOT NULL DEFAULT 'none' CHECK (risk_level IN ('none', 'low', 'medium', 'high')),
            health_code TEXT NOT NULL DEFAULT 'green' CHECK (health_code IN ('green', 'yellow', 'red')),
            measure TEXT NOT NULL DEFAULT 'none' CHECK (measure IN ('none', 'home', 'quarantine')),
            observation_days INTEGER CHECK (observation_days IS NULL OR observation_days >= 0),
            released_on TEXT,
            ends_on TEXT NOT NULL)"_s,
                          u"arrived_on"_s),
        u"CREATE INDEX arrival_day ON arrival(arrived_on, company_id, risk_level)"_s,
        u"CREATE INDEX arrival_observed ON arrival(ends_on, arrived_on, measure, person_id, company_id)"_s,
        personRecordTable(u"health_check"_s,
                          uR"(checked_on TEXT NOT NULL,
            temperature REAL,
            symptoms TEXT NOT NULL DEFAULT '',
            abnormal INTEGER NOT NULL CHECK (abnormal IN (0, 1)))"_s,
                          u"checked_on"_s),
        u"CREATE INDEX health_check_day ON health_check(checked_on, abnormal, company_id)"_s,
    };
}

// Version 15: the audit log, written in the same transaction as every
// change (core/audit/auditlog.h): when, by whom, what was done to which
// record by its natural key, its values before and after (JSON), the
// import batch and the reason given. Rows are only ever added: the
// database refuses to change or delete them. No reference to the batch, so
// that nothing that happens to the batch can reach the log.
QStringList schemaV15(SqlBackend backend)
{
    return QStringList{
        uR"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            entity TEXT NOT NULL DEFAULT '',
            row_id INTEGER,
            natural_key TEXT NOT NULL DEFAULT '',
            before_json TEXT,
            after_json TEXT,
            batch_id INTEGER,
            reason TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX audit_log_at ON audit_log(at)"_s,
    } + SqlDialect::refuseChanges(backend, u"audit_log"_s, u"The audit log cannot be changed or deleted."_s);
}

// Version 16: the days whose evening briefing was printed or exported,
// locked against changes until someone unlocks them with a reason (both
// in the audit log); the issue number names the briefing.
QStringList schemaV16()
{
    return {
        uR"(CREATE TABLE day_lock (
            lock_date TEXT PRIMARY KEY,
            issue_number INTEGER,
            locked_at TEXT NOT NULL,
            locked_by TEXT NOT NULL DEFAULT ''))"_s,
    };
}

// Version 17: on a server, every program connected hears which tables
// another one changed (views refresh); nothing in a file.
constexpr int kAnnounced = 17;
QStringList schemaV17(SqlBackend backend) { return SqlDialect::announceChanges(backend); }

// The column as `ALTER TABLE … ADD COLUMN` writes it: texts are never NULL
// ('' for nothing), a code starts at its first value, a reference to a row
// deleted later loses it.
QString columnDdl(const Column &column)
{
    QString type;
    switch (column.type) {
    case ColumnType::Text: type = u"TEXT NOT NULL DEFAULT ''"_s; break;
    case ColumnType::Integer:
    case ColumnType::Bool: type = u"INTEGER NOT NULL DEFAULT 0"_s; break;
    case ColumnType::Real: type = u"REAL"_s; break;
    case ColumnType::Date:
    case ColumnType::DateTime:
    case ColumnType::Timestamp: type = u"TEXT"_s; break;
    case ColumnType::Code: type = u"TEXT NOT NULL DEFAULT '%1'"_s.arg(column.codes.value(0)); break;
    case ColumnType::Reference:
        // SQLite adds only a column that may be NULL.
        type = u"INTEGER REFERENCES %1(id) ON DELETE %2"_s.arg(
            Entities::of(column.references).table,
            column.onDelete() == Column::OnDelete::Cascade ? u"CASCADE"_s
            : column.onDelete() == Column::OnDelete::Restrict ? u"RESTRICT"_s
                                                              : u"SET NULL"_s);
        break;
    }
    return column.name + u' ' + type;
}

// The columns the definitions say a version added to a table that was
// there before: adding a field to an entity is a line of its definition.
QStringList addedColumns(int version)
{
    QStringList statements;
    for (const EntityDef *def : Entities::all())
        for (const Column &column : def->columns)
            if (column.since == version)
                statements << u"ALTER TABLE %1 ADD COLUMN %2"_s.arg(def->table, columnDdl(column));
    return statements;
}

// Version 18: on a server, the tests of each day and company kept by
// statement triggers instead of row triggers (SqlDialect::
// keepRowCountsByStatement): importing a day's tests of the whole group
// took minutes. Nothing changes in a file.
QStringList schemaV18(SqlBackend backend)
{
    return SqlDialect::keepRowCountsByStatement(backend, u"nucleic_test"_s, {u"sampled_on"_s, u"company_id"_s},
        u"nucleic_test_day_count"_s, u"tests"_s, u"id"_s);
}

// Version 20: the persons' index by company and category goes. It is the
// start of person_figures (version 2), which serves every query it served,
// and making it again after a large roster was a tenth of that import.
// (If it is there: a server set back a version by hand runs the step again.)
QStringList schemaV20() { return {u"DROP INDEX IF EXISTS person_company"_s}; }

std::vector<Migration> ladder(SqlBackend backend)
{
    std::vector<Migration> steps{
        {1, schemaV1(backend)},
        {2, schemaV2(), VaccinationStatus::refreshAll},
        {3, schemaV3()},
        {4, schemaV4()},
        {5, schemaV5()},
        {6, schemaV6()},
        {7, schemaV7()},
        {8, schemaV8()},
        {9, schemaV9()},
        {10, schemaV10()},
        {11, schemaV11(backend)},
        {12, schemaV12(backend)},
        {13, schemaV13()},
        {14, schemaV14()},
        {15, schemaV15(backend)},
        {16, schemaV16()},
        {kAnnounced, schemaV17(backend)},
        {18, schemaV18(backend)},
        // In a file, a CHECK against a list of three or more values spelled
        // as comparisons (core/db/listchecks.h); nothing on a server.
        {19, {}, ListChecks::spellAsComparisons},
        {20, schemaV20()},
    };
    // Versions since 8 may be made of added columns alone.
    int latest = steps.back().version;
    for (const EntityDef *def : Entities::all())
        for (const Column &column : def->columns)
            latest = std::max(latest, column.since);
    for (int version = steps.back().version + 1; version <= latest; ++version)
        steps.push_back({version, {}});
    // Added columns first: a step's own statements may index them.
    for (Migration &step : steps)
        if (step.version > 8)
            step.statements = addedColumns(step.version) + step.statements;
    // A table made later is announced too.
    for (Migration &step : steps)
        if (step.version > kAnnounced)
            step.statements += SqlDialect::announceChanges(backend);
    return steps;
}

} // namespace

const std::vector<Migration> &migrations(SqlBackend backend)
{
    static const std::vector<Migration> sqlite = ladder(SqlBackend::Sqlite);
    static const std::vector<Migration> postgresql = ladder(SqlBackend::Postgresql);
    return backend == SqlBackend::Postgresql ? postgresql : sqlite;
}

QStringList tablesKeptByTriggers() { return {u"nucleic_test_day_count"_s}; }

} // namespace seawall
