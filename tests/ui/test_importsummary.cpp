// SPDX-License-Identifier: GPL-3.0-or-later
// What the import window says: columns named as the user knows them,
// problems in order, repeated rows, the final message, the rejects file,
// and File ▸ Templates.
#include "importtesting.h"
#include "chinese.h"
#include "core/import/importtemplate.h"
#include "core/validation/idnumber.h"
#include "testdb.h"
#include "ui/common/workspace.h"
#include "ui/import/importresultview.h"
#include "ui/import/importrunpages.h"
#include "ui/import/importsourcepages.h"
#include "ui/import/importwizard.h"
#include "ui/import/templatesdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QCheckBox>
#include <QLabel>
#include <QDir>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seawall;
using namespace seawall::test;

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

TEST_CASE("a roster that takes persons over from another company names them, where they were, masked",
          "[ui][import][problems]")
{
    test::TempDatabase t;
    importBase(t.db); // 陆伟志, 曾雪 and 江丽 of 海通公司
    importKfRoster(t.db, t.dir.path()); // 职工1 … 职工20 of 开发公司
    // 海通公司's roster: its three, and 职工5 and 职工12 of 开发公司.
    const QString roster = test::writeFile(t.dir.filePath(u"ht-roster.csv"_s),
                                           (u"单位,姓名,身份证号,人员类别\n"
                                            u"海通公司,陆伟志,32061219970812218X,在编\n"
                                            u"海通公司,职工5,%1,在编\n"
                                            u"海通公司,曾雪,320612197801146515,在编\n"
                                            u"海通公司,江丽,320612198708205431,在编\n"
                                            u"海通公司,职工12,%2,在编\n"_s.arg(kfIdNumber(5), kfIdNumber(12)))
                                               .toUtf8());
    const auto masked = [](const QString &id) { return id.left(6) + u"********"_s + id.right(4); };
    const QStringList expected{u"职工5 (%1), from 开发公司 to 海通公司"_s.arg(masked(kfIdNumber(5))),
                               u"职工12 (%1), from 开发公司 to 海通公司"_s.arg(masked(kfIdNumber(12)))};
    ImportWizard wizard(t.db, {roster});
    wizard.show();
    goTo(wizard, ImportWizard::StagingId);
    REQUIRE(waitForRun(wizard.stagingPage()));

    // The check: what the import would do.
    QTreeWidgetItem *notices = wizard.stagingPage()->resultView()->noticesItem();
    REQUIRE(notices);
    CHECK(notices->text(0) == u"Notices, which do not stop the import: 2"_s);
    REQUIRE(notices->childCount() == 1);
    QTreeWidgetItem *moved = notices->child(0);
    CHECK(moved->text(0) == u"ht-roster.csv"_s);
    CHECK(moved->text(3) == u"2 person(s) on another company's roster, whom the file moves to its own"_s);
    CHECK(texts(moved, 3) == expected);

    // The import: what it did.
    goTo(wizard, ImportWizard::SummaryId);
    REQUIRE(waitForRun(wizard.summaryPage()));
    REQUIRE(wizard.summaryPage()->result().committed);
    moved = wizard.summaryPage()->resultView()->noticesItem()->child(0);
    CHECK(moved->text(3) == u"2 person(s) moved from another company's roster"_s);
    CHECK(texts(moved, 3) == expected);
}

TEST_CASE("the persons a roster moves are named in Chinese", "[ui][import][problems]")
{
    const test::Chinese chinese;
    test::TempDatabase t;
    importBase(t.db);
    importKfRoster(t.db, t.dir.path());
    const QString roster = test::writeFile(t.dir.filePath(u"ht-roster.csv"_s),
                                           (u"单位,姓名,身份证号,人员类别\n"
                                            u"海通公司,陆伟志,32061219970812218X,在编\n"
                                            u"海通公司,曾雪,320612197801146515,在编\n"
                                            u"海通公司,江丽,320612198708205431,在编\n"
                                            u"海通公司,职工5,%1,在编\n"_s.arg(kfIdNumber(5)))
                                               .toUtf8());
    ImportWizard wizard(t.db, {roster});
    wizard.show();
    goTo(wizard, ImportWizard::StagingId);
    REQUIRE(waitForRun(wizard.stagingPage()));
    QTreeWidgetItem *moved = wizard.stagingPage()->resultView()->noticesItem()->child(0);
    CHECK(moved->text(3) == u"其他单位花名册上的 1 人，本文件将其调入本单位"_s);
    const QString id = kfIdNumber(5);
    CHECK(moved->child(0)->text(3) == u"职工5（%1），由开发公司调入海通公司"_s.arg(id.left(6) + u"********"_s + id.right(4)));
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
