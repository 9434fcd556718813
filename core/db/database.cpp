// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"

#include "core/util/username.h"

#include "core/db/migrations.h"
#include "core/db/pinyinkey.h"
#include "core/db/serverroles.h"
#include "core/util/filemodes.h"
#include "core/sql/sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
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

// Whether a server refused a connection for want of a (right) password.
// QPSQL does not say, and libpq's messages are translated, so libpq is
// asked again in its own words: no password at all, or one that was sent
// and did not let the connection through.
bool wantsPassword(const DatabaseAddress &address, const QString &password)
{
    const auto quoted = [](const QString &value) {
        QString escaped = value;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        return u"'"_s + escaped + u"'"_s;
    };
    QStringList parts{u"host="_s + quoted(address.host), u"port="_s + QString::number(address.port),
                      u"dbname="_s + quoted(address.database), u"connect_timeout=10"_s};
    if (!address.user.isEmpty())
        parts << u"user="_s + quoted(address.user);
    if (!password.isEmpty())
        parts << u"password="_s + quoted(password);
    for (const auto &[key, value] : address.options)
        parts << key + u'=' + quoted(value);
    PGconn *connection = PQconnectdb(parts.join(u' ').toUtf8().constData());
    const bool wants = PQstatus(connection) == CONNECTION_BAD
                       && (PQconnectionNeedsPassword(connection) || PQconnectionUsedPassword(connection));
    PQfinish(connection);
    return wants;
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database() { close(); }

Status Database::open(const QString &location, Access access)
{
    close();
    const Result<DatabaseAddress> address = DatabaseAddress::parse(location);
    if (!address)
        return address.error();
    return open(address.value(), access);
}

Status Database::open(const DatabaseAddress &address, Access access, const QString &password)
{
    close();
    m_sessionRole = Role::Administrator;
    m_address = address;
    m_access = access;
    m_backend = address.isServer() ? SqlBackend::Postgresql : SqlBackend::Sqlite;
    m_path = address.isServer() ? address.display() : address.path;
    const Status opened = address.isServer() ? openServer(password) : openFile();
    if (!opened)
        close();
    return opened;
}

Status Database::openServer(const QString &password)
{
    static const QString driver = u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{Error::Kind::Open, QCoreApplication::translate("Database", "Cannot open %1: Qt's PostgreSQL driver is not "
                                            "installed (Debian: libqt6sql6-psql).")
                                            .arg(m_path)};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
        db.setHostName(m_address.host);
        db.setPort(m_address.port);
        db.setDatabaseName(m_address.database);
        if (!m_address.user.isEmpty())
            db.setUserName(m_address.user);
        // Without one given, libpq reads PGPASSWORD or ~/.pgpass itself.
        if (!password.isEmpty())
            db.setPassword(password);
        // The server's notices (a table made "IF NOT EXISTS" that was) are
        // not the user's business; its warnings and errors are.
        QStringList options{u"application_name=seawall"_s, u"connect_timeout=10"_s,
                            u"options='-c client_min_messages=warning'"_s};
        for (const auto &[key, value] : std::as_const(m_address.options))
            options << key + u'=' + value;
        db.setConnectOptions(options.join(u';'));
    }
    return connectServer(password);
}

Status Database::openSameAs(const Database &other)
{
    if (!other.m_address.isServer())
        return open(other.m_address);
    close();
    m_address = other.m_address;
    m_access = Access::ReadWrite;
    m_backend = SqlBackend::Postgresql;
    m_path = other.m_path;
    // The settings and the password the other connection was opened with;
    // thread-safe by the name.
    QSqlDatabase::cloneDatabase(other.m_connectionName, m_connectionName);
    const Status opened = connectServer({});
    if (!opened)
        close();
    return opened;
}

Status Database::connectServer(const QString &password)
{
    std::optional<Error> failed;
    {
        QSqlDatabase db = connection();
        if (!db.open())
            failed = Error{wantsPassword(m_address, password) ? Error::Kind::Password : Error::Kind::Open,
                           QCoreApplication::translate("Database", "Cannot open %1: %2")
                               .arg(m_path, db.lastError().text().trimmed())};
    }
    if (failed)
        return *failed;
    if (Status status = configureServer(); !status)
        return status;
    return migrate();
}

Status Database::openFile()
{
    const QString path = m_path;
    const Access access = m_access;
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
    if (failed)
        return *failed;
    if (Status status = configure(); !status) {
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
    if (Status status = migrate(); !status)
        return status;
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
    query.prepare(SqlDialect::insertOrReplace(m_backend, u"setting"_s, {u"key"_s, u"value"_s}, u"key"_s));
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
    if (!query.exec(SqlDialect::schemaKept(m_backend)) || !query.next())
        return -1;
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(SqlDialect::schemaVersion(m_backend)))
        return -1;
    return query.next() ? query.value(0).toInt() : 0;
}

int Database::latestSchemaVersion() { return migrations(SqlBackend::Sqlite).back().version; }

QString Database::backupPathFor(const QString &path, int oldVersion)
{
    const QFileInfo info(path);
    return info.dir().filePath(u"%1.v%2.sqlite"_s.arg(info.completeBaseName()).arg(oldVersion));
}

Error Database::errorFrom(const QSqlError &error) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    if (m_backend == SqlBackend::Postgresql) {
        // SQLSTATE: its class in the first two characters.
        const QString state = error.nativeErrorCode();
        const QString text = error.databaseText().trimmed();
        if (state.startsWith(u"23"_s))
            return {Error::Kind::Conflict, QCoreApplication::translate("Database", "%1: %2").arg(file, text)};
        if (state == u"40P01"_s || state == u"55P03"_s || state == u"40001"_s)
            return {Error::Kind::Locked, QCoreApplication::translate("Database", "%1 is busy with another coordinator's "
                                             "change. Try again.").arg(file)};
        if (state == u"42501"_s || state == u"25006"_s)
            return {Error::Kind::ReadOnly, QCoreApplication::translate("Database", "%1 is read-only: %2").arg(file, text)};
        if (state.startsWith(u"08"_s) || state.startsWith(u"28"_s) || state.startsWith(u"3D"_s))
            return {Error::Kind::Open, QCoreApplication::translate("Database", "Cannot open %1: %2").arg(file, text)};
        return {Error::Kind::Sql, QCoreApplication::translate("Database", "Database error in %1: %2").arg(file, error.text())};
    }
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
    if (PGconn *server = postgresHandle())
        return PQtransactionStatus(server) != PQTRANS_IDLE;
    return false;
}

pg_conn *Database::postgresHandle() const
{
    if (m_backend != SqlBackend::Postgresql || !isOpen())
        return nullptr;
    // QPSQL hands out its connection as a QVariant holding PGconn*
    // (named by its struct: "pg_conn*").
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "pg_conn*") == 0)
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
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

// A server database is Seawall's when Seawall's schema table says so, or
// new when it holds no table at all; any other is another program's.
QString Database::userName() const
{
    return m_backend == SqlBackend::Postgresql && !m_role.isEmpty() ? m_role : currentUserName();
}

Status Database::configureServer()
{
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT session_user"_s) || !query.next())
        return errorFrom(query);
    m_role = query.value(0).toString();
    query.finish();
    const Result<Role> role = ServerRoles::enterSession(*this);
    if (!role)
        return role.error();
    m_sessionRole = role.value();
    if (!query.exec(SqlDialect::tableCount(m_backend)) || !query.next())
        return errorFrom(query);
    const bool empty = query.value(0).toInt() == 0;
    if (!query.exec(SqlDialect::schemaKept(m_backend)) || !query.next())
        return errorFrom(query);
    const bool kept = query.value(0).toInt() > 0;
    if (kept) {
        if (!query.exec(SqlDialect::schemaVersion(m_backend)))
            return errorFrom(query);
        if (!query.next() || query.value(1).toLongLong() == kApplicationId)
            return {};
    } else if (empty) {
        return {};
    }
    return Error{Error::Kind::NotSeawall,
                 QCoreApplication::translate("Database", "%1 is a database of another program, not a Seawall database.")
                     .arg(m_path)};
}

Status Database::configure()
{
    // Before anything reads or migrates: lists order names by it.
    if (Status pinyin = registerPinyinKey(sqliteHandle()); !pinyin)
        return pinyin;
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA foreign_keys = ON"_s))
        return errorFrom(query);
    // A page cache of 32 MiB (negative: in KiB) rather than SQLite's 2 MB,
    // taken only as pages are read. The figures of a day look persons up
    // by id all over their table (each training's person, say): with 2 MB
    // most of those pages were read from the file again and again, a
    // system call each, which was most of the time of that query.
    if (!query.exec(u"PRAGMA cache_size = -32768"_s))
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

void Database::mapForReading()
{
    if (!isOpen() || isMemory() || m_backend != SqlBackend::Sqlite)
        return;
    // Up to 1 GiB of the file: the large demo is 0.4 GiB. A file larger
    // reads the rest as before.
    QSqlQuery query(connection());
    if (!query.exec(SqlDialect::mapForReading(qint64(1) << 30)))
        qWarning("the database is read without a memory map: %s", qPrintable(query.lastError().text()));
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

    // A server database is copied by its own tools (pg_dump), before.
    if (current > 0 && m_backend == SqlBackend::Sqlite && m_path != QLatin1String(kMemory)) {
        const QString copy = backupPathFor(m_path, current);
        QFile::remove(copy);
        QSqlQuery backup(connection());
        backup.prepare(SqlDialect::copyDatabaseTo());
        backup.addBindValue(copy);
        if (!backup.exec())
            return errorFrom(backup);
        (void)keepOwnerOnly(copy);
    }

    if (m_backend == SqlBackend::Postgresql)
        return migrateStepByStep(current);

    // In a file, every step in one transaction: a step that fails leaves the
    // file at the version it had, which the program that wrote it still
    // opens, and not at one in between (the copy made above is a second
    // safeguard).
    if (!begin())
        return notUpgraded(current, 0, errorFrom(connection().lastError()));
    for (const Migration &step : migrations(m_backend)) {
        if (step.version <= current)
            continue;
        if (const Status status = runStep(step); !status)
            return notUpgraded(current, 0, status.error());
    }
    if (!commit())
        return notUpgraded(current, 0, errorFrom(connection().lastError()));
    return {};
}

// On a server, one transaction per step, each under the schema lock: a
// long step does not hold what came before it open, and a step that fails
// leaves the database at the last step done (whole), from which this
// program or another goes on next time.
Status Database::migrateStepByStep(int from)
{
    for (const Migration &step : migrations(m_backend)) {
        if (step.version <= from)
            continue;
        const auto failed = [&](const Error &error) { return notUpgraded(from, step.version, error); };
        if (!begin())
            return failed(errorFrom(connection().lastError()));
        QSqlQuery lock(connection());
        if (!lock.exec(SqlDialect::lockSchema(m_backend)))
            return failed(errorFrom(lock));
        // Another program may have taken this step while this one waited.
        if (schemaVersion() >= step.version) {
            rollback();
            continue;
        }
        // The viewers' masked views of the tables a step may change go
        // first, and come back after it with the grants of its new tables.
        const bool roles = ServerRoles::inUse(*this);
        if (roles)
            if (const Status dropped = ServerRoles::dropViews(*this); !dropped)
                return failed(dropped.error());
        if (const Status status = runStep(step); !status)
            return failed(status.error());
        if (roles)
            if (const Status granted = ServerRoles::grant(*this); !granted)
                return failed(granted.error());
        if (!commit())
            return failed(errorFrom(connection().lastError()));
    }
    return {};
}

// Rolls back the upgrade from version `from` that failed (at `step` on a
// server, one step a transaction; 0 in a file: all or nothing) and says so.
Error Database::notUpgraded(int from, int step, const Error &cause)
{
    rollback();
    if (from == 0) // a new database: there is no version to speak of
        return cause;
    const QString where = m_backend == SqlBackend::Sqlite ? QDir::toNativeSeparators(m_path) : m_path;
    const QString latest = QString::number(latestSchemaVersion());
    if (step == 0)
        return Error{cause.kind, QCoreApplication::translate("Database", "%1 could not be upgraded from schema version %2 "
                                    "to %3 and was left as it was. %4")
                                    .arg(where, QString::number(from), latest, cause.message)};
    return Error{cause.kind, QCoreApplication::translate("Database", "%1 could not be upgraded from schema version "
                                "%2 to %3: step %4 failed and was undone; it is at version %5. %6")
                                .arg(where, QString::number(from), latest, QString::number(step),
                                     QString::number(step - 1), cause.message)};
}

// A step's statements, its version recorded, then its work in C++, in the
// transaction open.
Status Database::runStep(const Migration &step)
{
    QSqlQuery query(connection());
    QStringList statements;
    for (const QString &statement : step.statements)
        statements << SqlDialect::schemaStatement(m_backend, statement);
    statements << SqlDialect::setSchemaVersion(m_backend, step.version, kApplicationId);
    for (const QString &statement : std::as_const(statements))
        if (!query.exec(statement))
            return errorFrom(query);
    query.finish();
    if (step.after)
        return step.after(*this);
    return {};
}

// Savepoints rather than BEGIN/COMMIT, so that a repository call that needs
// a transaction of its own also works inside a caller's larger one. The
// outermost begins with the write lock (BEGIN IMMEDIATE): a transaction that
// has read first cannot wait for another program's write to end (SQLite fails
// its first write at once, as waiting could deadlock), and would fail where
// a moment's wait lets it through.
Transaction::Transaction(Database &db, Mode mode) : m_db(db)
{
    static std::atomic<int> counter{0};
    m_name = u"sp%1"_s.arg(++counter);
    QSqlQuery query(m_db.connection());
    if (!m_db.inTransaction()) {
        if (!query.exec(mode == Mode::Write ? SqlDialect::beginWrite(m_db.backend())
                                            : SqlDialect::beginRead(m_db.backend()))) {
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
