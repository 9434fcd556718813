// SPDX-License-Identifier: GPL-3.0-or-later
// The import window's pages: the preview re-read with the user's encoding
// or sheet, a column mapped by hand, and the dry run with its problems.
#include "importtesting.h"
#include "ui/import/importresultview.h"
#include "core/db/importbatchrepository.h"
#include "core/db/repository.h"
#include "core/model/nucleictest.h"
#include "core/workbook/workbookwriter.h"
#include "testdb.h"
#include "ui/import/importrunpages.h"
#include "ui/import/importsourcepages.h"
#include "ui/import/importwizard.h"

#include <QPushButton>
#include <QListWidget>
#include <QLabel>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seawall;
using namespace seawall::test;

TEST_CASE("the preview is read again when the user changes the encoding", "[ui][import]")
{
    test::TempDatabase t;
    QStringEncoder gb("GB18030");
    const QString path = test::writeFile(
        t.dir.filePath(u"gbk.csv"_s), gb.encode(u"单位,姓名,身份证号,采样日期,检测结果\n海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n"_s));
    ImportWizard wizard(t.db, {path});
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK(wizard.filesPage()->list()->count() == 1);
    goTo(wizard, ImportWizard::PreviewId);
    PreviewPage *page = wizard.previewPage();
    QAbstractItemModel *model = page->table()->model();
    CHECK(page->encodingCombo()->currentData().toString() == u"GB18030"_s);
    CHECK(page->kindCombo()->currentData().toInt() == int(csv::FileKind::Tests));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 1).data().toString() == u"陆伟志"_s);
    CHECK(page->isComplete());

    selectData(page->encodingCombo(), u"UTF-8"_s);
    CHECK(model->rowCount() == 0);
    CHECK(page->status()->text().contains(u"1"_s));
    CHECK_FALSE(page->isComplete());

    selectData(page->encodingCombo(), u"GB18030"_s);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 1).data().toString() == u"陆伟志"_s);
    CHECK(wizard.choice(path).encoding == u"GB18030"_s);
    CHECK(page->isComplete());
}

TEST_CASE("a workbook is previewed by sheet, the one with a known header first", "[ui][import][workbook]")
{
    test::TempDatabase t;
    const QString path = t.dir.filePath(u"海通公司.xlsx"_s);
    {
        workbook::WorkbookWriter book(path);
        book.addSheet(u"填表说明"_s);
        book.writeRow(0, {u"填表说明"_s});
        book.addSheet(u"核酸检测"_s);
        book.writeRow(0, {u"单位"_s, u"姓名"_s, u"身份证号"_s, u"采样日期"_s, u"检测结果"_s});
        book.writeRow(1, {u"海通公司"_s, u"陆伟志"_s, u"32061219970812218X"_s, u"2022-03-11"_s, u"阴性"_s});
        REQUIRE(book.save());
    }
    ImportWizard wizard(t.db, {path});
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    goTo(wizard, ImportWizard::PreviewId);
    PreviewPage *page = wizard.previewPage();
    QAbstractItemModel *model = page->table()->model();
    // A workbook has sheets, not an encoding or a delimiter.
    CHECK(page->sheetCombo()->isVisible());
    CHECK_FALSE(page->encodingCombo()->isVisible());
    CHECK_FALSE(page->delimiterCombo()->isVisible());
    CHECK(page->sheetCombo()->count() == 2);
    CHECK(page->sheetCombo()->currentText() == u"核酸检测"_s);
    CHECK(page->kindCombo()->currentData().toInt() == int(csv::FileKind::Tests));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 1).data().toString() == u"陆伟志"_s);
    CHECK(page->status()->text().contains(u"核酸检测"_s));
    CHECK(page->isComplete());

    page->sheetCombo()->setCurrentIndex(0); // the cover sheet: no header Seawall knows
    CHECK(wizard.choice(path).sheet == u"填表说明"_s);
    CHECK(model->rowCount() == 0);
    CHECK_FALSE(page->isComplete());

    page->sheetCombo()->setCurrentIndex(1);
    REQUIRE(model->rowCount() == 1);
    CHECK(page->isComplete());
    CHECK(wizard.options(true, false).choices.value(path).sheet == u"核酸检测"_s);
}

TEST_CASE("a column mapped by hand on the mapping page completes the file", "[ui][import]")
{
    test::TempDatabase t;
    const QString path = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                         "单位,姓名,Column C,采样日期,检测结果\n"
                                         "海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n");
    ImportWizard wizard(t.db, {path});
    wizard.show();
    goTo(wizard, ImportWizard::MappingId);
    MappingPage *page = wizard.mappingPage();
    REQUIRE(page->table()->rowCount() == 5);
    CHECK_FALSE(page->isComplete());
    QComboBox *third = page->columnCombo(2);
    REQUIRE(third);
    CHECK(third->currentData().toString().isEmpty());
    selectData(third, u"id_number"_s);
    CHECK(page->isComplete());
    // a field moves: choosing name for the third column leaves the second unmapped
    selectData(third, u"name"_s);
    CHECK(page->columnCombo(1)->currentData().toString().isEmpty());
    CHECK_FALSE(page->isComplete());
}

TEST_CASE("the dry run shows a bad row with its line and column and writes nothing", "[ui][import]")
{
    test::TempDatabase t;
    importBase(t.db);
    const qint64 before = Repository<NucleicTest>(t.db).count();
    const QString path = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                         kTestsHeader + "海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n"
                                                        "海通公司,曾雪,320612197801146515,2022-13-45,阴性\n");
    ImportWizard wizard(t.db, {path});
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    goTo(wizard, ImportWizard::StagingId);
    StagingPage *page = wizard.stagingPage();
    REQUIRE(waitForRun(page));
    QTreeWidget *problems = page->resultView()->problems();
    QTreeWidgetItem *errors = page->resultView()->errorsItem();
    REQUIRE(errors);
    REQUIRE(errors->childCount() == 1);
    QTreeWidgetItem *error = errors->child(0);
    CHECK(error->text(1) == u"3"_s);
    CHECK(error->text(2) == u"Sampled on"_s);
    CHECK_FALSE(error->text(3).isEmpty());
    CHECK(page->resultView()->counts()->item(0, 7)->text() == u"1"_s);
    CHECK(page->saveRejectsButton()->isVisible());
    CHECK_FALSE(page->isComplete());
    page->skipInvalidBox()->setChecked(true);
    CHECK(page->isComplete());

    // double-clicking the problem shows its row of the file
    const QRect cell = problems->visualItemRect(error);
    // QTest's double-click sends no press: the view needs one on the cell first.
    QTest::mousePress(problems->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, cell.center());
    auto *dialog = page->resultView()->findChild<QDialog *>();
    REQUIRE(dialog);
    auto *cells = dialog->findChild<QTableWidget *>(u"rowCells"_s);
    REQUIRE(cells);
    REQUIRE(cells->rowCount() == 5);
    CHECK(cells->item(3, 0)->text() == u"采样日期"_s);
    CHECK(cells->item(3, 1)->text() == u"Sampled on"_s);
    CHECK(cells->item(3, 2)->text() == u"2022-13-45"_s);
    CHECK(cells->item(2, 2)->text() == u"320612********6515"_s); // masked, as in every list

    // Save rejects copies the rejected row, in the file's own columns
    const QString rejects = t.dir.filePath(u"back.csv"_s);
    REQUIRE(wizard.saveRejects(rejects).ok());
    QFile saved(rejects);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    CHECK(text.contains(u"曾雪"_s));
    CHECK_FALSE(text.contains(u"陆伟志"_s));
    CHECK(Repository<NucleicTest>(t.db).count() == before);
    CHECK(ImportBatchRepository(t.db).all().empty() == false); // the base batches only
    CHECK(ImportBatchRepository(t.db).all().size() == 2);
}
