// SPDX-License-Identifier: GPL-3.0-or-later
// The record forms say what is wrong as the user types; every add, edit
// and delete through EntityEditor is one undo step of the workspace.
#include "chinese.h"
#include "testdb.h"

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
#include <QSqlQuery>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTranslator>
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
// of another kind is closed so that the test cannot hang.
void whenOpen(EntityKind kind, std::function<void(EntityForm *)> fill)
{
    QTimer::singleShot(0, [kind, fill] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *form = qobject_cast<EntityForm *>(modal);
        CHECK((form && form->entity().kind == kind));
        if (!form || form->entity().kind != kind) {
            if (modal)
                modal->close();
            return;
        }
        fill(form);
        if (form->isVisible())
            form->reject(); // whatever fill left open
    });
}

// The widget of a field, of the type it should be.
template <typename W>
W *field(const EntityForm *form, const QString &name)
{
    auto *widget = qobject_cast<W *>(form->fieldWidget(name));
    REQUIRE(widget);
    return widget;
}

// A form on its own, on a record of type T, as the editor opens it.
template <typename T>
struct Form
{
    explicit Form(Database &db, const T &start = {})
        : record(start),
          form(db, definition<T>(), [](const void *r) { return Validator::check(*static_cast<const T *>(r)); })
    {
        form.setRecord(record);
    }
    T record;
    EntityForm form;
};

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

TEST_CASE("a shift that ends before it starts is refused as the user types", "[forms]")
{
    Fixture f;
    addPerson(f.t.db, f.company, u"11010519491231002X"_s, u"张三"_s);
    Form<VolunteerShift> shift(f.t.db);
    EntityForm &form = shift.form;
    // A new shift starts at the current hour.
    auto *start = field<QDateTimeEdit>(&form, u"start"_s);
    CHECK(start->displayFormat() == u"yyyy-MM-dd HH:mm"_s);
    CHECK(start->dateTime() == QDateTime(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0)));
    CHECK(field<QComboBox>(&form, u"company"_s)->itemText(0) == u"(the person's company)"_s);
    type(field<PersonField>(&form, u"person"_s), u"张三"_s);
    start->setDateTime({{2022, 3, 1}, {8, 0}});
    field<QDateTimeEdit>(&form, u"end"_s)->setDateTime({{2022, 3, 1}, {7, 0}});
    CHECK(form.problemOf(u"end"_s) == u"End time: 2022-03-01 07:00 is before the start time, 2022-03-01 08:00."_s);
    CHECK_FALSE(form.okButton()->isEnabled());
    field<QDateTimeEdit>(&form, u"end"_s)->setDateTime({{2022, 3, 1}, {12, 0}});
    CHECK(form.problemOf(u"end"_s).isEmpty());
    CHECK(shift.record.companyId == f.company); // the person's company
    CHECK(shift.record.end == QDateTime({2022, 3, 1}, {12, 0}));
    CHECK(form.okButton()->isEnabled());

    // A person no one is called is named as such.
    field<PersonField>(&form, u"person"_s)->clear();
    type(field<PersonField>(&form, u"person"_s), u"李四"_s);
    CHECK(form.problemOf(u"person"_s) == u"Person: no person is called 李四."_s);
    CHECK_FALSE(form.okButton()->isEnabled());
    // …and the company, which cannot follow no one, is not blamed.
    CHECK(form.problemOf(u"company"_s).isEmpty());
    CHECK(shift.record.companyId == 0);
}

TEST_CASE("an impossible date and a rectified finding without its date are named", "[forms]")
{
    Fixture f;
    Form<NucleicTest> test(f.t.db);
    QTest::keyClicks(field<DateField>(&test.form, u"sampled_on"_s), u"2022-02-30"_s);
    CHECK(test.form.problemOf(u"sampled_on"_s) == u"Sampling date: 2022-02-30 is not a real date."_s);
    CHECK_FALSE(test.form.okButton()->isEnabled());

    Finding open;
    open.inspectionId = 1;
    open.description = u"登记本缺页"_s;
    open.deadline = {2022, 3, 12};
    Form<Finding> finding(f.t.db, open);
    EntityForm &form = finding.form;
    // The inspection is the record's: no field of the form.
    CHECK(form.fieldWidget(u"inspection"_s) == nullptr);
    CHECK(form.okButton()->isEnabled());
    auto *rectifiedOn = field<DateField>(&form, u"rectified_on"_s);
    CHECK_FALSE(rectifiedOn->isEnabled());
    auto *status = field<QComboBox>(&form, u"status"_s);
    status->setCurrentIndex(status->findData(u"rectified"_s));
    CHECK(rectifiedOn->isEnabled());
    CHECK(form.problemOf(u"rectified_on"_s)
          == u"Rectified on: a rectified finding needs the date it was rectified."_s);
    CHECK_FALSE(form.okButton()->isEnabled());
    QTest::keyClicks(rectifiedOn, u"2022-03-11"_s);
    CHECK(form.okButton()->isEnabled());
    CHECK(finding.record.rectifiedOn == QDate(2022, 3, 11));
    CHECK(finding.record.inspectionId == 1);
    // Back to open: the date goes with it.
    status->setCurrentIndex(status->findData(u"open"_s));
    CHECK_FALSE(rectifiedOn->isEnabled());
    CHECK_FALSE(finding.record.rectifiedOn.isValid());
    CHECK(form.okButton()->isEnabled());
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
    Form<Person> person(f.t.db);
    const EntityForm &form = person.form;
    QStringList fields;
    for (const Column &column : definition<Person>().columns)
        if (form.fieldWidget(column.fieldName()))
            fields << column.fieldName();
    // What the program keeps (the vaccination milestones) is no field.
    CHECK(fields == QStringList{u"id_number"_s, u"name"_s, u"company"_s, u"department"_s, u"gender"_s, u"phone"_s,
                                u"position"_s, u"party_member"_s, u"category"_s, u"joined_on"_s, u"left_on"_s,
                                u"exempt_from"_s, u"exempt_until"_s});
    for (qsizetype i = 0; i + 1 < fields.size(); ++i) {
        INFO(fields.at(i).toStdString());
        CHECK(nextByTab(form.fieldWidget(fields.at(i))) == form.fieldWidget(fields.at(i + 1)));
    }
    CHECK(nextByTab(form.fieldWidget(u"exempt_until"_s)) == form.okButton());
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
    Form<NucleicTest> test(f.t.db);
    EntityForm &form = test.form;
    form.setMasked(true);
    auto *person = field<PersonField>(&form, u"person"_s);
    type(person, u"张三"_s);
    CHECK(form.problemOf(u"person"_s) == u"Person: several persons are called 张三; type the ID number."_s);
    // The completion offers both, masked; choosing one picks that person.
    QStringList offered;
    for (int row = 0; row < person->completer()->model()->rowCount(); ++row)
        offered << person->completer()->model()->index(row, 0).data().toString();
    offered.sort();
    CHECK(offered == QStringList{u"张三 110105********002X"_s, u"张三 320612********1005"_s});
    person->setText(u"张三 110105********002X"_s);
    CHECK(form.problemOf(u"person"_s).isEmpty());
    CHECK(test.record.personId == zhang);
    CHECK(test.record.companyId == f.company);
}

namespace {

// A record of a kind the forms were not written for: its definition alone
// makes its form.
struct Sample
{
    qint64 id = 0;
    QString idNumber;
    int count = 0;
    std::optional<double> temperature;
    bool approved = false;
    QDate leftOn;
    QDateTime start;
    TestResult result = TestResult::Negative;
    qint64 companyId = 0;
    qint64 inspectionId = 0;

    bool operator==(const Sample &) const = default;
};

const EntityDef &sampleDefinition()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Review, u"sample"_s, "sample"};
        d.columns = {
            plain(&Sample::idNumber, u"id_number"_s, "ID number", Column::IdNumber),
            plain(&Sample::count, u"count"_s, "Count"),
            plain(&Sample::temperature, u"temperature"_s, "Temperature", Column::Optional),
            plain(&Sample::approved, u"approved"_s, "Approved"),
            plain(&Sample::leftOn, u"left_on"_s, "Left on", Column::Optional),
            plain(&Sample::start, u"start_at"_s, "Start").withField(u"start"_s),
            plain(&Sample::result, u"result"_s, "Result"),
            reference(&Sample::companyId, u"company_id"_s, EntityKind::Company, "Company").withField(u"company"_s),
            reference(&Sample::inspectionId, u"inspection_id"_s, EntityKind::Inspection, "Inspection"),
            kept(u"checked_at"_s, ColumnType::DateTime, "Checked at"),
        };
        return std::move(d.finish());
    }();
    return def;
}

std::vector<Error> checkSample(const void *record)
{
    const auto &sample = *static_cast<const Sample *>(record);
    std::vector<Error> errors;
    if (sample.companyId == 0)
        errors.push_back(Error::invalid(u"company"_s, u"Company: no company is given."_s));
    return errors;
}

QString labelOf(const EntityForm &form, const QString &field)
{
    const auto *layout = form.findChild<QFormLayout *>();
    const auto *label = layout ? qobject_cast<QLabel *>(layout->labelForField(form.fieldWidget(field))) : nullptr;
    return label ? label->text() : QString();
}

} // namespace

TEST_CASE("a form is made from the definition alone: a field by column type, in order", "[forms]")
{
    Fixture f;
    Sample sample;
    sample.inspectionId = 7;
    EntityForm form(f.t.db, sampleDefinition(), &checkSample);
    form.setRecord(&sample, 0);
    CHECK(form.windowTitle() == u"Add sample"_s);

    // Labels with a colon and an Alt key each, the first letter free.
    CHECK(labelOf(form, u"id_number"_s) == u"&ID number:"_s);
    CHECK(labelOf(form, u"count"_s) == u"&Count:"_s);
    CHECK(labelOf(form, u"temperature"_s) == u"&Temperature:"_s);
    CHECK(field<QCheckBox>(&form, u"approved"_s)->text() == u"&Approved"_s);
    CHECK(labelOf(form, u"left_on"_s) == u"&Left on:"_s);
    CHECK(labelOf(form, u"start"_s) == u"&Start:"_s);
    CHECK(labelOf(form, u"result"_s) == u"&Result:"_s);
    CHECK(labelOf(form, u"company"_s) == u"C&ompany:"_s);

    CHECK(field<QLineEdit>(&form, u"id_number"_s)->maxLength() == 18);
    auto *count = field<QSpinBox>(&form, u"count"_s);
    CHECK(count->minimum() == 0);
    CHECK(count->maximum() == 1000000);
    CHECK(count->isGroupSeparatorShown());
    field<DateField>(&form, u"left_on"_s);
    CHECK(field<QDateTimeEdit>(&form, u"start"_s)->displayFormat() == u"yyyy-MM-dd HH:mm"_s);
    auto *result = field<QComboBox>(&form, u"result"_s);
    CHECK(result->count() == 3);
    CHECK(result->itemText(1) == u"Positive"_s);
    auto *company = field<QComboBox>(&form, u"company"_s);
    CHECK(company->itemText(0) == u"(choose a company)"_s);
    // What refers to other records than a company or a person, and what
    // the program keeps, is no field.
    CHECK(form.fieldWidget(u"inspection_id"_s) == nullptr);
    CHECK(form.fieldWidget(u"checked_at"_s) == nullptr);

    // What is typed reaches the record; the rest stays as it was.
    QTest::keyClicks(field<QLineEdit>(&form, u"id_number"_s), u"11010519491231002x"_s);
    count->setValue(1234);
    CHECK(count->text() == u"1,234"_s);
    QTest::keyClicks(field<QLineEdit>(&form, u"temperature"_s), u"36.5"_s);
    field<QCheckBox>(&form, u"approved"_s)->setChecked(true);
    result->setCurrentIndex(1);
    CHECK_FALSE(form.okButton()->isEnabled());
    company->setCurrentIndex(company->findData(f.company));
    CHECK(form.okButton()->isEnabled());
    CHECK(sample.idNumber == u"11010519491231002X"_s);
    CHECK(sample.count == 1234);
    CHECK(sample.temperature == 36.5);
    CHECK(sample.approved);
    CHECK_FALSE(sample.leftOn.isValid());
    CHECK(sample.result == TestResult::Positive);
    CHECK(sample.companyId == f.company);
    CHECK(sample.inspectionId == 7);

    // A number that is not one is named; an optional one may be left empty.
    auto *temperature = field<QLineEdit>(&form, u"temperature"_s);
    temperature->setText(u"36.5℃x"_s);
    CHECK(form.problemOf(u"temperature"_s) == u"Temperature: 36.5℃x is not a number."_s);
    CHECK_FALSE(form.okButton()->isEnabled());
    temperature->clear();
    CHECK(form.problemOf(u"temperature"_s).isEmpty());
    CHECK_FALSE(sample.temperature.has_value());
    CHECK(form.okButton()->isEnabled());
}

TEST_CASE("a daily report is offered the units that report daily, and its own", "[forms]")
{
    Fixture f;
    Company hq;
    hq.code = u"YH"_s;
    hq.name = u"集团总部"_s;
    hq.reportsDaily = false;
    hq.id = CompanyRepository(f.t.db).insert(hq).value();
    const qint64 branch = addCompany(f.t.db, u"YH-1"_s, u"海通公司"_s, hq.id);

    Form<DailyReport> report(f.t.db);
    auto *units = field<QComboBox>(&report.form, u"company"_s);
    CHECK(units->findData(hq.id) == -1);
    CHECK(units->findData(f.company) >= 0);
    // Under a unit that is not offered, its own stand at its place.
    CHECK(units->itemText(units->findData(branch)) == u"海通公司"_s);

    DailyReport own;
    own.companyId = hq.id;
    own.date = {2022, 3, 15};
    Form<DailyReport> hqReport(f.t.db, own);
    auto *hqUnits = field<QComboBox>(&hqReport.form, u"company"_s);
    CHECK(hqUnits->currentData().toLongLong() == hq.id);
    CHECK(hqReport.record.companyId == hq.id);
}

TEST_CASE("in Chinese a form speaks Chinese, with full-width colons", "[forms]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(SEAWALL_ZH_QM)));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    Fixture f;
    Form<DailyReport> report(f.t.db);
    QCoreApplication::removeTranslator(&translator);
    const EntityForm &form = report.form;
    CHECK(form.windowTitle() == u"添加日报告"_s);
    CHECK(labelOf(form, u"on_duty"_s) == u"在岗人数(&O)："_s);
    CHECK(form.findChild<QPushButton *>(u"zeroReport"_s)->text() == u"零报告(&Z)"_s);
    // Every label is translated: none is left in English.
    for (const QLabel *label : form.findChildren<QLabel *>()) {
        INFO(label->text().toStdString());
        CHECK_FALSE(label->text().contains(QRegularExpression(u"[a-z]{2}"_s)));
    }
}

TEST_CASE("in Chinese an error under a field names the field once, with the full-width colon", "[forms]")
{
    const test::Chinese chinese;
    Fixture f;
    Form<Person> person(f.t.db);
    EntityForm &form = person.form;
    CHECK(labelOf(form, u"id_number"_s) == u"身份证号(&I)："_s);
    // 17 characters: one short.
    QTest::keyClicks(field<QLineEdit>(&form, u"id_number"_s), u"32061219831120886"_s);
    const QString idProblem = form.problemOf(u"id_number"_s);
    CHECK(idProblem == u"身份证号：应为 18 位，此处为 17 位。"_s);
    CHECK(idProblem.count(u"身份证号"_s) == 1);
    // No company chosen: the field's label once, no English colon anywhere.
    form.touchAll();
    CHECK(form.problemOf(u"company"_s) == u"单位：未填写。"_s);
    for (const QString &shown : form.shownProblems()) {
        INFO(shown.toStdString());
        CHECK_FALSE(shown.contains(u':'));
    }
}

TEST_CASE("a shift's remark: typed in the form, listed and searched, imported from a file's 备注", "[forms]")
{
    // The remark was added to shifts by its struct, one line of the
    // definition (schema version 9) and one alias of the file's column.
    Fixture f;
    const qint64 zhang = addPerson(f.t.db, f.company, u"11010519491231002X"_s, u"张三"_s);
    Form<VolunteerShift> shift(f.t.db);
    type(field<PersonField>(&shift.form, u"person"_s), u"张三"_s);
    field<QDateTimeEdit>(&shift.form, u"start"_s)->setDateTime({{2022, 3, 1}, {8, 0}});
    field<QDateTimeEdit>(&shift.form, u"end"_s)->setDateTime({{2022, 3, 1}, {12, 0}});
    field<QLineEdit>(&shift.form, u"remark"_s)->setText(u"高速卡口夜间加岗"_s);
    REQUIRE(f.workspace.apply(Edits::save(f.t.db, shift.record)).ok());
    const std::vector<VolunteerShift> stored = Repository<VolunteerShift>(f.t.db).where(u"person_id = ?"_s, {zhang});
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().remark == u"高速卡口夜间加岗"_s);

    // The shifts list of that day shows it, and its search finds the shift by it.
    f.workspace.setAsOf({2022, 3, 1});
    RecordListView list(ListSpecs::of(EntityKind::VolunteerShift), &f.workspace);
    list.show();
    int remark = -1;
    for (int column = 0; column < list.model()->columnCount(); ++column)
        if (list.model()->headerData(column, Qt::Horizontal).toString() == u"Remark"_s)
            remark = column;
    REQUIRE(remark >= 0);
    CHECK(list.model()->text(0, remark) == u"高速卡口夜间加岗"_s);
    QTest::keyClicks(list.searchBox(), u"night"_s);
    CHECK(list.model()->rowCount() == 0);
    list.searchBox()->clear();
    type(list.searchBox(), u"夜间"_s);
    CHECK(list.model()->rowCount() == 1);

    // A file's 备注 column lands in it; a file without one leaves it as it is.
    const QString path = test::writeFile(f.t.dir.filePath(u"shifts.csv"_s),
                                         "身份证号,开始时间,结束时间,备注\n"
                                         "11010519491231002X,2022-03-02 08:00,2022-03-02 12:00,测温登记\n");
    REQUIRE(Importer(f.t.db).run({path}, {}).committed);
    VolunteerShift key;
    key.personId = zhang;
    key.start = QDateTime({2022, 3, 2}, {8, 0});
    const auto imported = Repository<VolunteerShift>(f.t.db).findByKey(key);
    REQUIRE(imported);
    CHECK(imported->remark == u"测温登记"_s);
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
