// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinese.h"
#include "figuresfixture.h"
#include "core/figures/figuresengine.h"
#include "ui/today/figuresview.h"
#include "ui/shell/mainwindow.h"
#include "scratchdisk.h"
#include "testdb.h"
#include "core/db/companyrepository.h"
#include "core/db/personrepository.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"
#include "ui/forms/entityform.h"
#include "ui/shell/companytree.h"
#include "ui/shell/filecommands.h"
#include "ui/shell/restoredialog.h"
#include "core/db/dailybackup.h"
#include "ui/shell/settingsdialog.h"
#include "ui/common/workspace.h"
#include "ui/shell/welcomedialog.h"
#include "ui/lists/inspectionsview.h"
#include "core/edit/edits.h"

#include <QAction>
#include <QTreeWidget>
#include <QStatusBar>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTableView>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTimer>
#include <QUndoStack>

#include <QDateEdit>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// A database file holding the hand-built group of FiguresFixture.
QString fixtureFile(const QTemporaryDir &dir, QHash<QString, qint64> *companies = nullptr)
{
    const QString path = dir.filePath(u"fixture.sqlite"_s);
    Database db;
    REQUIRE(db.open(path).ok());
    test::FiguresFixture fixture(db);
    if (companies)
        *companies = fixture.company;
    return path;
}

} // namespace

TEST_CASE("the window shows the figures engine's numbers for the as-of date", "[ui]")
{
    QTemporaryDir dir;
    const QString path = fixtureFile(dir);
    MainWindow window(path);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.problem().isEmpty());
    auto *asOf = window.findChild<QDateEdit *>(u"asOf"_s);
    REQUIRE(asOf);
    asOf->setDate(test::FiguresFixture::day());
    const QLocale locale;
    CHECK(window.figuresView()->figureText(u"personnel.active"_s) == locale.toString(9));
    CHECK(window.figuresView()->figureText(u"tests.on_date"_s) == locale.toString(5));
    CHECK(window.figuresView()->figureText(u"vaccination.full_rate"_s).startsWith(locale.toString(50.0, 'f', 1)));
    CHECK(window.figuresView()->figureText(u"daily_reports.missing"_s) == locale.toString(1));
    CHECK_FALSE(window.grab().isNull());
}

TEST_CASE("the status bar names the database by its file, the whole path in its tooltip", "[ui]")
{
    // A path as deep as a coordinator's documents folder: written out in
    // the status bar it took the room of the messages beside it.
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(u"防控工作/2022年/3月/共享"_s));
    const QString path = dir.filePath(u"防控工作/2022年/3月/共享/集团.sqlite"_s);
    MainWindow window(path);
    const auto *label = window.statusBar()->findChild<QLabel *>(u"database"_s);
    REQUIRE(label);
    CHECK(label->text() == u"Database: 集团.sqlite"_s);
    CHECK(label->toolTip() == QDir::toNativeSeparators(path));
}

TEST_CASE("a file that cannot be opened shows why and the window stays", "[ui]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(u"not-a-db.sqlite"_s), "hello");
    MainWindow window(path);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.problem().contains(u"not-a-db.sqlite"_s));
    CHECK(window.isVisible());
    // and it can go on to a good file
    REQUIRE(window.openDatabase(dir.filePath(u"good.sqlite"_s)));
    CHECK(window.problem().isEmpty());
}

namespace {

// Answers the next message box the window shows (File ▸ Open of a bad file).
void closeNextMessageBox()
{
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
}

} // namespace

TEST_CASE("a file locked by another program opens to a message and the window stays usable", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locked.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path).ok());
    }
    test::RawSqlite holder(path);
    holder.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s);
    holder.exec(u"BEGIN EXCLUSIVE"_s);
    holder.exec(u"INSERT INTO company (code, name) VALUES ('X', 'X')"_s);
    {
        MainWindow window(path);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.problem().contains(u"locked"_s));
        CHECK(window.workspace()->database() == nullptr);
        // Every view is still there to go to, and nothing is listed.
        window.showView(MainWindow::View::Personnel);
        CHECK(window.recordList(int(MainWindow::View::Personnel))->model()->rowCount() == 0);
    }
}

TEST_CASE("a file that fails to open leaves the open one open", "[ui]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.sqlite"_s);
    const QString bad = test::writeFile(dir.filePath(u"bad.sqlite"_s), "not a database at all");
    MainWindow window(good);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    closeNextMessageBox();
    CHECK_FALSE(window.openDatabase(bad));
    CHECK(window.problem().isEmpty());
    REQUIRE(window.workspace()->database());
    CHECK(window.workspace()->database()->path() == good);
    // and the good one is the first of the recent files
    CHECK(FileCommands::recentFiles().value(0) == QFileInfo(good).absoluteFilePath());
    // A file opened from the File menu is the one the next start opens.
    const QString other = dir.filePath(u"other.sqlite"_s);
    auto *files = window.findChild<FileCommands *>();
    REQUIRE(files);
    emit files->openRequested(other);
    CHECK(window.workspace()->database()->path() == other);
    CHECK(WelcomeDialog::rememberedDatabase() == other);
}

TEST_CASE("the window masks ID numbers until Show Full Numbers is on", "[ui]")
{
    QTemporaryDir dir;
    const QString path = fixtureFile(dir);
    MainWindow window(path);
    window.show();
    window.showView(MainWindow::View::Personnel);
    RecordListView *persons = window.recordList(int(MainWindow::View::Personnel));
    REQUIRE(persons);
    QTest::keyClicks(persons->searchBox(), u"163X"_s);
    REQUIRE(persons->model()->rowCount() == 1);
    CHECK(persons->model()->text(0, 1) == u"320612********163X"_s);
    auto *reveal = window.findChild<QAction *>(u"revealNumbers"_s);
    REQUIRE(reveal);
    reveal->trigger();
    CHECK(persons->model()->text(0, 1) == u"32061219850312163X"_s);
    reveal->trigger();
    CHECK(persons->model()->text(0, 1) == u"320612********163X"_s);
}

TEST_CASE("Edit Settings has a key on every platform", "[ui]")
{
    QTemporaryDir dir;
    MainWindow window(fixtureFile(dir));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *settings = window.findChild<QAction *>(u"settings"_s);
    REQUIRE(settings);
    REQUIRE_FALSE(settings->shortcut().isEmpty());
#if defined(Q_OS_LINUX)
    // Linux has no standard key for settings: what users there know is
    // Ctrl+, from other programs.
    CHECK(settings->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma));
#endif
    // No other action of the window answers the same key: Qt would then
    // run neither.
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action == settings)
            continue;
        CAPTURE(action->text());
        CHECK_FALSE(action->shortcuts().contains(settings->shortcut()));
    }

    // Pressing the key opens the settings dialog; it is closed again as soon
    // as it is up.
    bool opened = false;
    QTimer::singleShot(0, &window, [&opened] {
        QWidget *modal = QApplication::activeModalWidget();
        opened = qobject_cast<SettingsDialog *>(modal) != nullptr;
        if (modal)
            modal->close();
    });
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
#if defined(Q_OS_LINUX)
    QTest::keyClick(focus, Qt::Key_Comma, Qt::ControlModifier);
#else
    QTest::keySequence(focus, settings->shortcut());
#endif
    CHECK(opened);
}

TEST_CASE("the company tree filters the lists and a company dragged under another is one undo step", "[ui]")
{
    QTemporaryDir dir;
    QHash<QString, qint64> company;
    const QString path = fixtureFile(dir, &company);
    MainWindow window(path);
    window.show();
    window.showView(MainWindow::View::Personnel);
    RecordListView *persons = window.recordList(int(MainWindow::View::Personnel));
    CHECK(persons->model()->rowCount() == 13);
    // 开发公司 and its child 物业公司: P1 P2 P3 P12 and P4 P5 P13
    window.companyTree()->chooseCompany(company.value(u"KF"_s));
    CHECK(persons->model()->rowCount() == 7);
    // Today's figures count them too: active on the 15th P1 P2 P4 P5 P13.
    window.workspace()->setAsOf(test::FiguresFixture::day());
    window.showView(MainWindow::View::Today);
    CHECK(window.figuresView()->figureText(u"personnel.active"_s) == QLocale().toString(5));
    CHECK(window.figuresView()->figureText(u"tests.on_date"_s) == QLocale().toString(4));
    window.showView(MainWindow::View::Personnel);

    // 产业公司 (P6 P7 P8) moves under 开发公司: it is in the choice now.
    emit window.companyTree()->moveRequested(company.value(u"CY"_s), company.value(u"KF"_s));
    CHECK(CompanyRepository(*window.workspace()->database()).find(company.value(u"CY"_s))->parentId
          == company.value(u"KF"_s));
    CHECK(persons->model()->rowCount() == 10);
    QUndoStack *undo = window.workspace()->undoStack();
    REQUIRE(undo->count() == 1);
    CHECK(undo->undoText().contains(u"产业公司"_s));
    undo->undo();
    CHECK(CompanyRepository(*window.workspace()->database()).find(company.value(u"CY"_s))->parentId
          == company.value(u"YH"_s));
    CHECK(persons->model()->rowCount() == 7);
    undo->redo();
    CHECK(persons->model()->rowCount() == 10);
    // A company cannot go under its own child.
    closeNextMessageBox();
    emit window.companyTree()->moveRequested(company.value(u"KF"_s), company.value(u"WY"_s));
    CHECK(undo->count() == 1);
}

TEST_CASE("Back Up To writes a copy of the open database", "[ui]")
{
    QTemporaryDir dir;
    const QString path = fixtureFile(dir);
    MainWindow window(path);
    auto *files = window.findChild<FileCommands *>();
    REQUIRE(files);
    const QString copy = dir.filePath(u"backup.sqlite"_s);
    REQUIRE(files->backupTo(copy));
    Database db;
    REQUIRE(db.open(copy).ok());
    CHECK(PersonRepository(db).count() == 13);
}

TEST_CASE("Back Up To a full disk says why, naming the copy, and leaves no file", "[ui][errors]")
{
    QTemporaryDir dir;
    const QString path = fixtureFile(dir);
    MainWindow window(path);
    auto *files = window.findChild<FileCommands *>();
    REQUIRE(files);
    const test::ScratchDisk disk(dir.filePath(u"usb"_s), test::ScratchDisk::Kind::Full, 16 * 1024);
    if (!disk.ok()) {
        WARN("not run: " << disk.why().toStdString());
        return;
    }
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    const QString copy = disk.filePath(u"backup.sqlite"_s);
    CHECK_FALSE(files->backupTo(copy));
    CHECK(shown.contains(u"Cannot write "_s + QDir::toNativeSeparators(copy)));
    CHECK(shown.contains(u"disk is full"_s));
    CHECK(disk.entries().isEmpty());
}

TEST_CASE("Insert in the Personnel list adds a person through the form and Edit Undo takes it back", "[ui]")
{
    QTemporaryDir dir;
    QHash<QString, qint64> company;
    const QString path = fixtureFile(dir, &company);
    MainWindow window(path);
    window.show();
    window.showView(MainWindow::View::Personnel);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    RecordListView *persons = window.recordList(int(MainWindow::View::Personnel));
    REQUIRE(persons->model()->rowCount() == 13);

    bool formShown = false;
    QTimer::singleShot(0, [&] {
        auto *form = qobject_cast<EntityForm *>(QApplication::activeModalWidget());
        formShown = form && form->entity().kind == EntityKind::Person;
        if (!formShown) {
            if (QApplication::activeModalWidget())
                QApplication::activeModalWidget()->close();
            return;
        }
        // The cursor starts in the first field, the ID number.
        REQUIRE(form->focusWidget() == form->fieldWidget(u"id_number"_s));
        QTest::keyClicks(form->focusWidget(), u"11010519491231002X"_s);
        auto *name = qobject_cast<QLineEdit *>(form->fieldWidget(u"name"_s));
        auto *companies = qobject_cast<QComboBox *>(form->fieldWidget(u"company"_s));
        REQUIRE(name);
        REQUIRE(companies);
        name->setText(u"新员工"_s);
        companies->setCurrentIndex(companies->findData(company.value(u"KF"_s)));
        QTest::keyClick(name, Qt::Key_Return);
    });
    persons->table()->setFocus();
    QTest::keyClick(persons->table(), Qt::Key_Insert);
    CHECK(formShown);
    CHECK(persons->model()->rowCount() == 14);
    QAction *undo = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    REQUIRE(undo);
    CHECK(undo->text().contains(u"新员工"_s));
    undo->trigger();
    CHECK(persons->model()->rowCount() == 13);
}

namespace {

// Whatever a key opens modally (a file dialog, Settings) is closed again at once.
void closeModalsSoon(int *closed)
{
    QTimer::singleShot(0, [closed] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            ++*closed;
            modal->close();
        }
    });
}

// Qt says "Ambiguous shortcut overload" when two actions answer one key and
// then runs neither; this catches it while the window is tested.
QStringList ambiguous;
void catchAmbiguous(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg && message.contains(u"Ambiguous shortcut"_s))
        ambiguous << message;
}

} // namespace

TEST_CASE("every key a menu shows does what it says, none is ambiguous, Ctrl+F reaches the list's search", "[ui]")
{
    QTemporaryDir dir;
    MainWindow window(fixtureFile(dir));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    ambiguous.clear();
    const QtMessageHandler previous = qInstallMessageHandler(catchAmbiguous);

    // The actions of the menus, and every action answering keys anywhere
    // in the window (a list's Insert and Delete answer only in their list).
    QList<QAction *> menuActions;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->isSeparator())
                menuActions << action;
        }
    };
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            collect(top->menu());
    CHECK(menuActions.size() > 15);
    QHash<QString, QString> owners;
    QList<QAction *> withKeys;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!menuActions.contains(action) && action->shortcutContext() != Qt::WindowShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            INFO(key.toString().toStdString() << ": " << action->text().toStdString() << " and "
                                              << owners.value(key.toString()).toStdString());
            CHECK_FALSE(owners.contains(key.toString()));
            owners.insert(key.toString(), action->text());
        }
        if (menuActions.contains(action) && action->isEnabled() && !action->shortcut().isEmpty())
            withKeys << action;
    }
    CHECK(owners.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString())); // Redo, as the menu shows

    // Something to undo and redo.
    Workspace *workspace = window.workspace();
    Company added;
    added.code = u"BJ2"_s;
    added.name = u"滨江二公司"_s;
    REQUIRE(workspace->apply(Edits::save(*workspace->database(), added)).ok());
    const auto count = [&] { return CompanyRepository(*workspace->database()).count(); };
    const qint64 companies = count();

    // Each key of each menu action, pressed on the window, triggers it.
    int closed = 0;
    for (QAction *action : std::as_const(withKeys)) {
        if (action->text() == u"&Quit"_s)
            continue; // pressed last
        INFO(action->text().toStdString() << " " << action->shortcut().toString().toStdString());
        // What the last key opened (the import wizard is a window of its own) goes first.
        for (QWidget *other : QApplication::topLevelWidgets())
            if (other != &window && other->isVisible())
                other->close();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QSignalSpy triggered(action, &QAction::triggered);
        closeModalsSoon(&closed);
        QTest::keySequence(&window, action->shortcut());
        CHECK(triggered.count() == 1);
        if (action->objectName() == u"revealNumbers"_s)
            action->setChecked(false);
    }
    // Undo took the company away, and Redo (Ctrl+Shift+Z) brought it back.
    CHECK(count() == companies);
    window.activateWindow();
    QTest::keySequence(&window, QKeySequence::Undo);
    CHECK(count() == companies - 1);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    CHECK(count() == companies);

    // Ctrl+F from the navigation list lands in the list in sight.
    window.showView(MainWindow::View::Personnel);
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    REQUIRE(navigation);
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
    CHECK(window.recordList(int(MainWindow::View::Personnel))->searchBox()->hasFocus());
    window.showView(MainWindow::View::Inspections);
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
    CHECK(window.view<InspectionsView>()->inspections()->searchBox()->hasFocus());

    qInstallMessageHandler(previous);
    CHECK(ambiguous.isEmpty());
    // And Quit quits.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QAction *quit = nullptr;
    for (QAction *action : std::as_const(menuActions))
        if (action->text() == u"&Quit"_s)
            quit = action;
    REQUIRE(quit);
    REQUIRE_FALSE(quit->shortcut().isEmpty());
    QSignalSpy quitting(quit, &QAction::triggered);
    QTest::keySequence(&window, quit->shortcut());
    CHECK(quitting.count() == 1);
    CHECK_FALSE(window.isVisible());
}

namespace {

// The window as a Chinese user has it: the catalogue and a zh_CN locale,
// for the lifetime of the object.
struct ChineseWindow
{
    ChineseWindow() : previous(QLocale())
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~ChineseWindow() { QLocale::setDefault(previous); }
    ChineseWindow(const ChineseWindow &) = delete;
    ChineseWindow &operator=(const ChineseWindow &) = delete;

    QLocale previous;
    test::Chinese chinese;
};

} // namespace

TEST_CASE("a date typed whole in the as-of field becomes the as-of date, in the Chinese window", "[ui][asof]")
{
    const QString typed = GENERATE(u"2022-03-15"_s, u"2022/3/15"_s, u"20220315"_s);
    const bool enter = GENERATE(true, false); // else the field loses the focus
    const bool click = GENERATE(true, false); // into the field, else Tab to it
    CAPTURE(typed, enter, click);
    ChineseWindow chinese;
    QTemporaryDir dir;
    MainWindow window(fixtureFile(dir));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *asOf = window.findChild<QDateEdit *>(u"asOf"_s);
    REQUIRE(asOf);
    CHECK(asOf->calendarPopup()); // the calendar is still there
    asOf->setDate({2022, 1, 1});
    CHECK(asOf->text() == u"2022-01-01"_s);
    if (click) {
        // After the text, where a click in the field puts the cursor.
        auto *edit = asOf->findChild<QLineEdit *>();
        REQUIRE(edit);
        QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(edit->width() - 4, edit->height() / 2));
    } else {
        asOf->setFocus(Qt::TabFocusReason);
    }
    REQUIRE(asOf->hasFocus());
    QTest::keyClicks(asOf, typed);
    // Nothing is taken while typing: the views do not follow every digit.
    CHECK(window.workspace()->asOf() == QDate(2022, 1, 1));
    if (enter)
        QTest::keyClick(asOf, Qt::Key_Return);
    else
        window.findChild<QListWidget *>(u"navigation"_s)->setFocus(Qt::TabFocusReason);
    CHECK(asOf->date() == QDate(2022, 3, 15));
    CHECK(asOf->text() == u"2022-03-15"_s);
    CHECK(window.workspace()->asOf() == QDate(2022, 3, 15));
}

TEST_CASE("a text typed in the as-of field that is no date leaves the date as it was", "[ui][asof]")
{
    ChineseWindow chinese;
    QTemporaryDir dir;
    MainWindow window(fixtureFile(dir));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *asOf = window.findChild<QDateEdit *>(u"asOf"_s);
    REQUIRE(asOf);
    asOf->setDate({2022, 3, 15});
    asOf->setFocus(Qt::TabFocusReason);
    // February has no 30th; letters are not taken at all.
    QTest::keyClicks(asOf, u"2022-02-30abc"_s);
    QTest::keyClick(asOf, Qt::Key_Return);
    CHECK(asOf->date() == QDate(2022, 3, 15));
    CHECK(asOf->text() == u"2022-03-15"_s);
    CHECK(window.workspace()->asOf() == QDate(2022, 3, 15));
    // Escape drops what was typed; the arrow keys still step the date.
    QTest::keyClicks(asOf, u"2022-04-01"_s);
    QTest::keyClick(asOf, Qt::Key_Escape);
    CHECK(asOf->date() == QDate(2022, 3, 15));
    CHECK(asOf->text() == u"2022-03-15"_s);
    QTest::keyClick(asOf, Qt::Key_Up);
    CHECK(asOf->date() > QDate(2022, 3, 15));
    CHECK(window.workspace()->asOf() == asOf->date());
}

TEST_CASE("the window's dated lists open on the as-of date, and on its week when Settings say so", "[ui][asof]")
{
    const int days = GENERATE(1, 7);
    QTemporaryDir dir;
    const QString path = fixtureFile(dir);
    {
        // Chosen in Settings before the window opens.
        SettingsDialog settings;
        settings.listDaysBox()->setCurrentIndex(settings.listDaysBox()->findData(days));
        settings.save();
    }
    MainWindow window(path);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.findChild<QDateEdit *>(u"asOf"_s)->setDate(test::FiguresFixture::day());
    // Tests of the fixture: five on the 15th, one on the 14th, one on the 16th, one on the 1st.
    window.showView(MainWindow::View::Tests);
    RecordListView *tests = window.recordList(int(MainWindow::View::Tests));
    REQUIRE(tests);
    CHECK(tests->findChild<QDateEdit *>(u"rangeFrom"_s)->date() == QDate(2022, 3, days == 7 ? 9 : 15));
    CHECK(tests->findChild<QDateEdit *>(u"rangeTo"_s)->date() == QDate(2022, 3, 15));
    CHECK(tests->model()->rowCount() == (days == 7 ? 6 : 5));
    // Daily reports: five on the 15th, one (TL's) on the 14th.
    window.showView(MainWindow::View::DailyReports);
    RecordListView *reports = window.recordList(int(MainWindow::View::DailyReports));
    CHECK(reports->model()->rowCount() == (days == 7 ? 6 : 5));
    // A day later: the 16th's one test, or the seven up to it.
    window.workspace()->setAsOf({2022, 3, 16});
    CHECK(window.findChild<QDateEdit *>(u"asOf"_s)->date() == QDate(2022, 3, 16));
    window.showView(MainWindow::View::Tests);
    CHECK(tests->findChild<QDateEdit *>(u"rangeTo"_s)->date() == QDate(2022, 3, 16));
    CHECK(tests->model()->rowCount() == (days == 7 ? 7 : 1));
    // Inspections: JC04 on the 15th, JC03 on the 16th, JC02 on the 10th.
    window.showView(MainWindow::View::Inspections);
    CHECK(window.view<InspectionsView>()->inspections()->model()->rowCount() == (days == 7 ? 3 : 1));
}

TEST_CASE("Restore from Backup lists the daily copies with their counts and restores one", "[ui][backup]")
{
    QTemporaryDir dir;
    const QString path = fixtureFile(dir);
    MainWindow window(path);
    // Opening the window was the first open of the day: its copy is there.
    const QString copy = Backups::dailyPath(path, QDate::currentDate());
    REQUIRE(QFile::exists(copy));

    RestoreDialog dialog(path);
    REQUIRE(dialog.copies() == 1);
    CHECK(dialog.chosen() == copy);
    auto *list = dialog.findChild<QTreeWidget *>();
    REQUIRE(list);
    // The fixture's 13 persons (as in "Back Up To writes a copy").
    CHECK(list->topLevelItem(0)->text(1).contains(u"Personnel 13"_s));

    Company added;
    added.code = u"NEW"_s;
    added.name = u"新单位"_s;
    REQUIRE(CompanyRepository(*window.workspace()->database()).insert(added).ok());
    REQUIRE(window.restoreBackup(copy));
    Database *db = window.workspace()->database();
    REQUIRE(db);
    CHECK(PersonRepository(*db).count() == 13);
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(u"SELECT count(*) FROM company WHERE code = 'NEW'"_s));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0); // added after the copy: gone
    CHECK(window.statusBar()->currentMessage().contains(u"fixture.before-restore-"_s));
}
