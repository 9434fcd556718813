// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log: an edit, its undo and redo, an import and its undo leave
// their lines; the database refuses to change them. Printed days: a change
// of a record dated on a day whose evening briefing was printed is refused
// until the day is unlocked with a reason.
#include "core/audit/auditlog.h"
#include "core/audit/daylocks.h"
#include "core/audit/purge.h"
#include "core/briefing/briefingstore.h"
#include "core/db/companyrepository.h"
#include "core/edit/edits.h"
#include "core/figures/figuresengine.h"
#include "core/figures/figuresformat.h"
#include "core/import/importer.h"
#include "core/import/importundo.h"
#include "core/db/repository.h"
#include "core/model/dailyreport.h"
#include "core/util/username.h"
#include "figuresfixture.h"
#include "testdb.h"

#include <QFile>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QList<AuditEntry> lines(Database &db)
{
    const auto found = AuditLog::entries(db, {}, {});
    REQUIRE(found.ok());
    return found.value();
}

QJsonObject object(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

Company company(const QString &code, const QString &name)
{
    Company c;
    c.code = code;
    c.name = name;
    return c;
}

// Prints (keeps as printed) the briefing of `date` in `edition`.
void print(Database &db, const QDate &date, ReportEdition edition)
{
    Briefing briefing;
    briefing.date = date;
    briefing.edition = edition;
    briefing.printedBy = u"tester"_s;
    REQUIRE(BriefingStore(db).save(briefing).ok());
}

} // namespace

TEST_CASE("an edit, its undo and its redo each leave a line with the values before and after", "[audit][edit]")
{
    test::TempDatabase t;
    REQUIRE(Edits::save(t.db, company(u"BJ"_s, u"滨江公司"_s)).ok());
    Company bj = *CompanyRepository(t.db).findByCode(u"BJ"_s);
    bj.contactPerson = u"张三"_s;
    auto edited = Edits::save(t.db, bj);
    REQUIRE(edited.ok());
    REQUIRE(edited.value());
    REQUIRE(edited.value()->undo(t.db).ok());
    REQUIRE(edited.value()->redo(t.db).ok());

    // Four lines: the company added, its contact set, unset by the undo,
    // set again by the redo; each by whoever runs the test.
    const QList<AuditEntry> log = lines(t.db);
    REQUIRE(log.size() == 4);
    for (const AuditEntry &line : log) {
        CHECK(line.entity == u"company"_s);
        CHECK(line.key == u"BJ"_s); // the company's natural key, its code
        CHECK(line.user == test::changer(t.db));
        CHECK(line.time.date() == QDate::currentDate());
        CHECK(line.batch == 0);
    }
    CHECK(log.at(0).action == u"add"_s);
    CHECK(log.at(0).before.isEmpty());
    CHECK(object(log.at(0).after).value(u"name"_s).toString() == u"滨江公司"_s);
    CHECK(object(log.at(0).after).value(u"code"_s).toString() == u"BJ"_s);

    // An edit names only what it changed.
    CHECK(log.at(1).action == u"edit"_s);
    CHECK(object(log.at(1).before) == QJsonObject{{u"contact_person"_s, u""_s}});
    CHECK(object(log.at(1).after) == QJsonObject{{u"contact_person"_s, u"张三"_s}});
    CHECK(log.at(2).action == u"undo"_s);
    CHECK(object(log.at(2).before) == QJsonObject{{u"contact_person"_s, u"张三"_s}});
    CHECK(object(log.at(2).after) == QJsonObject{{u"contact_person"_s, u""_s}});
    CHECK(log.at(3).action == u"redo"_s);
    CHECK(object(log.at(3).before) == QJsonObject{{u"contact_person"_s, u""_s}});
    CHECK(object(log.at(3).after) == QJsonObject{{u"contact_person"_s, u"张三"_s}});

    // A delete keeps the whole record as it was.
    REQUIRE(Edits::remove(t.db, EntityKind::Company, {bj.id}).ok());
    const AuditEntry deleted = lines(t.db).last();
    CHECK(deleted.action == u"delete"_s);
    CHECK(deleted.after.isEmpty());
    CHECK(object(deleted.before).value(u"contact_person"_s).toString() == u"张三"_s);
}

TEST_CASE("an import leaves a line with its counts and one for each record it changed, its undo one more",
          "[audit][import]")
{
    test::TempDatabase t;
    const QString first = test::writeFile(t.dir.filePath(u"companies.csv"_s),
                                          "单位编码,单位名称,上级单位编码\nYH,沿海集团,\nBJ,滨江公司,YH\n");
    const ImportResult added = Importer(t.db).run({first}, {});
    REQUIRE(added.committed);
    const qint64 firstBatch = added.files.at(0).batchId;
    // Two companies added: counted on the file's line, not listed.
    QList<AuditEntry> log = lines(t.db);
    REQUIRE(log.size() == 1);
    CHECK(log.at(0).action == u"import"_s);
    CHECK(log.at(0).entity == u"import_batch"_s);
    CHECK(log.at(0).key == u"companies.csv"_s);
    CHECK(log.at(0).batch == firstBatch);
    CHECK(object(log.at(0).after).value(u"inserted"_s).toInt() == 2);
    CHECK(object(log.at(0).after).value(u"rows"_s).toInt() == 2);

    // A second file renames BJ: a line for the record, then the file's.
    const QString second = test::writeFile(t.dir.filePath(u"renamed.csv"_s),
                                           "单位编码,单位名称,上级单位编码\nBJ,滨江分公司,YH\n");
    const ImportResult renamed = Importer(t.db).run({second}, {});
    REQUIRE(renamed.committed);
    const qint64 secondBatch = renamed.files.at(0).batchId;
    log = lines(t.db);
    REQUIRE(log.size() == 3);
    CHECK(log.at(1).action == u"import"_s);
    CHECK(log.at(1).entity == u"company"_s);
    CHECK(log.at(1).key == u"BJ"_s);
    CHECK(log.at(1).batch == secondBatch);
    CHECK(object(log.at(1).before) == QJsonObject{{u"name"_s, u"滨江公司"_s}});
    CHECK(object(log.at(1).after) == QJsonObject{{u"name"_s, u"滨江分公司"_s}});
    CHECK(log.at(2).entity == u"import_batch"_s);
    CHECK(object(log.at(2).after).value(u"updated"_s).toInt() == 1);

    // Undone: one line naming the batch and what it had done.
    REQUIRE(ImportUndo(t.db).undo(secondBatch).ok());
    log = lines(t.db);
    REQUIRE(log.size() == 4);
    CHECK(log.at(3).action == u"import_undo"_s);
    CHECK(log.at(3).batch == secondBatch);
    CHECK(log.at(3).key == u"renamed.csv"_s);
    CHECK(object(log.at(3).before).value(u"updated"_s).toInt() == 1);

    // An import that is refused writes no line at all.
    const QString bad = test::writeFile(t.dir.filePath(u"bad.csv"_s), "单位编码,单位名称,上级单位编码\n,无编码,\n");
    REQUIRE_FALSE(Importer(t.db).run({bad}, {}).committed);
    CHECK(lines(t.db).size() == 4);

    // A row sent twice in one file changes a record the file itself added:
    // only the file's line.
    const QString twice = test::writeFile(t.dir.filePath(u"twice.csv"_s),
                                          "单位编码,单位名称,上级单位编码\nHT,海通公司,YH\nHT,海通分公司,YH\n");
    REQUIRE(Importer(t.db).run({twice}, {}).committed);
    log = lines(t.db);
    REQUIRE(log.size() == 5);
    CHECK(log.at(4).entity == u"import_batch"_s);
    CHECK(log.at(4).key == u"twice.csv"_s);
}

TEST_CASE("the database refuses to change or delete a line of the audit log", "[audit][constraints]")
{
    test::TempDatabase t;
    REQUIRE(Edits::save(t.db, company(u"BJ"_s, u"滨江公司"_s)).ok());
    QSqlQuery query(t.db.connection());
    CHECK_FALSE(query.exec(u"UPDATE audit_log SET user_name = 'someone else'"_s));
    CHECK(query.lastError().text().contains(u"audit log cannot be changed"_s));
    CHECK_FALSE(query.exec(u"DELETE FROM audit_log"_s));
    CHECK(query.lastError().text().contains(u"audit log cannot be changed"_s));
    REQUIRE(query.exec(u"SELECT count(*), min(user_name) FROM audit_log"_s));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    CHECK(query.value(1).toString() == test::changer(t.db));
}

TEST_CASE("an import into a day whose evening briefing was printed is refused by line and column until unlocked",
          "[audit][locks][import]")
{
    test::TempDatabase t;
    REQUIRE(Edits::save(t.db, company(u"BJ"_s, u"滨江公司"_s)).ok());
    const QDate printed(2022, 3, 15);
    // The morning edition locks nothing; the evening one locks its day.
    print(t.db, printed, ReportEdition::Morning);
    CHECK_FALSE(DayLocks::find(t.db, printed));
    print(t.db, printed, ReportEdition::Evening);
    const auto lock = DayLocks::find(t.db, printed);
    REQUIRE(lock);
    CHECK(lock->issueNumber == 2); // the morning one was No. 1

    // Line 2 is the day before, line 3 the printed day: 3 is refused in its
    // date column, and nothing is written.
    const QString path = test::writeFile(t.dir.filePath(u"reports.csv"_s),
                                         "日期,单位,在岗人数\n2022-03-14,滨江公司,10\n2022-03-15,滨江公司,12\n");
    const ImportResult refused = Importer(t.db).run({path}, {});
    CHECK_FALSE(refused.committed);
    REQUIRE(refused.files.at(0).errors.size() == 1);
    const ImportProblem problem = refused.files.at(0).errors.at(0);
    CHECK(problem.line == 3);
    CHECK(problem.column == u"date"_s);
    CHECK(problem.message.contains(u"2022-03-15"_s));
    CHECK(problem.message.contains(u"No. 2"_s));
    CHECK(Repository<DailyReport>(t.db).where(u"1 = 1"_s).empty());

    // A form's save of a record of that day is refused the same way.
    DailyReport report;
    report.companyId = CompanyRepository(t.db).findByCode(u"BJ"_s)->id;
    report.date = printed;
    const auto saved = Edits::save(t.db, report);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(u"2022-03-15"_s));
    CHECK(saved.error().field == u"date"_s); // the form shows it under its date

    // Unlocked with a reason (none is refused), the same file goes through.
    CHECK_FALSE(DayLocks::unlock(t.db, printed, u"  "_s).ok());
    REQUIRE(DayLocks::unlock(t.db, printed, u"海润水务补报"_s).ok());
    const ImportResult through = Importer(t.db).run({path}, {});
    CHECK(through.committed);
    CHECK(Repository<DailyReport>(t.db).where(u"1 = 1"_s).size() == 2);

    const QList<AuditEntry> log = lines(t.db);
    QStringList actions;
    for (const AuditEntry &line : log)
        actions << line.action;
    // add BJ, lock, unlock, import: the refused ones left nothing.
    CHECK(actions == QStringList{u"add"_s, u"lock"_s, u"unlock"_s, u"import"_s});
    CHECK(log.at(2).key == u"2022-03-15"_s);
    CHECK(log.at(2).reason == u"海润水务补报"_s);

    // The next evening print locks it again.
    print(t.db, printed, ReportEdition::Evening);
    CHECK(DayLocks::find(t.db, printed));
    // Undoing the import would delete its report of that day: refused, and
    // both reports stay.
    const Status undone = ImportUndo(t.db).undo(through.files.at(0).batchId);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().message.contains(u"2022-03-15"_s));
    CHECK(Repository<DailyReport>(t.db).where(u"1 = 1"_s).size() == 2);
}

// SQLite only: the purge rewrites the file (VACUUM) and its bytes are read.
TEST_CASE("after the purge the figures of a day are unchanged and no real name or number remains in the file",
          "[audit][purge][sqlite-only]")
{
    test::TempDatabase t;
    test::FiguresFixture fixture(t.db);
    const QDate day = test::FiguresFixture::day();
    // A name and a phone number edited (the audit log keeps them), a name
    // changed by an import (the import keeps the one before to undo it).
    Person p4 = *Repository<Person>(t.db).find(fixture.person.value(u"P4"_s));
    p4.name = u"秦雪梅"_s;
    p4.phone = u"13912345678"_s;
    REQUIRE(Edits::save(t.db, p4).ok());
    const QString roster = test::writeFile(t.dir.filePath(u"roster.csv"_s),
                                           "单位,姓名,身份证号\n物业公司,龚文博,320612199505051000\n");
    const ImportResult renamed = Importer(t.db).run({roster}, {});
    REQUIRE(renamed.committed);
    REQUIRE(Repository<Person>(t.db).find(fixture.person.value(u"P5"_s))->name == u"龚文博"_s);
    const Result<Figures> before = FiguresEngine(t.db).compute(day);
    REQUIRE(before.ok());

    REQUIRE(Purge::personalData(t.db).ok());
    const Result<Figures> after = FiguresEngine(t.db).compute(day);
    REQUIRE(after.ok());
    CHECK(FiguresFormat::toJson(after.value()) == FiguresFormat::toJson(before.value()));
    // Persons keep their records under a pseudonym; the phone is gone.
    const Person purged = *Repository<Person>(t.db).find(p4.id);
    CHECK(purged.name == u"人员 %1"_s.arg(p4.id));
    CHECK(purged.idNumber == u"X%1"_s.arg(p4.id, 17, 10, QChar(u'0')));
    CHECK(purged.phone.isEmpty());
    CHECK(purged.companyId == p4.companyId);
    // The purge is a line of the log, which still refuses changes.
    CHECK(lines(t.db).last().action == u"purge"_s);
    QSqlQuery query(t.db.connection());
    CHECK_FALSE(query.exec(u"DELETE FROM audit_log"_s));
    t.db.close();

    // Not one of the names (人员P1 … 人员P13 of the fixture, the two set
    // above), phone or ID numbers (all of the fixture's begin 320612) is in
    // the file's bytes, nor in a write-ahead log.
    QByteArray bytes;
    for (const QString &path : {t.path, t.path + u"-wal"_s}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    REQUIRE(bytes.size() > 4096);
    for (const QString &secret : {u"人员P"_s, u"秦雪梅"_s, u"龚文博"_s, u"13912345678"_s, u"320612"_s})
        CHECK_FALSE(bytes.contains(secret.toUtf8()));
}
