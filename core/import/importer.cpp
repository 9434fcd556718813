// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importer.h"

#include "core/audit/auditlog.h"
#include "core/db/scopedpragma.h"
#include "core/db/vaccinationstatus.h"
#include "core/entity/entitydef.h"
#include "core/import/deferreddaycounts.h"
#include "core/import/importcontext.h"
#include "core/import/importgate.h"
#include "core/import/rowsource.h"
#include "core/import/importpreview.h"
#include "core/import/mappedrecords.h"
#include "core/import/mappingprofiles.h"
#include "core/import/rejectswriter.h"
#include "core/import/rowmapper.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>
#include <numeric>
#include <optional>
#include <type_traits>
#include <vector>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Problems kept per file and list: enough for any file a clerk can fix,
// and memory stays flat on a file where every row is wrong.
constexpr qsizetype kMaxProblems = 1000;

// Files larger than this (about 10,000 rows) load every person at once
// rather than looking each one up: the scan costs about as much as that
// many lookups. From this size too, a file may lay indexes aside
// (IndexesAside); a smaller one changes no schema.
constexpr qint64 kLargeFile = 1024 * 1024;

// How often a worker thread's import reports progress and looks at its
// cancel flag: often enough for a prompt Cancel, rarely enough to cost nothing.
constexpr qint64 kPollRecords = 256;

// The records that tell which company a file is from: enough to see a
// second company if there is one, few enough to read in no time.
constexpr qsizetype kProfileRecords = 20;

// The page cache an import's connection has at least (run()).
constexpr int kCacheKibibytes = 64 * 1024;

int rank(csv::FileKind kind)
{
    switch (kind) {
    case csv::FileKind::Companies: return 0;
    case csv::FileKind::Personnel: return 1;
    case csv::FileKind::Inspections: return 2;
    case csv::FileKind::Tests: return 3;
    case csv::FileKind::Vaccinations: return 4;
    case csv::FileKind::VolunteerShifts: return 5;
    case csv::FileKind::DailyReports: return 6;
    case csv::FileKind::Duty: return 7;
    case csv::FileKind::Stocktakes: return 8;
    case csv::FileKind::Trainings: return 9;
    case csv::FileKind::Drills: return 10;
    case csv::FileKind::Departures: return 11;
    case csv::FileKind::Arrivals: return 12;
    case csv::FileKind::HealthChecks: return 13;
    }
    return 14;
}

// The table the rows of a file of `kind` go to, one row a record naming a
// person: the kinds of file that come large. Null for the others.
const EntityDef *personRecords(csv::FileKind kind)
{
    switch (kind) {
    case csv::FileKind::Personnel: return &definition<Person>();
    case csv::FileKind::Tests: return &definition<NucleicTest>();
    case csv::FileKind::Vaccinations: return &definition<Vaccination>();
    case csv::FileKind::VolunteerShifts: return &definition<VolunteerShift>();
    case csv::FileKind::Departures: return &definition<Departure>();
    case csv::FileKind::Arrivals: return &definition<Arrival>();
    case csv::FileKind::HealthChecks: return &definition<HealthCheck>();
    default: return nullptr;
    }
}

// The rows a file of `bytes` is taken to hold when deciding to lay indexes
// aside: few enough for any file units send (a tests row is about 100
// bytes), so that the indexes of a table are not made anew for an import
// that adds fewer rows than expected.
constexpr qint64 kBytesPerRowAtMost = 128;

// The id `field` reads from a mapped record (its person, its company); 0
// for the kinds of record that have none.
template <typename Field>
qint64 idIn(const MappedRow::Value &value, Field field)
{
    return std::visit(
        [&field](const auto &record) -> qint64 {
            if constexpr (std::is_invocable_v<Field, decltype(record)>)
                return field(record);
            else
                return 0;
        },
        value);
}

// Why a row falls on a day locked by its printed briefing (the day of its
// record, as its definition says), as a problem of that column; nullopt
// when it does not.
std::optional<ImportProblem> lockedDay(const MappedRow::Value &value, const QHash<QDate, DayLocks::Lock> &locks,
                                       qint64 line)
{
    if (locks.isEmpty())
        return std::nullopt;
    return std::visit(
        [&](const auto &record) -> std::optional<ImportProblem> {
            using T = std::decay_t<decltype(record)>;
            const void *stored = &record;
            const EntityDef *def = nullptr;
            if constexpr (std::is_same_v<T, InspectionRow>) {
                def = &definition<Inspection>();
                stored = &record.inspection;
            } else {
                def = &definition<T>();
            }
            const Column *day = def->column(def->day);
            if (!day || !day->get)
                return std::nullopt;
            const auto lock = locks.constFind(DayLocks::dayOfValue(day->get(stored)));
            if (lock == locks.constEnd())
                return std::nullopt;
            // Named by its field, as the row's other problems are.
            return ImportProblem{line, day->fieldName(),
                                 QCoreApplication::translate("Importer", "%1: %2", "a field, then why it cannot change")
                                     .arg(QCoreApplication::translate("Field", day->label), DayLocks::refusal(*lock))};
        },
        value);
}

// A row the database refuses (a unique key, a missing parent) is rejected
// with the others; any other refusal stops the import.
bool isRowProblem(const Error &error)
{
    return error.kind == Error::Kind::Conflict || error.kind == Error::Kind::Invalid
           || error.kind == Error::Kind::NotFound;
}

void add(QList<ImportProblem> &list, qsizetype &dropped, const ImportProblem &problem)
{
    if (list.size() < kMaxProblems)
        list.append(problem);
    else
        ++dropped;
}

} // namespace

Importer::Importer(Database &db) : m_db(db) {}

QString Importer::rejectsPathFor(const QString &requested, const QString &source, qsizetype files, bool workbook)
{
    const QFileInfo out(requested);
    QString suffix = out.suffix().isEmpty() ? u"csv"_s : out.suffix();
    if (workbook && suffix.compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        suffix = u"xlsx"_s;
    if (files <= 1)
        return workbook && out.suffix() != suffix ? out.dir().filePath(u"%1.%2"_s.arg(out.completeBaseName(), suffix)) : requested;
    return out.dir().filePath(u"%1-%2.%3"_s.arg(out.completeBaseName(), QFileInfo(source).completeBaseName(), suffix));
}

QHash<int, QString> Importer::profileColumns(const QString &path, const FileChoice &choice, const CompanyLookup &companies)
{
    const ImportPreview start = ImportPreview::read(path, choice.encoding, choice.delimiter, choice.kind, kProfileRecords,
                                                    choice.sheet);
    if (!start.map)
        return {};
    return MappingProfiles(m_db).columnsForFile(*start.map, start.records, companies);
}

ImportResult Importer::run(const QStringList &paths, const ImportOptions &options)
{
    ImportResult result;
    std::vector<std::unique_ptr<RowSource>> sources;
    bool fatal = false;
    // The companies as they are before the import, for the mapping profiles.
    CompanyLookup owners(m_db);
    const bool ownersLoaded = bool(owners.load());
    for (const QString &path : paths) {
        FileReport report;
        report.file = path;
        std::unique_ptr<RowSource> source = RowSource::create(path);
        FileChoice choice = options.choices.value(path);
        if (choice.encoding.isEmpty())
            choice.encoding = options.encoding;
        if (!choice.kind)
            choice.kind = options.kind;
        // Columns the user did not map here are mapped as they were last
        // confirmed for the file's company, so that no mapping is redone.
        if (choice.columns.isEmpty() && ownersLoaded)
            choice.columns = profileColumns(path, choice, owners);
        source->setDelimiterOverride(choice.delimiter);
        source->setSheet(choice.sheet);
        source->setColumnOverrides(choice.columns);
        if (Status status = source->open(choice.encoding, choice.kind);
            !status) {
            report.errors.append({0, {}, status.error().message});
            fatal = true;
        }
        report.encoding = source->encoding();
        report.delimiter = source->layout().delimiter;
        report.sheet = source->sheet();
        if (source->headerMap())
            report.kind = source->headerMap()->kind();
        result.files.append(report);
        sources.push_back(std::move(source));
    }
    if (fatal) {
        for (qsizetype i = 0; i < result.files.size(); ++i)
            if (const auto sha = sources.at(size_t(i))->sha256())
                result.files[i].sha256 = sha.value();
        return result;
    }

    std::vector<qsizetype> order(sources.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return rank(*result.files.at(a).kind) < rank(*result.files.at(b).kind);
    });

    // Foreign keys go unchecked for the length of the import's transaction.
    // An import deletes nothing, and every id it writes into a row it read
    // or wrote itself in that transaction: the company and person lookups,
    // the external persons it creates, the batch it inserted. SQLite's
    // lookup of each new row's three parents took a tenth of a large
    // import, to check what was known. Set outside the transaction (SQLite
    // ignores the pragma inside one); a server checks its keys always, and
    // cheaply, by index.
    const ScopedPragma uncheckedKeys(m_db, u"foreign_keys"_s, 0);
    // A page cache of 64 MiB (negative: in KiB), unless the connection has
    // more. A unit's test file comes in date order with its persons in
    // random order: each new row goes to a page of the tests' key index
    // (person first) far from the last, and with SQLite's 2 MB cache each
    // such page was read from the file, and written out to the log before
    // the transaction's end to make room, again and again: half of a
    // million-row import was the kernel copying pages. The cache grows only
    // as far as the pages touched. 64 MiB took the system time of a million
    // rows from 16 s to 6 s and the peak memory to 160 MB; 128 MiB saved no
    // more and passed the import's memory target of 200 MB.
    const ScopedPragma pageCache(m_db, u"cache_size"_s, -kCacheKibibytes,
                                 [](int was) { return was <= -kCacheKibibytes; });
    // A check writes nothing: it reads the database as it is, without
    // waiting for another import to end.
    std::optional<Transaction> reading;
    const Result<std::unique_ptr<ImportGate>> gate
        = options.dryRun ? std::unique_ptr<ImportGate>() : ImportGate::enter(m_db, options);
    if (options.dryRun) {
        reading.emplace(m_db, Transaction::Mode::Read);
        if (!reading->isActive()) {
            result.failure = reading->error().message;
            return result;
        }
    } else if (!gate) {
        result.failure = gate.error().message;
        return result;
    } else if (!gate.value()) {
        result.cancelled = true;
        return result;
    }
    Transaction &transaction = reading ? *reading : gate.value()->transaction();
    // Only a tests file writes tests: other imports leave the trigger, and
    // other connections' prepared statements, alone.
    DeferredDayCounts dayCounts(m_db);
    const bool writesTests = std::any_of(result.files.cbegin(), result.files.cend(),
                                         [](const FileReport &file) { return file.kind == csv::FileKind::Tests; });
    if (Status status = writesTests && !options.dryRun ? dayCounts.begin() : Status{}; !status) {
        result.failure = status.error().message;
        return result;
    }
    // The secondary indexes of a table the import fills many times over,
    // made again once its rows are in.
    IndexesAside indexes(m_db);
    if (!options.dryRun) {
        // Not for a workbook: its rows are read slower than written, and
        // the indexes' writes are done while the next rows are read.
        for (qsizetype i = 0; i < result.files.size(); ++i) {
            const qint64 bytes = QFileInfo(sources.at(size_t(i))->path()).size();
            if (const EntityDef *def = personRecords(*result.files.at(i).kind);
                def && bytes >= kLargeFile && !sources.at(size_t(i))->isWorkbook())
                indexes.expect(def->table, bytes / kBytesPerRowAtMost);
        }
        if (Status status = indexes.begin(); !status) {
            result.failure = status.error().message;
            return result;
        }
    }
    Context context{m_db,           options, qsizetype(paths.size()), CompanyLookup(m_db), PersonDirectory(m_db),
                    ImportWriter(m_db), ImportBatchRepository(m_db), {}, options.today.isValid() ? options.today
                                                                                                 : QDate::currentDate()};
    context.indexes = &indexes;
    // A check looks every row up and writes none of them.
    context.writer.setChecking(options.dryRun);
    if (Status status = context.companies.load(); !status) {
        result.failure = status.error().message;
        return result;
    }
    for (const qsizetype index : order) {
        context.lastFile = index == order.back();
        if (!importFile(context, *sources.at(size_t(index)), result.files[index])) {
            fatal = true;
            break;
        }
    }
    if (context.failure) {
        // The transaction rolls back as it goes out of scope.
        result.failure = context.failure->message;
        for (FileReport &report : result.files)
            report.batchId = 0;
        return result;
    }
    // Asked once more after the rows: a Cancel pressed while the last of
    // them were written, or a large file's indexes made again, is not
    // overtaken by the commit.
    if (!fatal && options.cancelled && options.cancelled())
        context.cancelled = true;
    if (context.cancelled) {
        // The transaction rolls back as it goes out of scope.
        result.cancelled = true;
        for (FileReport &report : result.files)
            report.batchId = 0;
        return result;
    }
    const bool commit = !fatal && !options.dryRun && (!result.hasRejections() || options.skipInvalid);
    if (commit) {
        if (Status status = indexes.finish(); !status) {
            result.failure = status.error().message;
            return result;
        }
        if (Status status = dayCounts.finish(); !status) {
            result.failure = status.error().message;
            return result;
        }
        if (Status status = transaction.commit(); !status) {
            result.failure = status.error().message;
            return result;
        }
        result.committed = true;
    }
    if (!result.committed)
        for (FileReport &report : result.files)
            if (!report.alreadyImported)
                report.batchId = 0;
    return result;
}

bool Importer::importFile(Context &context, RowSource &source, FileReport &report)
{
    const csv::FileKind kind = *report.kind;
    // Before the hash is needed, so that the file is hashed meanwhile.
    if (kind != csv::FileKind::Companies && kind != csv::FileKind::Inspections && kind != csv::FileKind::DailyReports
        && QFileInfo(source.path()).size() >= kLargeFile)
        if (Status status = context.persons.preload(); !status)
            return stop(context, status.error());
    const Result<QString> sha256 = source.sha256();
    if (!sha256)
        return report.errors.append({0, {}, sha256.error().message}), false;
    report.sha256 = sha256.value();
    if (const auto previous = context.batches.findActiveBySha256(report.sha256)) {
        report.alreadyImported = true;
        report.batchId = previous->id;
        report.rows = previous->rows;
        report.unchanged = previous->inserted + previous->updated + previous->unchanged;
        report.warnings.append({0, {}, QCoreApplication::translate("Import", "This file was already imported on %1 (import %2); nothing was changed.")
                                           .arg(previous->importedAt.toString(u"yyyy-MM-dd HH:mm"_s))
                                           .arg(previous->id)});
        return true;
    }
    ImportBatch batch;
    batch.fileName = QFileInfo(source.path()).fileName();
    batch.sha256 = report.sha256;
    batch.kind = csv::toCode(kind);
    batch.encoding = source.encoding();
    batch.importedAt = QDateTime::currentDateTime();
    batch.importedAt.setTime(QTime(batch.importedAt.time().hour(), batch.importedAt.time().minute(),
                                   batch.importedAt.time().second()));
    // A check records no batch: its files are told apart by ids below zero.
    auto batchId = context.options.dryRun ? Result<qint64>(-(++context.checkedFiles)) : context.batches.insert(batch);
    if (!batchId)
        return stop(context, batchId.error());
    batch.id = batchId.value();
    report.batchId = context.options.dryRun ? 0 : batch.id;
    context.writer.setBatch(batch.id);
    context.roster = {};
    context.namesSeen.clear();
    // Records a name that differs from the one on record, seen on `line`.
    const auto noteName = [&context, &batch, kind](qint64 personId, const QString &name, qint64 line) -> Status {
        if (context.options.dryRun || personId == 0 || name.isEmpty() || context.namesSeen.contains({personId, name}))
            return {};
        context.namesSeen.insert({personId, name});
        auto recorded = context.names.record({0, personId, name, batch.id, line, csv::toCode(kind), batch.importedAt});
        if (!recorded)
            return recorded.error();
        return {};
    };

    RowMapper mapper(*source.headerMap(), context.companies, context.persons,
                     [&source](const QString &canonical) { return source.headerOf(canonical); });
    std::optional<RejectsWriter> rejects;
    if (!context.options.rejectsPath.isEmpty()) {
        const QString rejectsPath = rejectsPathFor(context.options.rejectsPath, source.path(), context.fileCount,
                                                   source.isWorkbook());
        if (source.isWorkbook())
            rejects.emplace(rejectsPath, *source.headerMap());
        else
            rejects.emplace(rejectsPath, source.encoding(), source.hasBom(), source.layout().delimiter,
                            source.layout().header);
    }
    QSet<qint64> vaccinated;
    QSet<qint64> companiesSeen;
    qsizetype droppedErrors = 0;
    qsizetype droppedWarnings = 0;
    qint64 repeatedChanged = 0; // of report.repeated, those with other values
    // A row that rewrites what an earlier row of the import wrote: the
    // earlier values are lost, which the user should know of.
    const QString keyLabels = csv::HeaderMap::labels(kind, csv::HeaderMap::keyColumns(kind));
    const auto repeatedRecord = [&keyLabels](qint64 line) {
        return ImportProblem{line, {},
                             QCoreApplication::translate("Import", "The same %1 as an earlier row of this import, with "
                                                                   "other values: the values of this row are kept.")
                                 .arg(keyLabels),
                             ImportProblem::Topic::RepeatedRecord};
    };

    // Threaded only where the mapping runs no SQL and no row changes what
    // it reads (see MappedRecords). A roster's rows change the persons they
    // name: those are remembered once the file is read (`rememberAfter`).
    // Until then a later row of the same person is mapped as the database
    // had them, which changes nothing but for one first known from tests
    // and named twice without a category: both rows make them staff.
    const bool threaded = personRecords(kind) && context.persons.isComplete();
    std::vector<std::pair<QString, PersonRef>> rememberAfter;
    MappedRecords records(source, mapper, context.persons, threaded);
    while (MappedRecords::Item *item = records.next()) {
        const csv::Record &record = item->record;
        MappedRow &mapped = item->row;
        ++report.rows;
        if (++context.recordsRead % kPollRecords == 0) {
            if (context.options.progress)
                context.options.progress(context.recordsRead);
            if (context.options.cancelled && context.options.cancelled()) {
                context.cancelled = true;
                return false;
            }
        }
        for (const ImportProblem &warning : std::as_const(mapped.warnings))
            add(report.warnings, droppedWarnings, warning);
        std::optional<ImportWriter::Outcome> outcome;
        if (mapped.ok())
            if (auto locked = lockedDay(mapped.value, context.locks, record.line))
                mapped.errors.append(*locked);
        if (mapped.ok()) {
            auto written = context.writer.write(mapped, mapper.present(), record.line);
            if (written)
                outcome = written.value();
            else if (!isRowProblem(written.error()))
                return stop(context, written.error());
            else
                mapped.errors.append({record.line, {}, written.error().message});
        }
        if (!outcome) {
            ++report.rejected;
            QStringList messages;
            for (const ImportProblem &error : std::as_const(mapped.errors)) {
                add(report.errors, droppedErrors, error);
                messages << error.message;
            }
            if (rejects)
                if (Status status = rejects->add(record.fields, messages); !status)
                    return report.errors.append({0, {}, status.error().message}), false;
            continue;
        }
        if (outcome->repeated) {
            ++report.repeated;
            if (outcome->outcome == UpsertOutcome::Updated) {
                ++repeatedChanged;
                add(report.warnings, droppedWarnings, repeatedRecord(record.line));
            }
        } else {
            switch (outcome->outcome) {
            case UpsertOutcome::Inserted: ++report.inserted; break;
            case UpsertOutcome::Updated: ++report.updated; break;
            case UpsertOutcome::Unchanged: ++report.unchanged; break;
            }
        }
        if (!mapped.differingName.isEmpty()) {
            const qint64 personId = idIn(mapped.value, [](const auto &r) -> decltype(r.personId) { return r.personId; });
            if (Status status = noteName(personId, mapped.differingName, record.line); !status)
                return stop(context, status.error());
        }
        if (mapped.newExternal) {
            ++report.externalPersons;
            records.remember(*mapped.newExternal);
        }
        qint64 companyId = 0;
        if (const auto *c = std::get_if<Company>(&mapped.value)) {
            context.companies.remember(outcome->id, c->code, c->name);
            companyId = outcome->id;
        } else if (const auto *p = std::get_if<Person>(&mapped.value)) {
            companyId = p->companyId;
            const PersonRef written{outcome->id, p->name, p->companyId, p->category == PersonCategory::External};
            if (threaded)
                rememberAfter.emplace_back(p->idNumber, written);
            else
                context.persons.remember(p->idNumber, written);
            context.roster.companies.insert(p->companyId);
            context.roster.persons.insert(outcome->id);
            // A roster row renames the person (the later file wins); the
            // name it replaced is kept as a name seen for them, so that a
            // renamed person shows in the reconciliation.
            if (outcome->outcome == UpsertOutcome::Updated) {
                const QString before = outcome->previous.value(u"name"_s).toString();
                if (!before.isEmpty() && before != p->name && foldName(before) != foldName(p->name))
                    if (Status status = noteName(outcome->id, before, record.line); !status)
                        return stop(context, status.error());
            }
            RosterEntry entry{p->idNumber, p->name, context.companies.nameOf(p->companyId), {}};
            const qint64 before = outcome->previous.value(u"company_id"_s).toLongLong();
            const bool wasExternal = mapped.joinsRoster
                                     || outcome->previous.value(u"category"_s).toString() == u"external"_s;
            // A person the file named before is no change of the roster.
            const bool updated = outcome->outcome == UpsertOutcome::Updated && !outcome->repeated;
            if (outcome->outcome == UpsertOutcome::Inserted || (updated && wasExternal))
                report.roster.added.append(entry);
            else if (updated && before != 0 && before != p->companyId)
                entry.fromCompany = context.companies.nameOf(before), report.roster.moved.append(entry);
            else if (updated)
                report.roster.changed.append(entry);
        } else if (const auto *v = std::get_if<Vaccination>(&mapped.value)) {
            companyId = v->companyId;
            vaccinated.insert(v->personId);
        } else if (const auto *i = std::get_if<InspectionRow>(&mapped.value)) {
            companyId = i->inspection.companyId;
        } else {
            // A test, a shift, a daily report, a readiness record.
            companyId = idIn(mapped.value, [](const auto &r) -> decltype(r.companyId) { return r.companyId; });
        }
        if (companiesSeen.size() < 2)
            companiesSeen.insert(companyId);
    }
    records.finish();
    for (const auto &[idNumber, person] : rememberAfter)
        context.persons.remember(idNumber, person);
    if (source.error()) {
        report.errors.append({source.errorLine(), {}, source.error()->message});
        return false;
    }
    if (context.lastFile) {
        if (context.options.progress)
            context.options.progress(context.recordsRead);
        if (context.options.rowsRead)
            context.options.rowsRead();
    }
    if (Status status = context.writer.finish(); !status)
        return stop(context, status.error());
    // Rows counted as inserted when the writer kept them back.
    const ImportWriter::Revised revised = context.writer.takeRevised();
    report.inserted -= revised.updated + revised.unchanged + revised.repeats.size();
    report.updated += revised.updated;
    report.unchanged += revised.unchanged;
    report.repeated += revised.repeats.size();
    for (const ImportWriter::Revised::Repeat &repeat : revised.repeats) {
        if (repeat.changed) {
            ++repeatedChanged;
            add(report.warnings, droppedWarnings, repeatedRecord(repeat.line));
        }
    }
    // In the order of the file, whenever the writer found out.
    std::stable_sort(report.warnings.begin(), report.warnings.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    if (droppedErrors > 0)
        report.errors.append({0, {}, QCoreApplication::translate("Import", "… and %n more problem(s).", nullptr, int(droppedErrors))});
    if (droppedWarnings > 0)
        report.warnings.append({0, {}, QCoreApplication::translate("Import", "… and %n more warning(s).", nullptr, int(droppedWarnings))});
    if (rejects) {
        if (Status status = rejects->close(); !status)
            return report.errors.append({0, {}, status.error().message}), false;
        if (rejects->rows() > 0)
            report.rejectsFile = rejects->path();
    }

    if (kind == csv::FileKind::Personnel)
        if (Status status = finishRoster(context, report); !status)
            return stop(context, status.error());
    // Once the roster's own queries are done: over a table the file filled,
    // they read it faster whole than by the indexes. Before the
    // vaccinations' milestones, which want theirs.
    if (const EntityDef *def = personRecords(kind))
        if (Status status = context.indexes->written(def->table); !status)
            return stop(context, status.error());
    if (!context.options.dryRun)
        if (Status status = VaccinationStatus::refresh(m_db, vaccinated); !status)
            return stop(context, status.error());

    batch.rows = int(report.rows);
    batch.inserted = int(report.inserted);
    // The history counts a repeat as the database saw it, as it always did.
    batch.updated = int(report.updated + repeatedChanged);
    batch.unchanged = int(report.unchanged + report.repeated - repeatedChanged);
    batch.rejected = int(report.rejected);
    if (companiesSeen.size() == 1)
        batch.companyId = *companiesSeen.cbegin();
    if (context.options.dryRun)
        return true;
    if (Status status = context.batches.update(batch); !status)
        return stop(context, status.error());
    // The file's line of the audit log: its counts. The records it changed
    // have a line each (ImportWriter::update); those it added are counted.
    AuditEntry entry;
    entry.time = batch.importedAt;
    entry.action = QString::fromLatin1(AuditLog::Import);
    entry.entity = definition<ImportBatch>().table;
    entry.key = batch.fileName;
    entry.after = QString::fromUtf8(QJsonDocument(QJsonObject{
                                                      {u"file"_s, batch.fileName},
                                                      {u"rows"_s, batch.rows},
                                                      {u"inserted"_s, batch.inserted},
                                                      {u"updated"_s, batch.updated},
                                                      {u"unchanged"_s, batch.unchanged},
                                                      {u"rejected"_s, batch.rejected},
                                                  })
                                        .toJson(QJsonDocument::Compact));
    entry.batch = batch.id;
    if (Status status = AuditLog::write(m_db, entry); !status)
        return stop(context, status.error());
    return true;
}

bool Importer::stop(Context &context, const Error &error)
{
    context.failure = error;
    return false;
}

} // namespace seawall
