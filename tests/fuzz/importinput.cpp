// SPDX-License-Identifier: GPL-3.0-or-later
// The body of fuzz_import: a file imported as the program imports it, into
// an in-memory database holding a small group, then undone.
#include "fuzztargets.h"

#include "core/csv/headermap.h"
#include "core/db/companyrepository.h"
#include "core/db/database.h"
#include "core/import/importer.h"
#include "core/import/importundo.h"
#include "core/import/importwriter.h"
#include "core/import/mappingprofiles.h"
#include "core/workbook/workbookreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace seawall::fuzz {
namespace {

// The group every input is imported into: the companies of DOMAIN.md's
// samples, an alias, eight persons of five of them (one known only as 外部,
// so that a roster row can take them in) and a saved mapping profile of
// 海通公司's test files, whose headers no alias knows.
const char kCompanies[] = "单位编码,单位名称,上级单位编码\n"
                          "YH,沿海集团,\nKF,开发公司,YH\nWY,物业公司,KF\nSW,海润水务公司,KF\n"
                          "CY,产业公司,YH\nSH,盛和公司,YH\nHT,海通公司,YH\nBJ,滨江公司,YH\n"
                          "TL,铁路公司,YH\nRC,人才事务所,YH\n";
const char kPersonnel[] = "单位,部门,姓名,性别,身份证号,手机号,岗位,是否党员,人员类别,入职日期\n"
                          "海通公司,运营部,陆伟志,女,32061219970812218X,19078811100,职员,是,在编,2019-07-01\n"
                          "海通公司,财务部,曾雪,女,320612197801146515,15630577720,保安,否,外包,\n"
                          "海通公司,工程部,江丽,女,320612198708205431,,职员,否,在编,\n"
                          "产业公司,工程部,秦鹏文,女,320612198311208861,15101064292,保安,否,在编,\n"
                          "滨江公司,安全质量部,龚雪,男,320612200002105519,13893032820,保洁,是,在编,\n"
                          "铁路公司,财务部,彭志,女,320612200207301943,15557405272,项目经理,否,外包,\n"
                          "物业公司,运营部,向兰,女,320612200101105768,19071754410,职员,是,在编,\n"
                          "滨江公司,项目部,徐晨秀,男,320612200312216783,,,否,外部,\n";

// The tables an import writes, and those whose rows go with a batch: what
// must be as it was once the batch is undone.
const QStringList &comparedTables()
{
    static const QStringList tables = ImportWriter::tables() + QStringList{u"company_alias"_s, u"person_name_variant"_s};
    return tables;
}

// Every row of the compared tables, one line each, in id order; without a
// row's version and when it was changed, which an undo counts as a change.
QStringList snapshot(Database &db)
{
    QStringList lines;
    QSqlQuery query(db.connection());
    for (const QString &table : comparedTables()) {
        require(query.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(table)), "a table could not be read");
        while (query.next()) {
            QString line = table;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                const QString name = record.fieldName(i);
                if (name == u"version"_s || name == u"changed_at"_s || name == u"changed_by"_s)
                    continue;
                line += u'|' + name + u'=' + (query.isNull(i) ? u"NULL"_s : query.value(i).toString());
            }
            lines << line;
        }
        query.finish();
    }
    return lines;
}

// Rows that refer to no row: an import runs with foreign keys unchecked
// (Importer::run), trusting itself to write only ids it read or wrote. `tables` empty: all.
void requireNoDanglingKeys(Database &db, const QStringList &tables, const char *when)
{
    QSqlQuery query(db.connection());
    for (const QString &table : tables.isEmpty() ? QStringList{QString()} : tables) {
        require(query.exec(table.isEmpty() ? u"PRAGMA foreign_key_check"_s : u"PRAGMA foreign_key_check(%1)"_s.arg(table)),
                "PRAGMA foreign_key_check failed");
        if (query.next()) {
            std::fprintf(stderr, "%s: %s row %s refers to no row of %s\n", when, qPrintable(query.value(0).toString()),
                         qPrintable(query.value(1).toString()), qPrintable(query.value(2).toString()));
            require(false, "a row refers to no row");
        }
        query.finish();
    }
}

// The data as it was before the input, once its import was undone or
// rolled back.
void requireBaseline(const QStringList &baseline, const QStringList &now)
{
    if (now == baseline)
        return;
    for (const QString &line : baseline)
        if (!now.contains(line))
            std::fprintf(stderr, "- %s\n", qPrintable(line));
    for (const QString &line : now)
        if (!baseline.contains(line))
            std::fprintf(stderr, "+ %s\n", qPrintable(line));
    require(false, "the data is not as it was before the import");
}

void requireImported(const ImportResult &result, const char *what)
{
    if (result.committed && !result.hasRejections())
        return;
    for (const FileReport &file : result.files)
        for (const ImportProblem &problem : file.errors)
            std::fprintf(stderr, "line %lld: %s\n", qlonglong(problem.line), qPrintable(problem.message));
    require(false, what);
}

struct Fixture
{
    QTemporaryDir dir;
    Database db;
    QStringList baseline;
    QString input;
    QString copy;
    QString rejects;
};

Fixture &fixture()
{
    static const std::unique_ptr<Fixture> made = [] {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "fuzz_import";
            static char *argv[] = {name, nullptr};
            static QCoreApplication application(argc, argv);
        }
        auto f = std::make_unique<Fixture>();
        require(f->dir.isValid(), "no temporary folder");
        require(bool(f->db.open(u":memory:"_s)), "the in-memory database did not open");
        f->input = f->dir.filePath(u"input.csv"_s);
        f->copy = f->dir.filePath(u"copy.csv"_s);
        f->rejects = f->dir.filePath(u"rejects.csv"_s);

        const auto importText = [&f](const char *text, const char *what) {
            QFile file(f->input);
            require(file.open(QIODevice::WriteOnly) && file.write(text) > 0, "cannot write a file");
            file.close();
            ImportOptions options;
            options.today = QDate(2022, 3, 31);
            requireImported(Importer(f->db).run({f->input}, options), what);
        };
        importText(kCompanies, "the group's companies were not imported");
        importText(kPersonnel, "the group's persons were not imported");

        CompanyRepository companies(f->db);
        std::optional<Company> haitong = companies.findByCode(u"HT"_s);
        require(haitong.has_value(), "海通公司 is missing");
        haitong->aliases = {u"海通"_s};
        require(bool(companies.update(*haitong)), "the alias 海通 was not saved");

        csv::HeaderMap profile(csv::FileKind::Tests, {u"单位"_s, u"姓名"_s, u"人员证件"_s, u"采样日"_s, u"采样点"_s,
                                                      u"核酸结果"_s});
        require(bool(profile.apply({{2, u"id_number"_s}, {3, u"sampled_on"_s}, {5, u"result"_s}})),
                "the profile's columns were refused");
        require(bool(MappingProfiles(f->db).save(u"HT"_s, profile)), "the profile was not saved");

        // As while the program imports: the import's own switch (a
        // ScopedPragma in Importer::run) cannot act inside the transaction
        // each input is rolled back in.
        QSqlQuery(f->db.connection()).exec(u"PRAGMA foreign_keys = OFF"_s);
        f->baseline = snapshot(f->db);
        return f;
    }();
    return *made;
}

void writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the input");
    require(file.write(bytes.data(), bytes.size()) == bytes.size(), "cannot write the input");
}

// FNV-1a: the options of an input follow from its bytes, so that a replay
// imports it as the fuzzer did.
quint32 hashOf(QByteArrayView bytes)
{
    quint32 hash = 2166136261u;
    for (const char byte : bytes)
        hash = (hash ^ quint8(byte)) * 16777619u;
    return hash;
}

void requireCounted(const FileReport &file)
{
    require(file.inserted >= 0 && file.updated >= 0 && file.unchanged >= 0 && file.repeated >= 0
                && file.rejected >= 0,
            "a count of the report is below zero");
    if (!file.alreadyImported)
        require(file.rows == file.inserted + file.updated + file.unchanged + file.repeated + file.rejected,
                "the rows of a file are not all counted as inserted, updated, unchanged, repeated or rejected");
}

// SEAWALL_FUZZ_VERBOSE set: what each input imported, for those who
// write seeds (see README.md).
bool verbose()
{
    static const bool set = qEnvironmentVariableIsSet("SEAWALL_FUZZ_VERBOSE");
    return set;
}

void describe(const ImportResult &result)
{
    for (const FileReport &file : result.files) {
        std::fprintf(stderr,
                     "  %s %s: %lld rows, %lld inserted, %lld updated, %lld unchanged, %lld repeated, %lld rejected%s%s\n",
                     file.kind ? qPrintable(csv::toCode(*file.kind)) : "no kind", qPrintable(file.encoding),
                     qlonglong(file.rows), qlonglong(file.inserted), qlonglong(file.updated),
                     qlonglong(file.unchanged), qlonglong(file.repeated), qlonglong(file.rejected), file.alreadyImported ? ", already imported" : "",
                     result.committed ? ", committed" : "");
        for (const ImportProblem &problem : file.errors)
            std::fprintf(stderr, "    line %lld: %s\n", qlonglong(problem.line), qPrintable(problem.message));
        for (const ImportProblem &problem : file.warnings)
            std::fprintf(stderr, "    line %lld (warning): %s\n", qlonglong(problem.line), qPrintable(problem.message));
    }
}

// Imports `paths` inside a transaction that is then rolled back, undoes
// what it wrote if it committed, and checks what is checkable on the way.
void importOnce(Fixture &f, const QStringList &paths, const ImportOptions &options)
{
    {
        Transaction rolledBack(f.db);
        require(rolledBack.isActive(), "no transaction");
        const ImportResult result = Importer(f.db).run(paths, options);
        if (verbose())
            describe(result);
        requireNoDanglingKeys(f.db, {}, "after the import");
        for (const FileReport &file : result.files)
            requireCounted(file);
        if (result.committed) {
            // Undoing every batch the import recorded, latest first.
            QList<qint64> batches;
            for (const FileReport &file : result.files)
                if (!file.alreadyImported && file.batchId != 0 && !batches.contains(file.batchId))
                    batches << file.batchId;
            std::sort(batches.begin(), batches.end(), std::greater<>());
            for (const qint64 batch : std::as_const(batches)) {
                const Status undone = ImportUndo(f.db).undo(batch);
                if (!undone)
                    std::fprintf(stderr, "undo: %s\n", qPrintable(undone.error().message));
                require(bool(undone), "an import could not be undone");
            }
            // Not import_batch: with foreign keys unchecked, the undo
            // leaves the batch naming a company it deleted, which SQLite
            // sets to NULL when the program runs it.
            requireNoDanglingKeys(f.db, comparedTables(), "after the undo");
        }
        requireBaseline(f.baseline, snapshot(f.db));
    }
    QSqlQuery batches(f.db.connection());
    require(batches.exec(u"SELECT count(*) FROM import_batch"_s) && batches.next() && batches.value(0).toInt() == 2,
            "the transaction of an input was not rolled back");
}

} // namespace

void importFile(QByteArrayView bytes)
{
    Fixture &f = fixture();
    writeFile(f.input, bytes);
    const quint32 hash = hashOf(bytes);
    ImportOptions options;
    options.today = QDate(2022, 3, 31);
    // Mostly written whatever is rejected, so that the writer runs; now and
    // then the rejects written, the missing marked as left, the file sent
    // twice in one import.
    options.skipInvalid = (hash & 3) != 0;
    options.markMissingLeft = (hash & 4) != 0;
    // Not for a workbook: its rejects are a workbook, written by
    // libxlsxwriter, which the program loads with RTLD_DEEPBIND
    // (workbook/xlsxwriterapi.h), and the sanitizers of the fuzz build
    // refuse that flag. The tests write workbooks' rejects.
    if ((hash & 8) != 0 && workbook::formatOf(f.input) == workbook::Format::Csv)
        options.rejectsPath = f.rejects;
    QStringList paths{f.input};
    if ((hash >> 4) % 8 == 0) {
        writeFile(f.copy, bytes);
        paths << f.copy;
    }
    importOnce(f, paths, options);

    // One input in four again as if the user chose a kind (--kind), and
    // one of those also an encoding (--encoding): once only, so that a seed
    // is always imported as detected, as it was written to be.
    if ((hash >> 7) % 4 == 0) {
        options.kind = csv::HeaderMap::kinds().at((hash >> 9) % 7);
        if ((hash >> 12) % 4 == 0)
            options.encoding = QStringList{u"UTF-8"_s, u"GB18030"_s, u"UTF-16LE"_s, u"UTF-16BE"_s}.at((hash >> 14) % 4);
        importOnce(f, paths, options);
    }
}

} // namespace seawall::fuzz
