// SPDX-License-Identifier: GPL-3.0-or-later
// People's and companies' names sort in pinyin order (安娜, 丁一, 万芳,
// 张三), not by code point (丁 4E01, 万 4E07, 安 5B89, 张 5F20): in SQL,
// through the key function every connection registers, so that a list still
// reads a screenful at a time, from an index of the keys where it has one.
#include "core/db/pinyinkey.h"
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

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

const QStringList kPinyin{u"安娜"_s, u"丁一"_s, u"万芳"_s, u"张三"_s};

using test::addCompany;

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

TEST_CASE("every connection orders by the pinyin key in SQL", "[pinyin]")
{
    test::TempDatabase t;
    QSqlQuery query(t.db.connection());
    REQUIRE(query.exec(u"SELECT name FROM (SELECT '张三' AS name UNION ALL SELECT '安娜' UNION ALL SELECT '丁一'"
                       u" UNION ALL SELECT '万芳' UNION ALL SELECT '安娜') ORDER BY "_s
                       + SqlDialect::byPinyin(SqlBackend::Sqlite, u"name"_s)));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    CHECK(names == QStringList{u"安娜"_s, u"安娜"_s, u"丁一"_s, u"万芳"_s, u"张三"_s});
    // A second connection to the file (an import's, an undo's) has it too.
    Database other;
    REQUIRE(other.open(t.path).ok());
    QSqlQuery again(other.connection());
    CHECK(again.exec(u"SELECT 1 ORDER BY "_s + SqlDialect::byPinyin(SqlBackend::Sqlite, u"'x'"_s)));
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

TEST_CASE("the pinyin key orders names as QCollator does, and names it counts equal by their bytes", "[pinyin]")
{
    // 重 (chong/zhong) and 长 (chang/zhang) read as ICU's zh order reads
    // them; Ａ (full-width) and A are equal to ICU at every level but the
    // last, 张三 appears twice, and the empty name comes first.
    const QStringList names{u"张三"_s, u"Anna"_s, u"重庆"_s, u"安娜"_s, u""_s,   u"长江"_s, u"丁一"_s,
                            u"张三"_s, u"anna"_s, u"万芳"_s, u"Ａ"_s,   u"A"_s,    u"张三丰"_s, u"1号"_s};
    QStringList byCollator = names;
    const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(byCollator.begin(), byCollator.end(), [&](const QString &a, const QString &b) {
        if (const int order = collator.compare(a, b); order != 0)
            return order < 0;
        return a.toUtf8() < b.toUtf8();
    });
    QStringList byKey = names;
    std::stable_sort(byKey.begin(), byKey.end(),
                     [](const QString &a, const QString &b) { return pinyinKey(a) < pinyinKey(b); });
    CHECK(byKey == byCollator);
    // an < chong < ding: 重 in 重庆 read as chóng, not by its code point (91CD, after 丁 4E01).
    CHECK(byKey.mid(byKey.indexOf(u"安娜"_s), 3) == QStringList{u"安娜"_s, u"重庆"_s, u"丁一"_s});
    CHECK(pinyinKey(u"张三"_s) == pinyinKey(u"张三"_s));
    CHECK(pinyinKey(u"Ａ"_s) != pinyinKey(u"A"_s));
    // In SQL the same bytes.
    test::TempDatabase t;
    QSqlQuery query(t.db.connection());
    REQUIRE(query.exec(u"SELECT "_s + SqlDialect::byPinyin(SqlBackend::Sqlite, u"'万芳'"_s)));
    REQUIRE(query.next());
    CHECK(query.value(0).toByteArray() == pinyinKey(u"万芳"_s));
}

namespace {

// The statements a connection runs, as written.
int collect(unsigned, void *statements, void *statement, void *)
{
    static_cast<QStringList *>(statements)->append(QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement))));
    return 0;
}

// SQLite's plan for `sql`, its lines joined (through SQLite itself: Qt
// would ask for the values of its parameters).
QString planOf(Database &db, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = (u"EXPLAIN QUERY PLAN "_s + sql).toUtf8();
    REQUIRE(sqlite3_prepare_v2(db.sqliteHandle(), text.constData(), int(text.size()), &statement, nullptr) == SQLITE_OK);
    QStringList lines;
    while (sqlite3_step(statement) == SQLITE_ROW)
        lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 3)));
    sqlite3_finalize(statement);
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("Personnel reads its first screenful from the index of pinyin keys, with a search too", "[pinyin][lists]")
{
    test::TempDatabase t;
    addPersons(t.db, addCompany(t.db, u"A"_s, u"万华公司"_s));

    QStringList statements;
    sqlite3_trace_v2(t.db.sqliteHandle(), SQLITE_TRACE_STMT, collect, &statements);
    ListQuery persons(ListSpecs::of(EntityKind::Person));
    const QString search = GENERATE(u""_s, u"孙悦"_s, u"3206"_s);
    persons.setSearch(search);
    persons.setFilter(u"category"_s, 0);
    INFO(search.toStdString());
    CHECK(listed(t.db, persons, u"name"_s) == (search == u"孙悦"_s ? QStringList{} : kPinyin));
    sqlite3_trace_v2(t.db.sqliteHandle(), 0, nullptr, nullptr);

    // The page: the ids of a screenful, in order, then their columns. The
    // ids come from walking the index, which holds all the search and the
    // filter test: no person is looked up, and no sort of all of them.
    const auto page = std::find_if(statements.cbegin(), statements.cend(),
                                   [](const QString &sql) { return sql.contains(u"WHERE r.id IN (SELECT r.id FROM person r "_s); });
    REQUIRE(page != statements.cend());
    const QString plan = planOf(t.db, *page);
    INFO(plan.toStdString());
    CHECK(plan.contains(u"COVERING INDEX person_name_pinyin"_s));
}

TEST_CASE("the index of pinyin keys is rebuilt when another ICU made it", "[pinyin]")
{
    test::TempDatabase t;
    addPersons(t.db, addCompany(t.db, u"A"_s, u"万华公司"_s));
    const QString now = pinyinKeyVersion();
    CHECK(now.startsWith(u"icu "_s));
    QSqlQuery query(t.db.connection());
    REQUIRE(query.exec(u"SELECT value FROM setting WHERE key = 'pinyin_order'"_s));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == now);
    // As if an older ICU had written the keys: an index whose entries no
    // longer match what the function gives. SQLite's check finds it out.
    REQUIRE(query.exec(u"UPDATE setting SET value = 'icu 0.0.0.0' WHERE key = 'pinyin_order'"_s));
    REQUIRE(query.exec(u"PRAGMA writable_schema = ON"_s));
    REQUIRE(query.exec(u"UPDATE sqlite_schema SET sql = replace(sql, 'id_number, name,', 'name, id_number,')"
                       u" WHERE name = 'person_name_pinyin'"_s));
    REQUIRE(query.exec(u"PRAGMA writable_schema = OFF"_s));
    query.finish();
    t.db.close();

    Database again;
    REQUIRE(again.open(t.path).ok());
    QSqlQuery check(again.connection());
    REQUIRE(check.exec(u"PRAGMA integrity_check"_s));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == u"ok"_s);
    REQUIRE(check.exec(u"SELECT value FROM setting WHERE key = 'pinyin_order'"_s));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == now);
}
