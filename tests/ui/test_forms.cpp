// SPDX-License-Identifier: GPL-3.0-or-later
// The record forms: made from their entity's definition, they say what is
// wrong as the user types, in the user's language.
#include "formtesting.h"
#include "chinese.h"
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

namespace {

// Where Tab goes from `widget`: the next widget of the focus chain that takes focus by Tab.
QWidget *nextByTab(QWidget *widget)
{
    QWidget *next = widget->nextInFocusChain();
    while (next != widget && !(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    return next;
}

} // namespace

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
