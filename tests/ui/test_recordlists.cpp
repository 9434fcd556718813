// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/auditlog.h"
#include "core/audit/daylocks.h"
#include "core/db/backup.h"
#include "core/edit/edits.h"
#include "core/util/username.h"
#include "core/db/companyrepository.h"
#include "core/db/personrepository.h"
#include "figuresfixture.h"
#include "ui/lists/inspectionsview.h"
#include "core/edit/changehub.h"
#include "core/lists/listspecs.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"
#include "ui/common/workspace.h"
#include "ui/shell/unlockdaydialog.h"
#include "ui/common/dateedit.h"
#include "testdb.h"
#include "core/workbook/workbookreader.h"
#include "core/util/masking.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDateEdit>
#include <QLabel>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

struct Fixture
{
    Fixture() : fixture(temp.db) { workspace.setDatabase(&temp.db); workspace.setAsOf(test::FiguresFixture::day()); }
    test::TempDatabase temp;
    test::FiguresFixture fixture;
    Workspace workspace;
};

QStringList column(const RecordListModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->text(row, column);
    return values;
}

// Unticks a dated list's range: the list shows every day.
void everyDay(RecordListView &view)
{
    auto *range = view.findChild<QCheckBox *>(u"useRange"_s);
    REQUIRE(range);
    range->setChecked(false);
}

// The persons of 物业公司 (searched for), their first three columns shown,
// exported to `name` in the fixture's folder: the path.
QString exportPersons(Fixture &f, const QString &name)
{
    RecordListView persons(ListSpecs::of(EntityKind::Person), &f.workspace);
    persons.searchBox()->setText(u"物业"_s);
    for (int column = 3; column < persons.model()->columnCount(); ++column)
        persons.setColumnShown(column, false);
    const QString path = f.temp.dir.filePath(name);
    QString error;
    REQUIRE(persons.exportList(path, &error));
    return path;
}

} // namespace

TEST_CASE("masking keeps the first six and last four of an ID number and three and four of a phone", "[ui][lists]")
{
    CHECK(maskIdNumber(u"32061219850312163X"_s) == u"320612********163X"_s);
    CHECK(maskPhone(u"13812345678"_s) == u"138****5678"_s);
    CHECK(maskPhone(u"5678"_s) == u"****"_s);
    CHECK(maskPhone(QString()).isEmpty());
}

TEST_CASE("the search box filters the personnel list as the user types", "[ui][lists]")
{
    Fixture f;
    RecordListView view(ListSpecs::of(EntityKind::Person), &f.workspace);
    view.show();
    RecordListModel *model = view.model();
    CHECK(model->rowCount() == 13);
    // 人员P1, P10, P11, P12, P13
    QTest::keyClicks(view.searchBox(), u"P1"_s);
    CHECK(model->rowCount() == 5);
    view.searchBox()->clear();
    CHECK(model->rowCount() == 13);
    // by the end of an ID number, whatever the case of its check character
    QTest::keyClicks(view.searchBox(), u"163x"_s);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->text(0, 0) == u"人员P1"_s);
    // a percent sign is looked for, not a wildcard
    view.searchBox()->setText(u"%"_s);
    CHECK(model->rowCount() == 0);
    view.searchBox()->setText(u"沿海"_s); // no one works for the group itself
    CHECK(model->rowCount() == 0);
    view.searchBox()->setText(u"物业"_s); // by company: P4, P5, P13
    CHECK(model->rowCount() == 3);
}

TEST_CASE("ID numbers are masked until the user shows them in full", "[ui][lists]")
{
    Fixture f;
    RecordListView view(ListSpecs::of(EntityKind::Person), &f.workspace);
    view.searchBox()->setText(u"人员P1"_s);
    view.searchBox()->setText(u"32061219850312163X"_s);
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->text(0, 1) == u"320612********163X"_s);
    f.workspace.setRevealNumbers(true);
    CHECK(view.model()->text(0, 1) == u"32061219850312163X"_s);
    f.workspace.setRevealNumbers(false);
    CHECK(view.model()->text(0, 1) == u"320612********163X"_s);
}

TEST_CASE("the company tree's choice limits every list to that company and its children", "[ui][lists]")
{
    Fixture f;
    RecordListView persons(ListSpecs::of(EntityKind::Person), &f.workspace);
    RecordListView tests(ListSpecs::of(EntityKind::NucleicTest), &f.workspace);
    everyDay(tests);
    CHECK(persons.model()->rowCount() == 13);
    CHECK(tests.model()->rowCount() == 8);
    const qint64 kf = f.fixture.company.value(u"KF"_s);
    const qint64 wy = f.fixture.company.value(u"WY"_s);
    f.workspace.setCompany(kf, {kf, wy});
    // KF: P1 P2 P3 P12; its child WY: P4 P5 P13
    CHECK(persons.model()->rowCount() == 7);
    // reported by KF or WY: P1 ×3, P2, P4, P3
    CHECK(tests.model()->rowCount() == 6);
    CHECK(persons.model()->totalCount() == 7);
    f.workspace.setCompany(0, {});
    CHECK(persons.model()->rowCount() == 13);
}

TEST_CASE("filters and the date range fit the entity", "[ui][lists]")
{
    Fixture f;
    RecordListView tests(ListSpecs::of(EntityKind::NucleicTest), &f.workspace);
    auto *result = tests.findChild<QComboBox *>(u"filter_result"_s);
    REQUIRE(result);
    result->setCurrentIndex(2); // all, negative, positive, pending
    REQUIRE(tests.model()->rowCount() == 1);
    CHECK(tests.model()->text(0, 1) == u"人员P4"_s);
    CHECK(tests.model()->totalCount() == 1); // counted without the joins
    tests.searchBox()->setText(u"人员P4"_s);
    CHECK(tests.model()->totalCount() == 1); // and with them
    tests.searchBox()->clear();
    result->setCurrentIndex(0);
    tests.model()->setDateRange(test::FiguresFixture::day(), test::FiguresFixture::day());
    CHECK(tests.model()->rowCount() == 5);
    // newest first by default, then the range's end
    tests.model()->setDateRange(QDate(2022, 3, 14), QDate(2022, 3, 16));
    CHECK(column(tests.model(), 0).first() == u"2022-03-16"_s);
    CHECK(column(tests.model(), 0).last() == u"2022-03-14"_s);

    RecordListView persons(ListSpecs::of(EntityKind::Person), &f.workspace);
    auto *category = persons.findChild<QComboBox *>(u"filter_category"_s);
    REQUIRE(category);
    category->setCurrentIndex(5); // external
    REQUIRE(persons.model()->rowCount() == 1);
    CHECK(persons.model()->text(0, 0) == u"人员P10"_s);

    RecordListView shifts(ListSpecs::of(EntityKind::VolunteerShift), &f.workspace);
    everyDay(shifts);
    auto *team = shifts.findChild<QComboBox *>(u"filter_team"_s);
    REQUIRE(team);
    REQUIRE(team->count() == 2); // all, and the one team of the fixture
    CHECK(team->itemText(1) == u"党员志愿者"_s);
    team->setCurrentIndex(1);
    CHECK(shifts.model()->rowCount() == 5);
}

TEST_CASE("a list sorts by any column", "[ui][lists]")
{
    Fixture f;
    RecordListView persons(ListSpecs::of(EntityKind::Person), &f.workspace);
    persons.table()->sortByColumn(0, Qt::DescendingOrder);
    CHECK(persons.model()->text(0, 0) == u"人员P9"_s);
    persons.table()->sortByColumn(0, Qt::AscendingOrder);
    CHECK(persons.model()->text(0, 0) == u"人员P1"_s);
    CHECK(persons.model()->text(1, 0) == u"人员P10"_s);
}

TEST_CASE("export writes the rows and columns shown as UTF-8 CSV with a byte-order mark", "[ui][lists]")
{
    Fixture f;
    const QString path = exportPersons(f, u"persons.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == u"Name,ID number,Company"_s);
    CHECK(lines.contains(u"人员P4,320612********1002,物业公司"_s));
    CHECK(lines.contains(u"人员P13,320612********1009,物业公司"_s));
}

TEST_CASE("export to a name ending in .xlsx writes a workbook of the rows and columns shown", "[ui][lists][workbook]")
{
    Fixture f;
    const QString path = exportPersons(f, u"persons.xlsx"_s);
    // The same three persons as the CSV export, read back from the sheet.
    Result<std::unique_ptr<workbook::WorkbookReader>> reader = workbook::WorkbookReader::open(path);
    REQUIRE(reader.ok());
    REQUIRE(reader.value()->selectSheet(0));
    QList<QStringList> rows;
    csv::Record record;
    while (reader.value()->next(record))
        rows << record.fields;
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == QStringList{u"Name"_s, u"ID number"_s, u"Company"_s});
    CHECK(rows.contains(QStringList{u"人员P4"_s, u"320612********1002"_s, u"物业公司"_s}));
}

TEST_CASE("inspections show the findings of the one chosen and mark what is overdue", "[ui][lists]")
{
    Fixture f;
    InspectionsView view(&f.workspace);
    everyDay(*view.inspections());
    RecordListModel *inspections = view.inspections()->model();
    REQUIRE(inspections->rowCount() == 4);
    QStringList highlighted;
    for (int row = 0; row < inspections->rowCount(); ++row)
        if (inspections->isHighlighted(row))
            highlighted << inspections->text(row, 1);
    highlighted.sort();
    // JC01 and JC02 have a finding past its deadline and open on the 15th;
    // JC04's is due on the day itself.
    CHECK(highlighted == QStringList{u"JC01"_s, u"JC02"_s});
    // Newest first, and the first is chosen: JC03 of the 16th, with one finding.
    REQUIRE(view.inspections()->currentId() == view.inspections()->model()->idAt(0));
    CHECK(inspections->text(0, 1) == u"JC03"_s);
    CHECK(view.findings()->model()->rowCount() == 1);
    const int jc02 = int(column(inspections, 1).indexOf(u"JC02"_s));
    view.inspections()->table()->setCurrentIndex(inspections->index(jc02, 0));
    RecordListModel *findings = view.findings()->model();
    REQUIRE(findings->rowCount() == 2);
    // sorted by deadline: 未设隔离区 (14th, open), 测温记录缺失 (17th, rectified on the 16th)
    CHECK(findings->text(0, 0) == u"未设隔离区"_s);
    CHECK(findings->isHighlighted(0));
    CHECK_FALSE(findings->isHighlighted(1));
    // Seen from the 18th, the rectification has happened.
    f.workspace.setAsOf(QDate(2022, 3, 18));
    CHECK_FALSE(findings->isHighlighted(1));
}

TEST_CASE("a list reads again when a change touches what it shows", "[ui][lists]")
{
    Fixture f;
    RecordListView persons(ListSpecs::of(EntityKind::Person), &f.workspace);
    persons.show();
    CHECK(persons.model()->rowCount() == 13);
    REQUIRE(PersonRepository(f.temp.db).remove(f.fixture.person.value(u"P7"_s)).ok());
    ChangeSet tests;
    tests.add(EntityKind::NucleicTest, 1);
    f.workspace.changes()->announce(tests);
    CHECK(persons.model()->rowCount() == 13);
    ChangeSet person;
    person.add(EntityKind::Person, f.fixture.person.value(u"P7"_s));
    f.workspace.changes()->announce(person);
    CHECK(persons.model()->rowCount() == 12);
}

TEST_CASE("a list still fetching its rows shows what another connection wrote since", "[ui][lists]")
{
    // An import or an undo writes on a connection of its own; the list's
    // statement, left running to fetch as the table scrolls, must not keep
    // the window's connection on the file as it was.
    Fixture f;
    {
        QSqlQuery insert(f.temp.db.connection());
        REQUIRE(insert.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)"
                            u" INSERT INTO person (id_number, name, company_id)"
                            u" SELECT printf('11010119900101%04d', i), '批量' || i, (SELECT min(id) FROM company) FROM n"_s));
    }
    RecordListView persons(ListSpecs::of(EntityKind::Person), &f.workspace);
    persons.show();
    REQUIRE(persons.model()->canFetchMore()); // 613 rows: the first 256 fetched
    {
        Database other;
        REQUIRE(other.open(f.temp.path).ok());
        QSqlQuery remove(other.connection());
        REQUIRE(remove.exec(u"DELETE FROM person WHERE name LIKE '批量%'"_s));
    }
    ChangeSet everyone;
    everyone.addAll(EntityKind::Person);
    f.workspace.changes()->announce(everyone);
    CHECK(persons.model()->rowCount() == 13);
    CHECK(persons.model()->totalCount() == 13);
}

TEST_CASE("a backup is a complete copy made while the database is open", "[ui][lists]")
{
    Fixture f;
    const QString copy = f.temp.dir.filePath(u"copy.sqlite"_s);
    REQUIRE(backupDatabase(f.temp.db, copy).ok());
    CHECK_FALSE(QFile::exists(copy + u".part"_s));
    Database db;
    REQUIRE(db.open(copy).ok());
    CHECK(PersonRepository(db).count() == 13);
    CHECK_FALSE(backupDatabase(f.temp.db, f.temp.path).ok());
}

TEST_CASE("Delete asks to delete the selected rows, but deletes a character in the search box", "[ui][lists]")
{
    Fixture f;
    RecordListView persons(ListSpecs::of(EntityKind::Person), &f.workspace);
    persons.show();
    REQUIRE(QTest::qWaitForWindowExposed(&persons));
    QSignalSpy removal(&persons, &RecordListView::removeRequested);
    // In the search box, Delete deletes a character, not records.
    persons.searchBox()->setText(u"P12"_s);
    persons.searchBox()->setCursorPosition(0);
    QTest::keyClick(persons.searchBox(), Qt::Key_Delete);
    CHECK(persons.searchBox()->text() == u"12"_s);
    CHECK(removal.isEmpty());
    persons.searchBox()->clear();
    persons.table()->setFocus();
    persons.table()->selectRow(0);
    persons.table()->selectionModel()->select(persons.model()->index(1, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(persons.table(), Qt::Key_Delete);
    REQUIRE(removal.count() == 1);
    const auto ids = removal.at(0).at(0).value<QList<qint64>>();
    CHECK(ids.size() == 2);
    CHECK(ids.contains(persons.model()->idAt(0)));
    CHECK(ids.contains(persons.model()->idAt(1)));
}

namespace {

// A dated list and its rows in the fixture, counted by hand from
// FiguresFixture: on the 15th, in the seven days up to it, on another
// day and in the seven days up to that, and on every day.
struct DatedList
{
    EntityKind kind;
    int onDay;       // 2022-03-15
    int inWeek;      // 2022-03-09 … 03-15
    QDate other;
    int onOther;
    int inOtherWeek; // the seven days up to `other`
    int everyDay;
};

QDate march(int day) { return {2022, 3, day}; }

} // namespace

TEST_CASE("a dated list opens on the as-of day, follows the as-of date, and shows the week when Settings say so",
          "[ui][lists][asof]")
{
    const DatedList list = GENERATE(values<DatedList>({
        // Tests on the 15th: P1 twice, P2, P4, P10; the 14th: P1; the 16th: P9; the 1st: P3.
        {EntityKind::NucleicTest, 5, 6, march(16), 1, 7, 8},
        // Doses: all in 2021 but P8's second, on the 20th; 17 in all.
        {EntityKind::Vaccination, 0, 0, march(20), 1, 1, 17},
        // Shifts starting on the 15th: P1, P4; the 14th: P1, P13; the 16th: P5.
        {EntityKind::VolunteerShift, 2, 4, march(16), 1, 5, 5},
        // Inspections: JC01 on the 1st, JC02 the 10th, JC04 the 15th, JC03 the 16th.
        {EntityKind::Inspection, 1, 2, march(16), 1, 3, 4},
        // Reports of the 15th: KF, WY morning and evening, CY, RC; the 14th: TL.
        {EntityKind::DailyReport, 5, 6, march(14), 1, 1, 6},
    }));
    Fixture f; // as of the 15th
    RecordListView view(ListSpecs::of(list.kind), &f.workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    INFO(view.objectName().toStdString());
    auto *range = view.findChild<QCheckBox *>(u"useRange"_s);
    auto *from = view.findChild<QDateEdit *>(u"rangeFrom"_s);
    auto *to = view.findChild<QDateEdit *>(u"rangeTo"_s);
    auto *count = view.findChild<QLabel *>(u"count"_s);
    REQUIRE(range);
    REQUIRE(from);
    REQUIRE(to);
    REQUIRE(count);
    // What the user sees: the range ticked on the day, its rows, their count.
    const auto shows = [&](const QDate &first, const QDate &last, int rows) {
        CHECK(range->isChecked());
        CHECK(from->date() == first);
        CHECK(to->date() == last);
        CHECK(view.model()->rowCount() == rows);
        CHECK(view.model()->totalCount() == rows);
        const QString counted = u"%1 record(s)"_s.arg(rows);
        CHECK(QTest::qWaitFor([&] { return count->text() == counted; }));
        CHECK(count->text() == counted);
    };
    shows(march(15), march(15), list.onDay);

    // The as-of date moves: the range goes with it.
    f.workspace.setAsOf(list.other);
    shows(list.other, list.other, list.onOther);

    // The week: seven days ending on the as-of date.
    f.workspace.setListDays(7);
    shows(list.other.addDays(-6), list.other, list.inOtherWeek);
    f.workspace.setAsOf(march(15));
    shows(march(9), march(15), list.inWeek);

    // Unticked, every day; the dates still follow the as-of date.
    range->setChecked(false);
    CHECK(view.model()->rowCount() == list.everyDay);
    f.workspace.setListDays(1);
    CHECK(from->date() == march(15));
    CHECK(view.model()->rowCount() == list.everyDay);
    range->setChecked(true);
    CHECK(view.model()->rowCount() == list.onDay);

    // The first day typed whole, as in the as-of field: the week again.
    from->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(from, u"2022/3/9"_s);
    QTest::keyClick(from, Qt::Key_Return);
    CHECK(from->date() == march(9));
    CHECK(from->text() == u"2022-03-09"_s);
    CHECK(view.model()->rowCount() == list.inWeek);
}

TEST_CASE("a list of what is not dated has no date range", "[ui][lists][asof]")
{
    Fixture f;
    for (EntityKind kind : {EntityKind::Company, EntityKind::Person}) {
        RecordListView view(ListSpecs::of(kind), &f.workspace);
        CHECK_FALSE(view.findChild<QCheckBox *>(u"useRange"_s));
    }
}

TEST_CASE("the Personnel list sorts names in pinyin order, not by code point", "[ui][lists][pinyin]")
{
    test::TempDatabase temp;
    Company bj;
    bj.code = u"BJ"_s;
    bj.name = u"滨江公司"_s;
    const auto company = CompanyRepository(temp.db).insert(bj);
    REQUIRE(company.ok());
    test::addPinyinNames(temp.db, company.value());
    Workspace workspace;
    workspace.setDatabase(&temp.db);
    RecordListView persons(ListSpecs::of(EntityKind::Person), &workspace);
    persons.show();
    // By name, A to Z, as the list opens.
    CHECK(column(persons.model(), 0) == QStringList{u"安娜"_s, u"丁一"_s, u"万芳"_s, u"张三"_s});
    persons.table()->sortByColumn(0, Qt::DescendingOrder);
    CHECK(column(persons.model(), 0) == QStringList{u"张三"_s, u"万芳"_s, u"丁一"_s, u"安娜"_s});
    persons.table()->sortByColumn(0, Qt::AscendingOrder);
    CHECK(column(persons.model(), 0) == QStringList{u"安娜"_s, u"丁一"_s, u"万芳"_s, u"张三"_s});
    // The search still narrows them, in the same order.
    persons.searchBox()->setText(u"一"_s);
    CHECK(column(persons.model(), 0) == QStringList{u"丁一"_s});
}

TEST_CASE("the audit view shows the day's changes of one user", "[ui][lists][audit]")
{
    test::TempDatabase t;
    Workspace workspace;
    workspace.setDatabase(&t.db);
    workspace.setAsOf(QDate::currentDate());
    // Today, by this account: two companies added. By 李四 today, and by
    // this account yesterday: one line each.
    for (const auto &[code, name] : {std::pair{u"BJ"_s, u"滨江公司"_s}, std::pair{u"HR"_s, u"海润水务"_s}}) {
        Company company;
        company.code = code;
        company.name = name;
        REQUIRE(Edits::save(t.db, company).ok());
    }
    AuditEntry other;
    other.user = u"李四"_s;
    other.action = u"edit"_s;
    other.entity = u"company"_s;
    other.key = u"HR"_s;
    REQUIRE(AuditLog::write(t.db, other).ok());
    AuditEntry yesterday;
    yesterday.time = QDateTime(QDate::currentDate().addDays(-1), QTime(17, 30));
    yesterday.action = u"edit"_s;
    yesterday.entity = u"company"_s;
    yesterday.key = u"BJ"_s;
    REQUIRE(AuditLog::write(t.db, yesterday).ok());

    RecordListView view(ListSpecs::audit(), &workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    // Read only: nothing adds, edits or deletes a line.
    for (const QAction *action : view.findChildren<QAction *>())
        CHECK_FALSE(QStringList{u"Add…"_s, u"Edit…"_s, u"Delete…"_s}.contains(action->text()));
    // On the as-of day: the three lines of today.
    CHECK(view.model()->rowCount() == 3);
    auto *user = view.findChild<QComboBox *>(u"filter_user_name"_s);
    REQUIRE(user);
    const int mine = user->findText(currentUserName());
    REQUIRE(mine > 0);
    user->setCurrentIndex(mine);
    REQUIRE(view.model()->rowCount() == 2);
    // Columns: time, user, action, kind of record, record …
    CHECK(column(view.model(), 1) == QStringList{currentUserName(), currentUserName()});
    CHECK(column(view.model(), 2) == QStringList{u"Add"_s, u"Add"_s});
    CHECK(column(view.model(), 3) == QStringList{u"Companies"_s, u"Companies"_s});
    QStringList keys = column(view.model(), 4);
    keys.sort();
    CHECK(keys == QStringList{u"BJ"_s, u"HR"_s});

    // And 李四's one line, through the action filter too.
    user->setCurrentIndex(user->findText(u"李四"_s));
    auto *action = view.findChild<QComboBox *>(u"filter_action"_s);
    REQUIRE(action);
    action->setCurrentIndex(action->findText(u"Edit"_s));
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->text(0, 4) == u"HR"_s);
}

TEST_CASE("the audit view masks the ID and phone numbers in what it shows until numbers are shown in full",
          "[ui][lists][audit]")
{
    test::TempDatabase t;
    Workspace workspace;
    workspace.setDatabase(&t.db);
    workspace.setAsOf(QDate::currentDate());
    Company company;
    company.code = u"BJ"_s;
    company.name = u"滨江公司"_s;
    company.contactPhone = u"0571-87654321"_s; // a landline
    REQUIRE(Edits::save(t.db, company).ok());
    Person person;
    person.idNumber = u"320612199001011005"_s;
    person.name = u"张伟"_s;
    person.companyId = CompanyRepository(t.db).findByCode(u"BJ"_s)->id;
    person.phone = u"13800138000"_s;
    REQUIRE(Edits::save(t.db, person).ok());

    RecordListView view(ListSpecs::audit(), &workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.model()->rowCount() == 2);
    // Columns: time, user, action, kind of record, record, before, after.
    const QString shown = column(view.model(), 4).join(u' ') + column(view.model(), 6).join(u' ');
    for (const QString &number : {u"320612199001011005"_s, u"13800138000"_s, u"0571-87654321"_s})
        CHECK_FALSE(shown.contains(number));
    CHECK(column(view.model(), 4).contains(u"320612********1005"_s));
    CHECK(shown.contains(u"138****8000"_s));
    CHECK(shown.contains(u"057******4321"_s));
    CHECK(shown.contains(u"张伟"_s)); // the rest as it is

    workspace.setRevealNumbers(true);
    const QString full = column(view.model(), 4).join(u' ') + column(view.model(), 6).join(u' ');
    for (const QString &number : {u"320612199001011005"_s, u"13800138000"_s, u"0571-87654321"_s})
        CHECK(full.contains(number));
}

TEST_CASE("Unlock Day needs a reason, unlocks the printed day and keeps the reason in the audit log", "[ui][audit]")
{
    test::TempDatabase t;
    Workspace workspace;
    workspace.setDatabase(&t.db);
    const QDate printed(2022, 3, 15);
    workspace.setAsOf(printed);
    REQUIRE(DayLocks::lock(t.db, printed, 7).ok());

    UnlockDayDialog dialog(&workspace);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // The as-of day, locked by briefing No. 7: no reason, no unlock.
    CHECK(dialog.dateEdit()->date() == printed);
    CHECK_FALSE(ok->isEnabled());
    dialog.reasonEdit()->insert(u"滨江公司补报"_s); // as an input method gives it
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(DayLocks::find(t.db, printed));
    const auto log = AuditLog::entries(t.db, {}, {});
    REQUIRE(log.ok());
    REQUIRE(log->size() == 2); // locked, unlocked
    CHECK(log->last().action == u"unlock"_s);
    CHECK(log->last().key == u"2022-03-15"_s);
    CHECK(log->last().reason == u"滨江公司补报"_s);
}
