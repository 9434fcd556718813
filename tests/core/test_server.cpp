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

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

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
