// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"
#include "core/paths.h"
#include "testdb.h"
#include "ui/shell/welcomedialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// A first start: no settings file and no per-user database. ctest runs the
// cases of one executable in parallel with the same HOME, so each case gets
// its own config and data folders.
struct FirstStart
{
    FirstStart()
        : m_config(qgetenv("XDG_CONFIG_HOME")), m_data(qgetenv("XDG_DATA_HOME"))
    {
        REQUIRE(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        REQUIRE(Paths::settingsFile().startsWith(m_home.path()));
        REQUIRE(WelcomeDialog::startupDatabase().isEmpty());
    }
    ~FirstStart()
    {
        qputenv("XDG_CONFIG_HOME", m_config);
        qputenv("XDG_DATA_HOME", m_data);
    }
    FirstStart(const FirstStart &) = delete;
    FirstStart &operator=(const FirstStart &) = delete;

    QTemporaryDir m_home;
    QByteArray m_config;
    QByteArray m_data;
};

int schemaVersionOf(const QString &path)
{
    Database db;
    REQUIRE(db.open(path).ok());
    return db.schemaVersion();
}

QCommandLinkButton *choice(const WelcomeDialog &dialog, const QString &name)
{
    auto *button = dialog.findChild<QCommandLinkButton *>(name);
    REQUIRE(button);
    CHECK(button->isVisible());
    return button;
}

} // namespace

TEST_CASE("a first start has no database and a remembered one opens directly", "[ui][welcome]")
{
    const FirstStart start;
    QTemporaryDir dir;
    const QString remembered = dir.filePath(u"group.sqlite"_s);
    WelcomeDialog::rememberDatabase(remembered);
    // remembered but gone: nothing to open yet
    CHECK(WelcomeDialog::startupDatabase().isEmpty());
    { Database db; REQUIRE(db.open(remembered).ok()); }
    CHECK(WelcomeDialog::startupDatabase() == remembered);
    // a per-user database written by `seawall demo` counts as well
    QFile::remove(Paths::settingsFile());
    { Database db; REQUIRE(db.open(Paths::defaultDatabase()).ok()); }
    CHECK(WelcomeDialog::startupDatabase() == Paths::defaultDatabase());
}

TEST_CASE("the welcome dialog creates a new database where the user says and remembers it", "[ui][welcome]")
{
    const FirstStart start;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new/seawall.sqlite"_s);
    WelcomeDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(choice(dialog, u"create"_s)->text() == u"Create a new database"_s);

    REQUIRE(dialog.createDatabase(path));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.databasePath() == path);
    CHECK(schemaVersionOf(path) > 0);
    CHECK(WelcomeDialog::rememberedDatabase() == path);
    CHECK(WelcomeDialog::startupDatabase() == path);
}

TEST_CASE("the welcome dialog refuses to create over an existing file", "[ui][welcome]")
{
    const FirstStart start;
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(u"notes.sqlite"_s), "keep me");
    WelcomeDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.createDatabase(path));
    CHECK(dialog.isVisible());
    CHECK(dialog.problem().contains(u"notes.sqlite"_s));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "keep me");
    CHECK(WelcomeDialog::rememberedDatabase().isEmpty());
}

TEST_CASE("the welcome dialog opens an existing database and remembers it", "[ui][welcome]")
{
    const FirstStart start;
    QString path;
    QTemporaryDir dir;
    path = dir.filePath(u"colleague.sqlite"_s);
    { Database db; REQUIRE(db.open(path).ok()); }

    WelcomeDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(choice(dialog, u"open"_s)->text() == u"Open an existing database"_s);

    SECTION("a file that is not there is not created")
    {
        const QString missing = dir.filePath(u"typo.sqlite"_s);
        CHECK_FALSE(dialog.openDatabase(missing));
        CHECK(dialog.problem().contains(u"typo.sqlite"_s));
        CHECK_FALSE(QFileInfo::exists(missing));
        CHECK(dialog.isVisible());
    }
    SECTION("a file that is not a database is refused")
    {
        const QString text = test::writeFile(dir.filePath(u"list.sqlite"_s), "name,company\n");
        CHECK_FALSE(dialog.openDatabase(text));
        CHECK_FALSE(dialog.problem().isEmpty());
        CHECK(WelcomeDialog::rememberedDatabase().isEmpty());
    }
    REQUIRE(dialog.openDatabase(path));
    CHECK(dialog.problem().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.databasePath() == path);
    CHECK(WelcomeDialog::rememberedDatabase() == path);
}

TEST_CASE("the demo button writes the demo to the per-user database and remembers it", "[ui][welcome]")
{
    const FirstStart start;
    WelcomeDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QCommandLinkButton *demo = choice(dialog, u"demo"_s);
    CHECK(demo->text() == u"Explore the demo"_s);

    QTest::mouseClick(demo, Qt::LeftButton);
    CHECK(dialog.problem().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.databasePath() == Paths::defaultDatabase());
    CHECK(WelcomeDialog::rememberedDatabase() == Paths::defaultDatabase());
    Database db;
    REQUIRE(db.open(Paths::defaultDatabase()).ok());
    CHECK_FALSE(DemoGenerator::isEmpty(db));
}

TEST_CASE("the demo explored again is opened as it is", "[ui][welcome]")
{
    const FirstStart start;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    {
        WelcomeDialog first;
        REQUIRE(first.exploreDemo(path, QDate(2022, 3, 15)));
    }
    const qint64 size = QFileInfo(path).size();
    WelcomeDialog again;
    REQUIRE(again.exploreDemo(path, QDate(2022, 3, 15)));
    CHECK(QFileInfo(path).size() == size);
    CHECK(again.databasePath() == path);
}

TEST_CASE("cancel in the welcome dialog remembers nothing", "[ui][welcome]")
{
    const FirstStart start;
    WelcomeDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.databasePath().isEmpty());
    CHECK(WelcomeDialog::rememberedDatabase().isEmpty());
    CHECK(WelcomeDialog::startupDatabase().isEmpty());
}

TEST_CASE("the welcome dialog takes a team's server and the next start opens it", "[ui][welcome]")
{
    const FirstStart start;
    WelcomeDialog dialog;
    REQUIRE(dialog.findChild<QAbstractButton *>(u"server"_s));
    DatabaseAddress address;
    address.kind = DatabaseAddress::Kind::Server;
    address.host = u"db.example.cn"_s;
    address.port = 5433;
    address.database = u"seawall"_s;
    address.user = u"wang"_s;
    REQUIRE(dialog.connectToServer(address));
    CHECK(dialog.result() == QDialog::Accepted);
    // Written out as it is, not taken for a file's name.
    CHECK(dialog.databasePath() == u"postgresql://wang@db.example.cn:5433/seawall"_s);
    CHECK(WelcomeDialog::rememberedDatabase() == u"postgresql://wang@db.example.cn:5433/seawall"_s);
    // No file of that name exists, and none needs to.
    CHECK(WelcomeDialog::startupDatabase() == u"postgresql://wang@db.example.cn:5433/seawall"_s);
}
