// SPDX-License-Identifier: GPL-3.0-or-later
// The import's check (ImportOptions::dryRun, the window's "Check"): it
// tells every file as the import then tells it — counts, problems,
// repeats, the roster's changes — and writes none of the rows. The cases
// with repeats and updates are worked out by hand in the comments.
#include "core/import/importer.h"
#include "core/import/importgate.h"
#include "testdb.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// Everything a report tells of one file, one line each, in order.
QStringList told(const FileReport &file)
{
    QStringList lines{u"rows %1 inserted %2 updated %3 unchanged %4 repeated %5 rejected %6 external %7"_s.arg(
        QString::number(file.rows), QString::number(file.inserted), QString::number(file.updated),
        QString::number(file.unchanged), QString::number(file.repeated), QString::number(file.rejected),
        QString::number(file.externalPersons))};
    for (const ImportProblem &p : file.errors)
        lines << u"error %1 %2 %3"_s.arg(p.line).arg(p.column, p.message);
    for (const ImportProblem &p : file.warnings)
        lines << u"warning %1 %2 %3 %4"_s.arg(p.line).arg(p.column, p.message).arg(int(p.topic));
    const auto entries = [&lines](const char *what, const QList<RosterEntry> &list) {
        for (const RosterEntry &e : list)
            lines << u"%1 %2 %3 %4 %5"_s.arg(QLatin1String(what), e.idNumber, e.name, e.company, e.fromCompany);
    };
    entries("added", file.roster.added);
    entries("changed", file.roster.changed);
    entries("moved", file.roster.moved);
    entries("missing", file.roster.missing);
    return lines;
}

ImportResult run(test::TempDatabase &t, const QStringList &files, bool check)
{
    ImportOptions options;
    options.dryRun = check;
    return Importer(t.db).run(files, options);
}

QString file(test::TempDatabase &t, const QString &name, const QByteArray &bytes)
{
    return test::writeFile(t.dir.filePath(name), bytes);
}

qint64 count(test::TempDatabase &t, const QString &table)
{
    return test::scalar(t.db, u"SELECT count(*) FROM "_s + table).toLongLong();
}

// 沿海集团 (YH) with 滨江公司 (BJ) and 开发公司 (KF); 秦鹏文, 龚雪 and 徐晨秀
// of BJ, 彭志 of KF; 秦鹏文's and 龚雪's tests of 03-10, negative.
void importBase(test::TempDatabase &t)
{
    const QStringList base{
        file(t, u"companies.csv"_s, "单位编码,单位名称,上级单位编码\nYH,沿海集团,\nBJ,滨江公司,YH\nKF,开发公司,YH\n"),
        file(t, u"personnel.csv"_s,
             "单位,姓名,身份证号\n"
             "滨江公司,秦鹏文,320612198311208861\n"
             "滨江公司,龚雪,320612200002105519\n"
             "滨江公司,徐晨秀,320612200312216783\n"
             "开发公司,彭志,320612200207301943\n"),
        file(t, u"tests-base.csv"_s,
             "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
             "滨江公司,秦鹏文,320612198311208861,2022-03-10,通州湾社区,阴性\n"
             "滨江公司,龚雪,320612200002105519,2022-03-10,通州湾社区,阴性\n")};
    REQUIRE(run(t, base, false).committed);
}

} // namespace

TEST_CASE("a check tells every sample file as its import then does, and writes none of their rows",
          "[import][check][samples]")
{
    test::TempDatabase t;
    QStringList files;
    for (const QString &name : QDir(QStringLiteral(SEAWALL_SAMPLES)).entryList({u"*.csv"_s}, QDir::Files, QDir::Name))
        files << QStringLiteral(SEAWALL_SAMPLES) + u'/' + name;
    // One of every kind the program reads.
    REQUIRE(files.size() == 14);
    const auto changes = [&t] { return test::scalar(t.db, u"SELECT total_changes()"_s).toLongLong(); };
    const bool sqlite = t.db.backend() == SqlBackend::Sqlite;
    const qint64 changesBefore = sqlite ? changes() : 0;

    const ImportResult check = run(t, files, true);
    CHECK_FALSE(check.committed);
    CHECK(count(t, u"person"_s) == 0);
    CHECK(count(t, u"import_batch"_s) == 0);
    // Not a row, not a line of the import history or of the audit log.
    if (sqlite)
        CHECK(changes() - changesBefore == 0);

    const ImportResult import = run(t, files, false);
    REQUIRE(import.committed);
    REQUIRE(check.files.size() == import.files.size());
    qint64 written = 0;
    for (qsizetype i = 0; i < import.files.size(); ++i) {
        INFO(import.files.at(i).file.toStdString());
        CHECK(told(check.files.at(i)) == told(import.files.at(i)));
        written += import.files.at(i).inserted;
    }
    // The samples hold rows, and the import wrote them.
    CHECK(written > files.size());
}

TEST_CASE("a check tells new, repeated, changed and unchanged rows of a tests file as the import does",
          "[import][check]")
{
    test::TempDatabase t;
    importBase(t);
    // 新人甲 (320612199001011232) is on no roster: a person of BJ made as 外部
    // on line 8, named again on lines 9 and 10.
    const QString tests = file(t, u"tests.csv"_s,
                               "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
                               "开发公司,彭志,320612200207301943,2022-03-11,通州湾社区,阴性\n"         // 2 new
                               "开发公司,彭志,320612200207301943,2022-03-11,通州湾社区,阴性\n"         // 3 repeats 2
                               "开发公司,彭志,320612200207301943,2022-03-11,通州湾社区,阳性\n"         // 4 repeats 2, changed
                               "滨江公司,秦鹏文,320612198311208861,2022-03-10,通州湾社区,阴性\n"       // 5 as before
                               "滨江公司,龚雪,320612200002105519,2022-03-10,通州湾社区,阳性\n"         // 6 an update
                               "滨江公司,秦鹏文,320612198311208861,2022-03-10,通州湾社区,待出\n"       // 7 an update
                               "滨江公司,新人甲,320612199001011232,2022-03-10,通州湾社区,阴性\n"       // 8 new, new person
                               "滨江公司,新人甲,320612199001011232,2022-03-11,通州湾社区,阴性\n"       // 9 new
                               "滨江公司,新人甲,320612199001011232,2022-03-10,通州湾社区,阴性\n");     // 10 repeats 8
    // Line 7 updates the test line 5 left as it was: that row is not the
    // import's, so line 7 is an update, not a repeat. Inserted 2, 8, 9 (3);
    // updated 6, 7 (2); unchanged 5 (1); repeated 3, 4, 10 (3); line 4
    // changes what line 2 wrote, which is said.
    const ImportResult check = run(t, {tests}, true);
    REQUIRE(check.files.size() == 1);
    const FileReport &checked = check.files.at(0);
    CHECK(checked.rows == 9);
    CHECK(checked.inserted == 3);
    CHECK(checked.updated == 2);
    CHECK(checked.unchanged == 1);
    CHECK(checked.repeated == 3);
    CHECK(checked.rejected == 0);
    CHECK(checked.externalPersons == 1);
    QList<qint64> repeatsChanged;
    for (const ImportProblem &warning : checked.warnings)
        if (warning.topic == ImportProblem::Topic::RepeatedRecord)
            repeatsChanged << warning.line;
    CHECK(repeatsChanged == QList<qint64>{4});
    CHECK(count(t, u"nucleic_test"_s) == 2);
    CHECK(count(t, u"person"_s) == 4);

    const ImportResult import = run(t, {tests}, false);
    REQUIRE(import.committed);
    CHECK(told(import.files.at(0)) == told(checked));
    // 2 + 3 tests; 4 + 1 persons. On 03-10: 秦鹏文 pending (line 7), 龚雪
    // positive (line 6), 新人甲 negative (line 8).
    CHECK(count(t, u"nucleic_test"_s) == 5);
    CHECK(count(t, u"person"_s) == 5);
    const auto resultOn10 = [&t](const char *idNumber) {
        return test::scalar(t.db, u"SELECT t.result FROM nucleic_test t JOIN person p ON p.id = t.person_id"
                                  u" WHERE t.sampled_on = '2022-03-10' AND p.id_number = ?"_s,
                            {QString::fromLatin1(idNumber)})
            .toString();
    };
    CHECK(resultOn10("320612198311208861") == u"pending"_s);
    CHECK(resultOn10("320612200002105519") == u"positive"_s);
    CHECK(resultOn10("320612199001011232") == u"negative"_s);
}

TEST_CASE("a check tells a roster's new, renamed, moved and missing persons as the import does", "[import][check]")
{
    test::TempDatabase t;
    importBase(t);
    // 老员工 joins BJ last, with the lowest ID number (born 1970).
    REQUIRE(run(t, {file(t, u"old-hand.csv"_s, "单位,姓名,身份证号\n滨江公司,老员工,320612197001011014\n")}, false)
                .committed);
    // BJ's roster keeps 秦鹏文 as he is, renames 龚雪 to 龚雪雪, takes 彭志
    // over from KF and leaves 徐晨秀 and 老员工 out; KF's brings 新人乙
    // (320612199202022245). So: inserted 1, updated 2, unchanged 1; added
    // 新人乙, changed 龚雪雪, moved 彭志 from 开发公司, missing of 滨江公司
    // 老员工 and 徐晨秀, in the order of their ID numbers (1970…, 2003…)
    // though 老员工 came later; 彭志 is not missing from KF, whose file no
    // longer names him.
    const QString roster = file(t, u"roster.csv"_s,
                                "单位,姓名,身份证号\n"
                                "滨江公司,秦鹏文,320612198311208861\n"
                                "滨江公司,龚雪雪,320612200002105519\n"
                                "滨江公司,彭志,320612200207301943\n"
                                "开发公司,新人乙,320612199202022245\n");
    const ImportResult check = run(t, {roster}, true);
    REQUIRE(check.files.size() == 1);
    const FileReport &checked = check.files.at(0);
    CHECK(checked.inserted == 1);
    CHECK(checked.updated == 2);
    CHECK(checked.unchanged == 1);
    const auto names = [](const QList<RosterEntry> &list) {
        QStringList out;
        for (const RosterEntry &e : list)
            out << e.name + u'@' + e.company + (e.fromCompany.isEmpty() ? QString() : u'<' + e.fromCompany);
        return out;
    };
    CHECK(names(checked.roster.added) == QStringList{u"新人乙@开发公司"_s});
    CHECK(names(checked.roster.changed) == QStringList{u"龚雪雪@滨江公司"_s});
    CHECK(names(checked.roster.moved) == QStringList{u"彭志@滨江公司<开发公司"_s});
    CHECK(names(checked.roster.missing) == (QStringList{u"老员工@滨江公司"_s, u"徐晨秀@滨江公司"_s}));
    CHECK(test::scalar(t.db, u"SELECT name FROM person WHERE id_number = '320612200002105519'"_s).toString()
          == u"龚雪"_s);

    const ImportResult import = run(t, {roster}, false);
    REQUIRE(import.committed);
    CHECK(told(import.files.at(0)) == told(checked));
    CHECK(test::scalar(t.db, u"SELECT name FROM person WHERE id_number = '320612200002105519'"_s).toString()
          == u"龚雪雪"_s);
}

TEST_CASE("a check does not wait for another import to end", "[import][check]")
{
    test::TempDatabase t;
    importBase(t);
    const QString tests = file(t, u"tests.csv"_s,
                               "单位,姓名,身份证号,采样日期,采样点,检测结果\n"
                               "开发公司,彭志,320612200207301943,2022-03-11,通州湾社区,阴性\n");
    // Another connection is importing: it holds the import's lock and the
    // database's write lock.
    Database other;
    REQUIRE(other.open(t.path).ok());
    const Result<std::unique_ptr<ImportGate>> held = ImportGate::enter(other, {});
    REQUIRE(held.ok());
    REQUIRE(held.value());

    bool waited = false;
    ImportOptions check;
    check.dryRun = true;
    check.waiting = [&waited] { waited = true; };
    check.cancelled = [&waited] { return waited; }; // an import stops at once
    const ImportResult checked = Importer(t.db).run({tests}, check);
    CHECK_FALSE(waited);
    CHECK_FALSE(checked.cancelled);
    CHECK_FALSE(checked.failure);
    REQUIRE(checked.files.size() == 1);
    CHECK(checked.files.at(0).inserted == 1);

    // An import waits, and here is cancelled.
    ImportOptions import;
    import.waiting = check.waiting;
    import.cancelled = check.cancelled;
    CHECK(Importer(t.db).run({tests}, import).cancelled);
    CHECK(waited);
}
