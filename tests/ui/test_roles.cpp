// SPDX-License-Identifier: GPL-3.0-or-later
// The window offers what the role of its database allows (db/role.h): a
// viewer no editing, import, unlocking, purging or full numbers; a
// coordinator no companies and no unlocking; a file's user everything.
#include "core/db/serverroles.h"
#include "testdb.h"
#include "ui/briefing/briefingview.h"
#include "ui/import/importsview.h"
#include "ui/lists/recordlistview.h"
#include "ui/reconcile/reconciliationview.h"
#include "ui/shell/companytree.h"
#include "ui/shell/mainwindow.h"
#include "ui/today/todayview.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

bool enabled(const MainWindow &w, const QString &action)
{
    const auto *found = w.findChild<QAction *>(action);
    REQUIRE(found);
    return found->isEnabled();
}

QString roleShown(const MainWindow &w)
{
    const auto *label = w.statusBar()->findChild<QLabel *>(u"role"_s);
    REQUIRE(label);
    return label->isVisibleTo(&w) ? label->text() : QString();
}

bool editable(const MainWindow &w, MainWindow::View view)
{
    return w.recordList(int(view))->isEditable();
}

} // namespace

TEST_CASE("a viewer's window offers no editing, import, unlocking or full numbers", "[ui][roles][postgresql-only]")
{
    test::TempDatabase t;
    REQUIRE(ServerRoles::create(t.db).ok());
    MainWindow w(test::addLogin(t, Role::Viewer));
    w.show();
    REQUIRE(w.problem().isEmpty());
    CHECK(roleShown(w) == u"Role: viewer"_s);
    CHECK_FALSE(editable(w, MainWindow::View::Personnel));
    CHECK_FALSE(editable(w, MainWindow::View::Tests));
    CHECK_FALSE(editable(w, MainWindow::View::Companies));
    for (const QString &action : {u"import"_s, u"unlockDay"_s, u"purge"_s, u"revealNumbers"_s}) {
        CAPTURE(action);
        CHECK_FALSE(enabled(w, action));
    }
    CHECK(w.companyTree()->dragDropMode() == QAbstractItemView::NoDragDrop);
    CHECK_FALSE(w.view<ReconciliationView>()->reviewButton()->isVisibleTo(&w));
    CHECK_FALSE(w.view<ImportsView>()->undoButton()->isVisibleTo(&w));
    CHECK_FALSE(w.view<BriefingView>()->editButton()->isVisibleTo(&w));
    CHECK(w.openImport() == nullptr);
    // Today on an empty database: who imports, and no Import button.
    w.showView(MainWindow::View::Today);
    QWidget *hint = w.view<TodayView>()->emptyHint();
    REQUIRE(hint->isVisibleTo(&w));
    CHECK_FALSE(hint->findChild<QPushButton *>(u"importButton"_s)->isVisibleTo(&w));
    CHECK(hint->findChild<QLabel *>(u"hintText"_s)->text().contains(u"once a coordinator has imported"_s));
}

TEST_CASE("a coordinator's window edits records but not companies, and unlocks no day", "[ui][roles][postgresql-only]")
{
    test::TempDatabase t;
    REQUIRE(ServerRoles::create(t.db).ok());
    MainWindow w(test::addLogin(t, Role::Coordinator));
    REQUIRE(w.problem().isEmpty());
    CHECK(roleShown(w) == u"Role: coordinator"_s);
    CHECK(editable(w, MainWindow::View::Personnel));
    CHECK_FALSE(editable(w, MainWindow::View::Companies));
    CHECK(enabled(w, u"import"_s));
    CHECK(enabled(w, u"revealNumbers"_s));
    CHECK_FALSE(enabled(w, u"unlockDay"_s));
    CHECK_FALSE(enabled(w, u"purge"_s));
    CHECK(w.companyTree()->dragDropMode() == QAbstractItemView::NoDragDrop);
}

TEST_CASE("a file's window offers everything and names no role", "[ui][roles][sqlite-only]")
{
    test::TempDatabase t;
    t.db.close();
    MainWindow w(t.path);
    REQUIRE(w.problem().isEmpty());
    CHECK(roleShown(w).isEmpty());
    CHECK(editable(w, MainWindow::View::Personnel));
    CHECK(editable(w, MainWindow::View::Companies));
    for (const QString &action : {u"import"_s, u"unlockDay"_s, u"purge"_s, u"revealNumbers"_s}) {
        CAPTURE(action);
        CHECK(enabled(w, action));
    }
    CHECK(w.companyTree()->dragDropMode() == QAbstractItemView::InternalMove);
}
