// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/welcomedialog.h"
#include "ui/common/problemlabel.h"

#include "ui/shell/connectdialog.h"

#include "core/db/database.h"
#include "core/demo/demogenerator.h"
#include "core/paths.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

const QString kDatabaseKey = u"database/path"_s;

QString fileFilter()
{
    return WelcomeDialog::tr("Seawall databases (*.sqlite);;All files (*)");
}

} // namespace

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Seawall"));
    const QString defaultPath = QDir::toNativeSeparators(Paths::defaultDatabase());

    auto *title = new QLabel(tr("<h2>Welcome to Seawall</h2>"
                                "<p>Seawall keeps the group's data in one database: a file on this computer, "
                                "or a team's database on a server. Which should it work on?</p>"),
                             this);
    title->setWordWrap(true);

    auto *create = new QCommandLinkButton(tr("Create a new database"),
                                          tr("Start with an empty file; you choose where it is kept."), this);
    create->setObjectName(u"create"_s);
    auto *open = new QCommandLinkButton(tr("Open an existing database"),
                                        tr("A Seawall file from a colleague, a backup or another computer."), this);
    open->setObjectName(u"open"_s);
    auto *demo = new QCommandLinkButton(
        tr("Explore the demo"),
        tr("A month of made-up figures of a group and its subsidiaries, written to %1.").arg(defaultPath), this);
    demo->setObjectName(u"demo"_s);
    auto *server = new QCommandLinkButton(tr("Connect to a team's server"),
                                          tr("The database the coordinators of a team share on a PostgreSQL server."),
                                          this);
    server->setObjectName(u"server"_s);

    m_problem = new ProblemLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QAbstractButton::clicked, this, &WelcomeDialog::chooseNew);
    connect(open, &QAbstractButton::clicked, this, &WelcomeDialog::chooseExisting);
    connect(demo, &QAbstractButton::clicked, this, [this] { exploreDemo(Paths::defaultDatabase()); });
    connect(server, &QAbstractButton::clicked, this, [this] {
        ConnectDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            connectToServer(dialog.address());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addWidget(demo);
    layout->addWidget(server);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString WelcomeDialog::startupDatabase()
{
    if (const QString remembered = rememberedDatabase();
        !remembered.isEmpty() && (DatabaseAddress::namesServer(remembered) || QFileInfo::exists(remembered)))
        return remembered;
    if (const QString fallback = Paths::defaultDatabase(); QFileInfo::exists(fallback))
        return fallback;
    return {};
}

QString WelcomeDialog::rememberedDatabase()
{
    return QSettings(Paths::settingsFile(), QSettings::IniFormat).value(kDatabaseKey).toString();
}

void WelcomeDialog::rememberDatabase(const QString &path)
{
    QSettings settings(Paths::settingsFile(), QSettings::IniFormat);
    settings.setValue(kDatabaseKey, DatabaseAddress::namesServer(path) ? path : QFileInfo(path).absoluteFilePath());
}

QString WelcomeDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void WelcomeDialog::chooseNew()
{
    // No overwrite question: an existing file is refused, never replaced.
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), Paths::defaultDatabase(),
                                                      fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        createDatabase(path);
}

void WelcomeDialog::chooseExisting()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QDir::homePath(), fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

bool WelcomeDialog::createDatabase(const QString &path)
{
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists. Open it with \"Open an existing database\", or choose another name.")
                        .arg(QDir::toNativeSeparators(path)));
    Database db;
    if (const Status status = db.open(path); !status)
        return fail(status.error().message);
    return finish(path);
}

bool WelcomeDialog::openDatabase(const QString &path)
{
    // Database::open would create a missing file; here that would hide a typo.
    if (!QFileInfo::exists(path))
        return fail(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    Database db;
    if (const Status status = db.open(path); !status)
        return fail(status.error().message);
    return finish(path);
}

bool WelcomeDialog::exploreDemo(const QString &path, const QDate &today)
{
    Database db;
    if (const Status status = db.open(path); !status)
        return fail(status.error().message);
    // A demo database written before is explored again as it is.
    if (DemoGenerator::isEmpty(db)) {
        QProgressDialog progress(tr("Writing the demo database…"), QString(), 0, 100, this);
        progress.setWindowTitle(tr("Explore the demo"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        DemoGenerator::Options options;
        options.today = today;
        options.progress = [&progress](int percent) { progress.setValue(percent); };
        if (const Status status = DemoGenerator(db).generate(options); !status)
            return fail(status.error().message);
        progress.setValue(100);
    }
    return finish(path);
}

bool WelcomeDialog::connectToServer(const DatabaseAddress &address)
{
    // The window connects, asking for the password if the server wants
    // one; asking here too would ask twice.
    return finish(address.display());
}

bool WelcomeDialog::finish(const QString &path)
{
    m_path = DatabaseAddress::namesServer(path) ? path : QFileInfo(path).absoluteFilePath();
    rememberDatabase(m_path);
    m_problem->say({});
    accept();
    return true;
}

bool WelcomeDialog::fail(const QString &message)
{
    m_problem->say(message);
    return false;
}

} // namespace seawall
