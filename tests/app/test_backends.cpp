// SPDX-License-Identifier: GPL-3.0-or-later
// The same `seawall` on both back ends: the sample files give the same
// figures, and a messy file the same bad rows, in a file and on the
// PostgreSQL test server (registered with the postgresql label only).
#include "runprogram.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {


using test::Run;

Run runSeawall(const QString &db, const QStringList &arguments, const QByteArray &input = {})
{
    test::RunOptions options;
    options.input = input;
    return test::runSeawall(QStringList{u"--db"_s, db} + arguments, options);
}

QJsonObject json(const Run &run)
{
    INFO(run.err.toStdString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.bytes, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

// Both databases: a file, and a fresh database on the test server.
struct Both
{
    Both() : file(server.dir.filePath(u"seawall.sqlite"_s))
    {
        REQUIRE_FALSE(test::testServer().isEmpty()); // never SQLite twice
        REQUIRE(server.db.backend() == SqlBackend::Postgresql);
    }
    test::TempDatabase server;
    QString file;
};

} // namespace

TEST_CASE("the sample files give the same stats on both back ends on three days", "[backends][postgresql-only]")
{
    Both both;
    QStringList samples;
    // Companies and personnel first, as a group sends them.
    const QDir dir(QStringLiteral(SEAWALL_SAMPLES));
    samples << dir.filePath(u"companies.csv"_s) << dir.filePath(u"personnel.csv"_s);
    for (const QString &name : dir.entryList({u"*.csv"_s}, QDir::Files, QDir::Name))
        if (!samples.contains(dir.filePath(name)))
            samples << dir.filePath(name);
    REQUIRE(samples.size() == 14); // every kind of file a unit sends, people on the move included

    for (const QString &db : {both.file, both.server.path}) {
        const Run imported = runSeawall(db, QStringList{u"import"_s} + samples);
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }
    // The first sampling day, the middle of the month and the last day of
    // the tests file (2022-03-01 … 2022-03-21).
    for (const QString &date : {u"2022-03-01"_s, u"2022-03-15"_s, u"2022-03-21"_s}) {
        INFO(date.toStdString());
        const QJsonObject onFile = json(runSeawall(both.file, {u"stats"_s, u"--date"_s, date, u"--json"_s}));
        const QJsonObject onServer = json(runSeawall(both.server.path, {u"stats"_s, u"--date"_s, date, u"--json"_s}));
        CHECK(onFile.value(u"date"_s).toString() == date);
        CHECK(onFile.value(u"tests"_s).toObject().value(u"cumulative"_s).toInteger() > 0);
        CHECK(onServer == onFile);
        if (onServer != onFile) {
            UNSCOPED_INFO(QJsonDocument(onFile).toJson().toStdString());
            UNSCOPED_INFO(QJsonDocument(onServer).toJson().toStdString());
        }
    }
}

TEST_CASE("a messy file names the same bad rows on both back ends", "[backends][postgresql-only]")
{
    Both both;
    const QDir dir(QStringLiteral(SEAWALL_SAMPLES));
    // GB18030, a title row above the header, an ID number Excel turned into
    // a number, a day that is not a date, and one good row (秦鹏文 of the
    // roster). Lines by hand: 1 the title, 2 the header, 3 the good row,
    // 4 the damaged ID, 5 the bad date.
    const QString text = u"核酸检测结果汇总表\n"
                         u"单位,姓名,身份证号,采样日期,采样点,检测结果\n"
                         u"产业公司,秦鹏文,320612198311208861,2022-03-22,通州湾社区,阴性\n"
                         u"滨江公司,龚雪,3.20612E+17,2022-03-22,通州湾社区,阴性\n"
                         u"滨江公司,龚雪,320612200002105519,2022-03-32,通州湾社区,阴性\n"_s;
    QStringEncoder gb18030("GB18030");
    const QByteArray bytes = gb18030.encode(text);
    REQUIRE_FALSE(gb18030.hasError());
    const QString messy = test::writeFile(both.server.dir.filePath(u"messy.csv"_s), bytes);

    QList<QJsonObject> reports;
    for (const QString &db : {both.file, both.server.path}) {
        const Run roster = runSeawall(db, {u"import"_s, dir.filePath(u"companies.csv"_s), dir.filePath(u"personnel.csv"_s)});
        REQUIRE(roster.exitCode == 0);
        const Run run = runSeawall(db, {u"import"_s, u"--json"_s, messy});
        CHECK(run.exitCode == 2); // rows rejected: nothing written
        const QJsonObject report = json(run);
        CHECK_FALSE(report.value(u"committed"_s).toBool());
        const QJsonObject file = report.value(u"files"_s).toArray().at(0).toObject();
        CHECK(file.value(u"encoding"_s).toString() == u"GB18030"_s);
        CHECK(file.value(u"rejected"_s).toInt() == 2);
        QList<int> lines;
        QStringList columns;
        for (const QJsonValue &error : file.value(u"errors"_s).toArray()) {
            lines << error.toObject().value(u"line"_s).toInt();
            columns << error.toObject().value(u"column"_s).toString();
        }
        CHECK(lines == QList<int>{4, 5});
        CHECK(columns == QStringList{u"id_number"_s, u"sampled_on"_s});
        reports << file;
    }
    CHECK(reports.at(0).value(u"errors"_s) == reports.at(1).value(u"errors"_s));
}

TEST_CASE("init --roles makes the roles on a server, twice alike, and is refused for a file", "[backends][roles][postgresql-only]")
{
    Both both;
    const Run file = runSeawall(both.file, {u"init"_s, u"--roles"_s});
    CHECK(file.exitCode == 1);
    CHECK(file.err.contains(u"init --roles is for a database on a PostgreSQL server"_s));
    CHECK_FALSE(QFile::exists(both.file));
    for (int time = 0; time < 2; ++time) {
        const Run server = runSeawall(both.server.path, {u"init"_s, u"--roles"_s});
        INFO(server.err.toStdString());
        CHECK(server.exitCode == 0);
        CHECK(server.out.contains(u"seawall_viewer"_s));
    }
}

TEST_CASE("user add, list and remove keep a server's users, and a coordinator is refused", "[backends][roles][postgresql-only]")
{
    Both both;
    REQUIRE(runSeawall(both.server.path, {u"init"_s, u"--roles"_s}).exitCode == 0);
    const QString name = u"sw_cli_%1"_s.arg(QCoreApplication::applicationPid());
    // The password never on the command line: without a terminal, from
    // standard input when told so, else refused.
    const Run unasked = runSeawall(both.server.path, {u"user"_s, u"add"_s, name, u"--role"_s, u"coordinator"_s});
    CHECK(unasked.exitCode == 1);
    CHECK(unasked.err.contains(u"--password-stdin"_s));
    const Run added = runSeawall(both.server.path,
                                 {u"user"_s, u"add"_s, name, u"--role"_s, u"coordinator"_s, u"--password-stdin"_s},
                                 "secret\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const Run listed = runSeawall(both.server.path, {u"user"_s, u"list"_s});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.split(u'\n').contains(name + u"\tcoordinator"_s));

    // The coordinator, logged in, may not add anyone: the server says no.
    DatabaseAddress address = DatabaseAddress::parse(both.server.path).value();
    address.user = name;
    const Run refused = runSeawall(address.display(), {u"user"_s, u"add"_s, name + u"_2"_s, u"--role"_s, u"admin"_s,
                                                       u"--password-stdin"_s},
                                   "secret\n");
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(u"Only an administrator"_s));

    CHECK(runSeawall(both.server.path, {u"user"_s, u"remove"_s, name}).exitCode == 0);
    CHECK_FALSE(runSeawall(both.server.path, {u"user"_s, u"list"_s}).out.contains(name));
    CHECK(runSeawall(both.server.path, {u"user"_s, u"remove"_s, name}).exitCode == 3);
}
