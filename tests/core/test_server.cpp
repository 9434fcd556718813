// SPDX-License-Identifier: GPL-3.0-or-later
// A Seawall database on a PostgreSQL server: made and migrated by the same
// ladder, refused when newer or another program's, and names in the same
// pinyin order as in a file (registered with the postgresql label only).
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "core/sql/sqldialect.h"
#include "testdb.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;
using seawall::test::scalar;
using seawall::test::exec;

namespace {

// Opens `path` on a connection of its own: refused as `kind`; the message.
QString refused(const QString &path, Error::Kind kind)
{
    Database db;
    const Status status = db.open(path);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == kind);
    return status.error().message;
}

} // namespace

TEST_CASE("a server database is made at the latest version and opened again unchanged", "[server][postgresql-only]")
{
    test::TempDatabase t;
    REQUIRE(t.db.backend() == SqlBackend::Postgresql);
    CHECK(t.db.schemaVersion() == Database::latestSchemaVersion());
    // The same steps as a file's, spelled for the server.
    CHECK(migrations(SqlBackend::Postgresql).size() == migrations(SqlBackend::Sqlite).size());
    // Every table of the definitions is there, with the tally's trigger.
    CHECK(scalar(t.db, u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                       u" AND table_name IN ('company', 'person', 'nucleic_test', 'duty', 'drill', 'seawall_schema')"_s)
              .toInt()
          == 6);
    // Since version 18 by statement: one trigger each for inserts, deletes
    // and updates, and the row trigger of version 12 gone.
    CHECK(scalar(t.db, u"SELECT count(*) FROM pg_trigger WHERE tgname IN ('nucleic_test_day_count_insert',"
                       u" 'nucleic_test_day_count_delete', 'nucleic_test_day_count_update')"_s)
              .toInt()
          == 3);
    CHECK(scalar(t.db, u"SELECT count(*) FROM pg_trigger WHERE tgname = 'nucleic_test_day_count_change'"_s).toInt() == 0);

    Database again;
    REQUIRE(again.open(t.path).ok());
    CHECK(again.schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(again, u"SELECT count(*) FROM seawall_schema"_s).toInt() == 1);
}

TEST_CASE("a server database of a newer schema is refused and left as it was", "[server][postgresql-only]")
{
    test::TempDatabase t;
    exec(t.db, u"UPDATE seawall_schema SET version = 99"_s);
    CHECK(refused(t.path, Error::Kind::Newer).contains(u"99"_s));
    CHECK(scalar(t.db, u"SELECT version FROM seawall_schema"_s).toInt() == 99);
}

TEST_CASE("a server database of another program is refused and not written to", "[server][postgresql-only]")
{
    test::TempDatabase t;
    // Made Seawall's own by the fixture; another program's has tables but
    // no seawall_schema.
    exec(t.db, u"DROP TABLE seawall_schema"_s);
    refused(t.path, Error::Kind::NotSeawall);
    CHECK(scalar(t.db, u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                       u" AND table_name = 'seawall_schema'"_s)
              .toInt()
          == 0);
}

TEST_CASE("a server and a file order names the same way in pinyin", "[server][pinyin][postgresql-only]")
{
    test::TempDatabase server;
    Database file;
    REQUIRE(file.open(server.dir.filePath(u"names.sqlite"_s)).ok());
    // By code point: 丁 4E01, 万 4E07, 安 5B89, 张 5F20, 重 91CD; in pinyin
    // an, chong (重庆, as ICU reads it first), ding, wan, zhang; ICU's zh
    // order puts Chinese before Latin letters, so "Zhang" comes last.
    const QStringList names{u"张三"_s, u"重庆"_s, u"安娜"_s, u"丁一"_s, u"万芳"_s, u"Zhang"_s};
    QStringList values;
    for (const QString &name : names)
        values << u"SELECT '%1' AS name"_s.arg(name); // fixed names, not user data
    const auto ordered = [&](Database &db) {
        QSqlQuery q(db.connection());
        const QString sql = u"SELECT name FROM ("_s + values.join(u" UNION ALL "_s) + u") n ORDER BY "_s
                            + SqlDialect::byPinyin(db.backend(), u"name"_s);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        QStringList got;
        while (q.next())
            got << q.value(0).toString();
        return got;
    };
    const QStringList onServer = ordered(server.db);
    const QStringList onFile = ordered(file);
    CHECK(onFile == QStringList{u"安娜"_s, u"重庆"_s, u"丁一"_s, u"万芳"_s, u"张三"_s, u"Zhang"_s});
    CHECK(onServer == onFile);
}

TEST_CASE("a server database is upgraded one step per transaction, and a step that fails keeps those before it",
          "[server][migration][postgresql-only]")
{
    test::TempDatabase t;
    const int latest = Database::latestSchemaVersion();
    // Back to version 15: step 16 makes day_lock again. Step 17 then meets a
    // function of its name that returns no trigger, which it cannot replace.
    exec(t.db, u"UPDATE seawall_schema SET version = 15"_s);
    exec(t.db, u"DROP TABLE day_lock"_s);
    exec(t.db, u"DROP FUNCTION seawall_announce_change() CASCADE"_s);
    exec(t.db, u"CREATE FUNCTION seawall_announce_change() RETURNS integer LANGUAGE sql AS 'SELECT 1'"_s);

    const QString message = refused(t.path, Error::Kind::Sql);
    CHECK(message.contains(u"could not be upgraded from schema version 15 to %1: step 17 failed and was undone; it "
                           u"is at version 16"_s.arg(latest)));
    // Step 16 stayed, whole; step 17 left nothing behind.
    CHECK(scalar(t.db, u"SELECT version FROM seawall_schema"_s).toInt() == 16);
    CHECK(scalar(t.db, u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                       u" AND table_name = 'day_lock'"_s)
              .toInt()
          == 1);
    CHECK(scalar(t.db, u"SELECT count(*) FROM pg_trigger WHERE tgname = 'seawall_announce'"_s).toInt() == 0);

    // Once what stood in the way is gone, the next open goes on from 16.
    exec(t.db, u"DROP FUNCTION seawall_announce_change()"_s);
    Database again;
    REQUIRE(again.open(t.path).ok());
    CHECK(scalar(again, u"SELECT version FROM seawall_schema"_s).toInt() == latest);
    // Every table but the schema's version and the per-day counts (kept by
    // their own triggers) announces its changes.
    CHECK(scalar(again, u"SELECT count(*) FROM pg_trigger WHERE tgname = 'seawall_announce'"_s).toInt()
          == scalar(again, u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                           u" AND table_type = 'BASE TABLE'"_s)
                     .toInt()
                 - 2);
}

TEST_CASE("a server that wants a password says so, refuses a wrong one and opens with the right one",
          "[server][password][postgresql-only]")
{
    test::TempDatabase t;
    // tests/pg/pgserver.sh makes this one role, which signs in with the
    // password 海堤 pass'word.
    DatabaseAddress address = DatabaseAddress::parse(t.path).value();
    address.user = u"seawall_password"_s;
    REQUIRE(qgetenv("PGPASSWORD").isEmpty());

    Database db;
    Status status = db.open(address);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Password);
    status = db.open(address, Database::Access::ReadWrite, u"wrong"_s);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Password);
    CHECK_FALSE(db.isOpen());
    // Quotes and Chinese in it reach the server as typed.
    REQUIRE(db.open(address, Database::Access::ReadWrite, u"海堤 pass'word"_s).ok());
    CHECK(db.userName() == u"seawall_password"_s);

    // A worker thread's connection gets the password without asking again.
    Database worker;
    REQUIRE(worker.openSameAs(db).ok());
    CHECK(worker.userName() == u"seawall_password"_s);

    // A server that is not there is no question of a password.
    address.port = 1;
    status = Database().open(address);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Open);
}
