// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "db/database.h"
#include "figures/figuresengine.h"
#include "briefingview.h"
#include "figuresview.h"
#include "import/importsview.h"
#include "import/importwizard.h"
#include "paths.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QHBoxLayout>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace seawall {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_db(std::make_unique<Database>())
{
    // The views, one a row of the navigation list; the problem page
    // replaces them all while no database is open.
    auto *body = new QWidget(this);
    m_navigation = new QListWidget(body);
    m_navigation->addItems({tr("Today"), tr("Briefing"), tr("Imports")});
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 48);
    m_views = new QStackedWidget(body);
    m_figures = new FiguresView(m_views);
    m_briefing = new BriefingView(m_views);
    m_views->addWidget(m_figures);
    m_imports = new ImportsView(m_views);
    m_views->addWidget(m_briefing);
    m_views->addWidget(m_imports);
    connect(m_imports, &ImportsView::changed, this, &MainWindow::refresh);
    connect(m_navigation, &QListWidget::currentRowChanged, m_views, &QStackedWidget::setCurrentIndex);
    auto *layout = new QHBoxLayout(body);
    layout->addWidget(m_navigation);
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

    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat)); // 2022年3月15日星期二
    m_asOf->setToolTip(tr("Every figure is as of the end of this day."));
    connect(m_asOf, &QDateEdit::dateChanged, this, &MainWindow::refresh);

    setAcceptDrops(true);
    m_fileLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_fileLabel);
    createActions();
    resize(1100, 720);
    restoreSettings();
    openDatabase(databasePath);
}

// Geometry and the view last shown come back as the user left them.
void MainWindow::restoreSettings()
{
    QSettings settings(Paths::settingsFile(), QSettings::IniFormat);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_navigation->setCurrentRow(std::clamp(settings.value(u"window/view"_s, 0).toInt(), 0,
                                           m_navigation->count() - 1));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings(Paths::settingsFile(), QSettings::IniFormat);
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/view"_s, m_navigation->currentRow());
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    m_importAction = file->addAction(tr("&Import…"), this, [this] { openImport(); });
    // No platform has a standard key for importing; Ctrl+I is the usual one.
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import the CSV files subsidiaries send"));
    // The menu's text has a mnemonic and an ellipsis that a tool button should not show.
    m_importAction->setIconText(tr("Import"));
    m_importAction->setIcon(QIcon::fromTheme(u"document-import"_s));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Seawall"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);

    QToolBar *importBar = addToolBar(tr("Import"));
    importBar->setObjectName(u"importToolBar"_s);
    importBar->setMovable(false);
    importBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    importBar->addAction(m_importAction);

    QToolBar *bar = addToolBar(tr("As of"));
    bar->setObjectName(u"asOfToolBar"_s);
    bar->setMovable(false);
    auto *label = new QLabel(tr("As of:"), bar);
    label->setBuddy(m_asOf);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(label);
    bar->addWidget(m_asOf);
}

bool MainWindow::openDatabase(const QString &path)
{
    auto db = std::make_unique<Database>();
    const Status status = db->open(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!status) {
        m_problem->setText(tr("<h3>The database could not be opened</h3><p>%1</p>"
                              "<p>Use File ▸ Open to choose another file.</p>")
                               .arg(status.error().message.toHtmlEscaped()));
        m_stack->setCurrentWidget(m_problem);
        m_fileLabel->setText(tr("No database open"));
        if (m_importAction)
            m_importAction->setEnabled(false);
        setWindowFilePath({});
        return false;
    }
    if (m_wizard)
        m_wizard->close(); // it imports into the database being closed
    m_briefing->setDatabase(nullptr);
    m_imports->setDatabase(nullptr);
    m_db = std::move(db);
    m_fileLabel->setText(shown);
    setWindowFilePath(path);
    m_stack->setCurrentIndex(0);
    m_briefing->setDatabase(m_db.get());
    m_imports->setDatabase(m_db.get());
    m_importAction->setEnabled(true);
    refresh();
    return true;
}

QString MainWindow::problem() const
{
    return m_stack->currentWidget() == m_problem ? m_problem->text() : QString();
}

void MainWindow::refresh()
{
    if (!m_db->isOpen())
        return;
    const Result<Figures> figures = FiguresEngine(*m_db).compute(m_asOf->date());
    if (!figures) {
        statusBar()->showMessage(figures.error().message);
        return;
    }
    m_figures->setFigures(figures.value());
    m_briefing->setDate(m_asOf->date());
    m_imports->refresh();
}

ImportWizard *MainWindow::openImport(const QStringList &files)
{
    if (!m_db->isOpen())
        return nullptr;
    if (m_wizard) {
        // One import at a time: more files join the one open.
        m_wizard->addFiles(files);
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new ImportWizard(*m_db, files, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ImportWizard::imported, this, &MainWindow::refresh);
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
        if (url.isLocalFile() && info.isFile() && (suffix == u"csv"_s || suffix == u"txt"_s))
            files << info.absoluteFilePath();
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_db->isOpen() && !importableFiles(event->mimeData()).isEmpty())
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

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QDir::homePath(),
                                                      tr("Seawall databases (*.sqlite);;All files (*)"));
    // The file chosen here is the one the next start opens.
    if (!path.isEmpty() && openDatabase(path))
        WelcomeDialog::rememberDatabase(path);
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
