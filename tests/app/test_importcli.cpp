// SPDX-License-Identifier: GPL-3.0-or-later
// `seawall import`, `imports` and `csv` as a user runs them.
#include "core/util/username.h"
#include "runprogram.h"
#include "testdb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {


using test::Run;

Run runSeawall(const QStringList &arguments, const QString &locale = u"C.UTF-8"_s)
{
    test::RunOptions options;
    options.locale = locale;
    return test::runSeawall(arguments, options);
}

QJsonObject json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

QString data(const QString &relative) { return QStringLiteral(SEAWALL_TEST_DATA) + u"/import/"_s + relative; }

QStringList keys(const QJsonObject &object)
{
    QStringList list = object.keys();
    list.sort();
    return list;
}

} // namespace

TEST_CASE("import --json reports each file and exits 2 when rows are rejected", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    REQUIRE(runSeawall({u"--db"_s, db, u"import"_s, data(u"base/personnel.csv"_s), data(u"base/companies.csv"_s)})
                .exitCode
            == 0);
    const Run run = runSeawall({u"--db"_s, db, u"import"_s, u"--json"_s, data(u"excel_id/input.csv"_s)});
    CHECK(run.exitCode == 2);
    const QJsonObject result = json(run);
    CHECK(keys(result) == QStringList{u"committed"_s, u"files"_s});
    CHECK(result[u"committed"_s].toBool() == false);
    const QJsonObject file = result[u"files"_s].toArray().at(0).toObject();
    CHECK(keys(file)
          == QStringList{u"delimiter"_s, u"encoding"_s, u"errors"_s,    u"file"_s,    u"inserted"_s, u"kind"_s,
                         u"rejected"_s,  u"repeated"_s, u"rows"_s,      u"unchanged"_s, u"updated"_s, u"warnings"_s});
    CHECK(file[u"kind"_s].toString() == u"tests"_s);
    CHECK(file[u"rows"_s].toInt() == 3);
    CHECK(file[u"rejected"_s].toInt() == 1);
    const QJsonObject error = file[u"errors"_s].toArray().at(0).toObject();
    CHECK(error[u"line"_s].toInt() == 3);
    CHECK(error[u"column"_s].toString() == u"id_number"_s);
    CHECK(error[u"message"_s].toString().contains(u"text"_s));

    const Run skipped = runSeawall({u"--db"_s, db, u"import"_s, u"--json"_s, u"--skip-invalid"_s,
                                 data(u"excel_id/input.csv"_s)});
    CHECK(skipped.exitCode == 0);
    CHECK(json(skipped)[u"committed"_s].toBool());
}

TEST_CASE("an import of a workbook that cannot be unpacked says so, and not to correct rows", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    // xl/styles.xml's deflate stream is broken (tests/fuzz/corpus).
    const QString damaged
        = QStringLiteral(SEAWALL_TEST_DATA) + u"/../fuzz/corpus/workbook_styles_damaged_deflate.xlsx"_s;
    const Run run = runSeawall({u"--db"_s, db, u"import"_s, damaged});
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.out.contains(u"xl/styles.xml"_s));
    CHECK(run.out.contains(u"Nothing was imported: a file above cannot be read."_s));
    CHECK_FALSE(run.out.contains(u"--skip-invalid"_s));
}

TEST_CASE("imports lists the batches and import --undo undoes one", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    REQUIRE(runSeawall({u"--db"_s, db, u"import"_s, data(u"base/companies.csv"_s), data(u"base/personnel.csv"_s)})
                .exitCode
            == 0);
    const Run list = runSeawall({u"--db"_s, db, u"imports"_s, u"--json"_s});
    CHECK(list.exitCode == 0);
    const QJsonArray batches = json(list)[u"imports"_s].toArray();
    REQUIRE(batches.size() == 2);
    // Newest first: the roster, imported after the companies it needs.
    const QJsonObject roster = batches.at(0).toObject();
    CHECK(roster[u"kind"_s].toString() == u"personnel"_s);
    CHECK(roster[u"file"_s].toString() == u"personnel.csv"_s);
    CHECK(roster[u"company"_s].toString() == u"海通公司"_s);
    CHECK(roster[u"inserted"_s].toInt() == 3);
    CHECK(roster[u"sha256"_s].toString().size() == 64);

    const Run text = runSeawall({u"--db"_s, db, u"imports"_s});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(u"personnel.csv"_s));

    const QString id = QString::number(roster[u"id"_s].toInteger());
    const Run undo = runSeawall({u"--db"_s, db, u"import"_s, u"--undo"_s, id});
    CHECK(undo.exitCode == 0);
    const QJsonArray after = json(runSeawall({u"--db"_s, db, u"imports"_s, u"--json"_s}))[u"imports"_s].toArray();
    CHECK(after.at(0).toObject()[u"undone_at"_s].isString());
    CHECK(runSeawall({u"--db"_s, db, u"import"_s, u"--undo"_s, id}).exitCode == 2); // twice is refused
    CHECK(runSeawall({u"--db"_s, db, u"import"_s, u"--undo"_s, u"x"_s}).exitCode == 1);
}

TEST_CASE("csv --json shows how a GB18030 file with a title row is read", "[cli][csv]")
{
    const Run run = runSeawall({u"csv"_s, u"--json"_s, data(u"gb18030_title_total/input.csv"_s)});
    CHECK(run.exitCode == 0);
    const QJsonObject result = json(run);
    CHECK(keys(result)
          == QStringList{u"columns"_s, u"delimiter"_s, u"encoding"_s, u"header_line"_s, u"records"_s});
    CHECK(result[u"encoding"_s].toString() == u"GB18030"_s);
    CHECK(result[u"delimiter"_s].toString() == u","_s);
    CHECK(result[u"header_line"_s].toInt() == 2);
    const QJsonArray columns = result[u"columns"_s].toArray();
    REQUIRE(columns.size() == 5);
    CHECK(columns.at(0).toObject()[u"header"_s].toString() == u"单位"_s);
    CHECK(columns.at(0).toObject()[u"maps_to"_s].toString() == u"company"_s);
    CHECK(columns.at(3).toObject()[u"maps_to"_s].toString() == u"sampled_on"_s);
    const QJsonArray records = result[u"records"_s].toArray(); // the 合计 row is not a record
    REQUIRE(records.size() == 3);
    CHECK(records.at(0).toObject()[u"采样日期"_s].toString() == u"2022年3月15日"_s);
    CHECK(records.at(2).toObject()[u"检测结果"_s].toString() == u"阳性"_s);

    const Run text = runSeawall({u"csv"_s, data(u"utf16_tab/input.csv"_s)});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(u"UTF-16LE"_s));
    // The columns by the names a user knows, not those of the database.
    const Run described = runSeawall({u"csv"_s, data(u"gb18030_title_total/input.csv"_s)});
    CHECK(described.exitCode == 0);
    INFO(described.out.toStdString());
    CHECK(described.out.contains(u"采样日期 → Sampled on\n"_s));
    CHECK_FALSE(described.out.contains(u"sampled_on"_s));
    const Run chinese = runSeawall({u"csv"_s, data(u"gb18030_title_total/input.csv"_s)}, u"zh_CN.UTF-8"_s);
    CHECK(chinese.exitCode == 0);
    INFO(chinese.out.toStdString());
    CHECK(chinese.out.contains(u"采样日期 → 采样日期\n"_s));
    CHECK(chinese.out.contains(u"身份证号 → 身份证号\n"_s));
}

TEST_CASE("template writes a blank workbook that csv describes sheet by sheet", "[cli][template]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"tests.xlsx"_s);
    const Run written = runSeawall({u"template"_s, u"--kind"_s, u"tests"_s, out});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QJsonObject described = json(runSeawall({u"csv"_s, out, u"--json"_s}));
    CHECK(described.value(u"encoding"_s).toString() == u"xlsx"_s);
    // The kind's sheet, then 填表说明; a title row above the header.
    CHECK(described.value(u"sheets"_s).toArray().size() == 2);
    CHECK(described.value(u"sheets"_s).toArray().at(1).toString() == u"填表说明"_s);
    CHECK(described.value(u"header_line"_s).toInt() == 2);
    const QJsonArray columns = described.value(u"columns"_s).toArray();
    REQUIRE(columns.size() == 7);
    CHECK(columns.at(2).toObject().value(u"header"_s).toString() == u"*身份证号"_s);
    CHECK(columns.at(2).toObject().value(u"maps_to"_s).toString() == u"id_number"_s);
    CHECK(described.value(u"records"_s).toArray().isEmpty());

    CHECK(runSeawall({u"template"_s, u"--kind"_s, u"nonsense"_s, out}).exitCode == 1);
    CHECK(runSeawall({u"template"_s, out}).exitCode == 1);
}

TEST_CASE("an import into a day whose evening briefing was printed exits 2 until unlock, and audit --json shows it",
          "[cli][import][audit]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    const QString companies = test::writeFile(dir.filePath(u"companies.csv"_s), "单位编码,单位名称\nBJ,滨江公司\n");
    REQUIRE(runSeawall({u"--db"_s, db, u"import"_s, companies}).exitCode == 0);
    // The morning edition locks nothing; the evening one locks 2022-03-15.
    const QString pdf = dir.filePath(u"briefing.pdf"_s);
    for (const QString &edition : {u"morning"_s, u"evening"_s}) {
        const Run printed = runSeawall({u"--db"_s, db, u"briefing"_s, u"--date"_s, u"2022-03-15"_s, u"--edition"_s,
                                        edition, u"--pdf"_s, pdf});
        INFO(printed.err.toStdString());
        REQUIRE(printed.exitCode == 0);
    }

    // Line 3 is the printed day, in the file's column 日期 (canonical date).
    const QString reports = test::writeFile(dir.filePath(u"reports.csv"_s),
                                            "日期,单位,在岗人数\n2022-03-14,滨江公司,10\n2022-03-15,滨江公司,12\n");
    const Run refused = runSeawall({u"--db"_s, db, u"import"_s, u"--json"_s, reports});
    CHECK(refused.exitCode == 2);
    const QJsonObject file = json(refused)[u"files"_s].toArray().at(0).toObject();
    CHECK(file[u"rejected"_s].toInt() == 1);
    const QJsonObject error = file[u"errors"_s].toArray().at(0).toObject();
    CHECK(error[u"line"_s].toInt() == 3);
    CHECK(error[u"column"_s].toString() == u"date"_s);
    // Named by its field, as a row's other problems are.
    CHECK(error[u"message"_s].toString().startsWith(u"Report date: 2022-03-15 is locked"_s));

    // A reason is required.
    CHECK(runSeawall({u"--db"_s, db, u"unlock"_s, u"--date"_s, u"2022-03-15"_s}).exitCode == 1);
    REQUIRE(runSeawall({u"--db"_s, db, u"unlock"_s, u"--date"_s, u"2022-03-15"_s, u"--reason"_s, u"滨江公司补报"_s})
                .exitCode
            == 0);
    REQUIRE(runSeawall({u"--db"_s, db, u"import"_s, reports}).exitCode == 0);

    const Run audit = runSeawall({u"--db"_s, db, u"audit"_s, u"--json"_s});
    REQUIRE(audit.exitCode == 0);
    const QJsonObject log = json(audit);
    CHECK(keys(log) == QStringList{u"entries"_s});
    const QJsonArray entries = log[u"entries"_s].toArray();
    // The companies file, the lock, the unlock, the reports file: the
    // refused import left nothing.
    REQUIRE(entries.size() == 4);
    QStringList actions;
    for (const QJsonValue &entry : entries)
        actions << entry.toObject()[u"action"_s].toString();
    CHECK(actions == QStringList{u"import"_s, u"lock"_s, u"unlock"_s, u"import"_s});
    const QJsonObject unlock = entries.at(2).toObject();
    CHECK(keys(unlock)
          == QStringList{u"action"_s, u"after"_s, u"batch"_s, u"before"_s, u"entity"_s, u"key"_s, u"reason"_s,
                         u"time"_s, u"user"_s});
    CHECK(unlock[u"key"_s].toString() == u"2022-03-15"_s);
    CHECK(unlock[u"reason"_s].toString() == u"滨江公司补报"_s);
    CHECK(unlock[u"before"_s].toObject()[u"issue_number"_s].toInt() == 2); // the morning one was No. 1
    CHECK(unlock[u"after"_s].isNull());
    CHECK(unlock[u"batch"_s].isNull());
    CHECK(unlock[u"user"_s].toString() == currentUserName()); // the same environment as this test
    const QJsonObject imported = entries.at(3).toObject();
    CHECK(imported[u"after"_s].toObject()[u"inserted"_s].toInt() == 2);
    CHECK(imported[u"batch"_s].toInt() > 0);

    // --since after today: nothing.
    const Run none = runSeawall({u"--db"_s, db, u"audit"_s, u"--json"_s, u"--since"_s,
                                 QDate::currentDate().addDays(1).toString(Qt::ISODate)});
    CHECK(json(none)[u"entries"_s].toArray().isEmpty());
}

TEST_CASE("purge does nothing without --confirm, and with it leaves no name in the file", "[cli][purge]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    const QString companies = test::writeFile(dir.filePath(u"companies.csv"_s), "单位编码,单位名称\nBJ,滨江公司\n");
    const QString roster = test::writeFile(dir.filePath(u"roster.csv"_s),
                                           "单位,姓名,身份证号,手机号\n滨江公司,秦雪梅,32061219850312163X,13912345678\n");
    REQUIRE(runSeawall({u"--db"_s, db, u"import"_s, companies, roster}).exitCode == 0);
    const auto bytes = [&db] {
        QFile file(db);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    CHECK(runSeawall({u"--db"_s, db, u"purge"_s}).exitCode == 1);
    CHECK(bytes().contains(u"秦雪梅"_s.toUtf8()));
    const Run purged = runSeawall({u"--db"_s, db, u"purge"_s, u"--confirm"_s});
    INFO(purged.err.toStdString());
    REQUIRE(purged.exitCode == 0);
    for (const QString &secret : {u"秦雪梅"_s, u"32061219850312163X"_s, u"13912345678"_s})
        CHECK_FALSE(bytes().contains(secret.toUtf8()));
    // The company stays, and the log says what was done.
    const QJsonArray entries = json(runSeawall({u"--db"_s, db, u"audit"_s, u"--json"_s}))[u"entries"_s].toArray();
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.last().toObject()[u"action"_s].toString() == u"purge"_s);
    CHECK(bytes().contains(u"滨江公司"_s.toUtf8()));
}
