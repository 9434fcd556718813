// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/briefing/briefingstore.h"
#include "ui/briefing/briefingview.h"
#include "core/db/repository.h"
#include "core/model/nucleictest.h"
#include "figuresfixture.h"
#include "ui/shell/mainwindow.h"
#include "ui/print/briefingdocument.h"
#include "testdb.h"

#include <QDateEdit>
#include <QFile>
#include <QListWidget>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seawall;

TEST_CASE("the briefing view previews and exports the day's briefing", "[ui][briefing]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fixture.sqlite"_s);
    QHash<QString, qint64> person;
    QHash<QString, qint64> company;
    {
        Database db;
        REQUIRE(db.open(path).ok());
        test::FiguresFixture fixture(db);
        person = fixture.person;
        company = fixture.company;
    }
    MainWindow window(path);
    window.findChild<QDateEdit *>(u"asOf"_s)->setDate(test::FiguresFixture::day());
    window.show();
    window.showView(MainWindow::View::Briefing);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    BriefingView *view = window.briefingView();
    REQUIRE(view->document());
    CHECK(view->document()->briefing().date == test::FiguresFixture::day());
    CHECK(view->document()->pageCount() == 2);
    CHECK(view->document()->briefing().cutoffHour == 24);

    // The cut-off hour is a setting kept in the database.
    auto *cutoff = view->findChild<QSpinBox *>();
    REQUIRE(cutoff);
    cutoff->setValue(20);
    CHECK(view->document()->briefing().cutoffHour == 20);
    cutoff->setValue(24);

    const QString pdf = dir.filePath(u"briefing.pdf"_s);
    REQUIRE(view->exportPdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    file.close();

    // A later change to the data shows against what was printed.
    {
        Database db;
        REQUIRE(db.open(path).ok());
        CHECK(BriefingStore(db).all().size() == 1);
        NucleicTest late;
        late.personId = person.value(u"P2"_s);
        late.companyId = company.value(u"KF"_s);
        late.sampledOn = test::FiguresFixture::day();
        late.site = u"任港社区"_s;
        REQUIRE(Repository<NucleicTest>(db).insert(late).ok());
    }
    view->refresh();
    auto *history = view->findChild<QListWidget *>();
    REQUIRE(history);
    REQUIRE(history->count() == 1);
    history->setCurrentRow(0);
    CHECK(view->changesText().contains(u"5 → 6"_s));
}
