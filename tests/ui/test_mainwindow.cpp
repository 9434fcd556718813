// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuresfixture.h"
#include "figures/figuresengine.h"
#include "figuresview.h"
#include "mainwindow.h"
#include "testdb.h"

#include <QDateEdit>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seawall;

TEST_CASE("the window shows the figures engine's numbers for the as-of date", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fixture.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path).ok());
        test::FiguresFixture fixture(db);
    }
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
