// SPDX-License-Identifier: GPL-3.0-or-later
// The record forms say what is wrong as the user types; every add, edit
// and delete through EntityEditor is one undo step of the workspace.
#include "testdb.h"

#include "core/db/companyrepository.h"
#include "core/db/repository.h"
#include "core/model/inspection.h"
#include "core/db/personrepository.h"
#include "core/model/nucleictest.h"
#include "core/model/vaccination.h"
#include "ui/edit/entityeditor.h"
#include "core/edit/edits.h"
#include "ui/forms/companyform.h"
#include "core/import/importer.h"
#include "ui/forms/formfields.h"
#include "ui/forms/findingform.h"
#include "ui/forms/inspectionform.h"
#include "ui/forms/personform.h"
#include "ui/forms/nucleictestform.h"
#include "ui/forms/volunteershiftform.h"
#include "ui/forms/vaccinationform.h"
#include "ui/common/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

qint64 addCompany(Database &db, const QString &code, const QString &name, qint64 parent = 0)
{
    Company c;
    c.code = code;
    c.name = name;
    c.parentId = parent;
    const auto id = CompanyRepository(db).insert(c);
    REQUIRE(id.ok());
    return id.value();
}

qint64 addPerson(Database &db, qint64 company, const QString &idNumber, const QString &name)
{
    Person p;
    p.idNumber = idNumber;
    p.name = name;
    p.companyId = company;
    const auto id = PersonRepository(db).insert(p);
    REQUIRE(id.ok());
    return id.value();
}

// Runs `fill` on the form the editor opens (modally) once it is up. A form
// of another type is closed so that the test cannot hang.
template <typename Form>
void whenOpen(std::function<void(Form *)> fill)
{
    QTimer::singleShot(0, [fill] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *form = qobject_cast<Form *>(modal);
        CHECK(form != nullptr);
        if (!form) {
            if (modal)
                modal->close();
            return;
        }
        fill(form);
        if (form->isVisible())
            form->reject(); // whatever fill left open
    });
}

// Types text as key presses; QTest::keyClicks knows ASCII only.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

struct Fixture
{
    Fixture()
    {
        workspace.setDatabase(&t.db);
        company = addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    }
    test::TempDatabase t;
    Workspace workspace;
    qint64 company = 0;
};

} // namespace

TEST_CASE("a person added through the form: an invalid ID refused, then saved, edited, undone and redone", "[forms]")
{
    Fixture f;
    EntityEditor editor(&f.workspace, nullptr);
    QUndoStack *undo = f.workspace.undoStack();

    whenOpen<PersonForm>([&](PersonForm *form) {
        CHECK_FALSE(form->okButton()->isEnabled());
        // 11010519491231002X is the example of GB 11643: its check character is X.
        QTest::keyClicks(form->idNumberEdit(), u"110105194912310020"_s);
        CHECK(form->problemOf(u"id_number"_s)
              == u"ID number: the check character should be X, not 0. A digit may have been mistyped."_s);
        CHECK_FALSE(form->okButton()->isEnabled());
        QTest::keyClick(form->idNumberEdit(), Qt::Key_Backspace);
        QTest::keyClicks(form->idNumberEdit(), u"X"_s);
        CHECK(form->problemOf(u"id_number"_s).isEmpty());
        type(form->nameEdit(), u"张三"_s);
        form->companyCombo()->setCurrentIndex(form->companyCombo()->findData(f.company));
        CHECK(form->shownProblems().isEmpty());
        CHECK(form->okButton()->isEnabled());
        QTest::keyClick(form->nameEdit(), Qt::Key_Return); // Enter saves
    });
    REQUIRE(editor.add(EntityKind::Person));
    PersonRepository persons(f.t.db);
    const auto added = persons.findByIdNumber(u"11010519491231002X"_s);
    REQUIRE(added.has_value());
    CHECK(added->name == u"张三"_s);
    CHECK(added->companyId == f.company);
    CHECK(undo->count() == 1);
    CHECK(undo->undoText() == u"Add person 张三"_s);

    whenOpen<PersonForm>([&](PersonForm *form) {
        CHECK(form->idNumberEdit()->text() == u"11010519491231002X"_s);
        form->nameEdit()->clear();
        type(form->nameEdit(), u"张三丰"_s);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
    });
    REQUIRE(editor.edit(EntityKind::Person, added->id));
    CHECK(persons.find(added->id)->name == u"张三丰"_s);
    CHECK(undo->count() == 2);
    CHECK(undo->undoText() == u"Edit person 张三丰"_s);

    // OK on a form left as it was is no step.
    whenOpen<PersonForm>([](PersonForm *form) { QTest::mouseClick(form->okButton(), Qt::LeftButton); });
    CHECK(editor.edit(EntityKind::Person, added->id));
    CHECK(undo->count() == 2);

    // Escape cancels.
    whenOpen<PersonForm>([](PersonForm *form) {
        QTest::keyClicks(form->nameEdit(), u"X"_s);
        QTest::keyClick(form->nameEdit(), Qt::Key_Escape);
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

TEST_CASE("a shift that ends before it starts is refused as the user types", "[forms]")
{
    Fixture f;
    addPerson(f.t.db, f.company, u"11010519491231002X"_s, u"张三"_s);
    VolunteerShiftForm form(f.t.db);
    type(form.personEdit(), u"张三"_s);
    form.startEdit()->setDateTime({{2022, 3, 1}, {8, 0}});
    form.endEdit()->setDateTime({{2022, 3, 1}, {7, 0}});
    CHECK(form.problemOf(u"end"_s) == u"End time: 2022-03-01 07:00 is before the start time, 2022-03-01 08:00."_s);
    CHECK_FALSE(form.okButton()->isEnabled());
    form.endEdit()->setDateTime({{2022, 3, 1}, {12, 0}});
    CHECK(form.problemOf(u"end"_s).isEmpty());
    CHECK(form.record().companyId == f.company); // the person's company
    CHECK(form.okButton()->isEnabled());

    // A person no one is called is named as such.
    form.personEdit()->clear();
    type(form.personEdit(), u"李四"_s);
    CHECK(form.problemOf(u"person"_s) == u"Person: no person is called 李四."_s);
    CHECK_FALSE(form.okButton()->isEnabled());
}

TEST_CASE("an impossible date and a rectified finding without its date are named", "[forms]")
{
    Fixture f;
    NucleicTestForm test(f.t.db);
    QTest::keyClicks(test.dateEdit(), u"2022-02-30"_s);
    CHECK(test.problemOf(u"sampled_on"_s) == u"Sampled on: 2022-02-30 is not a real date."_s);
    CHECK_FALSE(test.okButton()->isEnabled());

    FindingForm finding;
    Finding open;
    open.inspectionId = 1;
    open.description = u"登记本缺页"_s;
    open.deadline = {2022, 3, 12};
    finding.setRecord(open);
    CHECK(finding.okButton()->isEnabled());
    selectEnum(finding.statusCombo(), FindingStatus::Rectified);
    CHECK(finding.problemOf(u"rectified_on"_s)
          == u"Rectified on: a rectified finding needs the date it was rectified."_s);
    CHECK_FALSE(finding.okButton()->isEnabled());
    QTest::keyClicks(finding.rectifiedOnEdit(), u"2022-03-11"_s);
    CHECK(finding.okButton()->isEnabled());
    CHECK(finding.record().rectifiedOn == QDate(2022, 3, 11));
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

    // The parent list leaves out the company itself.
    whenOpen<CompanyForm>([&](CompanyForm *form) {
        CHECK(form->parentCombo()->findData(east.id) == -1);
        CHECK(form->parentCombo()->findData(f.company) >= 0);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
    });
    CHECK(editor.edit(EntityKind::Company, east.id));
    CHECK(undo->count() == 0); // nothing changed

    whenOpen<CompanyForm>([&](CompanyForm *form) {
        form->aliasesEdit()->setPlainText(u"东区\n华东分公司"_s);
        form->parentCombo()->setCurrentIndex(form->parentCombo()->findData(f.company));
        QTest::keyClicks(form->contactPhoneEdit(), u"021-5555"_s);
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
    CHECK(companies.find(east.id)->contactPhone == u"021-5555"_s);
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

// Where Tab goes from `widget`: the next widget of the focus chain that takes focus by Tab.
QWidget *nextByTab(QWidget *widget)
{
    QWidget *next = widget->nextInFocusChain();
    while (next != widget && !(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    return next;
}

TEST_CASE("tab goes through the person form in the order of its fields", "[forms]")
{
    Fixture f;
    PersonForm form(f.t.db);
    CHECK(nextByTab(form.idNumberEdit()) == form.nameEdit());
    CHECK(nextByTab(form.nameEdit()) == form.companyCombo());
    // Left on, exempt from, exempt until, then OK.
    QWidget *widget = form.leftOnEdit();
    for (int i = 0; i < 3; ++i)
        widget = nextByTab(widget);
    CHECK(widget == form.okButton());
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

TEST_CASE("a record's person is chosen by name with the ID number masked", "[forms]")
{
    Fixture f;
    const qint64 zhang = addPerson(f.t.db, f.company, u"11010519491231002X"_s, u"张三"_s);
    addPerson(f.t.db, f.company, u"320612199001011005"_s, u"张三"_s);
    NucleicTestForm form(f.t.db);
    form.personEdit()->setMasked(true);
    type(form.personEdit(), u"张三"_s);
    CHECK(form.problemOf(u"person"_s) == u"Person: several persons are called 张三; type the ID number."_s);
    // The completion offers both, masked; choosing one picks that person.
    QStringList offered;
    for (int row = 0; row < form.personEdit()->completer()->model()->rowCount(); ++row)
        offered << form.personEdit()->completer()->model()->index(row, 0).data().toString();
    offered.sort();
    CHECK(offered == QStringList{u"张三 110105********002X"_s, u"张三 320612********1005"_s});
    form.personEdit()->setText(u"张三 110105********002X"_s);
    CHECK(form.problemOf(u"person"_s).isEmpty());
    CHECK(form.record().personId == zhang);
    CHECK(form.record().companyId == f.company);
}
