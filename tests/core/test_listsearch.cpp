// SPDX-License-Identifier: GPL-3.0-or-later
// The search of a record list reaches its rows by one of two paths (the
// list read in its order and each row tested, or the rows found through
// indexes and sorted): both give the rows worked out here by hand from the
// figures fixture, in the list's order, and count them alike.
#include "core/entity/entitydef.h"
#include "core/lists/listquery.h"
#include "core/lists/listspecs.h"
#include "core/lists/searchplan.h"
#include "figuresfixture.h"
#include "testdb.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

using Path = SearchPlan::Path;

QString pathName(Path path)
{
    switch (path) {
    case Path::Auto: return u"auto"_s;
    case Path::Scan: return u"scan"_s;
    case Path::Index: return u"index"_s;
    }
    return {};
}

int columnOf(const ListSpec &spec, const QString &key)
{
    for (int i = 0; i < spec.columns.size(); ++i)
        if (spec.columns.at(i).key == key)
            return i;
    FAIL("no column " << key.toStdString());
    return -1;
}

// Every row of the list as "<shown columns joined by a space>".
QStringList rowsOf(Database &db, const ListQuery &query, const QStringList &keys)
{
    Result<ListRows> rows = query.open(db);
    INFO((rows ? QString() : rows.error().message).toStdString());
    REQUIRE(rows.ok());
    QStringList shown;
    for (const QVariantList &row : rows.value().fetch(1000)) {
        QStringList values;
        for (const QString &key : keys)
            values << row.at(columnOf(query.spec(), key)).toString();
        shown << values.join(u' ');
    }
    rows.value().finish();
    return shown;
}

struct Case
{
    const char *text;
    QStringList rows;
};

} // namespace

TEST_CASE("the Tests list finds the same tests, in the same order, whichever path its search takes", "[lists][search]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    // The fixture's tests, newest first (then last written first):
    // 03-16 P9 通州湾社区; 03-15 P10 任港社区, P4 通州湾社区, P1 高速卡口G15,
    // P2 通州湾社区, P1 通州湾社区; 03-14 P1 通州湾社区; 03-01 P3 通州湾社区.
    const Case c = GENERATE(values<Case>({
        // Names: P1, P10 and P11 … P13 (a text with a letter goes by LIKE).
        {"人员P1",
         {u"2022-03-15 人员P10 任港社区"_s, u"2022-03-15 人员P1 高速卡口G15"_s, u"2022-03-15 人员P1 通州湾社区"_s,
          u"2022-03-14 人员P1 通州湾社区"_s}},
        // P1's ID number ends in X: a lower-case x finds it.
        {"163x", {u"2022-03-15 人员P1 高速卡口G15"_s, u"2022-03-15 人员P1 通州湾社区"_s, u"2022-03-14 人员P1 通州湾社区"_s}},
        // Digits of ID numbers: P3 …1002, P4 …1002, P6 …1002 (no tests).
        {"1002", {u"2022-03-15 人员P4 通州湾社区"_s, u"2022-03-01 人员P3 通州湾社区"_s}},
        // A site, by a part of it, in either case.
        {"g15", {u"2022-03-15 人员P1 高速卡口G15"_s}},
        {"通州湾",
         {u"2022-03-16 人员P9 通州湾社区"_s, u"2022-03-15 人员P4 通州湾社区"_s, u"2022-03-15 人员P2 通州湾社区"_s,
          u"2022-03-15 人员P1 通州湾社区"_s, u"2022-03-14 人员P1 通州湾社区"_s, u"2022-03-01 人员P3 通州湾社区"_s}},
        // A company: 铁路公司 (TL) holds the tests of P9 and P10.
        {"铁路", {u"2022-03-16 人员P9 通州湾社区"_s, u"2022-03-15 人员P10 任港社区"_s}},
        // Every person: every test.
        {"人员",
         {u"2022-03-16 人员P9 通州湾社区"_s, u"2022-03-15 人员P10 任港社区"_s, u"2022-03-15 人员P4 通州湾社区"_s,
          u"2022-03-15 人员P1 高速卡口G15"_s, u"2022-03-15 人员P2 通州湾社区"_s, u"2022-03-15 人员P1 通州湾社区"_s,
          u"2022-03-14 人员P1 通州湾社区"_s, u"2022-03-01 人员P3 通州湾社区"_s}},
        // Wildcards of LIKE are plain characters; nothing holds these.
        {"%", {}},
        {"_", {}},
        {"人员P1%", {}},
        {"不存在", {}},
    }));
    const Path path = GENERATE(Path::Auto, Path::Scan, Path::Index);
    const QString text = QString::fromUtf8(c.text);
    INFO("search " << c.text << " by " << pathName(path).toStdString());

    ListQuery query(ListSpecs::of(EntityKind::NucleicTest));
    query.setSearchPath(path);
    query.setSearch(text);
    CHECK(rowsOf(t.db, query, {u"sampled_on"_s, u"name"_s, u"site"_s}) == c.rows);
    CHECK(query.count(t.db) == c.rows.size());
}

TEST_CASE("a common surname among many tests finds them all, newest first, whichever path", "[lists][search]")
{
    // 4,000 persons: 王2, 王4 … 王4000 (the even ones) and 李1, 李3 … 李3999;
    // each tested on 1 to 12 March, written a day at a time in the order
    // of the persons. 王 names 2,000 persons and their 24,000 tests: more
    // than SearchPlan::kMaxRows (20,000), so the first screenful is read
    // from the list in its order, the persons not all looked up.
    test::TempDatabase t;
    const qint64 company = test::addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    QSqlQuery insert(t.db.connection());
    insert.prepare(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)"
                   u" INSERT INTO person (id_number, name, company_id) SELECT"
                   u" '1101011990' || substr('0000000' || CAST(i AS TEXT), length(CAST(i AS TEXT)), 8),"
                   u" CASE WHEN i % 2 = 0 THEN '王' ELSE '李' END || CAST(i AS TEXT), ? FROM n ORDER BY i"_s);
    insert.addBindValue(company);
    REQUIRE(insert.exec());
    const auto dayOf = [](int day) { return QDate(2022, 3, day).toString(Qt::ISODate); };
    for (int day = 1; day <= 12; ++day)
        test::exec(t.db, u"INSERT INTO nucleic_test (person_id, company_id, sampled_on, site, result)"
                         u" SELECT id, company_id, '%1', '城港社区', 'negative' FROM person ORDER BY id"_s
                             .arg(dayOf(day)));

    // Newest first, then last written first: on 12 March 王4000, 王3998 …
    // 王2 (2,000 tests), then 11 March likewise, down to 1 March's 王2.
    QStringList expected;
    for (int day = 12; day >= 1; --day)
        for (int i = 4000; i >= 2; i -= 2)
            expected << dayOf(day) + u" 王"_s + QString::number(i);
    REQUIRE(expected.size() == 24000);
    REQUIRE(expected.first() == u"2022-03-12 王4000"_s);

    const Path path = GENERATE(Path::Auto, Path::Scan, Path::Index);
    INFO("by " << pathName(path).toStdString());
    ListQuery query(ListSpecs::of(EntityKind::NucleicTest));
    query.setSearchPath(path);
    query.setSearch(u"王"_s);
    Result<ListRows> rows = query.open(t.db);
    REQUIRE(rows.ok());
    QStringList shown;
    const int date = columnOf(query.spec(), u"sampled_on"_s);
    const int name = columnOf(query.spec(), u"name"_s);
    for (QList<QVariantList> more; !(more = rows.value().fetch(1000)).isEmpty();)
        for (const QVariantList &row : std::as_const(more))
            shown << row.at(date).toString() + u' ' + row.at(name).toString();
    CHECK(shown.size() == expected.size());
    CHECK(shown.mid(0, 3) == expected.mid(0, 3));
    CHECK(shown == expected);
    CHECK(query.count(t.db) == 24000);

    // The first screenful is read in the list's order …
    const ListSpec tests = ListSpecs::of(EntityKind::NucleicTest);
    const Result<SearchPlan> screenful = SearchPlan::make(t.db, tests, u"王"_s, SearchPlan::Use::Rows);
    REQUIRE(screenful.ok());
    CHECK_FALSE(screenful->usesIndex());
    // … while 王4000's twelve tests are found through the indexes.
    const Result<SearchPlan> one = SearchPlan::make(t.db, tests, u"王4000"_s, SearchPlan::Use::Rows);
    REQUIRE(one.ok());
    CHECK(one->usesIndex());
}

TEST_CASE("a search through indexes keeps the list's scope, date range and filters", "[lists][search]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Path path = GENERATE(Path::Auto, Path::Scan, Path::Index);
    INFO("by " << pathName(path).toStdString());
    ListQuery query(ListSpecs::of(EntityKind::NucleicTest));
    query.setSearchPath(path);
    query.setSearch(u"人员P1"_s);
    // 开发公司 (KF) and its child 物业公司 (WY): P10's test (TL) goes.
    query.setScope({fixture.company.value(u"KF"_s), fixture.company.value(u"WY"_s)});
    const QStringList keys{u"sampled_on"_s, u"name"_s, u"site"_s};
    CHECK(rowsOf(t.db, query, keys)
          == QStringList{u"2022-03-15 人员P1 高速卡口G15"_s, u"2022-03-15 人员P1 通州湾社区"_s,
                         u"2022-03-14 人员P1 通州湾社区"_s});
    CHECK(query.count(t.db) == 3);
    query.setDateRange({2022, 3, 14}, {2022, 3, 14});
    CHECK(rowsOf(t.db, query, keys) == QStringList{u"2022-03-14 人员P1 通州湾社区"_s});
    CHECK(query.count(t.db) == 1);
    query.setDateRange({}, {});
    query.setScope({});
    query.setSearch(u"通州湾"_s);
    query.setFilter(u"result"_s, 1); // positive
    CHECK(rowsOf(t.db, query, keys) == QStringList{u"2022-03-15 人员P4 通州湾社区"_s});
    CHECK(query.count(t.db) == 1);
    // Sorted by another column, the rows found are sorted alike.
    query.setFilter(u"result"_s, -1);
    query.setSort(columnOf(query.spec(), u"name"_s), Qt::AscendingOrder);
    CHECK(rowsOf(t.db, query, keys)
          == QStringList{u"2022-03-15 人员P1 通州湾社区"_s, u"2022-03-14 人员P1 通州湾社区"_s,
                         u"2022-03-15 人员P2 通州湾社区"_s, u"2022-03-01 人员P3 通州湾社区"_s,
                         u"2022-03-15 人员P4 通州湾社区"_s, u"2022-03-16 人员P9 通州湾社区"_s});
}

TEST_CASE("the Vaccinations list finds doses by maker and by person whichever path its search takes", "[lists][search]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const Case c = GENERATE(values<Case>({
        // 智飞: P4's first and second doses, P9's three; newest first.
        {"智飞",
         {u"2021-05-01 人员P9 third"_s, u"2021-05-01 人员P4 second"_s, u"2021-04-01 人员P9 second"_s,
          u"2021-04-01 人员P4 first"_s, u"2021-03-01 人员P9 first"_s}},
        {"人员P13", {u"2021-06-01 人员P13 second"_s, u"2021-05-01 人员P13 first"_s}},
        {"生物",
         {u"2022-03-20 人员P8 second"_s, u"2021-06-01 人员P13 second"_s, u"2021-05-01 人员P13 first"_s,
          u"2021-03-01 人员P8 first"_s}},
        {"辉瑞", {}},
    }));
    const Path path = GENERATE(Path::Auto, Path::Scan, Path::Index);
    INFO("search " << c.text << " by " << pathName(path).toStdString());
    ListQuery query(ListSpecs::of(EntityKind::Vaccination));
    query.setSearchPath(path);
    query.setSearch(QString::fromUtf8(c.text));
    CHECK(rowsOf(t.db, query, {u"vaccinated_on"_s, u"name"_s, u"dose"_s}) == c.rows);
    CHECK(query.count(t.db) == c.rows.size());
}

// SQLite only: what SQLite's planner reads (EXPLAIN QUERY PLAN).
TEST_CASE("a search looks its rows up through indexes when every place it looks in has one", "[lists][search][sqlite-only]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const ListSpec tests = ListSpecs::of(EntityKind::NucleicTest);
    const auto usesIndex = [&](const ListSpec &spec, const QString &text) {
        const Result<SearchPlan> plan = SearchPlan::make(t.db, spec, text, SearchPlan::Use::Rows);
        REQUIRE(plan.ok());
        return plan->usesIndex();
    };
    // A person and a site: their tests are few, found through the indexes.
    CHECK(usesIndex(tests, u"163x"_s));
    CHECK(usesIndex(tests, u"通州湾"_s));
    // A company: the tests have no index by company, so the list is read.
    CHECK_FALSE(usesIndex(tests, u"铁路"_s));
    // The Personnel list looks in columns without an index of their own.
    CHECK_FALSE(usesIndex(ListSpecs::of(EntityKind::Person), u"163x"_s));
}

// SQLite only: SQLite's own catalogue (pragma_index_list).
TEST_CASE("every column flagged Indexed leads an index of its table", "[lists][search][db][sqlite-only]")
{
    test::TempDatabase t;
    QStringList flagged;
    for (const EntityDef *def : Entities::all())
        for (const Column &column : def->columns)
            if (column.has(Column::Indexed)) {
                flagged << def->table + u'.' + column.name;
                QSqlQuery query(t.db.connection());
                REQUIRE(query.exec(u"SELECT count(*) FROM pragma_index_list('%1') l"
                                   u" JOIN pragma_index_info(l.name) i ON i.seqno = 0 WHERE i.name = '%2'"_s
                                       .arg(def->table, column.name)));
                REQUIRE(query.next());
                INFO(def->table.toStdString() << '.' << column.name.toStdString());
                CHECK(query.value(0).toInt() >= 1);
            }
    CHECK(flagged.contains(u"nucleic_test.person_id"_s));
    CHECK(flagged.contains(u"nucleic_test.site"_s));
}

// SQLite only: an old file.
TEST_CASE("a version 8 file gains the search's indexes and finds its tests by either path", "[lists][search][migration][sqlite-only]")
{
    // tests/data/db/v8.sqlite was written by the version 8 schema: 10
    // companies, 20 persons, 39 tests and 30 doses imported from the samples.
    QTemporaryDir dir;
    const QString path = test::copyOf(QStringLiteral(SEAWALL_TEST_DATA) + u"/db/v8.sqlite"_s, dir.filePath(u"v8.sqlite"_s));
    Database db;
    const Status status = db.open(path);
    INFO((status.ok() ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT (SELECT count(*) FROM nucleic_test), (SELECT count(*) FROM vaccination),"
                   u" (SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('nucleic_test_site',"
                   u" 'nucleic_test_sampled', 'vaccination_manufacturer', 'vaccination_place'))"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 39);
    CHECK(q.value(1).toInt() == 30);
    CHECK(q.value(2).toInt() == 4);
    q.finish();

    const Path path_ = GENERATE(Path::Auto, Path::Scan, Path::Index);
    INFO("by " << pathName(path_).toStdString());
    ListQuery tests(ListSpecs::of(EntityKind::NucleicTest));
    tests.setSearchPath(path_);
    tests.setSearch(u"龚雪"_s);
    CHECK(rowsOf(db, tests, {u"sampled_on"_s, u"name"_s, u"site"_s})
          == QStringList{u"2022-03-21 龚雪 海通项目部"_s, u"2022-03-11 龚雪 高速卡口G15"_s, u"2022-03-08 龚雪 集团总部"_s});
    CHECK(tests.count(db) == 3);
    ListQuery doses(ListSpecs::of(EntityKind::Vaccination));
    doses.setSearchPath(path_);
    doses.setSearch(u"康希诺"_s);
    CHECK(rowsOf(db, doses, {u"vaccinated_on"_s, u"name"_s, u"dose"_s})
          == QStringList{u"2021-09-05 黄玉子 booster"_s, u"2021-07-24 黄玉子 first"_s});
    CHECK(doses.count(db) == 2);
}
