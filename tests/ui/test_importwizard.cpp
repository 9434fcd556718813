// SPDX-License-Identifier: GPL-3.0-or-later
// The import window: the preview re-read with the user's encoding, the dry
// run and its problems, the import on the worker thread, Cancel, and the
// Imports view with Undo.
#include "chinese.h"
#include "core/edit/changehub.h"
#include "testdb.h"

#include "core/db/companyrepository.h"
#include "core/db/importbatchrepository.h"
#include "core/db/personrepository.h"
#include "core/db/repository.h"
#include "core/model/nucleictest.h"
#include "core/import/importer.h"
#include "ui/import/importresultview.h"
#include "ui/import/importrunpages.h"
#include "ui/import/importsourcepages.h"
#include "ui/import/importsview.h"
#include "core/import/importundo.h"
#include "core/import/mappingprofiles.h"
#include "core/validation/idnumber.h"
#include "core/workbook/workbookwriter.h"
#include "ui/import/importwizard.h"
#include "ui/import/templatesdialog.h"
#include "core/import/importtemplate.h"
#include "ui/shell/mainwindow.h"
#include "ui/common/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QString data(const QString &relative) { return QStringLiteral(SEAWALL_TEST_DATA) + u"/import/"_s + relative; }
QString sample(const QString &name) { return QStringLiteral(SEAWALL_SAMPLES) + u'/' + name; }

// The companies and three persons of 海通公司.
void importBase(Database &db)
{
    REQUIRE(Importer(db).run({data(u"base/companies.csv"_s), data(u"base/personnel.csv"_s)}, {}).committed);
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// Goes to a page with Next, as the user would.
void goTo(ImportWizard &wizard, ImportWizard::PageId page)
{
    while (wizard.currentId() != page) {
        const int before = wizard.currentId();
        wizard.next();
        REQUIRE(wizard.currentId() != before);
    }
}

bool waitForRun(ImportRunPage *page)
{
    return QTest::qWaitFor([page] { return !page->isRunning(); }, 30000);
}

const QByteArray kTestsHeader = "单位,姓名,身份证号,采样日期,检测结果\n";

// The n-th person of 开发公司 (born in 1990), a valid ID number.
QString kfIdNumber(int n)
{
    const QString first17 = u"32061219900101%1"_s.arg(n, 3, 10, QChar(u'0'));
    return first17 + IdNumber::checkCharacter(first17);
}

// 开发公司 has 20 persons on its roster.
void importKfRoster(Database &db, const QString &folder)
{
    QByteArray roster = "单位,姓名,身份证号,人员类别\n";
    for (int n = 1; n <= 20; ++n)
        roster += u"开发公司,职工%1,%2,在编\n"_s.arg(n).arg(kfIdNumber(n)).toUtf8();
    const QString path = test::writeFile(folder + u"/kf-roster-before.csv"_s, roster);
    REQUIRE(Importer(db).run({path}, {}).committed);
}

// The files of a morning: 开发公司's roster without persons 18 to 20, and
// its tests, two rows of which are wrong (lines 4 and 7).
QStringList kfMorning(const QString &folder)
{
    QByteArray roster = "单位,姓名,身份证号,人员类别\n";
    for (int n = 1; n <= 17; ++n)
        roster += u"开发公司,职工%1,%2,在编\n"_s.arg(n).arg(kfIdNumber(n)).toUtf8();
    QByteArray tests = "单位,姓名,身份证号,采样日期,采样点,检测结果\n";
    for (int n = 1; n <= 8; ++n) {
        const QString date = n == 3 ? u"2022-02-30"_s : u"2022-03-15"_s;
        const QString id = n == 6 ? u"3.20612E+17"_s : kfIdNumber(n);
        tests += u"开发公司,职工%1,%2,%3,开发区社区,阴性\n"_s.arg(n).arg(id, date).toUtf8();
    }
    return {test::writeFile(folder + u"/roster.csv"_s, roster), test::writeFile(folder + u"/tests.csv"_s, tests)};
}

QStringList texts(const QTreeWidgetItem *parent, int column)
{
    QStringList list;
    for (int i = 0; i < parent->childCount(); ++i)
        list << parent->child(i)->text(column);
    return list;
}

} // namespace

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

TEST_CASE("the import writes the rows and the window is told", "[ui][import]")
{
    test::TempDatabase t;
    importBase(t.db);
    const qint64 before = Repository<NucleicTest>(t.db).count();
    const QString path = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                         kTestsHeader + "海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n"
                                                        "海通公司,曾雪,320612197801146515,2022-03-11,阴性\n");
    ImportWizard wizard(t.db, {path});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    goTo(wizard, ImportWizard::StagingId);
    REQUIRE(waitForRun(wizard.stagingPage()));
    REQUIRE(wizard.stagingPage()->isComplete());
    CHECK(wizard.stagingPage()->resultView()->problems()->topLevelItemCount() == 0);
    goTo(wizard, ImportWizard::SummaryId);
    SummaryPage *summary = wizard.summaryPage();
    REQUIRE(waitForRun(summary));
    CHECK(summary->result().committed);
    CHECK(imported.count() == 1);
    CHECK(summary->resultView()->counts()->horizontalHeaderItem(3)->text() == u"New"_s);
    CHECK(summary->resultView()->counts()->item(0, 3)->text() == u"2"_s);
    CHECK(Repository<NucleicTest>(t.db).count() == before + 2);
    const auto person = PersonRepository(t.db).findByIdNumber(u"320612197801146515"_s);
    REQUIRE(person);
    NucleicTest key;
    key.personId = person->id;
    key.sampledOn = QDate(2022, 3, 11);
    CHECK(Repository<NucleicTest>(t.db).findByKey(key).has_value());
}

TEST_CASE("an import through the window with a workspace is one undo step", "[ui][import]")
{
    test::TempDatabase t;
    importBase(t.db);
    Workspace workspace;
    workspace.setDatabase(&t.db);
    const qint64 before = Repository<NucleicTest>(t.db).count();
    const QString path = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                         kTestsHeader + "海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n"
                                                        "海通公司,曾雪,320612197801146515,2022-03-11,阴性\n");
    ImportWizard wizard(t.db, {path});
    wizard.setWorkspace(&workspace);
    wizard.show();
    goTo(wizard, ImportWizard::StagingId);
    REQUIRE(waitForRun(wizard.stagingPage()));
    CHECK(workspace.undoStack()->count() == 0); // a dry run is no step
    goTo(wizard, ImportWizard::SummaryId);
    REQUIRE(waitForRun(wizard.summaryPage()));
    REQUIRE(wizard.summaryPage()->result().committed);
    CHECK(Repository<NucleicTest>(t.db).count() == before + 2);
    REQUIRE(workspace.undoStack()->count() == 1);
    CHECK(workspace.undoStack()->undoText() == u"Import tests.csv"_s);

    workspace.undoStack()->undo();
    CHECK(Repository<NucleicTest>(t.db).count() == before);
    workspace.undoStack()->redo();
    CHECK(Repository<NucleicTest>(t.db).count() == before + 2);

    // Undone from the Imports view, the import that is the latest step is
    // undone through the stack, so that Redo brings it back.
    ImportsView imports(&workspace);
    const std::vector<ImportBatch> batches = ImportBatchRepository(t.db).all();
    REQUIRE_FALSE(batches.empty());
    qint64 latest = 0;
    for (const ImportBatch &batch : batches)
        latest = std::max(latest, batch.id);
    REQUIRE(imports.undo(latest).ok());
    CHECK(Repository<NucleicTest>(t.db).count() == before);
    CHECK(workspace.undoStack()->canRedo());
    workspace.undoStack()->redo();
    CHECK(Repository<NucleicTest>(t.db).count() == before + 2);
}

TEST_CASE("cancelling the import writes nothing", "[ui][import]")
{
    test::TempDatabase t;
    QByteArray bytes = "单位编码,单位名称,上级单位编码\nYH,沿海集团,\n";
    for (int i = 0; i < 20000; ++i)
        bytes += u"C%1,公司%1,YH\n"_s.arg(i).toUtf8();
    const QString path = test::writeFile(t.dir.filePath(u"companies.csv"_s), bytes);
    ImportWizard wizard(t.db, {path});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    goTo(wizard, ImportWizard::StagingId);
    REQUIRE(waitForRun(wizard.stagingPage()));
    REQUIRE(wizard.stagingPage()->isComplete());
    wizard.next();
    SummaryPage *summary = wizard.summaryPage();
    REQUIRE(summary->isRunning());
    // Cancel at once: the worker checks every few hundred rows, long
    // before it could read 20,000.
    QTest::mouseClick(summary->cancelButton(), Qt::LeftButton);
    REQUIRE(waitForRun(summary));
    CHECK(summary->result().cancelled);
    CHECK_FALSE(summary->result().committed);
    CHECK(imported.count() == 0);
    CHECK(CompanyRepository(t.db).all().empty());
    CHECK(ImportBatchRepository(t.db).all().empty());
}

TEST_CASE("the Imports view lists a batch and Undo removes its rows", "[ui][import]")
{
    test::TempDatabase t;
    importBase(t.db);
    const qint64 before = Repository<NucleicTest>(t.db).count();
    const QString path = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                         kTestsHeader + "海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n"
                                                        "海通公司,曾雪,320612197801146515,2022-03-11,阴性\n");
    REQUIRE(Importer(t.db).run({path}, {}).committed);
    REQUIRE(Repository<NucleicTest>(t.db).count() == before + 2);
    Workspace workspace;
    workspace.setDatabase(&t.db);
    ImportsView view(&workspace);
    view.show();
    // newest first: the tests file, then the two files of the base
    REQUIRE(view.table()->rowCount() == 3);
    CHECK(view.table()->item(0, 0)->text() == u"tests.csv"_s);
    CHECK(view.table()->item(0, 2)->text() == u"海通公司"_s);
    CHECK(view.table()->item(0, 3)->text() == u"UTF-8"_s);
    CHECK(view.table()->item(0, 5)->text() == u"2"_s);
    CHECK(view.table()->item(0, 10)->text().isEmpty());
    view.table()->selectRow(0);
    CHECK(view.undoButton()->isEnabled());

    QSignalSpy changed(workspace.changes(), &ChangeHub::changed);
    const Status undone = view.undo(view.batchAt(0));
    INFO((undone ? QString() : undone.error().message).toStdString());
    REQUIRE(undone.ok());
    CHECK(changed.count() == 1);
    CHECK(Repository<NucleicTest>(t.db).count() == before);
    REQUIRE(view.table()->rowCount() == 3);
    CHECK_FALSE(view.table()->item(0, 10)->text().isEmpty());
    view.table()->selectRow(0);
    CHECK_FALSE(view.undoButton()->isEnabled());
}

TEST_CASE("the main window takes dropped csv files into the import", "[ui][import]")
{
    test::TempDatabase t;
    const QString path = t.path;
    MainWindow window(path);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(sample(u"tests.csv"_s)), QUrl::fromLocalFile(sample(u"README.md"_s))});
    const QStringList files = MainWindow::importableFiles(&mime);
    REQUIRE(files.size() == 1);
    CHECK(files.at(0).endsWith(u"tests.csv"_s));
    ImportWizard *wizard = window.openImport(files);
    REQUIRE(wizard);
    CHECK(wizard->files() == files);
    // a second drop joins the wizard already open
    CHECK(window.openImport({sample(u"companies.csv"_s)}) == wizard);
    CHECK(wizard->files().size() == 2);
    window.showView(MainWindow::View::Imports);
    CHECK(window.importsView()->isVisible() == window.isVisible());
}

TEST_CASE("a mapping changed in an import is kept for the company's next file", "[ui][import]")
{
    test::TempDatabase t;
    importBase(t.db);
    const QString first = test::writeFile(t.dir.filePath(u"first.csv"_s),
                                          "单位,姓名,Column C,采样日期,检测结果\n"
                                          "海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n");
    {
        ImportWizard wizard(t.db, {first});
        wizard.show();
        goTo(wizard, ImportWizard::MappingId);
        selectData(wizard.mappingPage()->columnCombo(2), u"id_number"_s);
        goTo(wizard, ImportWizard::StagingId);
        REQUIRE(waitForRun(wizard.stagingPage()));
        goTo(wizard, ImportWizard::SummaryId);
        REQUIRE(waitForRun(wizard.summaryPage()));
        REQUIRE(wizard.summaryPage()->result().committed);
    }
    CHECK(MappingProfiles(t.db).load(u"HT"_s, csv::FileKind::Tests).has_value());

    // the next file of 海通公司, its columns in another order, maps by itself
    const QString later = test::writeFile(t.dir.filePath(u"later.csv"_s),
                                          "Column C,单位,姓名,采样日期,检测结果\n"
                                          "320612197801146515,海通公司,曾雪,2022-03-12,阴性\n");
    ImportWizard wizard(t.db, {later});
    wizard.show();
    goTo(wizard, ImportWizard::MappingId);
    CHECK(wizard.mappingPage()->columnCombo(0)->currentData().toString() == u"id_number"_s);
    CHECK(wizard.mappingPage()->isComplete());

    // another company's file is not mapped by it
    const QString other = test::writeFile(t.dir.filePath(u"other.csv"_s),
                                          "单位,姓名,Column C,采样日期,检测结果\n"
                                          "滨江公司,陆伟志,32061219970812218X,2022-03-11,阴性\n");
    ImportWizard otherWizard(t.db, {other});
    const std::optional<csv::HeaderMap> map = otherWizard.mapping(other);
    REQUIRE(map);
    CHECK(map->column(u"id_number"_s) == -1);
}

TEST_CASE("the summary of a roster import lists the missing persons and marks them as left", "[ui][import]")
{
    test::TempDatabase t;
    importBase(t.db);
    // 江丽 is on 海通公司's roster but not in the new file
    const QString path = test::writeFile(t.dir.filePath(u"roster.csv"_s),
                                         "单位,姓名,身份证号,人员类别\n"
                                         "海通公司,陆伟志,32061219970812218X,在编\n"
                                         "海通公司,曾雪,320612197801146515,在编\n");
    ImportWizard wizard(t.db, {path});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    goTo(wizard, ImportWizard::StagingId);
    REQUIRE(waitForRun(wizard.stagingPage()));
    goTo(wizard, ImportWizard::SummaryId);
    SummaryPage *summary = wizard.summaryPage();
    REQUIRE(waitForRun(summary));
    REQUIRE(summary->result().committed);
    REQUIRE(summary->missingList()->count() == 1);
    CHECK(summary->missingList()->item(0)->text().contains(u"江丽"_s));
    CHECK(summary->markLeftButton()->isVisibleTo(summary));
    CHECK_FALSE(PersonRepository(t.db).findByIdNumber(u"320612198708205431"_s)->leftOn.isValid());

    const Status marked = summary->markMissingLeft();
    INFO((marked ? QString() : marked.error().message).toStdString());
    REQUIRE(marked);
    CHECK(PersonRepository(t.db).findByIdNumber(u"320612198708205431"_s)->leftOn == QDate::currentDate());
    CHECK(PersonRepository(t.db).findByIdNumber(u"32061219970812218X"_s)->leftOn.isNull());
    CHECK(summary->missingList()->count() == 0);
    CHECK_FALSE(summary->markLeftButton()->isVisibleTo(summary));
    CHECK(imported.count() == 2);

    // undoing the import brings the person back on the roster
    REQUIRE(ImportUndo(t.db).undo(summary->result().files.at(0).batchId));
    CHECK(PersonRepository(t.db).findByIdNumber(u"320612198708205431"_s)->leftOn.isNull());
}

TEST_CASE("a large tests file imports through the window with progress and the window answering", "[ui][import]")
{
    // Over 1 MiB, so that the importer reads it on a thread of its own
    // beside the one the window's import runs on.
    test::TempDatabase t;
    importBase(t.db);
    QByteArray bytes = kTestsHeader;
    const char *const roster[][2] = {{"陆伟志", "32061219970812218X"}, {"曾雪", "320612197801146515"}, {"江丽", "320612198708205431"}};
    const QDate first(2000, 1, 1);
    constexpr int kDays = 6500;
    for (int day = 0; day < kDays; ++day)
        for (const auto &person : roster)
            bytes += "海通公司," + QByteArray(person[0]) + ',' + person[1] + ','
                     + first.addDays(day).toString(Qt::ISODate).toLatin1() + ",阴性\n";
    bytes += "铁路公司,张三,110101199003074514,2022-03-15,阴性\n";
    const QString path = test::writeFile(t.dir.filePath(u"large.csv"_s), bytes);
    REQUIRE(QFileInfo(path).size() >= 1024 * 1024);
    const qint64 before = Repository<NucleicTest>(t.db).count();
    Workspace workspace;
    workspace.setDatabase(&t.db);

    ImportWizard wizard(t.db, {path});
    wizard.setWorkspace(&workspace);
    wizard.show();
    goTo(wizard, ImportWizard::StagingId);
    REQUIRE(waitForRun(wizard.stagingPage()));
    REQUIRE(wizard.stagingPage()->isComplete());
    wizard.next();
    SummaryPage *summary = wizard.summaryPage();
    // The window's event loop runs while the rows are written: a timer
    // set now fires before the end.
    bool answered = false;
    QTimer::singleShot(0, &wizard, [&answered, summary] { answered = summary->isRunning(); });
    REQUIRE(waitForRun(summary));
    CHECK(answered);
    REQUIRE(summary->result().committed);
    CHECK(summary->result().files.at(0).inserted == 3 * kDays + 1);
    CHECK(summary->result().files.at(0).externalPersons == 1);
    CHECK(Repository<NucleicTest>(t.db).count() == before + 3 * kDays + 1);

    // Undone and done again from the undo stack, off the window's thread
    // too: a timer set before the step fires while it runs.
    const auto answersDuring = [&workspace](void (QUndoStack::*step)()) {
        bool inStep = false;
        bool during = false;
        QTimer::singleShot(0, &workspace, [&] { during = inStep; });
        inStep = true;
        (workspace.undoStack()->*step)();
        inStep = false;
        return during;
    };
    REQUIRE(workspace.undoStack()->count() == 1);
    CHECK(answersDuring(&QUndoStack::undo));
    CHECK(Repository<NucleicTest>(t.db).count() == before);
    CHECK(answersDuring(&QUndoStack::redo));
    CHECK(Repository<NucleicTest>(t.db).count() == before + 3 * kDays + 1);
}

TEST_CASE("the columns are named as the user knows them, with required in words", "[ui][import][labels]")
{
    test::TempDatabase t;
    const QString path = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                         "单位,姓名,Column C,采样日期,检测结果\n"
                                         "海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n");
    SECTION("in English")
    {
        ImportWizard wizard(t.db, {path});
        wizard.show();
        goTo(wizard, ImportWizard::PreviewId);
        const QAbstractItemModel *model = wizard.previewPage()->table()->model();
        CHECK(model->headerData(3, Qt::Horizontal).toString() == u"采样日期\n→ Sampled on"_s);
        CHECK(wizard.previewPage()->status()->text().contains(u"Missing columns: ID number"_s));
        goTo(wizard, ImportWizard::MappingId);
        MappingPage *page = wizard.mappingPage();
        CHECK(page->columnCombo(3)->currentText() == u"Sampled on (required)"_s);
        CHECK(page->columnCombo(0)->currentText() == u"Company"_s);
        CHECK(page->status()->text().contains(u"Required columns not mapped: ID number."_s));
        for (int i = 0; i < page->columnCombo(2)->count(); ++i)
            CHECK_FALSE(page->columnCombo(2)->itemText(i).contains(u'_'));
    }
    SECTION("in Chinese")
    {
        const test::Chinese chinese;
        ImportWizard wizard(t.db, {path});
        wizard.show();
        goTo(wizard, ImportWizard::PreviewId);
        const QAbstractItemModel *model = wizard.previewPage()->table()->model();
        CHECK(model->headerData(3, Qt::Horizontal).toString() == u"采样日期\n→ 采样日期"_s);
        goTo(wizard, ImportWizard::MappingId);
        MappingPage *page = wizard.mappingPage();
        CHECK(page->columnCombo(3)->currentText() == u"采样日期（必填）"_s);
        CHECK(page->columnCombo(1)->currentText() == u"姓名"_s);
        QStringList items;
        for (int i = 0; i < page->columnCombo(2)->count(); ++i)
            items << page->columnCombo(2)->itemText(i);
        CHECK(items == QStringList{u"不导入"_s, u"单位"_s, u"姓名"_s, u"身份证号（必填）"_s, u"采样日期（必填）"_s,
                                   u"采样点"_s, u"检测结果"_s, u"检测机构"_s});
        CHECK(page->status()->text().contains(u"身份证号"_s));
        CHECK_FALSE(page->status()->text().contains(u"id_number"_s));
    }
}

TEST_CASE("the errors that stop the import come first and the roster differences are one line, masked", "[ui][import][problems]")
{
    test::TempDatabase t;
    importBase(t.db);
    importKfRoster(t.db, t.dir.path());
    Workspace workspace;
    workspace.setDatabase(&t.db);
    ImportWizard wizard(t.db, kfMorning(t.dir.path()));
    wizard.setWorkspace(&workspace);
    wizard.show();
    goTo(wizard, ImportWizard::StagingId);
    StagingPage *page = wizard.stagingPage();
    REQUIRE(waitForRun(page));
    ImportResultView *view = page->resultView();

    // Two parts: the errors, then the notices.
    REQUIRE(view->problems()->topLevelItemCount() == 2);
    QTreeWidgetItem *errors = view->errorsItem();
    REQUIRE(errors == view->problems()->topLevelItem(0));
    CHECK(errors->text(0) == u"Errors that stop the import: 2"_s);
    CHECK(errors->isExpanded());
    CHECK(texts(errors, 0) == QStringList{u"tests.csv"_s, u"tests.csv"_s});
    CHECK(texts(errors, 1) == QStringList{u"4"_s, u"7"_s});
    CHECK(texts(errors, 2) == QStringList{u"Sampled on"_s, u"ID number"_s});

    QTreeWidgetItem *notices = view->noticesItem();
    REQUIRE(notices == view->problems()->topLevelItem(1));
    CHECK(notices->text(0) == u"Notices, which do not stop the import: 3"_s);
    REQUIRE(notices->childCount() == 1);
    QTreeWidgetItem *missing = notices->child(0);
    CHECK(missing->text(0) == u"roster.csv"_s);
    CHECK(missing->text(3) == u"3 person(s) on the roster but not in this file"_s);
    CHECK_FALSE(missing->isExpanded());
    const QString id18 = kfIdNumber(18);
    const QString masked18 = id18.left(6) + u"********"_s + id18.right(4);
    REQUIRE(missing->childCount() == 3);
    CHECK(missing->child(0)->text(3) == u"职工18 (%1), 开发公司"_s.arg(masked18));
    for (QTreeWidgetItemIterator it(view->problems()); *it; ++it)
        for (int column = 0; column < 4; ++column)
            CHECK_FALSE((*it)->text(column).contains(id18));

    // View ▸ Show Full Numbers
    workspace.setRevealNumbers(true);
    missing = view->noticesItem()->child(0);
    CHECK(missing->child(0)->text(3) == u"职工18 (%1), 开发公司"_s.arg(id18));
}

TEST_CASE("a record repeated in the files of a first import is counted as repeated, not updated, and explained", "[ui][import][counts]")
{
    test::TempDatabase t;
    // An empty database: the companies and the tests come together.
    const QString companies = test::writeFile(t.dir.filePath(u"companies.csv"_s),
                                              "单位编码,单位名称,上级单位编码\nYH,沿海集团,\nHT,海通公司,YH\n");
    const QString tests = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                          "单位,姓名,身份证号,采样日期,采样点,检测结果,检测机构\n"
                                          "海通公司,陆伟志,32061219970812218X,2022-03-11,通州湾社区,阴性,通州区疾控中心\n"
                                          "海通公司,曾雪,320612197801146515,2022-03-11,通州湾社区,阴性,通州区疾控中心\n"
                                          "海通公司,陆伟志,32061219970812218X,2022-03-11,通州湾社区,阴性,第三方检测机构\n");
    ImportWizard wizard(t.db, {companies, tests});
    wizard.show();
    goTo(wizard, ImportWizard::StagingId);
    StagingPage *page = wizard.stagingPage();
    REQUIRE(waitForRun(page));
    QTableWidget *counts = page->resultView()->counts();
    REQUIRE(counts->rowCount() == 2);
    CHECK(counts->horizontalHeaderItem(3)->text() == u"Would add"_s);
    CHECK(counts->horizontalHeaderItem(4)->text() == u"Would update"_s);
    CHECK(counts->horizontalHeaderItem(6)->text() == u"Repeated"_s);
    CHECK(counts->item(1, 0)->text() == u"tests.csv"_s);
    CHECK(counts->item(1, 3)->text() == u"2"_s);
    CHECK(counts->item(1, 4)->text() == u"0"_s);
    CHECK(counts->item(1, 5)->text() == u"0"_s);
    CHECK(counts->item(1, 6)->text() == u"1"_s);
    CHECK(page->summary()->text()
          == u"Checked 5 rows: would add 4, would update 0, unchanged 0, repeated 1, rejected 0."_s);
    const QString meaning = page->resultView()->countsMeaning()->text();
    CHECK(meaning.contains(u"Would update: records it holds (the same key) with other values"_s));
    CHECK(meaning.contains(u"Repeated: rows with the key of an earlier row of this import"_s));
    CHECK(meaning.contains(u"Nucleic-acid tests: ID number, Sampled on, Sampling site"_s));
    CHECK(meaning.contains(u"Companies: Company code"_s));
    // The row that replaced the values of an earlier one is a notice at its line.
    QTreeWidgetItem *notices = page->resultView()->noticesItem();
    REQUIRE(notices);
    REQUIRE(notices->childCount() == 1);
    CHECK(notices->child(0)->text(1) == u"4"_s);
    CHECK(notices->child(0)->text(3).contains(u"earlier row of this import, with other values"_s));
}

TEST_CASE("the final message says how many rows were imported and rejected, and where the rejects went", "[ui][import][summary]")
{
    test::TempDatabase t;
    importBase(t.db);
    const QString path = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                         kTestsHeader + "海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n"
                                                        "海通公司,曾雪,320612197801146515,2022-13-45,阴性\n"
                                                        "海通公司,江丽,320612198708205431,2022-03-11,阴性\n");
    ImportWizard wizard(t.db, {path});
    wizard.show();
    goTo(wizard, ImportWizard::StagingId);
    REQUIRE(waitForRun(wizard.stagingPage()));
    wizard.stagingPage()->skipInvalidBox()->setChecked(true);
    goTo(wizard, ImportWizard::SummaryId);
    SummaryPage *summary = wizard.summaryPage();
    REQUIRE(waitForRun(summary));
    REQUIRE(summary->result().committed);
    CHECK(summary->summary()->text()
          == u"Imported 2 rows: new 2, updated 0, unchanged 0, repeated 0. 1 row(s) rejected and not imported. "
             u"They are not saved yet: Save rejects… writes them to a file to send back."_s);
    CHECK(summary->saveRejectsButton()->isVisibleTo(summary));

    const QString chosen = t.dir.filePath(u"back/rejects_gui.csv"_s);
    QDir().mkpath(t.dir.filePath(u"back"_s));
    const Result<QStringList> saved = wizard.saveRejects(chosen);
    REQUIRE(saved.ok());
    CHECK(saved.value() == QStringList{chosen});
    CHECK(summary->summary()->text().endsWith(u"1 row(s) rejected and not imported. They were saved to %1."_s
                                                  .arg(QDir::toNativeSeparators(chosen))));
}

TEST_CASE("rejects are saved under the name of their file", "[ui][import][rejects]")
{
    test::TempDatabase t;
    importBase(t.db);
    const QString good = test::writeFile(t.dir.filePath(u"companies.csv"_s),
                                         "单位编码,单位名称,上级单位编码\nHR,海润公司,YH\n");
    const QString tests = test::writeFile(t.dir.filePath(u"tests.csv"_s),
                                          kTestsHeader + "海通公司,曾雪,320612197801146515,2022-13-45,阴性\n");
    const QString daily = test::writeFile(t.dir.filePath(u"daily.csv"_s),
                                          "日期,单位,在岗人数\n2022-03-15,海通公司,很多\n");
    const QString out = t.dir.filePath(u"out"_s);
    QDir().mkpath(out);

    SECTION("one file: exactly the path chosen")
    {
        ImportWizard wizard(t.db, {tests});
        wizard.show();
        goTo(wizard, ImportWizard::StagingId);
        REQUIRE(waitForRun(wizard.stagingPage()));
        CHECK(wizard.proposedRejectsPath() == t.dir.filePath(u"tests-rejects.csv"_s));
        const QString chosen = out + u"/rejects_gui.csv"_s;
        REQUIRE(wizard.saveRejects(chosen).ok());
        CHECK(QDir(out).entryList(QDir::Files) == QStringList{u"rejects_gui.csv"_s});
    }
    SECTION("several files, one with rejects: the name follows it, and the path chosen is the one written")
    {
        ImportWizard wizard(t.db, {good, tests});
        wizard.show();
        goTo(wizard, ImportWizard::StagingId);
        REQUIRE(waitForRun(wizard.stagingPage()));
        CHECK(wizard.filesWithRejects() == QStringList{tests});
        CHECK(wizard.proposedRejectsPath() == t.dir.filePath(u"tests-rejects.csv"_s));
        const QString chosen = out + u"/rejects_gui.csv"_s;
        REQUIRE(wizard.saveRejects(chosen).ok());
        CHECK(QDir(out).entryList(QDir::Files) == QStringList{u"rejects_gui.csv"_s});
        QFile saved(chosen);
        REQUIRE(saved.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(saved.readAll()).contains(u"2022-13-45"_s));
    }
    SECTION("several files with rejects: one file each in the folder chosen, named after it, and said")
    {
        ImportWizard wizard(t.db, {tests, daily});
        wizard.show();
        goTo(wizard, ImportWizard::StagingId);
        StagingPage *page = wizard.stagingPage();
        REQUIRE(waitForRun(page));
        CHECK(wizard.filesWithRejects() == QStringList{tests, daily});
        CHECK(wizard.proposedRejectsPath() == t.dir.path());
        const Result<QStringList> saved = wizard.saveRejects(out);
        REQUIRE(saved.ok());
        const QStringList expected{out + u"/tests-rejects.csv"_s, out + u"/daily-rejects.csv"_s};
        CHECK(saved.value() == expected);
        CHECK(QDir(out).entryList(QDir::Files) == QStringList{u"daily-rejects.csv"_s, u"tests-rejects.csv"_s});
        CHECK(page->summary()->text().endsWith(u"The rejected rows were saved to %1, %2."_s.arg(
            QDir::toNativeSeparators(expected.at(0)), QDir::toNativeSeparators(expected.at(1)))));
    }
}

TEST_CASE("File ▸ Templates writes a workbook for each kind chosen into the folder", "[ui][import][templates]")
{
    QTemporaryDir dir;
    TemplatesDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // Every kind the program knows is offered, all chosen.
    REQUIRE(dialog.kinds()->count() == int(csv::HeaderMap::kinds().size()));
    dialog.kinds()->item(0)->setCheckState(Qt::Unchecked); // not the companies
    dialog.folder()->setText(QDir::toNativeSeparators(dir.filePath(u"模板"_s)));
    auto *write = dialog.findChild<QPushButton *>(u"write"_s);
    REQUIRE(write);
    const QString label = write->text();
    REQUIRE(dialog.writeTemplates());
    const QStringList written = QDir(dir.filePath(u"模板"_s)).entryList(QDir::Files);
    CHECK(written.size() == dialog.kinds()->count() - 1);
    CHECK_FALSE(written.contains(ImportTemplate::fileName(csv::FileKind::Companies)));
    CHECK(written.contains(ImportTemplate::fileName(csv::FileKind::Tests)));
    CHECK(dialog.status()->text().contains(ImportTemplate::fileName(csv::FileKind::Tests)));
    CHECK(write->text() == label);
}
