// SPDX-License-Identifier: GPL-3.0-or-later
// The import pipeline: golden cases, the samples and their figures,
// idempotence, atomicity, undo, rejects files and roster reports.
#include "testdb.h"

#include "core/db/importbatchrepository.h"
#include "core/db/personrepository.h"
#include "core/figures/figuresengine.h"
#include "core/import/importer.h"
#include "core/import/importundo.h"
#include "core/validation/idnumber.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QString data(const QString &relative) { return QStringLiteral(SEAWALL_TEST_DATA) + u"/import/"_s + relative; }
QString sample(const QString &name) { return QStringLiteral(SEAWALL_SAMPLES) + u'/' + name; }

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM "_s + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

ImportResult import(Database &db, const QStringList &files, ImportOptions options = {})
{
    return Importer(db).run(files, options);
}

// The companies of the samples and three persons of 海通公司.
void importBase(Database &db)
{
    const ImportResult base = import(db, {data(u"base/companies.csv"_s), data(u"base/personnel.csv"_s)});
    REQUIRE(base.committed);
}

const QStringList kSamples{u"tests.csv"_s,       u"vaccinations.csv"_s, u"volunteer_shifts.csv"_s,
                           u"daily_reports.csv"_s, u"inspections.csv"_s, u"personnel.csv"_s,
                           u"companies.csv"_s};

QStringList samples()
{
    QStringList files;
    for (const QString &name : kSamples)
        files << sample(name);
    return files;
}

} // namespace

TEST_CASE("golden import cases match their expected counts and errors", "[import][golden]")
{
    const QString name = GENERATE(as<QString>{}, u"gb18030_title_total"_s, u"utf16_tab"_s, u"excel_id"_s,
                                  u"unknown_company"_s);
    INFO(name.toStdString());
    QFile file(data(name + u"/expected.json"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();

    test::TempDatabase t;
    importBase(t.db);
    const qint64 testsBefore = count(t.db, u"nucleic_test"_s);
    const ImportResult result = import(t.db, {data(name + u"/input.csv"_s)});
    CHECK(result.committed == expected[u"committed"_s].toBool());
    const QJsonArray files = expected[u"files"_s].toArray();
    REQUIRE(result.files.size() == files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject want = files.at(i).toObject();
        const FileReport &got = result.files.at(i);
        CHECK(got.file.endsWith(want[u"file"_s].toString()));
        REQUIRE(got.kind);
        CHECK(csv::toCode(*got.kind) == want[u"kind"_s].toString());
        CHECK(got.encoding == want[u"encoding"_s].toString());
        CHECK(QString(got.delimiter) == want[u"delimiter"_s].toString());
        CHECK(got.rows == want[u"rows"_s].toInteger());
        CHECK(got.inserted == want[u"inserted"_s].toInteger());
        CHECK(got.updated == want[u"updated"_s].toInteger());
        CHECK(got.unchanged == want[u"unchanged"_s].toInteger());
        CHECK(got.rejected == want[u"rejected"_s].toInteger());
        const QJsonArray errors = want[u"errors"_s].toArray();
        REQUIRE(got.errors.size() == errors.size());
        for (qsizetype e = 0; e < errors.size(); ++e) {
            const QJsonObject error = errors.at(e).toObject();
            INFO(got.errors.at(e).message.toStdString());
            CHECK(got.errors.at(e).line == error[u"line"_s].toInteger());
            CHECK(got.errors.at(e).column == error[u"column"_s].toString());
            CHECK(got.errors.at(e).message.contains(error[u"contains"_s].toString()));
        }
    }
    if (!result.committed)
        CHECK(count(t.db, u"nucleic_test"_s) == testsBefore);
}

TEST_CASE("the seven samples import together in any order and give the figures counted by hand", "[import][samples]")
{
    test::TempDatabase t;
    const ImportResult result = import(t.db, samples());
    REQUIRE(result.committed);
    REQUIRE(result.files.size() == 7);
    // Counted with python's csv module over the sample files: rows, then
    // distinct natural keys. Later rows of a key are repeats, not updates
    // or unchanged rows: the database was empty (48 of the 72 repeats
    // of tests differ from the row before, in the lab).
    const FileReport &tests = result.files.at(0);
    CHECK(tests.rows == 3000);
    CHECK(tests.inserted == 2928);
    CHECK(tests.repeated == 72);
    CHECK(tests.updated == 0);
    CHECK(tests.unchanged == 0);
    qsizetype repeatedWithOtherValues = 0;
    for (const ImportProblem &warning : tests.warnings)
        if (warning.topic == ImportProblem::Topic::RepeatedRecord)
            ++repeatedWithOtherValues;
    CHECK(repeatedWithOtherValues == 48);
    CHECK(result.files.at(1).inserted == 905);  // vaccinations, no repeated (person, dose)
    CHECK(result.files.at(2).inserted == 405);  // shifts: 420 rows, 15 repeat (person, start)
    CHECK(result.files.at(2).repeated == 15);
    CHECK(result.files.at(2).updated == 0);
    CHECK(result.files.at(4).inserted == 20);   // inspections: 24 rows, 20 distinct (code, finding)
    CHECK(result.files.at(4).repeated == 4);
    CHECK(result.files.at(5).inserted == 400);  // personnel
    CHECK(result.files.at(6).inserted == 10);   // companies
    for (const FileReport &file : result.files) {
        CHECK(file.rejected == 0);
        CHECK(file.externalPersons == 0); // every person of the samples is on the roster
    }

    // Worked out with python from the sample files for 2022-03-15: persons
    // not 外部 (400, 105 with 是 in 是否党员); tests by distinct key sampled
    // on the day (139, 117 distinct ID numbers, none 阳性) and up to it
    // (2105); shifts by distinct (ID number, start) starting that day (20,
    // 80 hours) and up to it (1156 hours, 100 persons); 7 daily reports that
    // day, all with 无-like anomalies; inspections dated up to the day (8)
    // and their distinct findings (17, 8 已整改, 4 open past deadline);
    // persons with a dose dated up to the day (394) and with a 加强针 (199).
    const Result<Figures> figures = FiguresEngine(t.db).compute(QDate(2022, 3, 15));
    REQUIRE(figures.ok());
    const Figures &f = figures.value();
    CHECK(f.personnel.active == 400);
    CHECK(f.personnel.partyMembers == 105);
    CHECK(f.tests.onDate == 139);
    CHECK(f.tests.personsOnDate == 117);
    CHECK(f.tests.positiveOnDate == 0);
    CHECK(f.tests.cumulative == 2105);
    CHECK(f.volunteers.shiftsOnDate == 20);
    CHECK(f.volunteers.hoursOnDate == Approx(80.0));
    CHECK(f.volunteers.hoursCumulative == Approx(1156.0));
    CHECK(f.volunteers.peopleCumulative == 100);
    CHECK(f.inspections.cumulative == 8);
    CHECK(f.inspections.findings == 17);
    CHECK(f.inspections.findingsRectified == 8);
    CHECK(f.inspections.findingsOverdue == 4);
    CHECK(f.vaccination.firstDose == 394);
    CHECK(f.vaccination.booster == 199);
    // 10 companies, the root 沿海集团 does not report: 9 expected, 7 reported.
    CHECK(f.dailyReports.expected == 9);
    CHECK(f.dailyReports.reported == 7);
    CHECK(f.dailyReports.zero == 7);
}

TEST_CASE("importing the same files again changes nothing", "[import][idempotent]")
{
    test::TempDatabase t;
    REQUIRE(import(t.db, samples()).committed);
    const qint64 tests = count(t.db, u"nucleic_test"_s);
    const ImportResult again = import(t.db, samples());
    REQUIRE(again.committed);
    for (const FileReport &file : again.files) {
        CHECK(file.alreadyImported);
        CHECK(file.inserted == 0);
        CHECK(file.updated == 0);
        CHECK(file.warnings.size() == 1);
    }
    CHECK(again.files.at(0).unchanged == 3000);
    CHECK(count(t.db, u"nucleic_test"_s) == tests);
    CHECK(count(t.db, u"import_batch"_s) == 7);

    // The same rows in a file with other bytes: every row unchanged.
    const QString copy = t.dir.filePath(u"personnel-again.csv"_s);
    QFile source(sample(u"personnel.csv"_s));
    REQUIRE(source.open(QIODevice::ReadOnly));
    test::writeFile(copy, source.readAll() + "\n");
    const ImportResult copied = import(t.db, {copy});
    REQUIRE(copied.committed);
    CHECK(copied.files.at(0).unchanged == 400);
    CHECK(copied.files.at(0).inserted == 0);
    CHECK(copied.files.at(0).roster.missing.isEmpty());
}

TEST_CASE("a file is known by the SHA-256 of its bytes", "[import][idempotent]")
{
    test::TempDatabase t;
    const QStringList files{sample(u"companies.csv"_s), sample(u"tests.csv"_s)};
    const ImportResult result = import(t.db, files);
    REQUIRE(result.committed);
    for (qsizetype i = 0; i < files.size(); ++i) {
        QFile file(files.at(i));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString expected = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        CHECK(result.files.at(i).sha256 == expected);
        CHECK(scalar(t.db, u"SELECT sha256 FROM import_batch WHERE id = %1"_s.arg(result.files.at(i).batchId)) == expected);
    }
}

TEST_CASE("an error in the last row of the last file writes nothing", "[import][atomic]")
{
    test::TempDatabase t;
    QFile source(sample(u"daily_reports.csv"_s));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString bad = test::writeFile(t.dir.filePath(u"reports.csv"_s),
                                        source.readAll() + "2022-03-16,海通公司,12,0,0,0,abc,无\n");
    QStringList files = samples();
    files.replace(3, bad);
    const ImportResult result = import(t.db, files);
    CHECK_FALSE(result.committed);
    REQUIRE(result.files.at(3).errors.size() == 1);
    CHECK(result.files.at(3).errors.at(0).line == 180);
    CHECK(result.files.at(3).errors.at(0).column == u"tests_done"_s);
    for (const QString &table : {u"company"_s, u"person"_s, u"nucleic_test"_s, u"import_batch"_s})
        CHECK(count(t.db, table) == 0);

    SECTION("with skip-invalid the valid rows are written")
    {
        ImportOptions options;
        options.skipInvalid = true;
        const ImportResult skipped = import(t.db, files, options);
        CHECK(skipped.committed);
        CHECK(skipped.files.at(3).rejected == 1);
        CHECK(count(t.db, u"daily_report"_s) == 178);
        CHECK(count(t.db, u"import_batch"_s) == 7);
    }
}

TEST_CASE("undo of a batch deletes what it inserted and restores what it updated", "[import][undo]")
{
    test::TempDatabase t;
    importBase(t.db);
    const QString first = test::writeFile(t.dir.filePath(u"a.csv"_s),
                                          "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
                                          "海通公司,陆伟志,32061219970812218X,2022-03-15,通州湾社区,阴性\n");
    const QString second = test::writeFile(t.dir.filePath(u"b.csv"_s),
                                           "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
                                           "海通公司,陆伟志,32061219970812218X,2022-03-15,通州湾社区,阳性\n"
                                           "海通公司,曾雪,320612197801146515,2022-03-15,通州湾社区,阴性\n");
    REQUIRE(import(t.db, {first}).committed);
    const ImportResult b = import(t.db, {second});
    REQUIRE(b.committed);
    CHECK(b.files.at(0).updated == 1);
    CHECK(b.files.at(0).inserted == 1);
    CHECK(count(t.db, u"nucleic_test"_s) == 2);
    CHECK(scalar(t.db, u"SELECT result FROM nucleic_test WHERE site = '通州湾社区' ORDER BY id LIMIT 1"_s)
          == u"positive"_s);

    REQUIRE(ImportUndo(t.db).undo(b.files.at(0).batchId).ok());
    CHECK(count(t.db, u"nucleic_test"_s) == 1);
    CHECK(scalar(t.db, u"SELECT result FROM nucleic_test"_s) == u"negative"_s);
    CHECK(ImportBatchRepository(t.db).find(b.files.at(0).batchId)->undoneAt.isValid());
    CHECK_FALSE(ImportUndo(t.db).undo(b.files.at(0).batchId).ok()); // already undone

    // Undone, the file can be imported again.
    const ImportResult redo = import(t.db, {second});
    CHECK(redo.committed);
    CHECK_FALSE(redo.files.at(0).alreadyImported);
}

TEST_CASE("undo of a companies file whose parents are in the same file", "[import][undo]")
{
    // The root 沿海集团 and the units under it arrive in one run of ids:
    // undo must let go of the parent links inside the run before deleting.
    test::TempDatabase t;
    const ImportResult companies = import(t.db, {sample(u"companies.csv"_s)});
    REQUIRE(companies.committed);
    CHECK(count(t.db, u"company"_s) == 10);
    const Status undone = ImportUndo(t.db).undo(companies.files.at(0).batchId);
    INFO((undone.ok() ? QString() : undone.error().message).toStdString());
    REQUIRE(undone.ok());
    CHECK(count(t.db, u"company"_s) == 0);
}

TEST_CASE("undo of a batch whose inserts are recorded as runs of ids", "[import][undo]")
{
    test::TempDatabase t;
    importBase(t.db);
    const QString first = test::writeFile(t.dir.filePath(u"a.csv"_s),
                                          "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
                                          "海通公司,陆伟志,32061219970812218X,2022-03-15,通州湾社区,阴性\n");
    REQUIRE(import(t.db, {first}).committed);
    // New persons (created as external) between new tests, and an update
    // of the first file's test in the middle: undo must delete the tests
    // before the persons they name and restore the update.
    const QString second = test::writeFile(t.dir.filePath(u"b.csv"_s),
                                           "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
                                           "海通公司,曾雪,320612197801146515,2022-03-15,通州湾社区,阴性\n"
                                           "铁路公司,张三,110101198506121234,2022-03-15,通州湾社区,阴性\n"
                                           "海通公司,江丽,320612198708205431,2022-03-15,通州湾社区,阴性\n"
                                           "海通公司,陆伟志,32061219970812218X,2022-03-15,通州湾社区,阳性\n"
                                           "铁路公司,李四,110101199202284565,2022-03-15,通州湾社区,阴性\n"
                                           "铁路公司,张三,110101198506121234,2022-03-16,通州湾社区,阴性\n"
                                           "海通公司,曾雪,320612197801146515,2022-03-16,通州湾社区,阴性\n");
    const ImportResult b = import(t.db, {second});
    REQUIRE(b.committed);
    const qint64 batch = b.files.at(0).batchId;
    CHECK(b.files.at(0).inserted == 6);
    CHECK(b.files.at(0).updated == 1);
    CHECK(b.files.at(0).externalPersons == 2);
    CHECK(count(t.db, u"nucleic_test"_s) == 7);
    CHECK(count(t.db, u"person"_s) == 5);
    // Person 4 and tests 2-4, the update, person 5 and tests 5-7: five
    // records for nine rows written.
    CHECK(scalar(t.db, u"SELECT count(*) FROM import_change WHERE batch_id = %1"_s.arg(batch)).toInt() == 5);

    REQUIRE(ImportUndo(t.db).undo(batch).ok());
    CHECK(count(t.db, u"nucleic_test"_s) == 1);
    CHECK(count(t.db, u"person"_s) == 3);
    CHECK(scalar(t.db, u"SELECT result FROM nucleic_test"_s) == u"negative"_s);
    CHECK(scalar(t.db, u"SELECT batch_id FROM nucleic_test"_s).toLongLong() == import(t.db, {first}).files.at(0).batchId);
}

TEST_CASE("a rejects file keeps the subsidiary's columns and imports once corrected", "[import][rejects]")
{
    test::TempDatabase t;
    importBase(t.db);
    ImportOptions options;
    options.rejectsPath = t.dir.filePath(u"rejects.csv"_s);
    const ImportResult result = import(t.db, {data(u"excel_id/input.csv"_s)}, options);
    CHECK_FALSE(result.committed);
    QFile rejects(options.rejectsPath);
    REQUIRE(rejects.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejects.readAll());
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == u"单位,姓名,身份证号,采样日期,采样点,检测结果,错误原因"_s);
    CHECK(lines.at(1).startsWith(u"海通公司,曾雪,3.20612E+17,2022-03-15,通州湾社区,阴性,"_s));

    // The clerk types the ID number again as text and sends the file back.
    QString fixed = text;
    fixed.replace(u"3.20612E+17"_s, u"320612197801146515"_s);
    const QString corrected = test::writeFile(t.dir.filePath(u"fixed.csv"_s), fixed.toUtf8());
    ImportOptions skip;
    skip.skipInvalid = true;
    REQUIRE(import(t.db, {data(u"excel_id/input.csv"_s)}, skip).committed);
    CHECK(count(t.db, u"nucleic_test"_s) == 2);
    const ImportResult second = import(t.db, {corrected});
    REQUIRE(second.committed);
    CHECK(second.files.at(0).inserted == 1);
    CHECK(count(t.db, u"nucleic_test"_s) == 3); // all three rows of the original file
}

TEST_CASE("persons met only in test files are created as external", "[import][external]")
{
    test::TempDatabase t;
    importBase(t.db);
    const QString file = test::writeFile(t.dir.filePath(u"t.csv"_s),
                                         "单位,姓名,身份证号,采样日期,检测结果\n"
                                         "铁路公司,张三,110101199003074514,2022-03-15,阴性\n"
                                         "铁路公司,张三,110101199003074514,2022-03-16,阴性\n"
                                         "海通公司,陆伟,32061219970812218X,2022-03-16,阴性\n");
    const ImportResult result = import(t.db, {file});
    REQUIRE(result.committed);
    CHECK(result.files.at(0).externalPersons == 1);
    CHECK(result.files.at(0).inserted == 3);
    // 陆伟 is 陆伟志 on the roster: a warning, the roster's name kept.
    REQUIRE(result.files.at(0).warnings.size() == 1);
    CHECK(result.files.at(0).warnings.at(0).line == 4);
    CHECK(result.files.at(0).warnings.at(0).column == u"name"_s);
    const auto person = PersonRepository(t.db).findByIdNumber(u"110101199003074514"_s);
    REQUIRE(person);
    CHECK(person->category == PersonCategory::External);
    CHECK(person->name == u"张三"_s);
    CHECK(scalar(t.db, u"SELECT count(*) FROM nucleic_test WHERE person_id = %1"_s.arg(person->id)).toInt() == 2);
    CHECK(scalar(t.db, u"SELECT name FROM person WHERE id_number = '32061219970812218X'"_s) == u"陆伟志"_s);
}

TEST_CASE("a roster import reports new changed moved and missing persons", "[import][roster]")
{
    test::TempDatabase t;
    importBase(t.db);
    // 陆伟志 changes department, 曾雪 moves to 滨江公司, 江丽 is missing,
    // 张三 is new.
    const QString file = test::writeFile(t.dir.filePath(u"roster.csv"_s),
                                         "单位,部门,姓名,身份证号\n"
                                         "海通公司,工程部,陆伟志,32061219970812218X\n"
                                         "滨江公司,,曾雪,320612197801146515\n"
                                         "海通公司,,张三,110101199003074514\n");
    ImportOptions options;
    options.markMissingLeft = true;
    options.today = QDate(2022, 3, 20);
    const ImportResult result = import(t.db, {file}, options);
    REQUIRE(result.committed);
    const RosterChanges &roster = result.files.at(0).roster;
    REQUIRE(roster.added.size() == 1);
    CHECK(roster.added.at(0).name == u"张三"_s);
    REQUIRE(roster.changed.size() == 1);
    CHECK(roster.changed.at(0).name == u"陆伟志"_s);
    REQUIRE(roster.moved.size() == 1);
    CHECK(roster.moved.at(0).fromCompany == u"海通公司"_s);
    CHECK(roster.moved.at(0).company == u"滨江公司"_s);
    REQUIRE(roster.missing.size() == 1);
    CHECK(roster.missing.at(0).name == u"江丽"_s);
    CHECK(scalar(t.db, u"SELECT left_on FROM person WHERE name = '江丽'"_s) == u"2022-03-20"_s);

    // Undone, 江丽 is on the roster again and 曾雪 back at 海通公司.
    REQUIRE(ImportUndo(t.db).undo(result.files.at(0).batchId).ok());
    CHECK(scalar(t.db, u"SELECT CASE WHEN left_on IS NULL THEN 1 ELSE 0 END FROM person WHERE name = '江丽'"_s) == u"1"_s);
    CHECK(scalar(t.db, u"SELECT c.name FROM person p JOIN company c ON c.id = p.company_id WHERE p.name = '曾雪'"_s)
          == u"海通公司"_s);
    CHECK(count(t.db, u"person"_s) == 3);
}

TEST_CASE("a large tests file is read on a thread of its own with the same outcome row by row", "[import][threaded]")
{
    // From 1 MiB the importer loads every person at once, and a file of
    // tests is then read and checked on a thread of its own while the rows
    // before are written (MappedRecords): persons first met in the file,
    // rejected rows, updates and name warnings must come out as when read
    // row by row.
    test::TempDatabase t;
    importBase(t.db);
    const QByteArray header = "单位,姓名,身份证号,采样日期,采样点,检测结果\n";
    const QString before = test::writeFile(t.dir.filePath(u"before.csv"_s),
                                           header + "海通公司,陆伟志,32061219970812218X,2021-01-01,通州湾社区,阴性\n");
    REQUIRE(import(t.db, {before}).committed);

    QByteArray bytes = header;
    bytes += "铁路公司,张三,110101199003074514,2022-03-15,通州湾社区,阴性\n"; // line 2: 张三 is new
    bytes += "铁路公司,李四,110101199202284565,2022-13-45,通州湾社区,阴性\n"; // line 3: rejected
    const struct
    {
        const char *name;
        const char *idNumber;
    } roster[] = {{"陆伟志", "32061219970812218X"}, {"曾雪", "320612197801146515"}, {"江丽", "320612198708205431"}};
    const QDate first(2000, 1, 1);
    constexpr int kDays = 5000; // lines 4 to 15003
    for (int day = 0; day < kDays; ++day)
        for (const auto &person : roster)
            bytes += "海通公司," + QByteArray(person.name) + ',' + person.idNumber + ','
                     + first.addDays(day).toString(Qt::ISODate).toLatin1() + ",通州湾社区,阴性\n";
    bytes += "铁路公司,张叁,110101199003074514,2022-03-16,通州湾社区,阴性\n"; // line 15004: 张三 misspelt
    bytes += "铁路公司,李四,110101199202284565,2022-03-16,通州湾社区,阴性\n"; // 15005: 李四 is new
    bytes += "铁路公司,李四,110101199202284565,2022-03-17,通州湾社区,阴性\n"; // 15006
    bytes += "海通公司,陆伟志,32061219970812218X,2021-01-01,通州湾社区,阳性\n"; // 15007: an update
    bytes += "铁路公司,张三,110101199003074514,2022-03-18,通州湾社区,阴性\n"; // 15008
    const QString path = test::writeFile(t.dir.filePath(u"large.csv"_s), bytes);
    REQUIRE(QFileInfo(path).size() >= 1024 * 1024);

    ImportOptions options;
    options.skipInvalid = true;
    SECTION("cancelled while the thread reads, it writes nothing")
    {
        qint64 reported = 0;
        options.progress = [&reported](qint64 records) { reported = records; };
        options.cancelled = [&reported] { return reported >= 2560; };
        const ImportResult result = import(t.db, {path}, options);
        CHECK(result.cancelled);
        CHECK_FALSE(result.committed);
        CHECK(count(t.db, u"nucleic_test"_s) == 1);
        CHECK(count(t.db, u"person"_s) == 3);
    }
    SECTION("read whole")
    {
        const ImportResult result = import(t.db, {path}, options);
        INFO(result.failure.value_or(QString()).toStdString());
        REQUIRE(result.committed);
        const FileReport &file = result.files.at(0);
        CHECK(file.rows == 2 + 3 * kDays + 5);
        CHECK(file.rejected == 1);
        REQUIRE(file.errors.size() == 1);
        CHECK(file.errors.at(0).line == 3);
        CHECK(file.updated == 1);
        CHECK(file.unchanged == 0);
        CHECK(file.inserted == 3 * kDays + 5);
        CHECK(file.externalPersons == 2);
        REQUIRE(file.warnings.size() == 1);
        CHECK(file.warnings.at(0).line == 15004);
        CHECK(file.warnings.at(0).column == u"name"_s);

        CHECK(count(t.db, u"person"_s) == 5);
        CHECK(count(t.db, u"nucleic_test"_s) == 1 + 3 * kDays + 5);
        // Each new person written once, and every row naming them linked
        // to that one.
        CHECK(scalar(t.db, u"SELECT count(*) FROM nucleic_test t JOIN person p ON p.id = t.person_id"
                           u" WHERE p.id_number = '110101199003074514' AND p.name = '张三'"_s)
                  .toInt()
              == 3);
        CHECK(scalar(t.db, u"SELECT count(*) FROM nucleic_test t JOIN person p ON p.id = t.person_id"
                           u" WHERE p.id_number = '110101199202284565' AND p.category = 'external'"_s)
                  .toInt()
              == 2);
        CHECK(scalar(t.db, u"SELECT v.name FROM person_name_variant v JOIN person p ON p.id = v.person_id"
                           u" WHERE p.id_number = '110101199003074514'"_s)
              == u"张叁"_s);
        CHECK(scalar(t.db, u"SELECT t.result FROM nucleic_test t JOIN person p ON p.id = t.person_id"
                           u" WHERE p.id_number = '32061219970812218X' AND t.sampled_on = '2021-01-01'"_s)
              == u"positive"_s);

        REQUIRE(ImportUndo(t.db).undo(file.batchId).ok());
        CHECK(count(t.db, u"nucleic_test"_s) == 1);
        CHECK(count(t.db, u"person"_s) == 3);
        CHECK(scalar(t.db, u"SELECT result FROM nucleic_test"_s) == u"negative"_s);
    }
}

TEST_CASE("a large roster is read on a thread of its own with the same outcome row by row", "[import][threaded]")
{
    // From 1 MiB a roster, too, is mapped on a thread of its own while the
    // rows before are written; the persons it writes are remembered once
    // it is read, in time for the tests file after it in the same import.
    test::TempDatabase t;
    importBase(t.db); // 陆伟志, 曾雪 and 江丽 of 海通公司
    // 王外 is known from a test only: a person of 海通公司 made as 外部.
    const QString before = test::writeFile(t.dir.filePath(u"before.csv"_s),
                                           "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
                                           "海通公司,王外,110101199003074514,2022-03-01,通州湾社区,阴性\n");
    REQUIRE(import(t.db, {before}).committed);
    REQUIRE(count(t.db, u"person"_s) == 4);

    QByteArray bytes = "单位,部门,姓名,身份证号\n";
    bytes += "海通公司,,陆伟志,32061219970812218X\n"; // line 2: as it was
    bytes += "海通公司,,曾雪梅,320612197801146515\n"; // 3: renamed
    bytes += "海通公司,,王外,110101199003074514\n";   // 4: joins the roster
    bytes += "海通公司,,王外,320612197801146516\n";   // 5: a wrong check digit, refused
    // Lines 6 to 25005: 职工0 … 职工24999 of 铁路公司, born a day apart from
    // 1930-01-01 on.
    constexpr int kNew = 25000;
    const auto idOf = [](int n) {
        const QString first17 = u"110101"_s + QDate(1930, 1, 1).addDays(n).toString(u"yyyyMMdd"_s) + u"123"_s;
        return first17 + IdNumber::checkCharacter(first17);
    };
    for (int n = 0; n < kNew; ++n)
        bytes += u"铁路公司,工程部第一项目经理部,职工%1,%2\n"_s.arg(n).arg(idOf(n)).toUtf8();
    bytes += "海通公司,,王外,110101199003074514\n"; // 25006: 王外 again, as line 4
    const QString roster = test::writeFile(t.dir.filePath(u"roster.csv"_s), bytes);
    REQUIRE(QFileInfo(roster).size() >= 1024 * 1024);
    // 职工7's test, in the same import: the person the roster has just
    // written, not a new 外部 one.
    const QString tests = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                          (u"单位,姓名,身份证号,采样日期,采样点,检测结果\n铁路公司,职工7,%1,2022-03-20,"
                                           u"通州湾社区,阴性\n"_s.arg(idOf(7)))
                                              .toUtf8());

    ImportOptions options;
    options.skipInvalid = true;
    const ImportResult result = import(t.db, {tests, roster}, options);
    INFO(result.failure.value_or(QString()).toStdString());
    REQUIRE(result.committed);
    const FileReport &file = result.files.at(1);
    // 25,000 new; 曾雪 renamed and 王外 made staff, updated; 陆伟志 as he
    // was; line 25006 repeats line 4; line 5 refused.
    CHECK(file.rows == kNew + 5);
    CHECK(file.inserted == kNew);
    CHECK(file.updated == 2);
    CHECK(file.unchanged == 1);
    CHECK(file.repeated == 1);
    CHECK(file.rejected == 1);
    REQUIRE(file.errors.size() == 1);
    CHECK(file.errors.at(0).line == 5);
    // Added: the 25,000 and 王外, who was on no roster; changed: 曾雪梅;
    // missing from 海通公司: 江丽.
    CHECK(file.roster.added.size() == kNew + 1);
    REQUIRE(file.roster.changed.size() == 1);
    CHECK(file.roster.changed.at(0).name == u"曾雪梅"_s);
    REQUIRE(file.roster.missing.size() == 1);
    CHECK(file.roster.missing.at(0).name == u"江丽"_s);
    CHECK(count(t.db, u"person"_s) == 4 + kNew);
    CHECK(scalar(t.db, u"SELECT category FROM person WHERE id_number = '110101199003074514'"_s) == u"staff"_s);

    const FileReport &testsFile = result.files.at(0);
    CHECK(testsFile.inserted == 1);
    CHECK(testsFile.externalPersons == 0);
    CHECK(scalar(t.db, u"SELECT p.name FROM nucleic_test t JOIN person p ON p.id = t.person_id"
                       u" WHERE t.sampled_on = '2022-03-20'"_s)
          == u"职工7"_s);
}

TEST_CASE("rosters of one import with other columns each write the columns they have", "[import][roster]")
{
    // The persons of a roster go straight to the statement of the roster's
    // own columns: a file with fewer must not be written with the columns
    // of the file before it.
    test::TempDatabase t;
    importBase(t.db);
    const auto idOf = [](int n) {
        const QString first17 = u"110101"_s + QDate(1980, 1, 1).addDays(n).toString(u"yyyyMMdd"_s) + u"123"_s;
        return first17 + IdNumber::checkCharacter(first17);
    };
    const QByteArray full = "单位,部门,姓名,性别,身份证号,手机号,是否党员,人员类别\n";
    const QString first = test::writeFile(t.dir.filePath(u"first.csv"_s),
                                          full + u"海通公司,工程部,甲一,女,%1,13800000001,是,劳务派遣\n"
                                                 u"海通公司,工程部,甲二,男,%2,13800000002,是,外包\n"_s
                                                     .arg(idOf(1), idOf(2))
                                                     .toUtf8());
    // 甲二 again, without a gender, a phone or a category: those stay.
    const QString bare = test::writeFile(t.dir.filePath(u"bare.csv"_s),
                                         u"单位,姓名,身份证号\n滨江公司,乙一,%1\n滨江公司,甲二,%2\n滨江公司,乙二,%3\n"_s
                                             .arg(idOf(3), idOf(2), idOf(4))
                                             .toUtf8());
    const QString last = test::writeFile(t.dir.filePath(u"last.csv"_s),
                                         full + u"海通公司,综合部,丙一,男,%1,13800000005,否,家属\n"_s.arg(idOf(5)).toUtf8());
    const ImportResult result = import(t.db, {first, bare, last});
    INFO(result.failure.value_or(QString()).toStdString());
    REQUIRE(result.committed);
    CHECK(result.files.at(1).inserted == 2);
    CHECK(result.files.at(1).repeated == 1); // 甲二, written by the first file

    const auto person = [&t](const QString &name) {
        return scalar(t.db, u"SELECT c.name || '|' || p.department || '|' || p.gender || '|' || p.phone || '|'"
                            u" || p.party_member || '|' || p.category FROM person p JOIN company c ON c.id = p.company_id"
                            u" WHERE p.name = '%1'"_s.arg(name));
    };
    CHECK(person(u"甲一"_s) == u"海通公司|工程部|female|13800000001|1|dispatched"_s);
    CHECK(person(u"甲二"_s) == u"滨江公司|工程部|male|13800000002|1|outsourced"_s);
    CHECK(person(u"乙一"_s) == u"滨江公司||unknown||0|staff"_s);
    CHECK(person(u"乙二"_s) == u"滨江公司||unknown||0|staff"_s);
    CHECK(person(u"丙一"_s) == u"海通公司|综合部|male|13800000005|0|family"_s);
}

TEST_CASE("a record repeated within one import is a repeat, not an update of the database", "[import][repeated]")
{
    test::TempDatabase t;
    importBase(t.db);
    const QString header = u"单位,姓名,身份证号,采样日期,采样点,检测结果,检测机构\n"_s;
    // 陆伟志's test of 03-15 is in the database already, from another lab.
    const QString before = test::writeFile(t.dir.filePath(u"before.csv"_s),
                                           (header + u"海通公司,陆伟志,32061219970812218X,2022-03-15,通州湾社区,阴性,通州区疾控中心\n"_s)
                                               .toUtf8());
    REQUIRE(import(t.db, {before}).committed);
    const QString path = test::writeFile(
        t.dir.filePath(u"tests.csv"_s),
        (header
         + u"海通公司,陆伟志,32061219970812218X,2022-03-15,通州湾社区,阴性,第三方检测机构\n" // line 2: an update
           u"海通公司,曾雪,320612197801146515,2022-03-15,通州湾社区,阴性,通州区疾控中心\n"   // 3: new
           u"海通公司,曾雪,320612197801146515,2022-03-15,通州湾社区,阴性,通州区疾控中心\n"   // 4: line 3 again
           u"海通公司,江丽,320612198708205431,2022-03-15,通州湾社区,阴性,通州区疾控中心\n"   // 5: new
           u"海通公司,江丽,320612198708205431,2022-03-15,通州湾社区,阴性,第三方检测机构\n"   // 6: line 5, other lab
           u"海通公司,陆伟志,32061219970812218X,2022-03-15,通州湾社区,阴性,第三方检测机构\n"_s) // 7: line 2 again
            .toUtf8());
    const ImportResult result = import(t.db, {path});
    REQUIRE(result.committed);
    const FileReport &file = result.files.at(0);
    CHECK(file.rows == 6);
    CHECK(file.inserted == 2);
    CHECK(file.updated == 1);
    CHECK(file.unchanged == 0);
    CHECK(file.repeated == 3);
    // Only the repeat with other values is a notice: an earlier value is lost.
    REQUIRE(file.warnings.size() == 1);
    CHECK(file.warnings.at(0).line == 6);
    CHECK(file.warnings.at(0).topic == ImportProblem::Topic::RepeatedRecord);
    CHECK(file.warnings.at(0).message.contains(u"ID number, Sampled on, Sampling site"_s));
    CHECK(scalar(t.db, u"SELECT lab FROM nucleic_test t JOIN person p ON p.id = t.person_id"
                       u" WHERE p.id_number = '320612198708205431'"_s)
          == u"第三方检测机构"_s);
    // The history keeps counting as the database saw the rows.
    const auto batch = ImportBatchRepository(t.db).find(file.batchId);
    REQUIRE(batch);
    CHECK(batch->inserted == 2);
    CHECK(batch->updated == 2);
    CHECK(batch->unchanged == 2);
}

TEST_CASE("a test repeated hundreds of rows after its first is a repeat, written in the order of the file",
          "[import][repeated]")
{
    // New tests are written many to a statement; a key met again after its
    // first row was written so must still be a repeat, its values the last.
    test::TempDatabase t;
    importBase(t.db);
    const struct
    {
        const char *name;
        const char *idNumber;
    } persons[] = {{"陆伟志", "32061219970812218X"}, {"曾雪", "320612197801146515"}, {"江丽", "320612198708205431"}};
    QByteArray bytes = "单位,姓名,身份证号,采样日期,采样点,检测结果\n";
    const QDate first(2000, 1, 1);
    constexpr int kDays = 300; // line 2 + 3 × day + person: lines 2 to 901
    for (int day = 0; day < kDays; ++day)
        for (const auto &person : persons)
            bytes += "海通公司," + QByteArray(person.name) + ',' + person.idNumber + ','
                     + first.addDays(day).toString(Qt::ISODate).toLatin1() + ",通州湾社区,阴性\n";
    // Line 902: line 2 (陆伟志, 2000-01-01) again, positive. Line 903: line
    // 600 again as it was: 600 = 2 + 3 × 199 + 1, 曾雪 on day 199, 2000-07-19.
    bytes += "海通公司,陆伟志,32061219970812218X,2000-01-01,通州湾社区,阳性\n";
    bytes += "海通公司,曾雪,320612197801146515,2000-07-19,通州湾社区,阴性\n";
    const ImportResult result = import(t.db, {test::writeFile(t.dir.filePath(u"tests.csv"_s), bytes)});
    REQUIRE(result.committed);
    const FileReport &file = result.files.at(0);
    CHECK(file.rows == 902);
    CHECK(file.inserted == 900);
    CHECK(file.repeated == 2);
    // Only the repeat with another result is a notice.
    REQUIRE(file.warnings.size() == 1);
    CHECK(file.warnings.at(0).line == 902);
    CHECK(file.warnings.at(0).topic == ImportProblem::Topic::RepeatedRecord);
    CHECK(scalar(t.db, u"SELECT count(*) FROM nucleic_test WHERE sampled_on BETWEEN '2000-01-01' AND '2000-12-31'"_s)
          == u"900"_s);
    CHECK(scalar(t.db, u"SELECT result FROM nucleic_test t JOIN person p ON p.id = t.person_id"
                       u" WHERE p.id_number = '32061219970812218X' AND t.sampled_on = '2000-01-01'"_s)
          == u"positive"_s);
}

TEST_CASE("a roster repeating a person reports no change of the roster for the repeat", "[import][repeated]")
{
    test::TempDatabase t;
    REQUIRE(import(t.db, {data(u"base/companies.csv"_s)}).committed);
    const QString path = test::writeFile(t.dir.filePath(u"roster.csv"_s),
                                         "单位,姓名,身份证号,人员类别\n"
                                         "海通公司,陆伟志,32061219970812218X,在编\n"
                                         "海通公司,曾雪,320612197801146515,在编\n"
                                         "海通公司,曾雪,320612197801146515,劳务派遣\n");
    const ImportResult result = import(t.db, {path});
    REQUIRE(result.committed);
    const FileReport &file = result.files.at(0);
    CHECK(file.inserted == 2);
    CHECK(file.updated == 0);
    CHECK(file.repeated == 1);
    CHECK(file.roster.added.size() == 2);
    CHECK(file.roster.changed.isEmpty());
}

TEST_CASE("each file's rejected rows go to a file of its own, named after it", "[import][rejects]")
{
    test::TempDatabase t;
    importBase(t.db);
    const QString roster = test::writeFile(t.dir.filePath(u"roster.csv"_s),
                                           "单位,姓名,身份证号,人员类别\n"
                                           "海通公司,江丽,320612198708205431,在编\n"
                                           "海通公司,曾雪,320612197801146515,在编\n"
                                           "海通公司,陆伟志,32061219970812218X,在编\n");
    const QString tests = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                          "单位,姓名,身份证号,采样日期,检测结果\n"
                                          "海通公司,陆伟志,32061219970812218X,2022-13-01,阴性\n");
    ImportOptions options;
    options.rejectsPath = t.dir.filePath(u"out.csv"_s);
    const ImportResult result = import(t.db, {roster, tests}, options);
    CHECK_FALSE(result.committed);
    CHECK(result.files.at(0).rejectsFile.isEmpty()); // the roster has no rejected row
    CHECK(result.files.at(1).rejectsFile == t.dir.filePath(u"out-tests.csv"_s));
    CHECK(QFileInfo::exists(t.dir.filePath(u"out-tests.csv"_s)));
    CHECK_FALSE(QFileInfo::exists(t.dir.filePath(u"out-roster.csv"_s)));
}
