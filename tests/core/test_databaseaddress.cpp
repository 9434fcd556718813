// SPDX-License-Identifier: GPL-3.0-or-later
// What a --db value names: a file, a PostgreSQL server database, or
// something refused.
#include "core/db/database.h"
#include "core/db/databaseaddress.h"
#include "testdb.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace seawall;

TEST_CASE("a --db value is a file unless it is an address", "[db][address]")
{
    const auto [value, path] = GENERATE(table<QString, QString>({
        {u"seawall.sqlite"_s, u"seawall.sqlite"_s},
        {u"/home/a/海堤.sqlite"_s, u"/home/a/海堤.sqlite"_s},
        {u"C:/Users/a/seawall.sqlite"_s, u"C:/Users/a/seawall.sqlite"_s}, // a drive letter
        {u"C:\\Users\\a\\seawall.sqlite"_s, u"C:\\Users\\a\\seawall.sqlite"_s},
        {u"./x:y.sqlite"_s, u"./x:y.sqlite"_s},
        {u":memory:"_s, u":memory:"_s},
    }));
    const Result<DatabaseAddress> address = DatabaseAddress::parse(value);
    REQUIRE(address.ok());
    CHECK_FALSE(address->isServer());
    CHECK(address->path == path);
}

TEST_CASE("a postgresql address names the user, the server, its port and the database", "[db][address]")
{
    const Result<DatabaseAddress> full = DatabaseAddress::parse(u"postgresql://coordinator@hq.example:5433/seawall"_s);
    REQUIRE(full.ok());
    CHECK(full->isServer());
    CHECK(full->user == u"coordinator"_s);
    CHECK(full->host == u"hq.example"_s);
    CHECK(full->port == 5433);
    CHECK(full->database == u"seawall"_s);
    CHECK(full->display() == u"postgresql://coordinator@hq.example:5433/seawall"_s);

    // libpq's other spelling; the default port; a setting after '?'.
    const Result<DatabaseAddress> plain = DatabaseAddress::parse(u"postgres://10.0.0.5/海堤?sslmode=require"_s);
    REQUIRE(plain.ok());
    CHECK(plain->user.isEmpty());
    CHECK(plain->port == 5432);
    CHECK(plain->database == u"海堤"_s);
    REQUIRE(plain->options.size() == 1);
    CHECK(plain->options.at(0) == QPair<QString, QString>{u"sslmode"_s, u"require"_s});
    CHECK(plain->display() == u"postgresql://10.0.0.5/海堤?sslmode=require"_s);
}

TEST_CASE("an address of another kind, a mangled one or one with a password is refused", "[db][address]")
{
    const QString value = GENERATE(as<QString>(), u"mysql://coordinator@host/seawall"_s, u"http://host/x"_s,
        u"file:///tmp/x.sqlite"_s, u"postgres:/x"_s, u"postgresql:/coordinator@host/seawall"_s,
        u"postgresql:coordinator@host/seawall"_s, u"postgresql://host"_s, u"postgresql://host/"_s,
        u"postgresql:///seawall"_s, u"postgresql://coordinator:secret@host/seawall"_s,
        u"postgresql://host/seawall?password=secret"_s);
    INFO(value.toStdString());
    const Result<DatabaseAddress> address = DatabaseAddress::parse(value);
    REQUIRE_FALSE(address.ok());
    CHECK(address.error().kind == Error::Kind::Open);
    CHECK(address.error().message.contains(u"postgresql://user@host[:port]/database"_s));
    if (value.contains(u":secret@"_s))
        CHECK_FALSE(address.error().message.contains(u"secret"_s));

    // Database::open refuses it the same way, and makes no file of it.
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(dir.path()));
    Database db;
    const Status status = db.open(value);
    QDir::setCurrent(before);
    CHECK_FALSE(status.ok());
    CHECK(QDir(dir.path()).isEmpty());
}
