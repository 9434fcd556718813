// SPDX-License-Identifier: GPL-3.0-or-later
// What the import window adds to the pipeline: the preview of a file with
// the user's encoding and delimiter, columns mapped by hand, progress and
// cancelling.
#include "testdb.h"

#include "core/db/companyrepository.h"
#include "core/import/importer.h"
#include "core/import/importpreview.h"

#include <QSqlQuery>
#include <QStringEncoder>

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

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace

TEST_CASE("the preview reads a file with the encoding the user names", "[import][preview]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(u"gbk.csv"_s),
                                         gb18030(u"单位,姓名,身份证号,采样日期,检测结果\n海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n"_s));
    const ImportPreview detected = ImportPreview::read(path);
    CHECK_FALSE(detected.error);
    CHECK(detected.encoding == u"GB18030"_s);
    CHECK(detected.encodingDetected);
    REQUIRE(detected.map);
    CHECK(detected.map->kind() == csv::FileKind::Tests);
    REQUIRE(detected.records.size() == 1);
    CHECK(detected.records.at(0).fields.at(1) == u"陆伟志"_s);
    CHECK(detected.records.at(0).line == 2);

    const ImportPreview wrong = ImportPreview::read(path, u"UTF-8"_s);
    REQUIRE(wrong.error);
    CHECK(wrong.errorLine == 1);
    CHECK_FALSE(wrong.encodingDetected);
    CHECK(wrong.records.isEmpty());
}

TEST_CASE("the preview splits on the delimiter the user chooses", "[import][preview]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(u"semi.csv"_s), "a;b;c\n1;2;3\n4;5;6\n");
    const ImportPreview detected = ImportPreview::read(path);
    CHECK(detected.layout.delimiter == u';');
    CHECK(detected.layout.header == QStringList{u"a"_s, u"b"_s, u"c"_s});
    CHECK(detected.records.size() == 2);
    // one column only: no header row can be found
    const ImportPreview comma = ImportPreview::read(path, {}, u',');
    CHECK(comma.error);
    const std::optional<csv::Record> row = ImportPreview::recordAt(path, 3);
    REQUIRE(row);
    CHECK(row->fields == QStringList{u"4"_s, u"5"_s, u"6"_s});
    CHECK_FALSE(ImportPreview::recordAt(path, 9));
}

TEST_CASE("a column the user maps by hand is imported", "[import][choices]")
{
    test::TempDatabase t;
    REQUIRE(Importer(t.db).run({data(u"base/companies.csv"_s), data(u"base/personnel.csv"_s)}, {}).committed);
    const qint64 before = count(t.db, u"nucleic_test"_s);
    const QString path = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                         "单位,姓名,Column C,采样日期,检测结果\n"
                                         "海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n");
    const ImportResult plain = Importer(t.db).run({path}, {});
    CHECK_FALSE(plain.committed);
    REQUIRE(plain.files.at(0).errors.size() == 1);
    // The missing column by the name the user knows.
    CHECK(plain.files.at(0).errors.at(0).message.contains(u"has no column for ID number."_s));

    ImportOptions options;
    options.choices.insert(path, FileChoice{{}, u',', csv::FileKind::Tests, {{2, u"id_number"_s}}, {}});
    const ImportResult mapped = Importer(t.db).run({path}, options);
    CHECK(mapped.committed);
    CHECK(mapped.files.at(0).inserted == 1);
    CHECK(count(t.db, u"nucleic_test"_s) == before + 1);
}

TEST_CASE("a Cancel pressed after the last row is read still writes nothing", "[import][cancel]")
{
    // Fewer rows than the import reads between two looks at Cancel (256):
    // the only look is the one after the rows, before the commit (a large
    // file's indexes are made again meanwhile: core/import/indexesaside.h).
    test::TempDatabase t;
    const QString path = test::writeFile(t.dir.filePath(u"companies.csv"_s),
                                         "单位编码,单位名称,上级单位编码\nYH,沿海集团,\nKF,开发公司,YH\n");
    int asked = 0;
    ImportOptions options;
    options.cancelled = [&asked] { return ++asked > 0; };
    const ImportResult result = Importer(t.db).run({path}, options);
    CHECK(asked == 1);
    CHECK(result.cancelled);
    CHECK_FALSE(result.committed);
    CHECK(count(t.db, u"company"_s) == 0);
    CHECK(count(t.db, u"import_batch"_s) == 0);
}

TEST_CASE("a cancelled import writes nothing and says so", "[import][cancel]")
{
    test::TempDatabase t;
    QByteArray bytes = "单位编码,单位名称,上级单位编码\nYH,沿海集团,\n";
    for (int i = 0; i < 1000; ++i)
        bytes += u"C%1,公司%1,YH\n"_s.arg(i).toUtf8();
    const QString path = test::writeFile(t.dir.filePath(u"companies.csv"_s), bytes);
    QList<qint64> reported;
    ImportOptions options;
    options.progress = [&reported](qint64 records) { reported.append(records); };
    options.cancelled = [&reported] { return reported.size() >= 2; };
    const ImportResult result = Importer(t.db).run({path}, options);
    CHECK(result.cancelled);
    CHECK_FALSE(result.committed);
    CHECK(reported == QList<qint64>{256, 512});
    CHECK(count(t.db, u"company"_s) == 0);
    CHECK(count(t.db, u"import_batch"_s) == 0);

    // and the same file goes in whole when nobody cancels
    options.cancelled = {};
    const ImportResult whole = Importer(t.db).run({path}, options);
    CHECK(whole.committed);
    CHECK(count(t.db, u"company"_s) == 1001);
}
