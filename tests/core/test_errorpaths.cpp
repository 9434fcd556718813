// SPDX-License-Identifier: GPL-3.0-or-later
// What the user gets when a database file or an output goes wrong: a damaged
// file, a WAL left by a writer that died, a read-only file or disk, another
// program writing, a migration step that fails, a full disk. Each case
// checks the kind of error, that the message names the file and the cause,
// and that nothing was half-written.
#include "core/db/backup.h"
#include "core/db/companyrepository.h"
#include "core/db/database.h"
#include "core/figures/figuresengine.h"
#include "figuresfixture.h"
#include "core/import/importer.h"
#include "readonlyfile.h"
#include "scratchdisk.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The same bytes on every run.
QByteArray garbage(qsizetype size)
{
    QRandomGenerator random(11);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

// One value read through a plain connection, outside of Database (which
// would migrate or refuse the file).
QVariant rawValue(const QString &path, const QString &sql)
{
    return test::RawSqlite(path).value(sql);
}

void rawExec(const QString &path, const QString &sql)
{
    test::RawSqlite(path).exec(sql);
}

QString importData(const QString &relative)
{
    return QStringLiteral(SEAWALL_TEST_DATA) + u"/import/"_s + relative;
}

// A file of the figures fixture, closed (so checkpointed: all of it in the
// file itself).
QString fixtureFile(const QString &path)
{
    Database db;
    REQUIRE(db.open(path).ok());
    test::FiguresFixture fixture(db);
    return path;
}

} // namespace

TEST_CASE("a damaged file is refused as damaged with its name, and left as it was", "[db][errors]")
{
    QTemporaryDir dir;
    const QString path = fixtureFile(dir.filePath(u"damaged.sqlite"_s));
    QByteArray damaged = contents(path);
    const QString how
        = GENERATE(as<QString> {}, u"truncated to half its size"_s, u"garbage over its schema"_s);
    if (how.startsWith(u"truncated"_s))
        damaged.truncate(damaged.size() / 2);
    else
        damaged.replace(100, 4000, garbage(4000)); // page 1 after the file header holds the schema
    test::writeFile(path, damaged);
    INFO(how.toStdString());

    Database db;
    const Status status = db.open(path);
    REQUIRE_FALSE(status.ok());
    INFO(status.error().message.toStdString());
    CHECK(status.error().kind == Error::Kind::Damaged);
    CHECK(status.error().message.contains(u"damaged.sqlite"_s));
    CHECK(status.error().message.contains(u"is damaged (database disk image is malformed)"_s));
    CHECK_FALSE(db.isOpen());
    // Not emptied, migrated or "repaired" on the way.
    CHECK(contents(path) == damaged);
    CHECK_FALSE(QFile::exists(Database::backupPathFor(path, 8)));
}

TEST_CASE("garbage in the middle of a file shows as damaged where it is read", "[db][errors]")
{
    // Database::open reads the header and the schema only: every page is
    // checked (PRAGMA quick_check, 0.7 s on the large demo file, which
    // `seawall stats` answers in 0.1 s) on the first open of a day only
    // (Backups::openAndKeep, test_backups.cpp). Otherwise the damage shows
    // on the first read of the pages it hit, as an error of its own kind.
    QTemporaryDir dir;
    const QString path = fixtureFile(dir.filePath(u"damaged.sqlite"_s));
    QByteArray damaged = contents(path);
    REQUIRE(
        damaged.size() >= 8 * rawValue(path, u"PRAGMA page_size"_s).toInt()); // the schema page is left whole
    damaged.replace(damaged.size() / 4, damaged.size() / 2, garbage(damaged.size() / 2));
    test::writeFile(path, damaged);

    Database db;
    REQUIRE(db.open(path).ok());
    const Result<Figures> figures = FiguresEngine(db).compute(test::FiguresFixture::day());
    REQUIRE_FALSE(figures.ok());
    CHECK(figures.error().kind == Error::Kind::Damaged);
    CHECK(figures.error().message.contains(u"damaged.sqlite"_s));
    CHECK(figures.error().message.contains(u"is damaged"_s));
}

TEST_CASE("a WAL left beside a file by a writer that stopped is recovered on open", "[db][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"live.sqlite"_s);
    {
        Database db; // created and closed: the schema is in the file itself
        REQUIRE(db.open(path).ok());
    }
    Database db;
    REQUIRE(db.open(path).ok());
    Company company;
    company.code = u"KF"_s;
    company.name = u"开发公司"_s;
    REQUIRE(CompanyRepository(db).insert(company).ok()); // committed, in the WAL only
    const qint64 committedWal = QFileInfo(path + u"-wal"_s).size();
    REQUIRE(committedWal > 0);

    // A second writer spills pages of a transaction it never commits into
    // the WAL (a small cache), as a program stopped in a large import does.
    {
        test::RawSqlite writer(path);
        writer.exec(u"PRAGMA cache_size = 10"_s);
        writer.exec(u"BEGIN"_s);
        QSqlQuery q = writer.query();
        REQUIRE(q.prepare(u"INSERT INTO company (code, name) VALUES (?, ?)"_s));
        for (int i = 0; i < 3000; ++i) {
            q.addBindValue(u"X%1"_s.arg(i));
            q.addBindValue(u"未提交的单位 %1 "_s.arg(i).repeated(8));
            REQUIRE(q.exec());
        }
        REQUIRE(QFileInfo(path + u"-wal"_s).size() > committedWal); // the uncommitted frames

        // The files as a copy taken now (or a machine that went down) has
        // them: the database and its WAL, without the index of the WAL.
        REQUIRE(QFile::copy(path, dir.filePath(u"copy.sqlite"_s)));
        REQUIRE(QFile::copy(path + u"-wal"_s, dir.filePath(u"copy.sqlite-wal"_s)));
        REQUIRE(QFile::copy(path, dir.filePath(u"without-wal.sqlite"_s)));
    }
    db.close();
    // The committed company is in the WAL, not in the file itself.
    CHECK(rawValue(dir.filePath(u"without-wal.sqlite"_s), u"SELECT count(*) FROM company"_s).toInt() == 0);

    Database recovered;
    REQUIRE(recovered.open(dir.filePath(u"copy.sqlite"_s)).ok());
    const std::vector<Company> companies = CompanyRepository(recovered).all();
    REQUIRE(companies.size() == 1); // and none of the uncommitted
    CHECK(companies.front().name == u"开发公司"_s);
    QSqlQuery check(recovered.connection());
    REQUIRE(check.exec(u"PRAGMA integrity_check"_s));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == u"ok"_s);
}

TEST_CASE("a read-only file is read, and a write to it is refused as read-only", "[db][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"readonly.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path).ok());
        REQUIRE(Importer(db).run({importData(u"base/companies.csv"_s)}, {}).committed);
    }
    const QByteArray before = contents(path);
    const test::ReadOnlyFile readOnly(path);
    if (!readOnly.ok()) {
        WARN("not run: " << readOnly.why().toStdString());
        return;
    }
    Database db;
    const Status opened = db.open(path);
    INFO((opened.ok() ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    CompanyRepository companies(db);
    CHECK(companies.count() == 10);

    Company company;
    company.code = u"NEW"_s;
    company.name = u"新单位"_s;
    const Result<qint64> inserted = companies.insert(company);
    REQUIRE_FALSE(inserted.ok());
    CHECK(inserted.error().kind == Error::Kind::ReadOnly);
    CHECK(inserted.error().message.contains(u"readonly.sqlite is read-only"_s));

    const ImportResult imported = Importer(db).run({importData(u"base/personnel.csv"_s)}, {});
    CHECK_FALSE(imported.committed);
    REQUIRE(imported.failure);
    CHECK(imported.failure->contains(u"readonly.sqlite is read-only"_s));
    CHECK(imported.files.at(0).errors.isEmpty()); // the file is fine

    CHECK(companies.count() == 10);
    db.close();
    CHECK(contents(path) == before);
}

TEST_CASE("a file on a read-only disk is refused as read-only with its name", "[db][errors]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"share"_s);
    const QString path = folder + u"/readonly.sqlite"_s;
    {
        Database db;
        REQUIRE(db.open(path).ok());
    }
    const test::ScratchDisk disk(folder, test::ScratchDisk::Kind::ReadOnly);
    if (!disk.ok()) {
        WARN("not run: " << disk.why().toStdString());
        return;
    }
    Database db;
    const Status status = db.open(path);
    REQUIRE_FALSE(status.ok());
    INFO(status.error().message.toStdString());
    CHECK(status.error().kind == Error::Kind::ReadOnly);
    CHECK(status.error().message.contains(u"readonly.sqlite is on a read-only disk"_s));
    CHECK(disk.entries() == QStringList {u"readonly.sqlite"_s});
}

TEST_CASE("a write while another program writes waits the busy timeout, fails as locked and writes nothing",
    "[db][errors]")
{
    test::TempDatabase t;
    {
        test::RawSqlite holder(t.path);
        holder.exec(u"BEGIN IMMEDIATE"_s);
        holder.exec(u"INSERT INTO setting (key, value) VALUES ('editing', 'yes')"_s);
        // Reading goes on meanwhile (WAL).
        CHECK(CompanyRepository(t.db).count() == 0);

        QElapsedTimer clock;
        clock.start();
        QString message;
        SECTION("an edit")
        {
            Company company;
            company.code = u"KF"_s;
            company.name = u"开发公司"_s;
            const Result<qint64> inserted = CompanyRepository(t.db).insert(company);
            REQUIRE_FALSE(inserted.ok());
            CHECK(inserted.error().kind == Error::Kind::Locked);
            message = inserted.error().message;
        }
        SECTION("an import")
        {
            const ImportResult result = Importer(t.db).run({importData(u"base/companies.csv"_s)}, {});
            CHECK_FALSE(result.committed);
            REQUIRE(result.failure);
            CHECK(result.files.at(0).errors.isEmpty()); // the file is fine
            message = *result.failure;
        }
        CHECK(clock.elapsed() >= 2500); // QSQLITE_BUSY_TIMEOUT=3000
        CHECK(message.contains(u"test.sqlite is locked by another program"_s));
    }
    CHECK(CompanyRepository(t.db).count() == 0);
    QSqlQuery batches(t.db.connection());
    REQUIRE(batches.exec(u"SELECT count(*) FROM import_batch"_s));
    REQUIRE(batches.next());
    CHECK(batches.value(0).toInt() == 0);
}

TEST_CASE("a migration step that fails leaves the file at its old version with its data, beside its copy",
    "[db][migration][errors]")
{
    QTemporaryDir dir;
    const QString path = test::copyOf(QStringLiteral(SEAWALL_TEST_DATA) + u"/db/v1.sqlite"_s, dir.filePath(u"old.sqlite"_s));
    // Something by the name version 6 gives its new index: steps 2 to 5 and
    // the first statement of step 6 (dropping an index) run, then it fails.
    rawExec(path, u"CREATE VIEW person_search AS SELECT name FROM person"_s);

    {
        Database db;
        const Status status = db.open(path);
        REQUIRE_FALSE(status.ok());
        INFO(status.error().message.toStdString());
        CHECK(status.error().kind == Error::Kind::Sql);
        CHECK(status.error().message.contains(u"old.sqlite could not be upgraded from schema version 1 to %1"_s.arg(
            Database::latestSchemaVersion())));
        CHECK(status.error().message.contains(u"person_search"_s));
        CHECK_FALSE(db.isOpen());
    }
    CHECK(rawValue(path, u"PRAGMA user_version"_s).toInt() == 1);
    CHECK(rawValue(path, u"SELECT count(*) FROM person"_s).toInt() == 2);
    CHECK(rawValue(path, u"SELECT name FROM company WHERE code = 'KF'"_s).toString() == u"开发公司"_s);
    CHECK(rawValue(path, u"SELECT count(*) FROM sqlite_master WHERE name = 'person_name'"_s).toInt() == 1);
    CHECK(
        rawValue(path, u"SELECT count(*) FROM sqlite_master WHERE name IN ('setting', 'briefing')"_s).toInt()
        == 0);
    CHECK(rawValue(path, u"SELECT count(*) FROM pragma_table_info('person') WHERE name = 'first_dose_on'"_s)
              .toInt()
        == 0);

    const QString copy = Database::backupPathFor(path, 1);
    REQUIRE(QFile::exists(copy));
    CHECK(rawValue(copy, u"PRAGMA user_version"_s).toInt() == 1);
    CHECK(rawValue(copy, u"SELECT count(*) FROM person"_s).toInt() == 2);

    // Once what was in the way is gone, the file opens and migrates.
    rawExec(path, u"DROP VIEW person_search"_s);
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("a backup to a full disk fails naming the copy and the cause, and leaves no file", "[db][errors]")
{
    QTemporaryDir dir;
    const QString path = fixtureFile(dir.filePath(u"fixture.sqlite"_s));
    Database db;
    REQUIRE(db.open(path).ok());
    const test::ScratchDisk disk(dir.filePath(u"usb"_s), test::ScratchDisk::Kind::Full, 16 * 1024);
    if (!disk.ok()) {
        WARN("not run: " << disk.why().toStdString());
        return;
    }
    const Status status = backupDatabase(db, disk.filePath(u"backup.sqlite"_s));
    REQUIRE_FALSE(status.ok());
    INFO(status.error().message.toStdString());
    CHECK(status.error().kind == Error::Kind::Open);
    CHECK(status.error().message.contains(u"Cannot write "_s + disk.filePath(u"backup.sqlite"_s)));
    CHECK(status.error().message.contains(u"disk is full"_s));
    CHECK(disk.entries().isEmpty());
}

TEST_CASE(
    "an import whose rejects file fills the disk imports nothing and leaves no file", "[import][errors]")
{
    test::TempDatabase t;
    REQUIRE(Importer(t.db)
                .run({importData(u"base/companies.csv"_s), importData(u"base/personnel.csv"_s)}, {})
                .committed);
    const test::ScratchDisk disk(t.dir.filePath(u"out"_s), test::ScratchDisk::Kind::Full);
    if (!disk.ok()) {
        WARN("not run: " << disk.why().toStdString());
        return;
    }
    ImportOptions options;
    options.skipInvalid = true; // the valid rows would be imported, were the rejected ones kept
    options.rejectsPath = disk.filePath(u"rejects.csv"_s);
    const ImportResult result = Importer(t.db).run({importData(u"excel_id/input.csv"_s)}, options);
    CHECK_FALSE(result.committed);
    CHECK(result.files.at(0).rejectsFile.isEmpty());
    REQUIRE_FALSE(result.files.at(0).errors.isEmpty());
    const QString message = result.files.at(0).errors.last().message;
    INFO(message.toStdString());
    CHECK(message.contains(u"Cannot write "_s + disk.filePath(u"rejects.csv"_s)));
    CHECK(message.contains(u"No space left on device"_s));
    CHECK(disk.entries().isEmpty());
    QSqlQuery tests(t.db.connection());
    REQUIRE(tests.exec(u"SELECT count(*) FROM nucleic_test"_s));
    REQUIRE(tests.next());
    CHECK(tests.value(0).toInt() == 0);
}
