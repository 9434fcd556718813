// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"

#include "core/db/migrations.h"
#include "core/db/pinyinkey.h"
#include "core/util/filemodes.h"
#include "core/sql/sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// 'SEAW': marks a file as Seawall's in the SQLite header.
constexpr int kApplicationId = 0x53454157;
constexpr auto kMemory = ":memory:";

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"seawall-%1"_s.arg(++counter);
}

Error damaged(const QString &file, const QString &cause)
{
    return {Error::Kind::Damaged, QCoreApplication::translate("Database", "%1 is damaged (%2). Open a backup copy of it "
                                                                          "instead, or ask for help to repair it.")
                                      .arg(file, cause)};
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database() { close(); }

Status Database::open(const QString &path, Access access)
{
    close();
    m_path = path;
    m_access = access;
    const bool memory = isMemory();
    if (!memory) {
        const QFileInfo info(path);
        if (info.exists()) {
            if (const Status header = checkHeader(); !header)
                return header;
        } else if (access == Access::ReadOnly) {
            return Error{Error::Kind::Open,
                         QCoreApplication::translate("Database", "%1 does not exist.").arg(QDir::toNativeSeparators(path))};
        } else if (!QDir().mkpath(info.absolutePath())) {
            return Error{Error::Kind::Open,
                         QCoreApplication::translate("Database", "Cannot create the folder for %1.").arg(QDir::toNativeSeparators(path))};
        } else {
            // It holds ID numbers and health data: readable by its owner
            // only, as are the WAL and SHM files SQLite makes in its mode.
            // (A folder that cannot be written to fails below, as before.)
            (void)createOwnerOnly(path);
        }
    }

    std::optional<Error> failed;
    {
        // The handle goes out of scope before close() removes the connection.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(access == Access::ReadOnly ? u"QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY"_s
                                                        : u"QSQLITE_BUSY_TIMEOUT=3000"_s);
        if (!db.open())
            failed = Error{Error::Kind::Open, QCoreApplication::translate("Database", "Cannot open %1: %2")
                                                  .arg(QDir::toNativeSeparators(path), db.lastError().text())};
    }
    if (failed) {
        close();
        return *failed;
    }
    if (Status status = configure(); !status) {
        close();
        // SQLite writes two files beside a database in WAL mode (-wal and
        // -shm), which it cannot create in a folder it cannot write to.
        if (status.error().kind == Error::Kind::Open && !memory
            && !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
            return Error{Error::Kind::ReadOnly,
                         QCoreApplication::translate("Database", "%1 is on a read-only disk or in a folder that cannot be "
                            "written to, and Seawall needs to write beside it. Copy it to a folder you can write to and "
                            "open the copy.")
                             .arg(QDir::toNativeSeparators(path))};
        return status;
    }
    if (Status status = migrate(); !status) {
        close();
        return status;
    }
    if (access == Access::ReadWrite)
        keepPinyinOrder();
    return {};
}

bool Database::isReadOnly() const
{
    if (m_access == Access::ReadOnly)
        return true;
    sqlite3 *sqlite = sqliteHandle();
    return sqlite && sqlite3_db_readonly(sqlite, "main") == 1;
}

bool Database::isMemory() const { return m_path == QLatin1String(kMemory); }

Status Database::quickCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA quick_check(1)"_s))
        return errorFrom(query);
    if (!query.next())
        return errorFrom(query);
    if (query.value(0).toString() == u"ok"_s)
        return {};
    // Its findings name pages and cells; the user is told what SQLite says
    // of a damaged file when it reads one.
    return damaged(QDir::toNativeSeparators(m_path), QString::fromUtf8(sqlite3_errstr(SQLITE_CORRUPT)));
}

// The index of person names holds ICU's keys as the ICU that wrote it made
// them; another ICU (a system upgrade) may make other keys, and the index
// would no longer find its rows. It is rebuilt then, once. A file that
// cannot be written keeps its index: its lists may sort a name out of place.
void Database::keepPinyinOrder()
{
    static const QString key = u"pinyin_order"_s;
    const QString version = pinyinKeyVersion();
    QSqlQuery query(connection());
    query.prepare(u"SELECT value FROM setting WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || (query.next() && query.value(0).toString() == version))
        return;
    query.finish();
    Transaction transaction(*this);
    if (!transaction.isActive() || !query.exec(u"REINDEX person_name_pinyin"_s))
        return;
    query.prepare(u"INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(version);
    if (query.exec())
        (void)transaction.commit();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion() { return migrations().back().version; }

QString Database::backupPathFor(const QString &path, int oldVersion)
{
    const QFileInfo info(path);
    return info.dir().filePath(u"%1.v%2.sqlite"_s.arg(info.completeBaseName()).arg(oldVersion));
}

Error Database::errorFrom(const QSqlError &error) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xff) { // extended result codes keep the primary code in the low byte
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Error::Kind::Locked, QCoreApplication::translate("Database", "%1 is locked by another program. Close it there and try again.")
                                         .arg(file)};
    case 8: // SQLITE_READONLY
        return {Error::Kind::ReadOnly, QCoreApplication::translate("Database", "%1 is read-only: %2").arg(file, error.databaseText())};
    case 11: // SQLITE_CORRUPT
        return damaged(file, error.databaseText());
    case 14: // SQLITE_CANTOPEN: the file, or the -wal or -shm file beside it
        return {Error::Kind::Open, QCoreApplication::translate("Database", "Cannot open %1: %2").arg(file, error.databaseText())};
    case 19: // SQLITE_CONSTRAINT
        return {Error::Kind::Conflict, QCoreApplication::translate("Database", "%1: %2").arg(file, error.databaseText())};
    case 26: // SQLITE_NOTADB
        return {Error::Kind::NotSeawall, QCoreApplication::translate("Database", "%1 is not a Seawall database.").arg(file)};
    default:
        return {Error::Kind::Sql, QCoreApplication::translate("Database", "Database error in %1: %2").arg(file, error.text())};
    }
}

Error Database::errorFrom(const QSqlQuery &query) const { return errorFrom(query.lastError()); }

sqlite3 *Database::sqliteHandle() const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return nullptr;
    // QSQLITE hands out its connection as a QVariant holding sqlite3*.
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

bool Database::inTransaction() const
{
    if (sqlite3 *sqlite = sqliteHandle())
        return sqlite3_get_autocommit(sqlite) == 0;
    return false;
}

bool Database::begin() { return connection().transaction(); }
bool Database::commit() { return connection().commit(); }
void Database::rollback() { connection().rollback(); }

Status Database::checkHeader() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Open, QCoreApplication::translate("Database", "Cannot read %1: %2")
                                            .arg(QDir::toNativeSeparators(m_path), file.errorString())};
    if (file.size() == 0)
        return {};
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Error{Error::Kind::NotSeawall,
                     QCoreApplication::translate("Database", "%1 is not a Seawall database (it is not an SQLite file).")
                         .arg(QDir::toNativeSeparators(m_path))};
    return {};
}

Status Database::configure()
{
    // Before anything reads or migrates: lists order names by it.
    if (Status pinyin = registerPinyinKey(sqliteHandle()); !pinyin)
        return pinyin;
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA foreign_keys = ON"_s))
        return errorFrom(query);
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return errorFrom(query);
    const int applicationId = query.value(0).toInt();
    query.finish();
    const int version = schemaVersion();
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
        return errorFrom(query);
    const bool empty = query.value(0).toInt() == 0;
    query.finish();
    const bool ours = applicationId == kApplicationId || (applicationId == 0 && version == 0 && empty);
    if (!ours)
        return Error{Error::Kind::NotSeawall,
                     QCoreApplication::translate("Database", "%1 is an SQLite database of another program, not a Seawall database.")
                         .arg(QDir::toNativeSeparators(m_path))};
    if (!isMemory() && m_access == Access::ReadWrite) {
        // Set while the file is empty, before WAL fixes it: with 16 KiB
        // pages rather than 4 SQLite wrote a large import a seventh faster
        // (fewer pages to split, log and copy back).
        if (empty && !query.exec(u"PRAGMA page_size = 16384"_s))
            return errorFrom(query);
        if (!query.exec(u"PRAGMA journal_mode = WAL"_s))
            return errorFrom(query);
    }
    return {};
}

Status Database::migrate()
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest)
        return Error{Error::Kind::Newer,
                     QCoreApplication::translate("Database", "%1 was written by a newer version of Seawall (schema version %2; this program "
                        "knows up to %3). Install the newer Seawall to open it.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(current)
                         .arg(latest)};
    if (current == latest || m_access == Access::ReadOnly)
        return {};

    if (current > 0 && m_path != QLatin1String(kMemory)) {
        const QString copy = backupPathFor(m_path, current);
        QFile::remove(copy);
        QSqlQuery backup(connection());
        backup.prepare(SqlDialect::copyDatabaseTo());
        backup.addBindValue(copy);
        if (!backup.exec())
            return errorFrom(backup);
        (void)keepOwnerOnly(copy);
    }

    // Every step in one transaction: a step that fails leaves the file at the
    // version it had, which the program that wrote it still opens, and not
    // at one in between.
    const auto failed = [&](const Error &error) {
        rollback();
        if (current == 0)
            return error;
        return Error{error.kind, QCoreApplication::translate("Database", "%1 could not be upgraded from schema version %2 "
                                    "to %3 and was left as it was. %4")
                                    .arg(QDir::toNativeSeparators(m_path), QString::number(current),
                                         QString::number(latest), error.message)};
    };
    if (!begin())
        return failed(errorFrom(connection().lastError()));
    QSqlQuery query(connection());
    for (const Migration &step : migrations()) {
        if (step.version <= current)
            continue;
        QStringList statements = step.statements;
        statements << u"PRAGMA user_version = %1"_s.arg(step.version)
                   << u"PRAGMA application_id = %1"_s.arg(kApplicationId);
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                const Error error = errorFrom(query);
                query.finish();
                return failed(error);
            }
        }
        query.finish();
        if (step.after)
            if (const Status status = step.after(*this); !status)
                return failed(status.error());
    }
    if (!commit())
        return failed(errorFrom(connection().lastError()));
    return {};
}

// Savepoints rather than BEGIN/COMMIT, so that a repository call that needs
// a transaction of its own also works inside a caller's larger one. The
// outermost begins with the write lock (BEGIN IMMEDIATE): a transaction that
// has read first cannot wait for another program's write to end (SQLite fails
// its first write at once, as waiting could deadlock), and would fail where
// a moment's wait lets it through.
Transaction::Transaction(Database &db) : m_db(db)
{
    static std::atomic<int> counter{0};
    m_name = u"sp%1"_s.arg(++counter);
    QSqlQuery query(m_db.connection());
    if (!m_db.inTransaction()) {
        if (!query.exec(SqlDialect::beginWrite())) {
            m_begun = m_db.errorFrom(query);
            return;
        }
        m_outermost = true;
    }
    if (!query.exec(u"SAVEPOINT "_s + m_name)) {
        m_begun = m_db.errorFrom(query);
        if (m_outermost)
            query.exec(u"ROLLBACK"_s);
        return;
    }
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db.connection());
    query.exec(u"ROLLBACK TO "_s + m_name);
    query.exec(u"RELEASE "_s + m_name);
    // Ends the outermost with nothing left in it; ROLLBACK would also abort
    // the reads still open on the connection (a list fetching its rows).
    if (m_outermost)
        query.exec(u"COMMIT"_s);
}

Error Transaction::error() const
{
    if (!m_begun)
        return m_begun.error();
    return Error{Error::Kind::Sql, QCoreApplication::translate("Database", "No transaction is open.")};
}

Status Transaction::commit()
{
    if (!m_active)
        return error();
    QSqlQuery query(m_db.connection());
    if (!query.exec(m_outermost ? u"COMMIT"_s : u"RELEASE "_s + m_name))
        return m_db.errorFrom(query); // the destructor rolls back
    m_active = false;
    return {};
}

} // namespace seawall
