// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdb.h"

#include <catch2/catch.hpp>

#include "core/db/companyrepository.h"
#include "core/db/personrepository.h"
#include "core/db/serverroles.h"
#include "core/db/serverusers.h"
#include "core/util/username.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>

using namespace Qt::StringLiterals;

namespace seawall::test {

namespace {

// Runs one statement on the server's maintenance database, on a connection
// of its own (CREATE and DROP DATABASE cannot run inside a transaction, nor
// on the database they name).
QString onServer(const QString &statement)
{
    const Result<DatabaseAddress> server = DatabaseAddress::parse(testServer());
    if (!server)
        return server.error().message;
    const QString name = u"seawall-test-server"_s;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setUserName(server->user);
        db.setDatabaseName(server->database);
        if (!db.open())
            failure = u"cannot reach the test server %1: %2"_s.arg(server->display(), db.lastError().text());
        else if (QSqlQuery query(db); !query.exec(statement))
            failure = u"%1: %2"_s.arg(statement, query.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

} // namespace

QString testServer()
{
    static const QString address = [] {
        QString value = qEnvironmentVariable("SEAWALL_TEST_DB");
        if (value.isEmpty() && qEnvironmentVariableIsSet("SEAWALL_TEST_DB_FILE")) {
            QFile file(qEnvironmentVariable("SEAWALL_TEST_DB_FILE"));
            // No file: the server did not start; the test must fail.
            value = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                                   : u"postgresql://no-test-server-started/none"_s;
        }
        return value;
    }();
    return address;
}

TempDatabase::TempDatabase() : path(dir.filePath(u"test.sqlite"_s))
{
    if (!testServer().isEmpty()) {
        static std::atomic<int> counter{0};
        m_serverDatabase = u"seawall_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
        const QString created = onServer(u"CREATE DATABASE %1"_s.arg(m_serverDatabase));
        INFO(created.toStdString());
        REQUIRE(created.isEmpty());
        Result<DatabaseAddress> address = DatabaseAddress::parse(testServer());
        address.value().database = m_serverDatabase;
        path = address->display();
    }
    const Status status = db.open(path);
    INFO((status.ok() ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
}

TempDatabase::~TempDatabase()
{
    if (m_serverDatabase.isEmpty())
        return;
    db.close();
    // Also ends the test's other connections to it. Not REQUIRE: a
    // destructor must not throw.
    const QString dropped = onServer(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_serverDatabase));
    CHECK(dropped.isEmpty());
}

QString addLogin(TempDatabase &t, Role role)
{
    static std::atomic<int> counter{0};
    const QString name = u"sw_%1_%2_%3"_s.arg(ServerRoles::groupOf(role).mid(8))
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter);
    const Status added = ServerUsers::add(t.db, name, role, u"secret"_s);
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    DatabaseAddress address = DatabaseAddress::parse(t.path).value();
    address.user = name;
    return address.display();
}

QString copyOf(const QString &source, const QString &path)
{
    REQUIRE(QFile::copy(source, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

std::vector<qint64> addPinyinNames(Database &db, qint64 company)
{
    const QStringList names{u"张三"_s, u"安娜"_s, u"丁一"_s, u"万芳"_s};
    const QStringList ids{u"32061219850312163X"_s, u"320612199001011005"_s, u"320612197511201002"_s,
                          u"320612198812081002"_s};
    std::vector<qint64> persons;
    for (int i = 0; i < names.size(); ++i) {
        Person p;
        p.idNumber = ids.at(i);
        p.name = names.at(i);
        p.companyId = company;
        const auto person = PersonRepository(db).insert(p);
        REQUIRE(person.ok());
        persons.push_back(person.value());
    }
    return persons;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QVariant scalar(Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.prepare(sql));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
    return query.next() ? query.value(0) : QVariant();
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    const bool done = query.exec(sql);
    INFO(query.lastError().text().toStdString());
    REQUIRE(done);
}

qint64 addCompany(Database &db, const QString &code, const QString &name, qint64 parent)
{
    Company c;
    c.code = code;
    c.name = name;
    c.parentId = parent;
    const auto id = CompanyRepository(db).insert(c);
    REQUIRE(id.ok());
    return id.value();
}

QString changer(const Database &db)
{
    return db.backend() == SqlBackend::Postgresql ? db.address().user : currentUserName();
}

RawSqlite::RawSqlite(const QString &path)
{
    static int opened = 0;
    m_name = u"raw-sqlite-%1"_s.arg(++opened);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
    }
    if (!error.isNull())
        QSqlDatabase::removeDatabase(m_name);
    INFO((path + u": "_s + error).toStdString());
    REQUIRE(error.isNull());
}

RawSqlite::~RawSqlite()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlQuery RawSqlite::query() const { return QSqlQuery(QSqlDatabase::database(m_name, false)); }

void RawSqlite::exec(const QString &sql)
{
    QSqlQuery q = query();
    const bool ran = q.exec(sql);
    INFO((sql + u": "_s + q.lastError().text()).toStdString());
    REQUIRE(ran);
}

QVariant RawSqlite::value(const QString &sql)
{
    QSqlQuery q = query();
    const bool ran = q.exec(sql);
    INFO((sql + u": "_s + q.lastError().text()).toStdString());
    REQUIRE(ran);
    return q.next() ? q.value(0) : QVariant();
}

} // namespace seawall::test
