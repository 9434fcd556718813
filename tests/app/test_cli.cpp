// SPDX-License-Identifier: GPL-3.0-or-later
// The `seawall` command as a user runs it: a real process, exit codes,
// standard output and error.
#include "figuresfixture.h"
#include "runprogram.h"
#include "testdb.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {


using test::Run;

Run seawallRun(const QStringList &arguments, const QString &lang = u"C.UTF-8"_s, const QString &workingDirectory = {})
{
    test::RunOptions options;
    options.locale = lang;
    options.workingDirectory = workingDirectory;
    return test::runSeawall(arguments, options);
}

QJsonObject statsJson(const QString &db, const QString &date)
{
    const Run run = seawallRun({u"--db"_s, db, u"stats"_s, u"--date"_s, date, u"--json"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("init creates a database and prints its schema version", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.sqlite"_s);
    const Run run = seawallRun({u"--db"_s, path, u"init"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"schema version %1"_s.arg(Database::latestSchemaVersion())));
    const Run again = seawallRun({u"--db"_s, path, u"init"_s});
    CHECK(again.exitCode == 0);
}

TEST_CASE("a file that is not a database is exit code 3 with the file's name", "[cli]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(u"roster.csv"_s), "单位,姓名\n");
    const Run run = seawallRun({u"--db"_s, path, u"init"_s});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(u"roster.csv"_s));
    CHECK(run.err.contains(u"not a Seawall database"_s));
}

TEST_CASE("usage errors are exit code 1 with the usage text", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    const auto args = GENERATE(as<QStringList>{}, QStringList{u"frobnicate"_s}, QStringList{u"stats"_s},
                               QStringList{u"stats"_s, u"--date"_s, u"2022-13-45"_s},
                               QStringList{u"stats"_s, u"--date"_s, u"2022-03-15"_s, u"--bogus"_s});
    const Run run = seawallRun(QStringList{u"--db"_s, db} + args);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"Usage: seawall"_s));
}

TEST_CASE("a --db that is an address of another kind is refused and no file is made of it", "[cli]")
{
    // The case: a shell or a hand that dropped a slash turned
    // postgresql://coordinator@host/seawall into a relative file name.
    const QString value = GENERATE(as<QString>(), u"mysql://coordinator@host/seawall"_s, u"http://host/seawall"_s,
        u"postgres:/x"_s, u"postgresql:/coordinator@host/seawall"_s, u"sqlite://x.sqlite"_s,
        u"postgresql://coordinator:secret@host/seawall"_s, u"postgresql://host"_s);
    QTemporaryDir dir;
    const Run run = seawallRun({u"--db"_s, value, u"init"_s}, u"C.UTF-8"_s, dir.path());
    INFO(value.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(value.contains(u"secret"_s) ? u"postgresql://coordinator@host/seawall"_s : value));
    CHECK(run.err.contains(u"postgresql://user@host[:port]/database"_s));
    CHECK_FALSE(run.err.contains(u"secret"_s)); // a password is never echoed
    CHECK(run.out.isEmpty());
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("a --db that names a file with a drive or a colon later stays a file", "[cli]")
{
    // One letter before the colon is a drive (C:/…), not a kind of address.
    QTemporaryDir dir;
    const Run run = seawallRun({u"--db"_s, u"./x:y.sqlite"_s, u"init"_s}, u"C.UTF-8"_s, dir.path());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo::exists(dir.filePath(u"x:y.sqlite"_s)));
}

TEST_CASE("help and version need no display", "[cli]")
{
    const Run help = seawallRun({u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"stats --date"_s));
    const Run version = seawallRun({u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(u"seawall "_s));
}

TEST_CASE("stats --json prints the hand-worked figures", "[cli][figures]")
{
    QString path;
    QTemporaryDir dir;
    path = dir.filePath(u"fixture.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path).ok());
        test::FiguresFixture fixture(db);
    }
    const QJsonObject json = statsJson(path, u"2022-03-15"_s);
    // Worked out by hand from the rows of figuresfixture.cpp, for D = 03-15.
    CHECK(json[u"date"_s].toString() == u"2022-03-15"_s);
    // Active: P1 P2 P4 P5 P6 P8 P9 P11 P13 = 9 (P3 and P12 left on or before
    // D, P7 joins 03-16, P10 is external). Party members among them: P1 P4
    // P8 = 3 (P3 and P10 are members too, but not active).
    CHECK(json[u"personnel"_s][u"active"_s].toInt() == 9);
    CHECK(json[u"personnel"_s][u"party_members"_s].toInt() == 3);
    // Sampled on D: P1 ×2, P2, P4, P10 = 5 records of 4 persons; P4 the
    // only positive = 1. To date: + P1 on 03-14 + P3 on 03-01 = 7.
    CHECK(json[u"tests"_s][u"on_date"_s].toInt() == 5);
    CHECK(json[u"tests"_s][u"persons_on_date"_s].toInt() == 4);
    CHECK(json[u"tests"_s][u"positive_on_date"_s].toInt() == 1);
    CHECK(json[u"tests"_s][u"cumulative"_s].toInt() == 7);
    // First dose: P1 P2 P4 P5 P8 P9 P13 = 7. Full: P1 P2 P9 P13 = 4.
    // Booster by D: P1 (2021-11-01), P5 (2021-12-01) = 2. Exempt on D: P6
    // (from 2021-01-01, no end) = 1; P11's ended 03-01. Rate 4 ÷ (9 − 1).
    CHECK(json[u"vaccination"_s][u"first_dose"_s].toInt() == 7);
    CHECK(json[u"vaccination"_s][u"full"_s].toInt() == 4);
    CHECK(json[u"vaccination"_s][u"booster"_s].toInt() == 2);
    CHECK(json[u"vaccination"_s][u"exempt"_s].toInt() == 1);
    CHECK(json[u"vaccination"_s][u"full_rate"_s].toDouble() == Approx(0.5));
    // Starting on D: P1 08:00–12:00 and P4 22:00–02:00 = 2 shifts, 4 + 4 =
    // 8 h. To date + P1 3.5 h and P13 2 h on the 14th = 13.5 h, by the 3
    // persons P1 P4 P13 (P5's shift is on the 16th).
    CHECK(json[u"volunteers"_s][u"shifts_on_date"_s].toInt() == 2);
    CHECK(json[u"volunteers"_s][u"hours_on_date"_s].toDouble() == Approx(8.0));
    CHECK(json[u"volunteers"_s][u"hours_cumulative"_s].toDouble() == Approx(13.5));
    CHECK(json[u"volunteers"_s][u"people_cumulative"_s].toInt() == 3);
    // JC01 (3 findings), JC02 (2), JC04 (1) by D, JC03 is on the 16th: 3
    // inspections, 3 + 2 + 1 = 6 findings. Rectified by D: 消杀台账不全 = 1
    // (测温记录缺失 only on the 16th); open 6 − 1 = 5; overdue: deadlines
    // 03-08 and 03-14 = 2.
    CHECK(json[u"inspections"_s][u"cumulative"_s].toInt() == 3);
    CHECK(json[u"inspections"_s][u"findings"_s].toInt() == 6);
    CHECK(json[u"inspections"_s][u"findings_rectified"_s].toInt() == 1);
    CHECK(json[u"inspections"_s][u"findings_open"_s].toInt() == 5);
    CHECK(json[u"inspections"_s][u"findings_overdue"_s].toInt() == 2);
    // Expected KF WY CY TL = 4; reported KF WY CY = 3; zero KF " 无 " and CY
    // "NONE" = 2 (WY's evening edition has something); missing 铁路公司.
    CHECK(json[u"daily_reports"_s][u"expected"_s].toInt() == 4);
    CHECK(json[u"daily_reports"_s][u"reported"_s].toInt() == 3);
    CHECK(json[u"daily_reports"_s][u"zero"_s].toInt() == 2);
    CHECK(json[u"daily_reports"_s][u"missing"_s].toArray() == QJsonArray{u"铁路公司"_s});
}

TEST_CASE("stats prints a table in the user's language", "[cli][i18n]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fixture.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path).ok());
        test::FiguresFixture fixture(db);
    }
    const QStringList args{u"--db"_s, path, u"stats"_s, u"--date"_s, u"2022-03-15"_s};
    const Run english = seawallRun(args);
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.contains(u"Active personnel"_s));
    const Run chinese = seawallRun(args, u"zh_CN.UTF-8"_s);
    REQUIRE(chinese.exitCode == 0);
    CHECK(chinese.out.contains(u"在册人员"_s));
    CHECK(chinese.out.contains(u"2022年3月15日"_s));
    CHECK(chinese.out.contains(u"铁路公司"_s));
    CHECK_FALSE(chinese.out.contains(u"Active personnel"_s));
}

TEST_CASE("demo fills a database once and its figures add up", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    const Run demo = seawallRun({u"--db"_s, path, u"demo"_s});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    const Run again = seawallRun({u"--db"_s, path, u"demo"_s});
    CHECK(again.exitCode == 2);
    CHECK(seawallRun({u"--db"_s, path, u"demo"_s, u"--if-empty"_s}).exitCode == 0);

    const QJsonObject f = statsJson(path, QDate::currentDate().toString(Qt::ISODate));
    qint64 personnel = 0;
    qint64 tests = 0;
    qint64 reported = 0;
    qint64 expected = 0;
    for (const QJsonValue &c : f[u"companies"_s].toArray()) {
        personnel += c[u"personnel"_s].toInteger();
        tests += c[u"tests_on_date"_s].toInteger();
        if (!c[u"reported"_s].isNull()) {
            ++expected;
            reported += c[u"reported"_s].toBool() ? 1 : 0;
        }
    }
    CHECK(f[u"companies"_s].toArray().size() == 10); // the group of DOMAIN.md
    CHECK(f[u"personnel"_s][u"active"_s].toInteger() == personnel);
    CHECK(personnel > 2000);
    CHECK(f[u"tests"_s][u"on_date"_s].toInteger() == tests);
    CHECK(tests > 0);
    CHECK(f[u"tests"_s][u"persons_on_date"_s].toInteger() <= tests);
    CHECK(f[u"tests"_s][u"cumulative"_s].toInteger() > tests);
    CHECK(f[u"daily_reports"_s][u"expected"_s].toInteger() == expected);
    CHECK(f[u"daily_reports"_s][u"reported"_s].toInteger() == reported);
    CHECK(f[u"daily_reports"_s][u"missing"_s].toArray().size() == expected - reported);
    CHECK(f[u"daily_reports"_s][u"missing"_s].toArray().size() >= 1);
    const double rate = f[u"vaccination"_s][u"full_rate"_s].toDouble();
    CHECK(rate > 0.0);
    CHECK(rate <= 1.0);
    CHECK(f[u"vaccination"_s][u"full"_s].toInteger() <= f[u"vaccination"_s][u"first_dose"_s].toInteger());
    CHECK(f[u"inspections"_s][u"findings"_s].toInteger()
          == f[u"inspections"_s][u"findings_open"_s].toInteger()
                 + f[u"inspections"_s][u"findings_rectified"_s].toInteger());
}

TEST_CASE("stats --json carries the readiness of files imported on the command line", "[cli][figures][readiness]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fixture.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path).ok());
        test::FiguresFixture fixture(db);
    }
    const auto write = [&dir](const QString &name, const QString &text) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return file.fileName();
    };
    // The fixture's units that report daily: KF 开发公司, WY 物业公司, CY
    // 产业公司, TL 铁路公司; D = 2022-03-15.
    const QStringList files{
        write(u"duty.csv"_s, u"日期,单位,班次,值班人员,联系电话,带班领导\n"
                             "2022-03-15,开发公司,全天,值班甲,13900000001,\n"
                             "2022-03-15,物业公司,白班,值班乙,13900000002,\n"
                             "2022-03-15,物业公司,夜班,值班丙,13900000003,\n"
                             "2022-03-15,产业公司,白班,值班丁,13900000004,\n"_s),
        write(u"stocktakes.csv"_s, u"单位,物资名称,计量单位,盘点日期,库存数量,最低储备\n"
                                   "开发公司,口罩,个,2022-03-01,1000,2000\n"
                                   "开发公司,口罩,个,2022-03-10,2500,\n"
                                   "物业公司,消毒液,瓶,2022-03-14,\"1,500\",2000\n"
                                   "物业公司,消毒液,瓶,2022-03-16,3000,2000\n"
                                   "产业公司,手套,副,2022-03-15,10,\n"_s),
        write(u"trainings.csv"_s, u"单位,姓名,身份证号,培训项目,考试日期,是否合格,证书编号,有效期至\n"
                                  "开发公司,人员P1,32061219850312163X,防护培训,2022-03-01,是,Z1,2022-04-14\n"
                                  "开发公司,人员P1,32061219850312163X,消杀培训,2022-03-01,是,Z2,\n"
                                  "开发公司,人员P2,320612199001011005,防护培训,2022-03-01,是,Z3,2022-04-15\n"
                                  "物业公司,人员P4,320612198812081002,防护培训,2022-03-16,是,Z4,2022-04-01\n"
                                  "物业公司,人员P5,320612199505051000,防护培训,2022-03-01,否,,\n"
                                  "开发公司,人员P3,320612197511201002,防护培训,2022-03-01,是,Z5,2022-03-20\n"
                                  "物业公司,人员P13,320612199912311009,防护培训,2022-03-01,是,Z6,2022-03-15\n"_s),
        write(u"drills.csv"_s, u"日期,单位,演练名称,演练类型,参加人数,情况说明\n"
                               "2022-02-13,开发公司,旧演练,应急处置演练,10,\n"
                               "2022-02-14,物业公司,演练甲,应急处置演练,20,\n"
                               "2022-03-15,铁路公司,演练乙,其他,5,\n"
                               "2022-03-16,产业公司,演练丙,其他,5,\n"_s),
    };
    const Run imported = seawallRun(QStringList{u"--db"_s, path, u"import"_s} + files);
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QJsonObject readiness = statsJson(path, u"2022-03-15"_s)[u"readiness"_s].toObject();
    // Covered on D: KF by 全天, WY by 白班 and 夜班; CY has only 白班, TL
    // nothing. By code, CY before TL.
    CHECK(readiness[u"duty_gaps"_s].toArray() == (QJsonArray{u"产业公司"_s, u"铁路公司"_s}));
    // KF 口罩: stock 2500 (03-10) against the minimum 2000 kept from 03-01;
    // WY 消毒液: 1,500 on 03-14 (the 03-16 count is after D) < 2000; CY 手套
    // has no minimum, never below.
    const QJsonArray below = readiness[u"supplies_below_minimum"_s].toArray();
    REQUIRE(below.size() == 1);
    CHECK(below[0][u"company"_s].toString() == u"物业公司"_s);
    CHECK(below[0][u"item"_s].toString() == u"消毒液"_s);
    CHECK(below[0][u"quantity"_s].toDouble() == 1500);
    CHECK(below[0][u"minimum"_s].toDouble() == 2000);
    // Certify on D: P1 (two records), P2, P13 (valid until D itself) = 3
    // persons; not P4 (exam after D), P5 (failed), P3 (left on 03-10).
    // Expiring within D + 1 … D + 30 = 03-16 … 04-14: P1's 防护培训 only
    // (P2's 04-15 is D + 31; P13's is D).
    CHECK(readiness[u"certified"_s].toInt() == 3);
    CHECK(readiness[u"certificates_expiring"_s].toInt() == 1);
    // Drills on or before D: 02-13, 02-14, 03-15 = 3; within D − 29 … D =
    // 02-14 … 03-15: WY's and TL's = 2; so KF and CY held none.
    CHECK(readiness[u"drills_cumulative"_s].toInt() == 3);
    CHECK(readiness[u"drills_last_30_days"_s].toInt() == 2);
    CHECK(readiness[u"companies_without_drill"_s].toArray() == (QJsonArray{u"产业公司"_s, u"开发公司"_s}));
}
