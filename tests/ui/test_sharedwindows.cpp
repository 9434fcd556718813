// SPDX-License-Identifier: GPL-3.0-or-later
// Two coordinators on one database: what one adds shows in the other's
// window without a key pressed (on a server through its notices, in a file
// through SQLite's data_version).
#include "core/db/database.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"
#include "ui/shell/mainwindow.h"
#include "testdb.h"

#include <QAbstractItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seawall;

TEST_CASE("a list shows the persons another coordinator adds, without being asked", "[ui][shared]")
{
    test::TempDatabase t;
    const qint64 company = test::addCompany(t.db, u"KF"_s, u"开发公司"_s);
    MainWindow window(t.path);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.problem().isEmpty());
    window.showView(MainWindow::View::Personnel);
    const RecordListModel *persons = window.recordList(int(MainWindow::View::Personnel))->model();
    CHECK(persons->rowCount() == 0);

    // The other coordinator's connection adds four persons.
    Database other;
    REQUIRE(other.open(t.path).ok());
    test::addPinyinNames(other, company);
    CHECK(QTest::qWaitFor([&] { return persons->rowCount() == 4; }, 8000));
}
