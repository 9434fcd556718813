// SPDX-License-Identifier: GPL-3.0-or-later
// The reconciliation view over the fixture of test_reconcile.cpp: each kind
// listed, the kind filter, a range, mark reviewed with a note (hidden unless
// "show reviewed", undone by the undo stack), and the records behind an item
// on double-click and on Enter.
#include "reconcilefixture.h"
#include "testdb.h"

#include "ui/reconcile/reconciliationmodel.h"
#include "ui/reconcile/reconciliationview.h"
#include "ui/reconcile/recordsdialog.h"
#include "ui/common/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// "kind name | company | description" of each visible row.
QStringList rows(const ReconciliationView &view)
{
    QStringList lines;
    const QAbstractItemModel *model = view.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        lines << model->index(row, ReconciliationModel::KindColumn).data(ReconciliationModel::SortRole).toString()
                     + u'|' + model->index(row, ReconciliationModel::CompanyColumn).data().toString();
    return lines;
}

int rowOf(const ReconciliationView &view, DiscrepancyKind kind, const QString &company)
{
    const QAbstractItemModel *model = view.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ReconciliationModel::KindRole).toInt() == int(kind)
            && model->index(row, ReconciliationModel::CompanyColumn).data().toString() == company)
            return row;
    return -1;
}

struct Setup
{
    Setup() : fixture(t.db)
    {
        workspace.setDatabase(&t.db);
        workspace.setAsOf(test::ReconcileFixture::day());
    }
    test::TempDatabase t;
    test::ReconcileFixture fixture;
    Workspace workspace;
};

} // namespace

TEST_CASE("the reconciliation view lists each kind and filters by kind", "[ui][reconcile]")
{
    Setup s;
    ReconciliationView view(&s.workspace);
    view.resize(1100, 500);
    view.show();

    // Kinds in the enum's order (0 tests, 1 off roster, 2 vaccination,
    // 3 missing report, 4 overdue), then company code.
    CHECK(rows(view)
          == QStringList{u"0|开发公司"_s, u"1|开发公司"_s, u"1|物业公司"_s, u"2|开发公司"_s, u"2|物业公司"_s,
                         u"3|物业公司"_s, u"4|产业公司"_s, u"4|产业公司"_s});
    CHECK(view.statusLabel()->text() == u"Items shown: 8"_s);

    view.kindBox()->setCurrentIndex(view.kindBox()->findData(int(DiscrepancyKind::OffRoster)));
    CHECK(rows(view) == QStringList{u"1|开发公司"_s, u"1|物业公司"_s});
    view.kindBox()->setCurrentIndex(0);
    CHECK(rows(view).size() == 8);

    SECTION("the company scope of the workspace")
    {
        s.workspace.setCompany(s.fixture.company[u"CY"_s], {s.fixture.company[u"CY"_s]});
        CHECK(rows(view) == QStringList{u"4|产业公司"_s, u"4|产业公司"_s});
    }
    SECTION("a range of days: CY's missing 03-08 comes in")
    {
        QTest::mouseClick(view.rangeBox(), Qt::LeftButton);
        REQUIRE(view.fromEdit()->isEnabled());
        CHECK(view.fromEdit()->date() == QDate(2022, 3, 9));
        view.fromEdit()->setDate(QDate(2022, 3, 8));
        CHECK(rowOf(view, DiscrepancyKind::MissingReport, u"产业公司"_s) >= 0);
        CHECK(rows(view).size() == 9);
    }
    SECTION("the as-of date of the workspace: on 03-10 nothing is overdue yet")
    {
        s.workspace.setAsOf(QDate(2022, 3, 10));
        CHECK(rowOf(view, DiscrepancyKind::OverdueFinding, u"产业公司"_s) == -1);
        CHECK(view.toEdit()->date() == QDate(2022, 3, 10));
    }
}

TEST_CASE("mark reviewed with a note hides the item unless reviewed ones are shown", "[ui][reconcile]")
{
    Setup s;
    ReconciliationView view(&s.workspace);
    view.resize(1100, 500);
    view.show();

    const int row = rowOf(view, DiscrepancyKind::TestCount, u"开发公司"_s);
    REQUIRE(row >= 0);
    view.table()->selectRow(row);
    REQUIRE(view.reviewButton()->isEnabled());
    CHECK_FALSE(view.clearButton()->isEnabled());
    QTest::mouseClick(view.reviewButton(), Qt::LeftButton);
    auto *ask = view.findChild<QInputDialog *>();
    REQUIRE(ask);
    auto *line = ask->findChild<QLineEdit *>();
    REQUIRE(line);
    QTest::keyClicks(line, u"lab sent one late"_s);
    QTest::keyClick(line, Qt::Key_Return);

    CHECK(rows(view).size() == 7);
    CHECK(rowOf(view, DiscrepancyKind::TestCount, u"开发公司"_s) == -1);
    CHECK(view.statusLabel()->text() == u"Items shown: 7 (reviewed, hidden: 1)"_s);
    CHECK(s.workspace.undoStack()->count() == 1);

    QTest::mouseClick(view.showReviewedBox(), Qt::LeftButton);
    const int shown = rowOf(view, DiscrepancyKind::TestCount, u"开发公司"_s);
    REQUIRE(shown >= 0);
    CHECK(view.table()->model()->index(shown, ReconciliationModel::ReviewColumn).data().toString()
          == u"lab sent one late"_s);

    SECTION("kept in the file")
    {
        ReconciliationView other(&s.workspace);
        other.refresh();
        CHECK(rows(other).size() == 7);
    }
    SECTION("undone")
    {
        s.workspace.undoStack()->undo();
        CHECK(view.table()->model()->index(rowOf(view, DiscrepancyKind::TestCount, u"开发公司"_s),
                                           ReconciliationModel::ReviewColumn)
                  .data()
                  .toString()
                  .isEmpty());
    }
    SECTION("cleared")
    {
        view.table()->selectRow(shown);
        REQUIRE(view.clearButton()->isEnabled());
        QTest::mouseClick(view.clearButton(), Qt::LeftButton);
        QTest::mouseClick(view.showReviewedBox(), Qt::LeftButton);
        CHECK(rows(view).size() == 8);
    }
}

TEST_CASE("double-click or Enter opens the records behind an item", "[ui][reconcile]")
{
    Setup s;
    ReconciliationView view(&s.workspace);
    view.resize(1100, 500);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    SECTION("double-click: the test records of 开发公司 on 03-15, numbers masked")
    {
        const int row = rowOf(view, DiscrepancyKind::TestCount, u"开发公司"_s);
        REQUIRE(row >= 0);
        const QRect cell = view.table()->visualRect(view.table()->model()->index(row, 1));
        // QTest's double-click sends no press: the view needs one on the cell first.
        QTest::mousePress(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        auto *dialog = view.findChild<RecordsDialog *>();
        REQUIRE(dialog);
        QTableWidget *table = dialog->table();
        REQUIRE(table->rowCount() == 2);
        // X1 (外部1, wài) and A1 (员工1, yuán), in pinyin order: ID
        // numbers keep 6 + 4 characters.
        CHECK(table->item(0, 0)->text() == u"320612********0012"_s);
        CHECK(table->item(0, 1)->text() == u"外部1"_s);
        CHECK(table->item(1, 0)->text() == u"320612********0001"_s);
        CHECK(table->item(1, 1)->text() == u"员工1"_s);
        CHECK(table->item(1, 2)->text() == u"139****0001"_s);
    }
    SECTION("Enter, numbers revealed: the active persons of 开发公司 not fully vaccinated")
    {
        s.workspace.setRevealNumbers(true);
        const int row = rowOf(view, DiscrepancyKind::Unvaccinated, u"开发公司"_s);
        REQUIRE(row >= 0);
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.table()->model()->index(row, 0));
        QTest::keyClick(view.table(), Qt::Key_Return);
        auto *dialog = view.findChild<RecordsDialog *>();
        REQUIRE(dialog);
        QTableWidget *table = dialog->table();
        REQUIRE(table->rowCount() == 3);
        CHECK(table->item(0, 0)->text() == s.fixture.idNumber(u"A2"_s));
        CHECK(table->item(1, 1)->text() == u"员工3"_s);
        CHECK(table->item(2, 1)->text() == u"员工7"_s);
    }
}

TEST_CASE("a person imported under another name is listed and double-click shows the names", "[ui][reconcile]")
{
    Setup s;
    // A tests file (a.csv, import 90) called 员工2 员工二 on its line 4.
    QSqlQuery q(s.t.db.connection());
    REQUIRE(q.exec(u"INSERT INTO import_batch (id, file_name, sha256, kind, imported_at)"
                   u" VALUES (90, 'a.csv', 'x', 'tests', '2022-03-14T08:00:00')"_s));
    REQUIRE(q.prepare(u"INSERT INTO person_name_variant (person_id, name, batch_id, line, file_kind, seen_at)"
                      u" VALUES (?, '员工二', 90, 4, 'tests', '2022-03-14T08:00:00')"_s));
    q.addBindValue(s.fixture.person[u"A2"_s]);
    REQUIRE(q.exec());

    ReconciliationView view(&s.workspace);
    view.resize(1100, 500);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    const int kindIndex = view.kindBox()->findData(int(DiscrepancyKind::NameMismatch));
    REQUIRE(kindIndex >= 0);
    CHECK(view.kindBox()->itemText(kindIndex) == u"Names differ for one ID number"_s);
    view.kindBox()->setCurrentIndex(kindIndex);
    REQUIRE(rows(view) == QStringList{u"5|开发公司"_s});
    CHECK(view.table()->model()->index(0, ReconciliationModel::DescriptionColumn).data().toString()
          == u"ID number 320612********0002: the roster says 员工2; imported files say 员工二 (a.csv, line 4)."_s);

    const QRect cell = view.table()->visualRect(view.table()->model()->index(0, 1));
    QTest::mousePress(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    auto *dialog = view.findChild<RecordsDialog *>();
    REQUIRE(dialog);
    QTableWidget *table = dialog->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == u"320612********0002"_s);
    CHECK(table->item(0, 1)->text() == u"员工2"_s);
    CHECK(table->item(0, 2)->text() == u"Roster"_s);
    CHECK(table->item(1, 0)->text() == u"320612********0002"_s);
    CHECK(table->item(1, 1)->text() == u"员工二"_s);
    CHECK(table->item(1, 2)->text() == u"a.csv (Nucleic-acid tests)"_s);
    CHECK(table->item(1, 3)->text() == u"4"_s);
    CHECK(table->item(1, 4)->text() == u"90"_s);
    CHECK(table->item(1, 5)->text() == u"2022-03-14"_s); // as every table shows a day
}
