// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindow.h"

#include "ui/briefing/briefingview.h"
#include "core/db/dailybackup.h"
#include "ui/duty/dutyweekview.h"
#include "ui/supplies/stockview.h"
#include "core/db/database.h"
#include "ui/import/importsview.h"
#include "ui/import/importwizard.h"
#include "ui/import/templatesdialog.h"
#include "ui/lists/inspectionsview.h"
#include "core/lists/listspecs.h"
#include "ui/lists/recordlistview.h"
#include "core/paths.h"
#include "ui/reconcile/reconciliationview.h"
#include "ui/shell/companytree.h"
#include "ui/shell/connectdialog.h"
#include "ui/shell/filecommands.h"
#include "ui/shell/serverlogin.h"
#include "ui/shell/recordediting.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/unlockdaydialog.h"
#include "ui/common/dateedit.h"
#include "ui/common/workspace.h"
#include "ui/today/todayview.h"
#include "ui/shell/welcomedialog.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

#include <optional>

using namespace Qt::StringLiterals;

namespace seawall {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace(this)), m_db(std::make_unique<Database>())
{
    // The views, one a row of the navigation list; the problem page
    // replaces them all while no database is open.
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_views = new QStackedWidget(this);
    auto *today = new TodayView(m_workspace, m_views);
    connect(today, &TodayView::importRequested, this, [this] { openImport(); });
    auto *editing = new RecordEditing(m_workspace, this);
    auto *inspections = new InspectionsView(m_workspace, m_views);
    inspections->inspections()->loadWhenShown();
    inspections->findings()->loadWhenShown();
    editing->attachInspections(inspections);
    // A list of an entity's records, its title its definition's.
    auto list = [this, editing](EntityKind kind) {
        auto *view = new RecordListView(ListSpecs::of(kind), m_workspace, m_views);
        view->loadWhenShown();
        editing->attach(view, kind);
        return view;
    };
    addPage(tr("Today"), today);
    addPage(tr("Companies"), list(EntityKind::Company));
    addPage(tr("Personnel"), list(EntityKind::Person));
    addPage(tr("Tests"), list(EntityKind::NucleicTest));
    addPage(tr("Vaccinations"), list(EntityKind::Vaccination));
    addPage(tr("Volunteer shifts"), list(EntityKind::VolunteerShift));
    addPage(tr("Inspections"), inspections);
    addPage(tr("Daily reports"), list(EntityKind::DailyReport));
    addPage(tr("Reconciliation"), new ReconciliationView(m_workspace, m_views));
    addPage(tr("Briefing"), new BriefingView(m_workspace, m_views));
    addPage(tr("Imports"), new ImportsView(m_workspace, m_views));
    addPage(tr("Duty"), new DutyWeekView(m_workspace, list(EntityKind::Duty), m_views));
    addPage(tr("Supplies"), new StockView(m_workspace, list(EntityKind::Stocktake), m_views));
    addPage(tr("Trainings"), list(EntityKind::Training));
    addPage(tr("Drills"), list(EntityKind::Drill));
    addPage(tr("Departures"), list(EntityKind::Departure));
    addPage(tr("Arrivals"), list(EntityKind::Arrival));
    addPage(tr("Health checks"), list(EntityKind::HealthCheck));
    // Every change, by whom and when: read, filtered and exported, never edited.
    auto *audit = new RecordListView(ListSpecs::audit(), m_workspace, m_views);
    audit->setObjectName(u"auditLog"_s);
    audit->loadWhenShown();
    addPage(tr("Audit log"), audit);
    connect(m_navigation, &QListWidget::currentRowChanged, m_views, &QStackedWidget::setCurrentIndex);

    m_companies = new CompanyTree(m_workspace, this);
    editing->attachCompanyTree(m_companies);
    m_side = new QSplitter(Qt::Vertical, this);
    m_side->setObjectName(u"sideSplitter"_s);
    m_side->addWidget(m_navigation);
    m_side->addWidget(m_companies);
    m_side->setStretchFactor(1, 1);
    // Fixed on the splitter's children: a QSplitter sets its own maximum
    // from theirs, and the company tree's size hint would widen the side.
    const int sideWidth = std::max(m_navigation->sizeHintForColumn(0) + 48, 200);
    m_navigation->setFixedWidth(sideWidth);
    m_companies->setFixedWidth(sideWidth);
    // Every view is in sight without scrolling the list.
    m_navigation->setMinimumHeight(m_navigation->sizeHintForRow(0) * m_navigation->count()
                                   + 2 * m_navigation->frameWidth() + 4);

    auto *body = new QWidget(this);
    auto *layout = new QHBoxLayout(body);
    layout->addWidget(m_side);
    layout->addWidget(m_views, 1);

    m_stack = new QStackedWidget(this);
    m_problem = new QLabel(m_stack);
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->setWordWrap(true);
    m_problem->setMargin(48);
    m_stack->addWidget(body);
    m_stack->addWidget(m_problem);
    setCentralWidget(m_stack);
    m_navigation->setCurrentRow(0);

    connect(m_workspace, &Workspace::problem, this, &MainWindow::showProblem);
    // Where an export went, in passing: long enough to read the path.
    connect(m_workspace, &Workspace::announced, this, [this](const QString &message) {
        statusBar()->showMessage(message, 20000);
    });

    setAcceptDrops(true);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(u"database"_s);
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(u"role"_s);
    m_roleLabel->setContentsMargins(0, 0, 12, 0);
    m_roleLabel->hide();
    statusBar()->addPermanentWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_fileLabel);
    createActions();
    resize(1200, 760);
    restoreSettings();
    openDatabase(databasePath);
}

MainWindow::~MainWindow()
{
    // The views let go of the database before it closes.
    m_workspace->setDatabase(nullptr);
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_navigation->addItem(title);
    m_views->addWidget(page);
    m_lists << qobject_cast<RecordListView *>(page);
}

RecordListView *MainWindow::recordList(int view) const { return m_lists.value(view); }

// Geometry, splitters and the view last shown come back as the user left them.
void MainWindow::restoreSettings()
{
    QSettings settings(Paths::settingsFile(), QSettings::IniFormat);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_side->restoreState(settings.value(u"window/side"_s).toByteArray());
    view<InspectionsView>()->splitter()->restoreState(settings.value(u"window/inspections"_s).toByteArray());
    m_workspace->setListDays(SettingsDialog::listDays());
    m_navigation->setCurrentRow(std::clamp(settings.value(u"window/view"_s, 0).toInt(), 0,
                                           m_navigation->count() - 1));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings(Paths::settingsFile(), QSettings::IniFormat);
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/side"_s, m_side->saveState());
    settings.setValue(u"window/inspections"_s, view<InspectionsView>()->splitter()->saveState());
    settings.setValue(u"window/view"_s, m_navigation->currentRow());
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *files = new FileCommands(m_workspace, this);
    files->addTo(file);
    // A file opened from the menu is the one the next start opens.
    connect(files, &FileCommands::openRequested, this, [this](const QString &path) {
        if (openDatabase(path))
            WelcomeDialog::rememberDatabase(path);
    });
    connect(files, &FileCommands::restoreRequested, this, &MainWindow::restoreBackup);
    file->addSeparator();
    QAction *import = m_import = file->addAction(QIcon::fromTheme(u"document-import"_s), tr("&Import…"), this,
                                      [this] { openImport(); });
    // No platform has a standard key for importing; Ctrl+I is the usual one.
    import->setObjectName(u"import"_s);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(tr("Import the CSV files and Excel workbooks subsidiaries send"));
    // The menu's text has a mnemonic and an ellipsis that a tool button should not show.
    import->setIconText(tr("Import"));
    m_needDatabase << import;
    QAction *templates = file->addAction(tr("&Templates…"), this, [this] { TemplatesDialog(this).exec(); });
    templates->setToolTip(tr("Write blank Excel workbooks for the units to fill in"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Ctrl+Q where the platform names no key for it (as without a desktop).
    quit->setShortcut(QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // The menu names the step: "Undo Add person 张三".
    QAction *undo = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    QAction *redo = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    // The platform's keys, and Ctrl+Shift+Z where they lack it; a key given
    // twice would make Qt run neither ("ambiguous shortcut").
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    redo->setShortcuts(redoKeys);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Ctrl+F reaches the search of the view in sight from anywhere in the
    // window (the navigation list, the company tree …).
    QAction *find = edit->addAction(tr("&Find…"), this, &MainWindow::focusSearch);
    find->setObjectName(u"find"_s);
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *unlock = m_unlock = edit->addAction(tr("Un&lock Day…"), this, [this] { UnlockDayDialog(m_workspace, this).exec(); });
    unlock->setObjectName(u"unlockDay"_s);
    unlock->setToolTip(tr("Let the records of a day whose evening briefing was printed change again"));
    m_needDatabase << unlock;
    QAction *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(u"settings"_s);
    // Linux has no standard key for settings; Ctrl+, is the one most
    // programs there took from macOS.
    settings->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reveal = m_reveal = view->addAction(tr("Show Full &Numbers"));
    reveal->setObjectName(u"revealNumbers"_s);
    reveal->setCheckable(true);
    reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    reveal->setToolTip(tr("Show ID and phone numbers in full instead of masked"));
    reveal->setIconText(tr("Full numbers"));
    connect(reveal, &QAction::toggled, m_workspace, &Workspace::setRevealNumbers);
    view->addSeparator();
    for (int row = 0; row < m_navigation->count(); ++row) {
        // Alt+1 … Alt+9 go to the first nine views.
        QAction *go = view->addAction(m_navigation->item(row)->text(), this,
                                      [this, row] { m_navigation->setCurrentRow(row); });
        if (row < 9)
            go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + row)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Seawall"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(import);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addAction(reveal);
    bar->addSeparator();
    auto *asOf = new DateEdit(m_workspace->asOf(), bar);
    asOf->setObjectName(u"asOf"_s);
    asOf->setToolTip(tr("Every figure and list is as of the end of this day."));
    connect(asOf, &QDateEdit::dateChanged, m_workspace, &Workspace::setAsOf);
    connect(m_workspace, &Workspace::asOfChanged, asOf, &QDateEdit::setDate);
    auto *label = new QLabel(tr("As of:"), bar);
    label->setBuddy(asOf);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(label);
    bar->addWidget(asOf);
}

bool MainWindow::openDatabase(const QString &path)
{
    auto db = std::make_unique<Database>();
    const Result<DatabaseAddress> address = DatabaseAddress::parse(path);
    const bool server = address && address.value().isServer();
    const Status status = server ? openOnServer(*db, address.value(), this)
                                 : Backups::openAndKeep(*db, path, Paths::backupsKept());
    const QString shown = server ? path : QDir::toNativeSeparators(path);
    // A damaged file is open read-only: its records can be read and copied.
    if (!status && !db->isOpen()) {
        // The file open so far stays open: a failed File ▸ Open loses nothing.
        if (m_db->isOpen()) {
            QMessageBox::warning(this, tr("Open database"), status.error().message);
            return false;
        }
        m_problem->setText(tr("<h3>The database could not be opened</h3><p>%1</p>"
                              "<p>Use File ▸ Open to choose another file.</p>")
                               .arg(status.error().message.toHtmlEscaped()));
        m_stack->setCurrentWidget(m_problem);
        m_fileLabel->setText(tr("No database open"));
        m_fileLabel->setToolTip({});
        m_roleLabel->hide();
        for (QAction *action : std::as_const(m_needDatabase))
            action->setEnabled(false);
        setWindowFilePath({});
        return false;
    }
    if (m_wizard)
        m_wizard->close(); // it imports into the database being closed
    m_workspace->setDatabase(nullptr);
    m_db = std::move(db);
    m_db->mapForReading(); // the lists read rows all over the file
    // The file's name: its whole path, in the tooltip, would leave the
    // status bar's messages no room on a small screen.
    m_fileLabel->setText(tr("Database: %1").arg(server ? shown : QFileInfo(path).fileName()));
    m_fileLabel->setToolTip(shown);
    setWindowFilePath(path);
    FileCommands::noteRecent(path);
    if (server)
        ConnectDialog::rememberServer(path);
    m_stack->setCurrentIndex(0);
    m_workspace->setDatabase(m_db.get());
    for (QAction *action : std::as_const(m_needDatabase))
        action->setEnabled(true);
    applyRole();
    if (!status)
        offerRestore(status.error().message);
    return true;
}

// What the role of the open database may not do is out of reach: here the
// window's own actions, each view its own controls as the database changes
// (db/role.h says what each role may; the server refuses it anyway). On a
// server the status bar names the role.
void MainWindow::applyRole()
{
    const Permissions may = m_workspace->permissions();
    m_import->setEnabled(may.importFiles);
    m_unlock->setEnabled(may.unlockDays);
    // A viewer's numbers come masked from the server: there is nothing to show in full.
    if (!may.seeFullNumbers)
        m_reveal->setChecked(false);
    m_reveal->setEnabled(may.seeFullNumbers);
    const bool server = m_db->backend() == SqlBackend::Postgresql;
    m_roleLabel->setText(tr("Role: %1").arg(roleName(m_db->role())));
    m_roleLabel->setVisible(server);
}

void MainWindow::offerRestore(const QString &problem)
{
    m_fileLabel->setText(tr("Database: %1 (damaged, read-only)").arg(QFileInfo(m_db->path()).fileName()));
    const QString latest = Backups::latest(m_db->path());
    // Not modal: the records that can still be read stay in reach.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Damaged database"), problem, QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!latest.isEmpty()) {
        QPushButton *restore = box->addButton(tr("&Restore Latest Backup"), QMessageBox::AcceptRole);
        box->setDefaultButton(restore);
        connect(restore, &QPushButton::clicked, this, [this, latest] { restoreBackup(latest); });
    }
    box->open();
}

bool MainWindow::restoreBackup(const QString &backup)
{
    if (!m_db->isOpen())
        return false;
    const QString path = m_db->path();
    if (m_wizard)
        m_wizard->close(); // it imports into the database being replaced
    m_workspace->setDatabase(nullptr);
    m_db->close();
    const Result<QString> kept = Backups::restore(backup, path);
    openDatabase(path);
    if (!kept) {
        QMessageBox::warning(this, tr("Restore from Backup"), kept.error().message);
        return false;
    }
    statusBar()->showMessage(
        kept.value().isEmpty()
            ? tr("Restored from %1.").arg(QDir::toNativeSeparators(backup))
            : tr("Restored from %1; the file as it was is kept as %2.")
                  .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(kept.value())),
        20000);
    return true;
}

QString MainWindow::problem() const
{
    return m_stack->currentWidget() == m_problem ? m_problem->text() : QString();
}

FiguresView *MainWindow::figuresView() const { return view<TodayView>()->figuresView(); }

void MainWindow::focusSearch()
{
    QWidget *page = m_views->currentWidget();
    QLineEdit *search = nullptr;
    if (auto *list = qobject_cast<RecordListView *>(page))
        search = list->searchBox();
    else if (auto *inspections = qobject_cast<InspectionsView *>(page))
        search = inspections->inspections()->searchBox();
    if (!search) {
        statusBar()->showMessage(tr("This view has nothing to search."), 3000);
        return;
    }
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

void MainWindow::showProblem(const QString &message) { QMessageBox::warning(this, tr("Seawall"), message); }

ImportWizard *MainWindow::openImport(const QStringList &files)
{
    if (!m_db->isOpen() || !m_workspace->permissions().importFiles)
        return nullptr;
    if (m_wizard) {
        // One import at a time: more files join the one open.
        m_wizard->addFiles(files);
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new ImportWizard(*m_db, files, this);
    m_wizard->setWorkspace(m_workspace); // the import becomes one undo step
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->show();
    return m_wizard;
}

QStringList MainWindow::importableFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        const QFileInfo info(url.toLocalFile());
        const QString suffix = info.suffix().toLower();
        if (url.isLocalFile() && info.isFile() && (suffix == u"csv"_s || suffix == u"txt"_s || suffix == u"xlsx"_s || suffix == u"xls"_s))
            files << info.absoluteFilePath();
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_db->isOpen() && m_workspace->permissions().importFiles && !importableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = importableFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openImport(files);
}

void MainWindow::showView(View view) { m_navigation->setCurrentRow(int(view)); }

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace->setListDays(SettingsDialog::listDays());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Seawall"),
                       tr("<h3>Seawall %1</h3><p>Epidemic prevention coordination for a group and its "
                          "subsidiaries.</p><p>Qt %2<br>Database: %3<br>Schema version %4</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                QDir::toNativeSeparators(m_db->path()))
                           .arg(m_db->isOpen() ? m_db->schemaVersion() : 0));
}

} // namespace seawall
