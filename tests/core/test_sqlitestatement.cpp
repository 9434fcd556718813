// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/sqlitestatement.h"
#include "testdb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

TEST_CASE("a statement bound through SQLite writes text numbers and NULL as QSqlQuery reads them", "[db][sqlite]")
{
    test::TempDatabase t;
    QSqlQuery setup(t.db.connection());
    REQUIRE(setup.exec(u"CREATE TEMP TABLE t (a TEXT, b INTEGER, c TEXT, UNIQUE (a))"_s));

    SqliteStatement insert(t.db);
    REQUIRE(insert.prepare(u"INSERT INTO t (a, b, c) VALUES (?, ?, ?), (?, ?, ?)"_s));
    const QList<QVariant> values{u"海通项目部"_s, 42, QString(u""_s), u"阴性"_s, qint64(1) << 40, QVariant()};
    for (int i = 0; i < values.size(); ++i)
        insert.bind(i, values.at(i));
    REQUIRE(insert.exec());
    CHECK(insert.changes() == 2);
    CHECK(insert.lastInsertId() == 2); // rowids 1 and 2 of a new table

    QSqlQuery q(t.db.connection());
    REQUIRE(q.exec(u"SELECT a, b, c, c IS NULL FROM t ORDER BY rowid"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"海通项目部"_s);
    CHECK(q.value(1).toLongLong() == 42);
    CHECK(q.value(2).toString() == u""_s);
    CHECK(q.value(3).toInt() == 0); // an empty string is text, not NULL
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"阴性"_s);
    CHECK(q.value(1).toLongLong() == 1099511627776);
    CHECK(q.value(3).toInt() == 1);
    q.finish();

    SECTION("a clash fails the whole statement and leaves it ready to run again")
    {
        insert.bind(0, u"新行"_s);
        insert.bind(1, 1);
        insert.bind(2, u"x"_s);
        insert.bind(3, u"阴性"_s); // a of the second row above
        insert.bind(4, 2);
        insert.bind(5, u"y"_s);
        const Status clash = insert.exec();
        REQUIRE_FALSE(clash);
        CHECK(clash.error().kind == Error::Kind::Conflict);
        REQUIRE(q.exec(u"SELECT count(*) FROM t"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 2);
        q.finish();

        insert.bind(3, u"阳性"_s);
        REQUIRE(insert.exec());
        CHECK(insert.changes() == 2);
    }

    SECTION("a query gives its rows one by one")
    {
        SqliteStatement select(t.db);
        REQUIRE(select.prepare(u"SELECT a, b FROM t ORDER BY rowid"_s));
        QStringList names;
        qint64 sum = 0;
        for (;;) {
            const Result<bool> row = select.next();
            REQUIRE(row);
            if (!row.value())
                break;
            names << select.text(0);
            sum += select.integer(1);
        }
        CHECK(names == QStringList{u"海通项目部"_s, u"阴性"_s});
        CHECK(sum == 42 + 1099511627776);
    }
}
