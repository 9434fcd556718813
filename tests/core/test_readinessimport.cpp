// SPDX-License-Identifier: GPL-3.0-or-later
// Importing the readiness registers: duty, stocktakes, trainings, drills
// (DOMAIN.md "Readiness"), from the samples and from messier files.
#include "testdb.h"

#include "core/import/importer.h"

#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QString sample(const QString &name) { return QStringLiteral(SEAWALL_SAMPLES) + u'/' + name; }

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

ImportResult import(Database &db, const QStringList &files, ImportOptions options = {})
{
    return Importer(db).run(files, options);
}

void importCompanies(Database &db)
{
    REQUIRE(import(db, {sample(u"companies.csv"_s), sample(u"personnel.csv"_s)}).committed);
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

} // namespace

TEST_CASE("the four readiness samples import with every row", "[import][readiness]")
{
    test::TempDatabase t;
    importCompanies(t.db);
    const ImportResult result = import(t.db, {sample(u"drills.csv"_s), sample(u"trainings.csv"_s),
                                               sample(u"stocktakes.csv"_s), sample(u"duty.csv"_s)});
    REQUIRE(result.committed);
    REQUIRE(result.files.size() == 4);
    // Counted with python's csv module over the sample files: data rows,
    // all with distinct natural keys; every trainee is on the roster.
    for (const FileReport &file : result.files) {
        INFO(file.file.toStdString());
        CHECK(file.rejected == 0);
        CHECK(file.externalPersons == 0);
        CHECK(file.inserted == file.rows);
    }
    CHECK(scalar(t.db, u"SELECT count(*) FROM duty"_s) == u"238"_s);
    CHECK(scalar(t.db, u"SELECT count(*) FROM stocktake"_s) == u"114"_s);
    CHECK(scalar(t.db, u"SELECT count(*) FROM stocktake WHERE minimum IS NULL"_s) == u"15"_s); // empty 最低储备
    CHECK(scalar(t.db, u"SELECT count(*) FROM training"_s) == u"135"_s);
    CHECK(scalar(t.db, u"SELECT count(*) FROM drill"_s) == u"7"_s);
    // The first duty row: 2022-03-01,开发公司,全天,白洋英,15942888423,(no leader)
    CHECK(scalar(t.db, u"SELECT d.shift || '|' || d.person || '|' || d.phone || '|' || d.leader FROM duty d"
                       u" JOIN company c ON c.id = d.company_id WHERE c.name = '开发公司' AND d.duty_date = '2022-03-01'"_s)
          == u"full_day|白洋英|15942888423|"_s);
    // A drill's type by its label: 2022-03-20 海润水务公司 全员核酸检测演练, 50 people.
    CHECK(scalar(t.db, u"SELECT type || '|' || participants FROM drill WHERE drill_date = '2022-03-20'"_s)
          == u"mass_testing|50"_s);
}

TEST_CASE("a stocktake quantity with a thousands separator is read as a number", "[import][readiness]")
{
    test::TempDatabase t;
    importCompanies(t.db);
    // Excel writes 2,000 quoted, as the comma is the delimiter; a minimum may be empty.
    const QString path = test::writeFile(t.dir.filePath(u"stock.csv"_s),
                                         u"单位,物资名称,计量单位,盘点日期,库存数量,最低储备\n"
                                         u"开发公司,医用外科口罩,个,2022-03-02,\"2,000\",\"1,500\"\n"
                                         u"开发公司,消毒液,瓶,2022/3/2,12,\n"
                                         u"开发公司,防护服,套,2022.3.2,\"1,234,567\",5\n"_s.toUtf8());
    const ImportResult result = import(t.db, {path});
    REQUIRE(result.committed);
    CHECK(result.files.at(0).rejected == 0);
    CHECK(result.files.at(0).inserted == 3);
    CHECK(scalar(t.db, u"SELECT quantity || '/' || minimum FROM stocktake WHERE item = '医用外科口罩'"_s) == u"2000/1500"_s);
    CHECK(scalar(t.db, u"SELECT quantity || '/' || coalesce(CAST(minimum AS TEXT), 'none') FROM stocktake WHERE item = '消毒液'"_s)
          == u"12/none"_s);
    CHECK(scalar(t.db, u"SELECT quantity FROM stocktake WHERE item = '防护服'"_s) == u"1234567"_s);
}

TEST_CASE("a stocktake quantity that is not a whole number is refused by its column", "[import][readiness]")
{
    test::TempDatabase t;
    importCompanies(t.db);
    const QString path = test::writeFile(t.dir.filePath(u"stock.csv"_s),
                                         u"单位,物资名称,计量单位,盘点日期,库存数量,最低储备\n"
                                         u"开发公司,医用外科口罩,个,2022-03-02,\"2,00\",2000\n"_s.toUtf8());
    const ImportResult result = import(t.db, {path});
    CHECK_FALSE(result.committed);
    REQUIRE(result.files.at(0).errors.size() == 1);
    const ImportProblem &problem = result.files.at(0).errors.at(0);
    CHECK(problem.line == 2);
    CHECK(problem.column == u"quantity"_s);
    CHECK(problem.message.startsWith(u"库存数量"_s));
}

TEST_CASE("a duty file in GB18030 with compact dates imports without a rejected row", "[import][readiness]")
{
    test::TempDatabase t;
    importCompanies(t.db);
    const QByteArray bytes = gb18030(u"日期,单位,班次,值班人员,联系电话,带班领导\r\n"
                                     u"20220301,开发公司,白班,白洋英,15942888423,李强\r\n"
                                     u"20220301,开发公司,夜班,潘欣,0513-85551234,李强\r\n"
                                     u"20220302,物业公司,全天,邹强辉,18045946123,\r\n"_s);
    // Not UTF-8: the decoder must be told apart from it.
    CHECK(QStringDecoder(QStringDecoder::Utf8).decode(bytes).operator QString().contains(QChar::ReplacementCharacter));
    const QString path = test::writeFile(t.dir.filePath(u"duty.csv"_s), bytes);
    const ImportResult result = import(t.db, {path});
    REQUIRE(result.committed);
    CHECK(result.files.at(0).rejected == 0);
    CHECK(result.files.at(0).inserted == 3);
    CHECK(scalar(t.db, u"SELECT group_concat(duty_date || ' ' || shift || ' ' || person, ';') FROM"
                       u" (SELECT * FROM duty ORDER BY duty_date, shift) d"_s)
          == u"2022-03-01 day 白洋英;2022-03-01 night 潘欣;2022-03-02 full_day 邹强辉"_s);
}

TEST_CASE("a duty row with an unknown shift is refused by line and column", "[import][readiness]")
{
    test::TempDatabase t;
    importCompanies(t.db);
    const QString path = test::writeFile(t.dir.filePath(u"duty.csv"_s),
                                         u"日期,单位,班次,值班人员,联系电话,带班领导\n"
                                         u"2022-03-01,开发公司,全天,白洋英,15942888423,\n"
                                         u"2022-03-01,物业公司,中班,潘欣,15999366195,李强\n"_s.toUtf8());
    const ImportResult result = import(t.db, {path});
    CHECK_FALSE(result.committed); // nothing is written while a row is rejected
    CHECK(scalar(t.db, u"SELECT count(*) FROM duty"_s) == u"0"_s);
    const FileReport &file = result.files.at(0);
    CHECK(file.rejected == 1);
    REQUIRE(file.errors.size() == 1);
    CHECK(file.errors.at(0).line == 3);
    CHECK(file.errors.at(0).column == u"shift"_s);
    // 班次：“中班” is not one of the three shifts, named as the file writes them.
    CHECK(file.errors.at(0).message.startsWith(u"班次"_s));
    CHECK(file.errors.at(0).message.contains(u"中班"_s));
}
