// SPDX-License-Identifier: GPL-3.0-or-later
// Every add, edit and delete through EntityEditor is one undo step of the
// workspace; what refers to a record keeps it from going, or goes with it.
#include "formtesting.h"
#include "core/db/companyrepository.h"
#include "core/db/repository.h"
#include "core/model/inspection.h"
#include "core/db/personrepository.h"
#include "core/model/nucleictest.h"
#include "core/model/vaccination.h"
#include "ui/edit/entityeditor.h"
#include "core/edit/edits.h"
#include "core/entity/entitydef.h"
#include "core/import/importer.h"
#include "core/validation/validator.h"
#include "ui/forms/entityform.h"
#include "ui/forms/formfields.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"
#include "core/lists/listspecs.h"
#include "core/model/volunteershift.h"
#include "ui/common/workspace.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace seawall;
using namespace seawall::formtest;

TEST_CASE("a person added through the form: an invalid ID refused, then saved, edited, undone and redone", "[forms]")
{
    Fixture f;
    EntityEditor editor(&f.workspace, nullptr);
    QUndoStack *undo = f.workspace.undoStack();

    whenOpen(EntityKind::Person, [&](EntityForm *form) {
        CHECK(form->windowTitle() == u"Add person"_s);
        CHECK_FALSE(form->okButton()->isEnabled());
        auto *idNumber = field<QLineEdit>(form, u"id_number"_s);
        CHECK(idNumber->maxLength() == 18);
        CHECK(idNumber->placeholderText() == u"18 characters"_s);
        // 11010519491231002X is the example of GB 11643: its check character is X.
        QTest::keyClicks(idNumber, u"110105194912310020"_s);
        CHECK(form->problemOf(u"id_number"_s)
              == u"ID number: the check character should be X, not 0. A digit may have been mistyped."_s);
        CHECK_FALSE(form->okButton()->isEnabled());
        QTest::keyClick(idNumber, Qt::Key_Backspace);
        QTest::keyClicks(idNumber, u"x"_s); // stored upper-case
        CHECK(form->problemOf(u"id_number"_s).isEmpty());
        auto *name = field<QLineEdit>(form, u"name"_s);
        type(name, u"张三"_s);
        auto *company = field<QComboBox>(form, u"company"_s);
        CHECK(company->itemText(0) == u"(choose a company)"_s);
        company->setCurrentIndex(company->findData(f.company));
        CHECK(form->shownProblems().isEmpty());
        CHECK(form->okButton()->isEnabled());
        QTest::keyClick(name, Qt::Key_Return); // Enter saves
    });
    REQUIRE(editor.add(EntityKind::Person));
    PersonRepository persons(f.t.db);
    const auto added = persons.findByIdNumber(u"11010519491231002X"_s);
    REQUIRE(added.has_value());
    CHECK(added->name == u"张三"_s);
    CHECK(added->companyId == f.company);
    CHECK(undo->count() == 1);
    CHECK(undo->undoText() == u"Add person 张三"_s);

    whenOpen(EntityKind::Person, [&](EntityForm *form) {
        CHECK(form->windowTitle() == u"Edit person 张三"_s);
        CHECK(field<QLineEdit>(form, u"id_number"_s)->text() == u"11010519491231002X"_s);
        field<QLineEdit>(form, u"name"_s)->clear();
        type(field<QLineEdit>(form, u"name"_s), u"张三丰"_s);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
    });
    REQUIRE(editor.edit(EntityKind::Person, added->id));
    CHECK(persons.find(added->id)->name == u"张三丰"_s);
    CHECK(undo->count() == 2);
    CHECK(undo->undoText() == u"Edit person 张三丰"_s);

    // OK on a form left as it was is no step.
    whenOpen(EntityKind::Person, [](EntityForm *form) { QTest::mouseClick(form->okButton(), Qt::LeftButton); });
    CHECK(editor.edit(EntityKind::Person, added->id));
    CHECK(undo->count() == 2);

    // Escape cancels.
    whenOpen(EntityKind::Person, [](EntityForm *form) {
        QTest::keyClicks(field<QLineEdit>(form, u"name"_s), u"X"_s);
        QTest::keyClick(field<QLineEdit>(form, u"name"_s), Qt::Key_Escape);
        CHECK_FALSE(form->isVisible());
    });
    CHECK_FALSE(editor.edit(EntityKind::Person, added->id));
    CHECK(persons.find(added->id)->name == u"张三丰"_s);

    undo->undo();
    CHECK(persons.find(added->id)->name == u"张三"_s);
    CHECK(undo->undoText() == u"Add person 张三"_s);
    CHECK(undo->redoText() == u"Edit person 张三丰"_s);
    undo->undo();
    CHECK_FALSE(persons.find(added->id).has_value());
    undo->redo();
    REQUIRE(persons.find(added->id).has_value());
    CHECK(persons.find(added->id)->name == u"张三"_s);
    undo->redo();
    CHECK(persons.find(added->id)->name == u"张三丰"_s);
}

TEST_CASE("deleting a person with records is refused with what refers to them", "[forms]")
{
    Fixture f;
    const qint64 person = addPerson(f.t.db, f.company, u"11010519491231002X"_s, u"张三"_s);
    Repository<NucleicTest> tests(f.t.db);
    for (int day : {14, 15}) {
        NucleicTest test;
        test.personId = person;
        test.companyId = f.company;
        test.sampledOn = {2022, 3, day};
        test.site = u"城港社区"_s;
        REQUIRE(tests.insert(test).ok());
    }
    Vaccination dose;
    dose.personId = person;
    dose.companyId = f.company;
    dose.vaccinatedOn = {2021, 5, 1};
    REQUIRE(Repository<Vaccination>(f.t.db).insert(dose).ok());

    EntityEditor editor(&f.workspace, nullptr);
    bool asked = false;
    QString told;
    editor.setAsk([&](const QString &, const QString &) { return asked = true; });
    editor.setTell([&](const QString &, const QString &text) { told = text; });
    const Status status = editor.remove(EntityKind::Person, {person});
    CHECK_FALSE(status.ok());
    CHECK_FALSE(asked);
    // Two tests and a dose refer to him; no shift does.
    const QString expected = u"张三 cannot be deleted while other records refer to it: Tests: 2, "
                             u"Vaccinations: 1. Delete or move those first."_s;
    CHECK(told == expected);
    CHECK(status.error().message == expected);
    CHECK(PersonRepository(f.t.db).find(person).has_value());
    CHECK(f.workspace.undoStack()->count() == 0);
}

TEST_CASE("deleting an inspection takes its findings and undo brings all back with their ids", "[forms]")
{
    Fixture f;
    Inspection inspection;
    inspection.code = u"DC-2022-001"_s;
    inspection.inspectedOn = {2022, 3, 10};
    inspection.companyId = f.company;
    const qint64 inspectionId = Repository<Inspection>(f.t.db).insert(inspection).value();
    Repository<Finding> findings(f.t.db);
    QList<qint64> findingIds;
    for (const QString &text : {u"测温点无人值守"_s, u"登记本缺页"_s}) {
        Finding finding;
        finding.inspectionId = inspectionId;
        finding.description = text;
        finding.deadline = {2022, 3, 12};
        findingIds << findings.insert(finding).value();
    }

    EntityEditor editor(&f.workspace, nullptr);
    QString question;
    editor.setAsk([&](const QString &, const QString &text) {
        question = text;
        return true;
    });
    REQUIRE(editor.remove(EntityKind::Inspection, {inspectionId}).ok());
    CHECK(question.startsWith(u"Delete inspection DC-2022-001?"_s));
    CHECK(question.contains(u"Deleted with it: Findings: 2."_s));
    CHECK_FALSE(Repository<Inspection>(f.t.db).find(inspectionId).has_value());
    CHECK(findings.count() == 0);
    CHECK(f.workspace.undoStack()->undoText() == u"Delete inspection DC-2022-001"_s);

    f.workspace.undoStack()->undo();
    CHECK(Repository<Inspection>(f.t.db).find(inspectionId)->code == u"DC-2022-001"_s);
    REQUIRE(findings.find(findingIds.at(0)).has_value());
    REQUIRE(findings.find(findingIds.at(1)).has_value());
    CHECK(findings.find(findingIds.at(0))->description == u"测温点无人值守"_s);
    CHECK(findings.find(findingIds.at(1))->description == u"登记本缺页"_s);
}

TEST_CASE("several selected tests are deleted as one step", "[forms]")
{
    Fixture f;
    const qint64 person = addPerson(f.t.db, f.company, u"11010519491231002X"_s, u"张三"_s);
    Repository<NucleicTest> tests(f.t.db);
    QList<qint64> ids;
    for (int day : {13, 14, 15}) {
        NucleicTest test;
        test.personId = person;
        test.companyId = f.company;
        test.sampledOn = {2022, 3, day};
        test.site = u"城港社区"_s;
        ids << tests.insert(test).value();
    }
    EntityEditor editor(&f.workspace, nullptr);
    editor.setAsk([](const QString &, const QString &) { return true; });
    REQUIRE(editor.remove(EntityKind::NucleicTest, ids).ok());
    CHECK(tests.count() == 0);
    CHECK(f.workspace.undoStack()->count() == 1);
    CHECK(f.workspace.undoStack()->undoText() == u"Delete 3 tests"_s);
    f.workspace.undoStack()->undo();
    CHECK(tests.count() == 3);
    CHECK(tests.find(ids.at(2))->sampledOn == QDate(2022, 3, 15));

    // A "no" deletes nothing and pushes nothing.
    editor.setAsk([](const QString &, const QString &) { return false; });
    CHECK(editor.remove(EntityKind::NucleicTest, ids).ok());
    CHECK(tests.count() == 3);
    CHECK(f.workspace.undoStack()->index() == 0);
}

TEST_CASE("a company cannot be moved under its own descendant", "[forms]")
{
    Fixture f;
    const qint64 east = addCompany(f.t.db, u"HD"_s, u"华东公司"_s);
    const qint64 district = addCompany(f.t.db, u"HD-1"_s, u"东区"_s, east);
    const qint64 branch = addCompany(f.t.db, u"HD-1-1"_s, u"东区支部"_s, district);
    QUndoStack *undo = f.workspace.undoStack();

    const Status refused = f.workspace.apply(Edits::moveCompany(f.t.db, east, branch));
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().message == u"华东公司 cannot be moved under 东区支部, which belongs to it."_s);
    CHECK_FALSE(f.workspace.apply(Edits::moveCompany(f.t.db, east, east)).ok());
    CHECK(CompanyRepository(f.t.db).find(east)->parentId == 0);
    CHECK(undo->count() == 0);

    REQUIRE(f.workspace.apply(Edits::moveCompany(f.t.db, branch, f.company)).ok());
    CHECK(CompanyRepository(f.t.db).find(branch)->parentId == f.company);
    CHECK(undo->undoText() == u"Move company 东区支部"_s);
    undo->undo();
    CHECK(CompanyRepository(f.t.db).find(branch)->parentId == district);
}

TEST_CASE("a company's aliases and parent edited through the form come back with undo", "[forms]")
{
    Fixture f;
    Company east;
    east.code = u"HD"_s;
    east.name = u"华东公司"_s;
    east.aliases = {u"东区"_s};
    east.id = CompanyRepository(f.t.db).insert(east).value();
    EntityEditor editor(&f.workspace, nullptr);
    QUndoStack *undo = f.workspace.undoStack();

    // The parent list leaves out the company itself and its own.
    const qint64 district = addCompany(f.t.db, u"HD-1"_s, u"华东一区"_s, east.id);
    whenOpen(EntityKind::Company, [&](EntityForm *form) {
        auto *parent = field<QComboBox>(form, u"parent_code"_s);
        CHECK(parent->itemText(0) == u"(none: top of the group)"_s);
        CHECK(parent->findData(east.id) == -1);
        CHECK(parent->findData(district) == -1);
        CHECK(parent->findData(f.company) >= 0);
        // An alias that is the company's own name is refused.
        auto *aliases = field<QPlainTextEdit>(form, u"aliases"_s);
        CHECK(aliases->toPlainText() == u"东区"_s);
        aliases->setPlainText(u"东区\n华东公司"_s);
        CHECK(form->problemOf(u"aliases"_s) == u"Aliases: 华东公司 is already the company's name."_s);
        CHECK_FALSE(form->okButton()->isEnabled());
        aliases->setPlainText(u"东区"_s);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
    });
    CHECK(editor.edit(EntityKind::Company, east.id));
    CHECK(undo->count() == 0); // nothing changed

    whenOpen(EntityKind::Company, [&](EntityForm *form) {
        field<QPlainTextEdit>(form, u"aliases"_s)->setPlainText(u"东区\n华东分公司"_s);
        auto *parent = field<QComboBox>(form, u"parent_code"_s);
        parent->setCurrentIndex(parent->findData(f.company));
        QTest::keyClicks(field<QLineEdit>(form, u"contact_phone"_s), u"021-55556666"_s);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
    });
    REQUIRE(editor.edit(EntityKind::Company, east.id));
    CompanyRepository companies(f.t.db);
    CHECK(companies.find(east.id)->aliases == QStringList{u"东区"_s, u"华东分公司"_s});
    CHECK(companies.find(east.id)->parentId == f.company);
    CHECK(undo->undoText() == u"Edit company 华东公司"_s);

    undo->undo();
    CHECK(companies.find(east.id)->aliases == QStringList{u"东区"_s});
    CHECK(companies.find(east.id)->parentId == 0);
    CHECK(companies.find(east.id)->contactPhone == QString());
    CHECK_FALSE(companies.findByName(u"华东分公司"_s).has_value());
    undo->redo();
    CHECK(companies.findByName(u"华东分公司"_s)->id == east.id);
    CHECK(companies.find(east.id)->contactPhone == u"021-55556666"_s);
}

TEST_CASE("an import is one undo step: undo removes its rows and redo imports the file again", "[forms]")
{
    test::TempDatabase t;
    Workspace workspace;
    workspace.setDatabase(&t.db);
    // Ten companies, 沿海集团 and those under it.
    const QStringList files{QStringLiteral(SEAWALL_TEST_DATA) + u"/import/base/companies.csv"_s};
    const ImportResult result = Importer(t.db).run(files, {});
    REQUIRE(result.committed);
    CompanyRepository companies(t.db);
    REQUIRE(companies.count() == 10);

    REQUIRE(workspace.apply(Edits::imported(files, {}, result)).ok());
    CHECK(companies.count() == 10); // pushed after the import: the first redo does nothing
    CHECK(workspace.undoStack()->undoText() == u"Import companies.csv"_s);

    workspace.undoStack()->undo();
    CHECK(companies.count() == 0);
    workspace.undoStack()->redo();
    CHECK(companies.count() == 10);
    CHECK(companies.findByCode(u"WY"_s)->name == u"物业公司"_s);
    CHECK(companies.find(companies.findByCode(u"WY"_s)->parentId)->code == u"KF"_s);
    // The new run is a batch of its own, which undo takes away again.
    workspace.undoStack()->undo();
    CHECK(companies.count() == 0);
}

TEST_CASE("deleting a company takes its aliases and undo gives back what referred to it", "[forms]")
{
    Fixture f;
    Company east;
    east.code = u"HD"_s;
    east.name = u"华东公司"_s;
    east.aliases = {u"东区"_s, u"华东分公司"_s};
    east.id = CompanyRepository(f.t.db).insert(east).value();
    // A dose given through 华东公司 to a person of 滨江公司: the dose only
    // loses its company when the company goes (ON DELETE SET NULL).
    const qint64 person = addPerson(f.t.db, f.company, u"11010519491231002X"_s, u"张三"_s);
    Vaccination dose;
    dose.personId = person;
    dose.companyId = east.id;
    dose.vaccinatedOn = {2021, 5, 1};
    Repository<Vaccination> doses(f.t.db);
    const qint64 doseId = doses.insert(dose).value();

    EntityEditor editor(&f.workspace, nullptr);
    QString question;
    editor.setAsk([&](const QString &, const QString &text) {
        question = text;
        return true;
    });
    REQUIRE(editor.remove(EntityKind::Company, {east.id}).ok());
    CHECK(question.contains(u"Deleted with it: Aliases: 2."_s));
    CompanyRepository companies(f.t.db);
    CHECK_FALSE(companies.find(east.id).has_value());
    CHECK(doses.find(doseId)->companyId == 0);
    CHECK(f.workspace.undoStack()->undoText() == u"Delete company 华东公司"_s);

    f.workspace.undoStack()->undo();
    REQUIRE(companies.find(east.id).has_value());
    CHECK(companies.findByName(u"华东分公司"_s)->id == east.id);
    CHECK(doses.find(doseId)->companyId == east.id);

    // 滨江公司 has a person: refused, with the counts.
    QString told;
    editor.setTell([&](const QString &, const QString &text) { told = text; });
    CHECK_FALSE(editor.remove(EntityKind::Company, {f.company}).ok());
    CHECK(told == u"滨江公司 cannot be deleted while other records refer to it: Personnel: 1. "
                  u"Delete or move those first."_s);
}

TEST_CASE("a save over a company another window changed since the form opened is refused, then reloaded", "[forms]")
{
    // The same file open twice: A and B. B's form is open on 滨江公司 when
    // A sets its contact person; B changes only the phone and saves.
    Fixture a;
    Company bj = *CompanyRepository(a.t.db).find(a.company);
    bj.contactPerson = u"张三"_s;
    bj.contactPhone = u"13800000000"_s;
    REQUIRE(a.workspace.apply(Edits::save(a.t.db, bj)).ok());
    Database other;
    REQUIRE(other.open(a.t.path).ok());
    Workspace b;
    b.setDatabase(&other);
    EntityEditor editor(&b, nullptr);
    QStringList asked;
    EntityEditor::Changed answer = EntityEditor::Changed::Reload;
    editor.setAskChanged([&](const QString &text) {
        asked << text;
        return answer;
    });
    const auto phoneThenOk = [&](EntityForm *form) {
        // A's change lands while B's form is open.
        Company changed = *CompanyRepository(a.t.db).find(a.company);
        changed.contactPerson = u"王五"_s;
        REQUIRE(a.workspace.apply(Edits::save(a.t.db, changed)).ok());
        field<QLineEdit>(form, u"contact_phone"_s)->setText(u"13911112222"_s);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
    };

    SECTION("refused, saying what changed; reloaded, both changes are kept")
    {
        whenOpen(EntityKind::Company, [&](EntityForm *form) {
            phoneThenOk(form);
            // Refused: still open, and the form now shows A's contact.
            CHECK(form->isVisible());
            CHECK(field<QLineEdit>(form, u"contact_person"_s)->text() == u"王五"_s);
            CHECK(field<QLineEdit>(form, u"contact_phone"_s)->text() == u"13911112222"_s);
            QTest::mouseClick(form->okButton(), Qt::LeftButton);
        });
        CHECK(editor.edit(EntityKind::Company, a.company));
        REQUIRE(asked.size() == 1);
        CHECK(asked.first().startsWith(u"滨江公司 was changed by "_s));
        CHECK(asked.first().contains(u"Contact person"_s));
        CHECK_FALSE(asked.first().contains(u"Contact phone"_s));
        const Company stored = *CompanyRepository(a.t.db).find(a.company);
        CHECK(stored.contactPerson == u"王五"_s);
        CHECK(stored.contactPhone == u"13911112222"_s);
    }
    SECTION("saved over on purpose, the form's values win")
    {
        answer = EntityEditor::Changed::Overwrite;
        whenOpen(EntityKind::Company, phoneThenOk);
        CHECK(editor.edit(EntityKind::Company, a.company));
        CHECK(asked.size() == 1);
        const Company stored = *CompanyRepository(a.t.db).find(a.company);
        CHECK(stored.contactPerson == u"张三"_s);
        CHECK(stored.contactPhone == u"13911112222"_s);
    }
    SECTION("kept in the form, nothing is written")
    {
        answer = EntityEditor::Changed::Keep;
        whenOpen(EntityKind::Company, [&](EntityForm *form) {
            phoneThenOk(form);
            CHECK(form->isVisible());
            form->reject();
        });
        CHECK_FALSE(editor.edit(EntityKind::Company, a.company));
        const Company stored = *CompanyRepository(a.t.db).find(a.company);
        CHECK(stored.contactPerson == u"王五"_s);
        CHECK(stored.contactPhone == u"13800000000"_s);
        CHECK(b.undoStack()->count() == 0);
    }
}
