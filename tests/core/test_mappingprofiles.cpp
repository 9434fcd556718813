// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping profiles: the mapping a user confirmed for a company's files is
// saved and reused for that company's next file, whatever the order of its
// columns, and for no other company.
// The ID number column is headed 员工证件, which no alias knows: only a
// profile maps it.
#include "testdb.h"

#include "core/import/companylookup.h"
#include "core/import/importer.h"
#include "core/import/importpreview.h"
#include "core/import/mappingprofiles.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QString data(const QString &relative) { return QStringLiteral(SEAWALL_TEST_DATA) + u"/import/"_s + relative; }

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM "_s + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a confirmed mapping is saved and reused for the same company", "[import][profiles]")
{
    test::TempDatabase t;
    REQUIRE(Importer(t.db).run({data(u"base/companies.csv"_s), data(u"base/personnel.csv"_s)}, {}).committed);
    CompanyLookup companies(t.db);
    REQUIRE(companies.load());

    const QString first = test::writeFile(t.dir.filePath(u"first.csv"_s),
                                          (u"单位,姓名,员工证件,采样日期,检测结果,备注\n"
                                           u"海通公司,陆伟志,32061219970812218X,2022-03-11,阴性,\n"_s)
                                              .toUtf8());
    const ImportPreview preview = ImportPreview::read(first);
    REQUIRE(preview.map);
    REQUIRE(preview.map->kind() == csv::FileKind::Tests);
    CHECK(preview.map->column(u"id_number"_s) == -1);
    CHECK(MappingProfiles::companyCodeOf(*preview.map, preview.records, companies) == u"HT"_s);

    MappingProfiles profiles(t.db);
    CHECK(profiles.columnsForFile(*preview.map, preview.records, companies).isEmpty());

    csv::HeaderMap confirmed = *preview.map;
    REQUIRE(confirmed.apply({{2, u"id_number"_s}}));
    REQUIRE(profiles.save(u"HT"_s, confirmed));
    const std::optional<csv::HeaderMap> loaded = profiles.load(u"HT"_s, csv::FileKind::Tests);
    REQUIRE(loaded);
    CHECK(*loaded == confirmed);
    CHECK_FALSE(profiles.load(u"HT"_s, csv::FileKind::Vaccinations));
    CHECK_FALSE(profiles.load(u"BJ"_s, csv::FileKind::Tests));

    SECTION("a later file with the columns in another order maps the same")
    {
        const QString later = test::writeFile(t.dir.filePath(u"later.csv"_s),
                                              (u"检测结果,员工证件,姓名,单位,采样日期\n"
                                               u"阴性,32061219970812218X,陆伟志,海通公司,2022-03-12\n"_s)
                                                  .toUtf8());
        const ImportPreview again = ImportPreview::read(later);
        REQUIRE(again.map);
        const QHash<int, QString> columns = profiles.columnsForFile(*again.map, again.records, companies);
        CHECK(columns.value(1) == u"id_number"_s);
        CHECK(columns.value(3) == u"company"_s);

        // The command line reads it with the profile too.
        const ImportResult result = Importer(t.db).run({later}, {});
        INFO((result.files.value(0).errors.isEmpty() ? QString() : result.files.value(0).errors.at(0).message).toStdString());
        CHECK(result.committed);
        CHECK(result.files.value(0).inserted == 1);
        CHECK(count(t.db, u"nucleic_test"_s) == 1);
    }

    SECTION("a later file that repeats a header is still read")
    {
        // Found by fuzz_import: both 姓名 columns took the profile's name,
        // and the file failed to open ("Two columns are mapped to name").
        const QString repeated = test::writeFile(t.dir.filePath(u"repeated.csv"_s),
                                                 (u"单位,姓名,姓名,员工证件,采样日期,检测结果\n"
                                                  u"海通公司,陆伟志,陆 伟志,32061219970812218X,2022-03-13,阴性\n"_s)
                                                     .toUtf8());
        const ImportPreview read = ImportPreview::read(repeated);
        REQUIRE(read.map);
        const QHash<int, QString> columns = profiles.columnsForFile(*read.map, read.records, companies);
        CHECK(columns.value(3) == u"id_number"_s);
        CHECK_FALSE(columns.contains(1));
        CHECK_FALSE(columns.contains(2));

        const ImportResult result = Importer(t.db).run({repeated}, {});
        INFO((result.files.value(0).errors.isEmpty() ? QString() : result.files.value(0).errors.at(0).message).toStdString());
        CHECK(result.committed);
        CHECK(result.files.value(0).inserted == 1);
    }

    SECTION("another company's file is not mapped by the profile")
    {
        const QString other = test::writeFile(t.dir.filePath(u"other.csv"_s),
                                              (u"单位,姓名,员工证件,采样日期,检测结果\n"
                                               u"滨江公司,陆伟志,32061219970812218X,2022-03-11,阴性\n"_s)
                                                  .toUtf8());
        const ImportPreview read = ImportPreview::read(other);
        REQUIRE(read.map);
        CHECK(MappingProfiles::companyCodeOf(*read.map, read.records, companies) == u"BJ"_s);
        CHECK(profiles.columnsForFile(*read.map, read.records, companies).isEmpty());
        const ImportResult result = Importer(t.db).run({other}, {});
        CHECK_FALSE(result.committed);
        CHECK(count(t.db, u"nucleic_test"_s) == 0);
    }

    SECTION("a file naming two companies has no profile")
    {
        const QString mixed = test::writeFile(t.dir.filePath(u"mixed.csv"_s),
                                              (u"单位,姓名,员工证件,采样日期,检测结果\n"
                                               u"海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n"
                                               u"滨江公司,曾雪,320612197801146515,2022-03-11,阴性\n"_s)
                                                  .toUtf8());
        const ImportPreview read = ImportPreview::read(mixed);
        REQUIRE(read.map);
        CHECK(MappingProfiles::companyCodeOf(*read.map, read.records, companies).isEmpty());
        CHECK(profiles.columnsForFile(*read.map, read.records, companies).isEmpty());
    }
}
