// SPDX-License-Identifier: GPL-3.0-or-later
// `seawall` as a user runs it when the database or an output goes wrong:
// the exit code (3 for the database, see README.md "Exit codes"), a message
// naming the file and the cause, and nothing half-written.
#include "figuresfixture.h"
#include "readonlyfile.h"
#include "scratchdisk.h"
#include "runprogram.h"
#include "testdb.h"

#include "core/validation/idnumber.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {


using test::Run;

Run runSeawall(const QStringList &arguments) { return test::runSeawall(arguments); }

QString importData(const QString &relative)
{
    return QStringLiteral(SEAWALL_TEST_DATA) + u"/import/"_s + relative;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The imports recorded in `db`, as `seawall imports --json` lists them.
qsizetype importCount(const QString &db)
{
    const Run run = runSeawall({u"--db"_s, db, u"imports"_s, u"--json"_s});
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object()[u"imports"_s].toArray().size();
}

QString fixtureFile(const QString &path)
{
    Database db;
    REQUIRE(db.open(path).ok());
    test::FiguresFixture fixture(db);
    return path;
}

// The file with a span of it overwritten by the same garbage on every run.
void overwrite(const QString &path, qint64 offset, qint64 size)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 11;
    for (char &byte : bytes)
        byte = char((state = state * 1103515245u + 12345u) >> 24);
    REQUIRE(file.write(bytes) == size);
}

// One number read through a plain connection of the test's own.
qint64 rawCount(const QString &path, const QString &table)
{
    return test::RawSqlite(path).value(u"SELECT count(*) FROM "_s + table).toLongLong();
}

} // namespace

TEST_CASE("stats on a damaged database is exit code 3 naming the file and the damage", "[cli][errors]")
{
    QTemporaryDir dir;
    const QString db = fixtureFile(dir.filePath(u"damaged.sqlite"_s));
    const QString how
        = GENERATE(as<QString> {}, u"truncated to half its size"_s, u"garbage over its middle half"_s);
    INFO(how.toStdString());
    const qint64 size = QFileInfo(db).size();
    if (how.startsWith(u"truncated"_s))
        REQUIRE(QFile::resize(db, size / 2));
    else
        overwrite(db, size / 4, size / 2);
    const QByteArray damaged = contents(db);

    const Run run = runSeawall({u"--db"_s, db, u"stats"_s, u"--date"_s, u"2022-03-15"_s});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(db + u" is damaged (database disk image is malformed)"_s));
    CHECK(run.out.isEmpty()); // no figures from what could be read
    CHECK(contents(db) == damaged);
}

TEST_CASE(
    "a read-only database is read, and import into it is exit code 3 saying it is read-only", "[cli][errors]")
{
    QTemporaryDir dir;
    const QString db = fixtureFile(dir.filePath(u"readonly.sqlite"_s));
    const QByteArray before = contents(db);
    const test::ReadOnlyFile readOnly(db);
    if (!readOnly.ok()) {
        WARN("not run: " << readOnly.why().toStdString());
        return;
    }
    const Run stats = runSeawall({u"--db"_s, db, u"stats"_s, u"--date"_s, u"2022-03-15"_s});
    INFO(stats.err.toStdString());
    CHECK(stats.exitCode == 0);
    CHECK(stats.out.contains(u"Active personnel"_s));

    const Run import = runSeawall({u"--db"_s, db, u"import"_s, importData(u"base/companies.csv"_s)});
    INFO(import.out.toStdString());
    CHECK(import.exitCode == 3);
    CHECK(import.err.contains(db + u" is read-only"_s));
    CHECK(import.out.contains(u"Nothing was imported."_s));
    CHECK(contents(db) == before);
}

TEST_CASE("a database on a read-only disk is exit code 3 saying so", "[cli][errors]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"share"_s);
    const QString db = fixtureFile(folder + u"/readonly.sqlite"_s);
    const test::ScratchDisk disk(folder, test::ScratchDisk::Kind::ReadOnly);
    if (!disk.ok()) {
        WARN("not run: " << disk.why().toStdString());
        return;
    }
    const Run run = runSeawall({u"--db"_s, db, u"stats"_s, u"--date"_s, u"2022-03-15"_s});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(db + u" is on a read-only disk"_s));
}

TEST_CASE("import while another program writes is exit code 3 after the busy timeout and imports nothing",
    "[cli][errors]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"busy.sqlite"_s);
    REQUIRE(runSeawall({u"--db"_s, db, u"import"_s, importData(u"base/companies.csv"_s)}).exitCode == 0);
    {
        test::RawSqlite holder(db);
        holder.exec(u"BEGIN IMMEDIATE"_s);
        holder.exec(u"INSERT INTO setting (key, value) VALUES ('editing', 'yes')"_s);

        QElapsedTimer clock;
        clock.start();
        const Run run = runSeawall({u"--db"_s, db, u"import"_s, importData(u"base/personnel.csv"_s)});
        INFO(run.out.toStdString());
        CHECK(clock.elapsed() >= 2500); // it waited for the other writer to finish
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(db + u" is locked by another program"_s));
    }
    CHECK(importCount(db) == 1);
}

TEST_CASE(
    "import with its rejects going to a full disk fails naming the file and leaves none", "[cli][errors]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    REQUIRE(runSeawall({u"--db"_s, db, u"import"_s, importData(u"base/companies.csv"_s),
                           importData(u"base/personnel.csv"_s)})
                .exitCode
        == 0);
    const test::ScratchDisk disk(dir.filePath(u"out"_s), test::ScratchDisk::Kind::Full);
    if (!disk.ok()) {
        WARN("not run: " << disk.why().toStdString());
        return;
    }
    const QString rejects = disk.filePath(u"rejects.csv"_s);
    const Run run = runSeawall({u"--db"_s, db, u"import"_s, u"--skip-invalid"_s, u"--rejects"_s, rejects,
        importData(u"excel_id/input.csv"_s)});
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.out.contains(u"Cannot write "_s + rejects + u": No space left on device"_s));
    CHECK_FALSE(run.out.contains(u"Rejected rows written"_s));
    CHECK(disk.entries().isEmpty());
    CHECK(importCount(db) == 2); // the valid rows were not imported without their rejects
}

TEST_CASE("briefing to a full disk fails naming the file, leaves none and prints no issue", "[cli][errors]")
{
    QTemporaryDir dir;
    const QString db = fixtureFile(dir.filePath(u"fixture.sqlite"_s));
    const QString option = GENERATE(as<QString> {}, u"--pdf"_s, u"--png"_s);
    INFO(option.toStdString());
    const QString out = dir.filePath(option == u"--pdf"_s ? u"usb/briefing.pdf"_s : u"usb/briefing.png"_s);
    {
        const test::ScratchDisk disk(dir.filePath(u"usb"_s), test::ScratchDisk::Kind::Full, 16 * 1024);
        if (!disk.ok()) {
            WARN("not run: " << disk.why().toStdString());
            return;
        }
        const Run run = runSeawall({u"--db"_s, db, u"briefing"_s, u"--date"_s, u"2022-03-15"_s, option, out});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"Cannot write "_s + out + u": No space left on device"_s));
        CHECK(disk.entries().isEmpty());
    }
    // The issue number was not taken: the next briefing printed is No. 1.
    const Run again = runSeawall({u"--db"_s, db, u"briefing"_s, u"--date"_s, u"2022-03-15"_s, option,
        dir.filePath(u"again"_s + out.right(4))});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"Briefing No. 1 of"_s));
}

TEST_CASE("seawall backup and restore bring a database back to the same counts", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"seawall.sqlite"_s);
    REQUIRE(runSeawall({u"--db"_s, db, u"import"_s, importData(u"base/companies.csv"_s)}).exitCode == 0);
    // The first open of the day left its copy in backups beside the file.
    CHECK(QFile::exists(dir.filePath(u"backups/seawall-%1.sqlite"_s.arg(QDate::currentDate().toString(Qt::ISODate)))));

    const QString copy = dir.filePath(u"copy.sqlite"_s);
    const Run backup = runSeawall({u"--db"_s, db, u"backup"_s, copy});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.out.contains(u"backed up to "_s + copy));
    CHECK((QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    // companies.csv holds 10 companies after its header.
    CHECK(rawCount(copy, u"company"_s) == 10);
    CHECK(rawCount(copy, u"person"_s) == 0);

    // Imported after the copy: personnel.csv's 3 persons.
    REQUIRE(runSeawall({u"--db"_s, db, u"import"_s, importData(u"base/personnel.csv"_s)}).exitCode == 0);
    REQUIRE(rawCount(db, u"person"_s) == 3);

    const Run restore = runSeawall({u"--db"_s, db, u"restore"_s, copy});
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(rawCount(db, u"company"_s) == 10);
    CHECK(rawCount(db, u"person"_s) == 0);
    // The file it replaced is kept beside it, with the persons.
    const QStringList kept = QDir(dir.path()).entryList({u"seawall.before-restore-*.sqlite"_s}, QDir::Files);
    REQUIRE(kept.size() == 1);
    CHECK(restore.out.contains(kept.first()));
    CHECK(rawCount(dir.filePath(kept.first()), u"person"_s) == 3);
}

TEST_CASE("seawall restore refuses a file that is not a Seawall database and changes nothing", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"seawall.sqlite"_s);
    REQUIRE(runSeawall({u"--db"_s, db, u"import"_s, importData(u"base/companies.csv"_s)}).exitCode == 0);
    const QByteArray before = contents(db);
    const QString notes = test::writeFile(dir.filePath(u"notes.sqlite"_s), "not a database\n");

    const Run run = runSeawall({u"--db"_s, db, u"restore"_s, notes});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(notes + u" is not a Seawall database"_s));
    CHECK(contents(db) == before);
    CHECK(QDir(dir.path()).entryList({u"*before-restore*"_s}, QDir::Files).isEmpty());
}

TEST_CASE("a database damaged since its last backup is exit code 3 naming that backup", "[cli][backup][errors]")
{
    QTemporaryDir dir;
    const QString db = fixtureFile(dir.filePath(u"damaged.sqlite"_s));
    REQUIRE(runSeawall({u"--db"_s, db, u"init"_s}).exitCode == 0);
    // Today's copy, as if taken yesterday: today's first open is still to come.
    const QString yesterday = dir.filePath(u"backups/damaged-%1.sqlite"_s.arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate)));
    REQUIRE(QFile::rename(dir.filePath(u"backups/damaged-%1.sqlite"_s.arg(QDate::currentDate().toString(Qt::ISODate))),
                          yesterday));
    const qint64 size = QFileInfo(db).size();
    overwrite(db, size / 4, size / 2);
    const QByteArray damaged = contents(db);

    const Run run = runSeawall({u"--db"_s, db, u"stats"_s, u"--date"_s, u"2022-03-15"_s});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(db + u" is damaged (database disk image is malformed)"_s));
    CHECK(run.err.contains(u"seawall restore "_s + yesterday));
    CHECK(run.out.isEmpty());
    CHECK(contents(db) == damaged);

    REQUIRE(runSeawall({u"--db"_s, db, u"restore"_s, yesterday}).exitCode == 0);
    CHECK(runSeawall({u"--db"_s, db, u"stats"_s, u"--date"_s, u"2022-03-15"_s}).exitCode == 0);
}

namespace {

// A roster of `rows` persons of 海通公司 (base/companies.csv), each with a
// valid ID number of its own, as a unit sends it.
QString largeRoster(const QString &path, int rows)
{
    QByteArray text = "单位,姓名,身份证号,人员类别\n";
    const QString given = u"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"_s;
    for (int i = 0; i < rows; ++i) {
        // 320612, a birth date from 1960-01-01 on, a sequence number of 3 digits.
        const QString first17 = u"320612"_s + QDate(1960, 1, 1).addDays(i / 500).toString(u"yyyyMMdd"_s)
            + u"%1"_s.arg(i % 500 + 100, 3, 10, QChar(u'0'));
        const QString name = u"陆"_s + given.at(i % given.size()) + given.at((i / given.size()) % given.size());
        text += (u"海通公司,"_s + name + u',' + first17 + IdNumber::checkCharacter(first17) + u",在编\n"_s).toUtf8();
    }
    return test::writeFile(path, text);
}

// PRAGMA integrity_check, through a Database: the index of names needs its
// pinyin function.
QString integrityOf(const QString &path)
{
    Database db;
    REQUIRE(db.open(path, Database::Access::ReadOnly).ok());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"PRAGMA integrity_check"_s));
    QString verdict;
    while (q.next())
        verdict += q.value(0).toString();
    return verdict;
}

} // namespace

TEST_CASE("an import killed at any moment leaves the file whole and all of the import or none of it",
          "[cli][import][crash]")
{
    QTemporaryDir dir;
    constexpr int rows = 30000;
    const QString roster = largeRoster(dir.filePath(u"roster.csv"_s), rows);
    const QString base = dir.filePath(u"base.sqlite"_s);
    // The companies first (and with them the day's backup).
    REQUIRE(runSeawall({u"--db"_s, base, u"import"_s, importData(u"base/companies.csv"_s)}).exitCode == 0);

    // When a whole import here begins to write (its WAL grows) and when it
    // ends: the kills fall between the two, and some before.
    const QString whole = dir.filePath(u"whole.sqlite"_s);
    REQUIRE(QFile::copy(base, whole));
    const auto start = [&roster](const QString &db, QProcess &process) {
        process.start(QStringLiteral(SEAWALL_EXECUTABLE), {u"--db"_s, db, u"import"_s, roster});
        REQUIRE(process.waitForStarted());
    };
    const auto writing = [](const QString &db) { return QFileInfo(db + u"-wal"_s).size() > 0; };
    qint64 writes = -1;
    qint64 duration = 0;
    {
        QProcess process;
        QElapsedTimer clock;
        clock.start();
        start(whole, process);
        while (!process.waitForFinished(1))
            if (writes < 0 && writing(whole))
                writes = clock.elapsed();
        duration = clock.elapsed();
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(process.exitCode() == 0);
        REQUIRE(rawCount(whole, u"person"_s) == rows);
        REQUIRE(writes >= 0);
    }

    QRandomGenerator random(20260305);
    int killed = 0;
    int killedWriting = 0;
    for (int round = 0; round < 8; ++round) {
        const QString db = dir.filePath(u"killed-%1.sqlite"_s.arg(round));
        REQUIRE(QFile::copy(base, db));
        QProcess process;
        // One round in four at any moment from the start (opening, reading
        // the file); the others once the rows are being written (its WAL has
        // grown), within the time the whole import took to write them.
        const bool fromStart = round % 4 == 0;
        const qint64 delay = qint64(random.bounded(std::max<qint64>(fromStart ? duration : (duration - writes) * 4 / 5, 5)));
        INFO("round " << round << ": killed " << delay << " ms after " << (fromStart ? "the start" : "the first write")
                      << "; a whole import writes from " << writes << " to " << duration << " ms");
        start(db, process);
        while (!fromStart && !writing(db) && !process.waitForFinished(1)) {
        }
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < delay && !process.waitForFinished(1)) {
        }
        if (process.state() != QProcess::NotRunning) {
            killedWriting += writing(db);
            ::kill(pid_t(process.processId()), SIGKILL);
            REQUIRE(process.waitForFinished(10000));
            killed += process.exitStatus() == QProcess::CrashExit;
        }
        CHECK(integrityOf(db) == u"ok"_s);
        const qint64 persons = rawCount(db, u"person"_s);
        CHECK((persons == 0 || persons == rows));
        // The import's batch is there exactly when its rows are.
        CHECK(rawCount(db, u"import_batch"_s) == (persons == rows ? 2 : 1));
        // And the file opens and takes the import afterwards.
        const Run again = runSeawall({u"--db"_s, db, u"imports"_s});
        CHECK(again.exitCode == 0);
    }
    CHECK(killed >= 5);
    CHECK(killedWriting >= 3); // of the 6 rounds that wait for the first write
}
