// SPDX-License-Identifier: GPL-3.0-or-later
// People's and companies' names sort in pinyin order (安娜, 丁一, 万芳,
// 张三), not by code point (丁 4E01, 万 4E07, 安 5B89, 张 5F20): in SQL,
// through the collation every connection registers, so that a list still
// reads a screenful at a time.
#include "core/db/companyrepository.h"
#include "core/db/personrepository.h"
#include "core/db/repository.h"
#include "core/lists/listquery.h"
#include "core/lists/listspecs.h"
#include "core/model/nucleictest.h"
#include "core/sql/sqldialect.h"
#include "testdb.h"

#include <QCollator>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

const QStringList kPinyin{u"安娜"_s, u"丁一"_s, u"万芳"_s, u"张三"_s};

qint64 addCompany(Database &db, const QString &code, const QString &name)
{
    Company c;
    c.code = code;
    c.name = name;
    const auto id = CompanyRepository(db).insert(c);
    REQUIRE(id.ok());
    return id.value();
}

// test::addPinyinNames's four, each with a test on the 15th.
void addPersons(Database &db, qint64 company)
{
    for (const qint64 person : test::addPinyinNames(db, company)) {
        NucleicTest t;
        t.personId = person;
        t.companyId = company;
        t.sampledOn = QDate(2022, 3, 15);
        t.site = u"通州湾社区"_s;
        REQUIRE(Repository<NucleicTest>(db).insert(t).ok());
    }
}

int columnOf(const ListSpec &spec, const QString &key)
{
    for (int i = 0; i < spec.columns.size(); ++i)
        if (spec.columns.at(i).key == key)
            return i;
    return -1;
}

// The values of one column of a list, as its query reads them.
QStringList listed(Database &db, const ListQuery &query, const QString &key)
{
    const int column = columnOf(query.spec(), key);
    REQUIRE(column >= 0);
    auto rows = query.open(db);
    REQUIRE(rows.ok());
    QStringList values;
    for (const QVariantList &row : rows.value().fetch(100))
        values << row.value(column).toString();
    return values;
}

} // namespace

TEST_CASE("QCollator for zh_CN orders names in pinyin: Debian's Qt is built with ICU", "[pinyin]")
{
    QStringList names{u"张三"_s, u"安娜"_s, u"丁一"_s, u"万芳"_s};
    std::sort(names.begin(), names.end(), QCollator(QLocale(QLocale::Chinese, QLocale::China)));
    CHECK(names == kPinyin);
    // Without it, code points.
    names.sort();
    CHECK(names == QStringList{u"丁一"_s, u"万芳"_s, u"安娜"_s, u"张三"_s});
}

TEST_CASE("every connection orders by the pinyin collation in SQL", "[pinyin]")
{
    test::TempDatabase t;
    QSqlQuery query(t.db.connection());
    REQUIRE(query.exec(u"SELECT name FROM (SELECT '张三' AS name UNION ALL SELECT '安娜' UNION ALL SELECT '丁一'"
                       u" UNION ALL SELECT '万芳' UNION ALL SELECT '安娜') ORDER BY "_s
                       + SqlDialect::byPinyin(u"name"_s)));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    CHECK(names == QStringList{u"安娜"_s, u"安娜"_s, u"丁一"_s, u"万芳"_s, u"张三"_s});
    // A second connection to the file (an import's, an undo's) has it too.
    Database other;
    REQUIRE(other.open(t.path).ok());
    QSqlQuery again(other.connection());
    CHECK(again.exec(u"SELECT 1 ORDER BY "_s + SqlDialect::byPinyin(u"'x'"_s)));
}

TEST_CASE("a list query sorts names in pinyin order: persons, companies, a test's person", "[pinyin][lists]")
{
    test::TempDatabase t;
    // Companies by name: 张江 zhang, 安达 an, 丁山 ding, 万华 wan.
    addCompany(t.db, u"A"_s, u"张江公司"_s);
    addCompany(t.db, u"B"_s, u"安达公司"_s);
    addCompany(t.db, u"C"_s, u"丁山公司"_s);
    const qint64 wanhua = addCompany(t.db, u"D"_s, u"万华公司"_s);
    addPersons(t.db, wanhua);

    SECTION("persons, by name as the list opens and reversed")
    {
        ListQuery persons(ListSpecs::of(EntityKind::Person));
        CHECK(persons.sortColumn() == columnOf(persons.spec(), u"name"_s));
        CHECK(listed(t.db, persons, u"name"_s) == kPinyin);
        persons.setSort(columnOf(persons.spec(), u"name"_s), Qt::DescendingOrder);
        CHECK(listed(t.db, persons, u"name"_s) == QStringList{u"张三"_s, u"万芳"_s, u"丁一"_s, u"安娜"_s});
    }
    SECTION("companies, by name")
    {
        ListQuery companies(ListSpecs::of(EntityKind::Company));
        companies.setSort(columnOf(companies.spec(), u"name"_s), Qt::AscendingOrder);
        CHECK(listed(t.db, companies, u"name"_s)
              == QStringList{u"安达公司"_s, u"丁山公司"_s, u"万华公司"_s, u"张江公司"_s});
    }
    SECTION("tests, by their person's name")
    {
        ListQuery tests(ListSpecs::of(EntityKind::NucleicTest));
        tests.setSort(columnOf(tests.spec(), u"name"_s), Qt::AscendingOrder);
        CHECK(listed(t.db, tests, u"name"_s) == kPinyin);
    }
    SECTION("what is no name still sorts by its value: ID numbers")
    {
        ListQuery persons(ListSpecs::of(EntityKind::Person));
        persons.setSort(columnOf(persons.spec(), u"id_number"_s), Qt::AscendingOrder);
        // 1975… 丁一, 1985… 张三, 1988… 万芳, 1990… 安娜
        CHECK(listed(t.db, persons, u"name"_s) == QStringList{u"丁一"_s, u"张三"_s, u"万芳"_s, u"安娜"_s});
    }
}
