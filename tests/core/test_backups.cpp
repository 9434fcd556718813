// SPDX-License-Identifier: GPL-3.0-or-later
// Daily backups, restoring one, the check of every page on the first open of
// a day, and files with personal data readable by their owner only.
#include "core/csv/csvwriter.h"
#include "core/db/companyrepository.h"
#include "core/db/dailybackup.h"
#include "core/db/database.h"
#include "core/model/company.h"
#include "readonlyfile.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

qint64 count(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(u"SELECT count(*) FROM "_s + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// Adds companies C<first>…C<first + n - 1> to the file at `path`.
void addCompanies(const QString &path, int first, int n)
{
    Database db;
    REQUIRE(db.open(path).ok());
    Transaction transaction(db);
    REQUIRE(transaction.isActive());
    for (int i = first; i < first + n; ++i) {
        Company company;
        company.code = u"C%1"_s.arg(i, 5, 10, QChar(u'0'));
        company.name = u"第%1分公司（海润水务集团下属单位）"_s.arg(i);
        REQUIRE(CompanyRepository(db).insert(company).ok());
    }
    REQUIRE(transaction.commit().ok());
}

void fill(const QString &path, int n) { addCompanies(path, 1, n); }

qint64 countOf(const BackupCopy &copy, const QString &plural)
{
    for (const auto &[name, rows] : copy.counts)
        if (name == plural)
            return rows;
    return -1;
}

int mode(const QString &path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 0777);
}

} // namespace

TEST_CASE("the first open of each day copies the file into backups beside it and keeps the newest", "[db][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"seawall.sqlite"_s);
    fill(path, 4);
    const QDate first(2026, 3, 1);
    {
        Database db;
        REQUIRE(Backups::openAndKeep(db, path, 3, first).ok());
        CHECK_FALSE(db.isReadOnly());
    }
    const QString copy = dir.filePath(u"backups/seawall-2026-03-01.sqlite"_s);
    REQUIRE(QFile::exists(copy));
    CHECK(Backups::dailyPath(path, first) == copy);
    const QDateTime taken = QFileInfo(copy).lastModified();

    // The second open of the day leaves the day's copy as it was.
    addCompanies(path, 5, 4);
    {
        Database db;
        REQUIRE(Backups::openAndKeep(db, path, 3, first).ok());
    }
    CHECK(QFileInfo(copy).lastModified() == taken);
    REQUIRE(Backups::read(copy).ok());
    // 4 companies when the copy was taken (4 more came after it), no persons.
    CHECK(countOf(Backups::read(copy).value(), u"Companies"_s) == 4);
    CHECK(countOf(Backups::read(copy).value(), u"Personnel"_s) == 0);

    // Five days opened with 3 kept: 03-03, 03-04 and 03-05 remain.
    for (int day = 2; day <= 5; ++day) {
        Database db;
        REQUIRE(Backups::openAndKeep(db, path, 3, QDate(2026, 3, day)).ok());
    }
    const QStringList kept = QDir(dir.filePath(u"backups"_s)).entryList(QDir::Files, QDir::Name);
    CHECK(kept == QStringList{u"seawall-2026-03-03.sqlite"_s, u"seawall-2026-03-04.sqlite"_s, u"seawall-2026-03-05.sqlite"_s});
    CHECK(Backups::latest(path) == dir.filePath(u"backups/seawall-2026-03-05.sqlite"_s));
    const QList<BackupCopy> listed = Backups::list(path);
    REQUIRE(listed.size() == 3);
    CHECK(listed.at(0).day == QDate(2026, 3, 5));
    CHECK(listed.at(2).day == QDate(2026, 3, 3));
    CHECK(countOf(listed.at(0), u"Companies"_s) == 8); // 4 + 4 by then
}

TEST_CASE("an in-memory database is not backed up", "[db][backup]")
{
    Database db;
    REQUIRE(Backups::openAndKeep(db, u":memory:"_s, 14, QDate(2026, 3, 1)).ok());
    CHECK_FALSE(QFile::exists(Backups::dailyPath(u":memory:"_s, QDate(2026, 3, 1))));
}

TEST_CASE("a file that can only be opened read-only is not backed up", "[db][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"readonly.sqlite"_s);
    fill(path, 2);
    const test::ReadOnlyFile readOnly(path);
    if (!readOnly.ok()) {
        WARN("not run: " << readOnly.why().toStdString());
        return;
    }
    Database db;
    REQUIRE(Backups::openAndKeep(db, path, 14, QDate(2026, 3, 1)).ok());
    CHECK(db.isReadOnly());
    CHECK(count(db, u"company"_s) == 2);
    CHECK_FALSE(QFile::exists(Backups::dailyPath(path, QDate(2026, 3, 1))));
}

TEST_CASE("a backup restores to the same counts, keeping the file it replaced", "[db][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"seawall.sqlite"_s);
    fill(path, 8);
    {
        Database db;
        REQUIRE(Backups::openAndKeep(db, path, 14, QDate(2026, 3, 1)).ok());
    }
    addCompanies(path, 9, 4); // 12 companies, 4 of them since the copy
    const QString copy = Backups::latest(path);
    REQUIRE_FALSE(copy.isEmpty());

    const Result<QString> kept = Backups::restore(copy, path);
    REQUIRE(kept.ok());
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(count(db, u"company"_s) == 8);
    db.close();
    // The file as it was, with its 12 companies, is kept beside it.
    REQUIRE(QFile::exists(kept.value()));
    CHECK(QFileInfo(kept.value()).absolutePath() == QFileInfo(path).absolutePath());
    Database before;
    REQUIRE(before.open(kept.value(), Database::Access::ReadOnly).ok());
    CHECK(count(before, u"company"_s) == 12);
}

TEST_CASE("restore refuses a file that is not a Seawall database or is newer, and changes nothing", "[db][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"seawall.sqlite"_s);
    fill(path, 1);
    const QByteArray before = contents(path);

    const QString text = test::writeFile(dir.filePath(u"notes.sqlite"_s), "not a database\n");
    Result<QString> refused = Backups::restore(text, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::NotSeawall);
    CHECK(refused.error().message.contains(u"notes.sqlite"_s));

    const QString newer = dir.filePath(u"newer.sqlite"_s);
    fill(newer, 1);
    test::RawSqlite(newer).exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1));
    refused = Backups::restore(newer, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Newer);

    // A copy whose middle was overwritten: its counts read, its pages not.
    const QString damaged = dir.filePath(u"damaged.sqlite"_s);
    fill(damaged, 3000);
    QByteArray bytes = contents(damaged);
    bytes.replace(bytes.size() / 2, bytes.size() / 4, QByteArray(bytes.size() / 4, '\x5a'));
    test::writeFile(damaged, bytes);
    refused = Backups::restore(damaged, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Damaged);
    CHECK(refused.error().message.contains(u"damaged.sqlite is damaged"_s));

    CHECK(contents(path) == before);
    CHECK(QDir(dir.path()).entryList({u"*before-restore*"_s}, QDir::Files).isEmpty());
}

TEST_CASE("a file damaged since yesterday opens read-only naming the latest backup", "[db][backup][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    fill(path, 3000); // some 200 KB: pages enough to damage past the schema
    {
        Database db;
        REQUIRE(Backups::openAndKeep(db, path, 14, QDate(2026, 3, 1)).ok());
    }
    // The leaf pages of the company table, which quick_check reads and
    // opening the file does not (the schema and the indexes are left
    // whole): random bytes over them damage the rows and nothing else.
    QList<qint64> pages;
    qint64 pageSize = 0;
    {
        Database db;
        REQUIRE(db.open(path, Database::Access::ReadOnly).ok());
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(u"PRAGMA page_size"_s));
        REQUIRE(query.next());
        pageSize = query.value(0).toLongLong();
        REQUIRE(query.exec(u"SELECT pageno FROM dbstat WHERE name = 'company' AND pagetype = 'leaf'"_s));
        while (query.next())
            pages << query.value(0).toLongLong();
    }
    REQUIRE(pages.size() > 4);
    QByteArray bytes = contents(path);
    QRandomGenerator random(17);
    for (qint64 page : pages)
        for (qint64 i = (page - 1) * pageSize; i < page * pageSize; ++i)
            bytes[i] = char(random.bounded(256));
    test::writeFile(path, bytes);

    Database db;
    const Status status = Backups::openAndKeep(db, path, 14, QDate(2026, 3, 2));
    REQUIRE_FALSE(status.ok());
    INFO(status.error().message.toStdString());
    CHECK(status.error().kind == Error::Kind::Damaged);
    CHECK(status.error().message.contains(u"damaged.sqlite is damaged"_s));
    CHECK(status.error().message.contains(dir.filePath(u"backups/damaged-2026-03-01.sqlite"_s)));
    CHECK(db.isOpen());
    CHECK(db.isReadOnly());
    CHECK_FALSE(QFile::exists(Backups::dailyPath(path, QDate(2026, 3, 2)))); // no copy of the damage
    db.close();
    CHECK(contents(path) == bytes);
}

TEST_CASE("files with personal data are readable by their owner only", "[db][backup][modes]")
{
    const mode_t umaskWas = ::umask(022); // the usual one: new files 0644
    QTemporaryDir dir;
    const QString path = dir.filePath(u"private.sqlite"_s);
    {
        fill(path, 1);
        Database db;
        REQUIRE(Backups::openAndKeep(db, path, 14, QDate(2026, 3, 1)).ok());
        count(db, u"company"_s);
        CHECK(mode(path) == 0600);
        CHECK(mode(path + u"-wal"_s) == 0600);
        CHECK(mode(path + u"-shm"_s) == 0600);
        CHECK(mode(Backups::dailyPath(path, QDate(2026, 3, 1))) == 0600);

        const QString csv = dir.filePath(u"list.csv"_s);
        CsvWriter writer(csv);
        REQUIRE(writer.open().ok());
        REQUIRE(writer.writeRow({u"张三"_s, u"110101199003074514"_s}).ok());
        REQUIRE(writer.commit().ok());
        CHECK(mode(csv) == 0600);
    }
    const Result<QString> kept = Backups::restore(Backups::dailyPath(path, QDate(2026, 3, 1)), path);
    REQUIRE(kept.ok());
    CHECK(mode(path) == 0600);
    CHECK(mode(kept.value()) == 0600);
    ::umask(umaskWas);
}
