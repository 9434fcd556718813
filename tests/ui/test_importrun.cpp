// SPDX-License-Identifier: GPL-3.0-or-later
// An import run through the window: the rows written and the window told,
// one undo step, Cancel, the Imports view with Undo, dropped files, mappings
// kept, a roster's missing persons, and a large file with progress.
#include "importtesting.h"
#include "ui/import/importresultview.h"
#include "ui/import/importrunner.h"
#include "core/db/companyrepository.h"
#include "core/db/importbatchrepository.h"
#include "core/db/personrepository.h"
#include "core/db/repository.h"
#include "core/edit/changehub.h"
#include "core/import/importer.h"
#include "core/import/importundo.h"
#include "core/import/mappingprofiles.h"
#include "core/model/nucleictest.h"
#include "core/validation/idnumber.h"
#include "testdb.h"
#include "ui/common/workspace.h"
#include "ui/import/importrunpages.h"
#include "ui/import/importsourcepages.h"
#include "ui/import/importsview.h"
#include "ui/import/importwizard.h"
#include "ui/shell/mainwindow.h"

#include <QLabel>
#include <QTreeWidget>
#include <QUrl>
#include <QTableWidget>
#include <QPushButton>
#include <QListWidget>
#include <QComboBox>
#include <QFileInfo>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace seawall;
using namespace seawall::test;

TEST_CASE("the import writes the rows and the window is told", "[ui][import]")
{
    test::TempDatabase t;
    importBase(t.db);
    const qint64 before = Repository<NucleicTest>(t.db).count();
    const QString path = twoTests(t.dir.path());
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
    const QString path = twoTests(t.dir.path());
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
    const QString path = twoTests(t.dir.path());
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
    CHECK(window.view<ImportsView>()->isVisible() == window.isVisible());
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
    // Once every record is read, the count gives way to what runs next:
    // the check finishing, the import saving.
    QStringList toldRowsRead;
    QObject::connect(wizard.runner(), &ImportRunner::rowsRead, &wizard, [&] {
        toldRowsRead << static_cast<ImportRunPage *>(wizard.currentPage())->recordsLabel()->text();
    });
    const QString all = QLocale().toString(3 * kDays + 1);
    wizard.show();
    goTo(wizard, ImportWizard::StagingId);
    REQUIRE(waitForRun(wizard.stagingPage()));
    REQUIRE(wizard.stagingPage()->isComplete());
    CHECK(toldRowsRead == QStringList{u"All %1 records read; finishing the check…"_s.arg(all)});
    CHECK(wizard.stagingPage()->recordsLabel()->text() == u"Records read: %1"_s.arg(all));
    wizard.next();
    SummaryPage *summary = wizard.summaryPage();
    // The window's event loop runs while the rows are written: a timer
    // set now fires before the end.
    bool answered = false;
    QTimer::singleShot(0, &wizard, [&answered, summary] { answered = summary->isRunning(); });
    REQUIRE(waitForRun(summary));
    CHECK(answered);
    CHECK(toldRowsRead.value(1) == u"All %1 records read; saving…"_s.arg(all));
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
