// SPDX-License-Identifier: GPL-3.0-or-later
// A list reads its first rows in pages of growing size and the rest by one
// statement: every row comes once, in order, whichever way it is read.
#include "core/db/companyrepository.h"
#include "core/lists/listquery.h"
#include "core/lists/listspecs.h"
#include "testdb.h"

#include <QCollator>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// `count` persons whose names sort differently by code point and in
// pinyin: a surname of four, then a number.
void addPersons(Database &db, int count)
{
    Company c;
    c.code = u"BJ"_s;
    c.name = u"滨江公司"_s;
    const auto company = CompanyRepository(db).insert(c);
    REQUIRE(company.ok());
    QSqlQuery insert(db.connection());
    insert.prepare(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                   u" INSERT INTO person (id_number, name, company_id)"
                   // Zero-padded numbers, spelled the same on both back ends.
                   u" SELECT '1101011990' || substr('0000000' || CAST(i AS TEXT), length(CAST(i AS TEXT)), 8),"
                   u" substr('张安丁万', 1 + i % 4, 1) || substr('0000' || CAST((i * 7919) % 100000 AS TEXT),"
                   u" length(CAST((i * 7919) % 100000 AS TEXT)), 5), ? FROM n"_s);
    insert.addBindValue(count);
    insert.addBindValue(company.value());
    REQUIRE(insert.exec());
}

} // namespace

TEST_CASE("a list reads every row once and in order, over its pages and the statement for the rest", "[lists]")
{
    // Pages of 256, 1,024, 4,096 and 16,384 rows hold 21,760; the rest come
    // from one statement.
    const int total = GENERATE(10, 256, 300, 21760, 22000);
    CAPTURE(total);
    test::TempDatabase t;
    addPersons(t.db, total);
    ListQuery persons(ListSpecs::of(EntityKind::Person));
    const bool ascending = GENERATE(true, false);
    persons.setSort(0, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    auto rows = persons.open(t.db);
    REQUIRE(rows.ok());
    const int width = int(persons.spec().columns.size());
    QStringList names;
    QSet<qint64> ids;
    while (!rows.value().atEnd()) {
        const QList<QVariantList> more = rows.value().fetch(256);
        for (const QVariantList &row : more) {
            names << row.value(0).toString();
            ids.insert(row.value(width).toLongLong());
        }
        if (more.isEmpty())
            break;
    }
    CHECK(rows.value().atEnd());
    CHECK(names.size() == total);
    CHECK(ids.size() == total);
    CHECK(persons.count(t.db) == total);
    // Each name comes after the one before it in pinyin (张 last, 安 first).
    const QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    int outOfOrder = 0;
    for (qsizetype i = 1; i < names.size(); ++i) {
        const int order = pinyin.compare(names.at(i - 1), names.at(i));
        if (ascending ? order > 0 : order < 0)
            ++outOfOrder;
    }
    CHECK(outOfOrder == 0);
    CHECK(names.first().startsWith(ascending ? u"安"_s : u"张"_s));
}
