// SPDX-License-Identifier: GPL-3.0-or-later
// A recorded edit can be undone and redone: rows come back whole, with
// their ids, across the tables one edit reaches.
#include "core/db/companyrepository.h"
#include "core/db/repository.h"
#include "core/model/inspection.h"
#include "core/db/personrepository.h"
#include "core/model/vaccination.h"
#include "core/edit/recordchange.h"
#include "testdb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;
using seawall::test::scalar;

namespace {

qint64 addCompany(Database &db, const QString &code, const QString &name, const QStringList &aliases = {})
{
    Company c;
    c.code = code;
    c.name = name;
    c.aliases = aliases;
    const auto id = CompanyRepository(db).insert(c);
    REQUIRE(id.ok());
    return id.value();
}

Person person(qint64 companyId)
{
    Person p;
    p.idNumber = u"320612199001011005"_s;
    p.name = u"杜霞"_s;
    p.companyId = companyId;
    p.phone = u"13800000001"_s;
    return p;
}

// Runs `edit` in a transaction with a recorder and returns what it did.
template <typename Edit>
RecordChange record(Database &db, Edit edit)
{
    Transaction transaction(db);
    ChangeRecorder recorder(db);
    edit(recorder);
    auto change = recorder.finish();
    REQUIRE(change.ok());
    REQUIRE(transaction.commit().ok());
    return change.value();
}


} // namespace

TEST_CASE("recorded insert: undo removes the row and redo puts it back with its id", "[edit]")
{
    test::TempDatabase t;
    const qint64 company = addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    PersonRepository persons(t.db);
    qint64 id = 0;
    const RecordChange change = record(t.db, [&](ChangeRecorder &recorder) {
        id = persons.insert(person(company)).value();
        recorder.watchNew(EntityKind::Person, id);
    });
    REQUIRE_FALSE(change.isEmpty());
    CHECK(change.changes().touches(EntityKind::Person));
    CHECK(change.changes().ids(EntityKind::Person) == QSet<qint64>{id});
    CHECK_FALSE(change.changes().touches(EntityKind::Company));

    REQUIRE(change.undo(t.db).ok());
    CHECK_FALSE(persons.find(id).has_value());
    CHECK(persons.count() == 0);

    REQUIRE(change.redo(t.db).ok());
    const auto back = persons.find(id);
    REQUIRE(back.has_value());
    CHECK(back->name == u"杜霞"_s);
    CHECK(back->phone == u"13800000001"_s);
}

TEST_CASE("recorded update: undo puts the old values back and redo the new ones", "[edit]")
{
    test::TempDatabase t;
    const qint64 company = addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    PersonRepository persons(t.db);
    Person p = person(company);
    p.id = persons.insert(p).value();

    const RecordChange change = record(t.db, [&](ChangeRecorder &recorder) {
        REQUIRE(recorder.watch(EntityKind::Person, p.id).ok());
        Person edited = p;
        edited.name = u"杜霞霞"_s;
        edited.department = u"财务部"_s;
        REQUIRE(persons.update(edited).ok());
    });
    REQUIRE_FALSE(change.isEmpty());

    REQUIRE(change.undo(t.db).ok());
    CHECK(persons.find(p.id)->name == u"杜霞"_s);
    CHECK(persons.find(p.id)->department == QString());

    REQUIRE(change.redo(t.db).ok());
    CHECK(persons.find(p.id)->name == u"杜霞霞"_s);
    CHECK(persons.find(p.id)->department == u"财务部"_s);
}

TEST_CASE("recorded delete of an inspection: undo restores it and its findings with their ids", "[edit]")
{
    test::TempDatabase t;
    const qint64 company = addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    Inspection inspection;
    inspection.code = u"DC-2022-001"_s;
    inspection.inspectedOn = {2022, 3, 10};
    inspection.companyId = company;
    inspection.inspectors = u"王强"_s;
    Repository<Inspection> inspections(t.db);
    const qint64 inspectionId = inspections.insert(inspection).value();
    Repository<Finding> findings(t.db);
    Finding f1;
    f1.inspectionId = inspectionId;
    f1.description = u"测温点无人值守"_s;
    f1.deadline = {2022, 3, 12};
    Finding f2 = f1;
    f2.description = u"登记本缺页"_s;
    f2.status = FindingStatus::Rectified;
    f2.rectifiedOn = {2022, 3, 11};
    const qint64 f1Id = findings.insert(f1).value();
    const qint64 f2Id = findings.insert(f2).value();

    const RecordChange change = record(t.db, [&](ChangeRecorder &recorder) {
        // The findings are found through the schema's ON DELETE CASCADE.
        REQUIRE(recorder.watchDelete(EntityKind::Inspection, inspectionId).ok());
        REQUIRE(inspections.remove(inspectionId).ok());
    });
    // The findings went with the inspection (ON DELETE CASCADE).
    CHECK(findings.count() == 0);
    CHECK(change.changes().touches(EntityKind::Finding));

    REQUIRE(change.undo(t.db).ok());
    REQUIRE(inspections.find(inspectionId).has_value());
    CHECK(inspections.find(inspectionId)->code == u"DC-2022-001"_s);
    REQUIRE(findings.find(f1Id).has_value());
    REQUIRE(findings.find(f2Id).has_value());
    CHECK(findings.find(f1Id)->description == u"测温点无人值守"_s);
    CHECK(findings.find(f2Id)->status == FindingStatus::Rectified);
    CHECK(findings.find(f2Id)->rectifiedOn == QDate(2022, 3, 11));
    CHECK(findings.find(f2Id)->inspectionId == inspectionId);

    REQUIRE(change.redo(t.db).ok());
    CHECK_FALSE(inspections.find(inspectionId).has_value());
    CHECK(findings.count() == 0);
}

TEST_CASE("recorded delete of a company: undo restores its aliases", "[edit]")
{
    test::TempDatabase t;
    const qint64 company = addCompany(t.db, u"HD"_s, u"华东公司"_s, {u"华东分公司"_s, u"东区"_s});
    const QVariant firstAlias = scalar(t.db, u"SELECT min(id) FROM company_alias WHERE company_id = ?"_s, {company});
    CompanyRepository companies(t.db);

    const RecordChange change = record(t.db, [&](ChangeRecorder &recorder) {
        REQUIRE(recorder.watchDelete(EntityKind::Company, company).ok());
        REQUIRE(companies.remove(company).ok());
    });
    CHECK(scalar(t.db, u"SELECT count(*) FROM company_alias"_s).toInt() == 0);

    REQUIRE(change.undo(t.db).ok());
    const auto back = companies.find(company);
    REQUIRE(back.has_value());
    CHECK(back->name == u"华东公司"_s);
    QStringList aliases = back->aliases;
    aliases.sort();
    QStringList expected{u"华东分公司"_s, u"东区"_s};
    expected.sort();
    CHECK(aliases == expected);
    CHECK(scalar(t.db, u"SELECT min(id) FROM company_alias WHERE company_id = ?"_s, {company}) == firstAlias);
    CHECK(companies.findByName(u"东区"_s)->id == company);
}

TEST_CASE("recorded delete of a person: undo restores the names imports saw for them", "[edit]")
{
    test::TempDatabase t;
    const qint64 company = addCompany(t.db, u"HD"_s, u"华东公司"_s);
    PersonRepository persons(t.db);
    const qint64 personId = persons.insert(person(company)).value();
    QSqlQuery sql(t.db.connection());
    REQUIRE(sql.exec(u"INSERT INTO import_batch (id, file_name, sha256, kind, imported_at)"
                     u" VALUES (7, 'roster.csv', 'x', 'personnel', '2022-03-15 08:00')"_s));
    REQUIRE(sql.exec(u"INSERT INTO person_name_variant (id, person_id, name, batch_id, line, file_kind, seen_at)"
                     u" VALUES (40, %1, '杜夏', 7, 12, 'tests', '2022-03-15 08:00')"_s.arg(personId)));

    const RecordChange change = record(t.db, [&](ChangeRecorder &recorder) {
        REQUIRE(recorder.watchDelete(EntityKind::Person, personId).ok());
        REQUIRE(persons.remove(personId).ok());
    });
    CHECK(scalar(t.db, u"SELECT count(*) FROM person_name_variant"_s).toInt() == 0); // ON DELETE CASCADE
    CHECK(change.changes().touches(EntityKind::NameVariant));

    REQUIRE(change.undo(t.db).ok());
    CHECK(persons.find(personId).has_value());
    CHECK(scalar(t.db, u"SELECT name FROM person_name_variant WHERE id = 40 AND person_id = ?"_s, {personId})
          == QVariant(u"杜夏"_s));
    REQUIRE(change.redo(t.db).ok());
    CHECK_FALSE(persons.find(personId).has_value());
    CHECK(scalar(t.db, u"SELECT count(*) FROM person_name_variant"_s).toInt() == 0);
}

TEST_CASE("recorded dose: undo and redo refresh the person's milestones", "[edit]")
{
    test::TempDatabase t;
    const qint64 company = addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    const qint64 personId = PersonRepository(t.db).insert(person(company)).value();
    const QString milestone = u"SELECT first_dose_on FROM person WHERE id = ?"_s;
    CHECK(scalar(t.db, milestone, {personId}).isNull());

    Repository<Vaccination> vaccinations(t.db);
    const RecordChange change = record(t.db, [&](ChangeRecorder &recorder) {
        Vaccination v;
        v.personId = personId;
        v.companyId = company;
        v.dose = Dose::First;
        v.vaccinatedOn = {2021, 4, 6};
        v.manufacturer = u"科兴"_s;
        recorder.watchNew(EntityKind::Vaccination, vaccinations.insert(v).value());
    });
    CHECK(scalar(t.db, milestone, {personId}).toString() == u"2021-04-06"_s);

    REQUIRE(change.undo(t.db).ok());
    CHECK(vaccinations.count() == 0);
    CHECK(scalar(t.db, milestone, {personId}).isNull());

    REQUIRE(change.redo(t.db).ok());
    CHECK(vaccinations.count() == 1);
    CHECK(scalar(t.db, milestone, {personId}).toString() == u"2021-04-06"_s);
}

TEST_CASE("an edit that changes nothing records nothing", "[edit]")
{
    test::TempDatabase t;
    const qint64 company = addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    PersonRepository persons(t.db);
    Person p = person(company);
    p.id = persons.insert(p).value();

    const RecordChange change = record(t.db, [&](ChangeRecorder &recorder) {
        REQUIRE(recorder.watch(EntityKind::Person, p.id).ok());
        REQUIRE(persons.update(p).ok());
    });
    CHECK(change.isEmpty());
    CHECK(change.changes().isEmpty());
}

// SQLite only: SQLite hands a deleted row's id to the next row; a server's sequence never does.
TEST_CASE("undo does not overwrite a row changed or an id taken after the step", "[edit][sqlite-only]")
{
    test::TempDatabase t;
    const qint64 company = addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    PersonRepository persons(t.db);

    SECTION("a row changed since")
    {
        qint64 id = 0;
        const RecordChange change = record(t.db, [&](ChangeRecorder &recorder) {
            id = persons.insert(person(company)).value();
            recorder.watchNew(EntityKind::Person, id);
        });
        Person changed = *persons.find(id);
        changed.name = u"杜霞霞"_s;
        REQUIRE(persons.update(changed).ok());
        const Status status = change.undo(t.db);
        CHECK_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Conflict);
        CHECK(persons.find(id)->name == u"杜霞霞"_s);
    }
    SECTION("an id taken by another row")
    {
        Person first = person(company);
        first.id = persons.insert(first).value();
        const RecordChange change = record(t.db, [&](ChangeRecorder &recorder) {
            REQUIRE(recorder.watch(EntityKind::Person, first.id).ok());
            REQUIRE(persons.remove(first.id).ok());
        });
        // SQLite gives the next row the largest id plus one: the deleted one's.
        Person other = person(company);
        other.idNumber = u"11010519491231002X"_s;
        other.name = u"张三"_s;
        REQUIRE(persons.insert(other).value() == first.id);
        CHECK_FALSE(change.undo(t.db).ok());
        CHECK(persons.find(first.id)->name == u"张三"_s);
        CHECK(persons.count() == 1);
    }
}
