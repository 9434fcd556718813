// SPDX-License-Identifier: GPL-3.0-or-later
// `seawall` as a user runs it when the database or an output goes wrong:
// the exit code (3 for the database, see README.md "Exit codes"), a message
// naming the file and the cause, and nothing half-written.
#include "figuresfixture.h"
#include "readonlyfile.h"
#include "scratchdisk.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runSeawall(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SEAWALL_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

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
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli-writer"_s);
        holder.setDatabaseName(db);
        REQUIRE(holder.open());
        QSqlQuery q(holder);
        REQUIRE(q.exec(u"BEGIN IMMEDIATE"_s));
        REQUIRE(q.exec(u"INSERT INTO setting (key, value) VALUES ('editing', 'yes')"_s));

        QElapsedTimer clock;
        clock.start();
        const Run run = runSeawall({u"--db"_s, db, u"import"_s, importData(u"base/personnel.csv"_s)});
        INFO(run.out.toStdString());
        CHECK(clock.elapsed() >= 2500); // it waited for the other writer to finish
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(db + u" is locked by another program"_s));
        q.exec(u"ROLLBACK"_s);
        q.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(u"cli-writer"_s);
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
