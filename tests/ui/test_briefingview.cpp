// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/briefing/briefingstore.h"
#include "ui/briefing/briefingview.h"
#include "core/db/repository.h"
#include "core/model/nucleictest.h"
#include "figuresfixture.h"
#include "ui/shell/mainwindow.h"
#include "ui/print/briefingdocument.h"
#include "testdb.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QStatusBar>
#include <QFile>
#include <QListWidget>
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
    BriefingView *view = window.view<BriefingView>();
    REQUIRE(view->document());
    CHECK(view->document()->briefing().date == test::FiguresFixture::day());
    CHECK(view->document()->pageCount() == 3); // with 保障情况 (V) and the daily reports (VI) on the third
    CHECK(view->document()->briefing().figures.date == test::FiguresFixture::day());

    // The morning edition of the 15th is as of the end of the 14th.
    auto *edition = view->findChild<QComboBox *>();
    REQUIRE(edition);
    edition->setCurrentIndex(edition->findData(int(ReportEdition::Morning)));
    CHECK(view->document()->briefing().edition == ReportEdition::Morning);
    CHECK(view->document()->briefing().date == test::FiguresFixture::day());
    CHECK(view->document()->briefing().figures.date == QDate(2022, 3, 14));
    REQUIRE(view->exportPdf(dir.filePath(u"morning.pdf"_s)));
    edition->setCurrentIndex(edition->findData(int(ReportEdition::Evening)));
    CHECK(view->document()->briefing().figures.date == test::FiguresFixture::day());

    const QString pdf = dir.filePath(u"briefing.pdf"_s);
    REQUIRE(view->exportPdf(pdf));
    // The window says where it went.
    CHECK(window.statusBar()->currentMessage()
          == u"The briefing was saved as %1."_s.arg(QDir::toNativeSeparators(pdf)));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    file.close();

    // A later change to the data shows against what was printed.
    {
        Database db;
        REQUIRE(db.open(path).ok());
        CHECK(BriefingStore(db).all().size() == 2);
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
    // Of the 15th, the evening edition first.
    REQUIRE(history->count() == 2);
    // Each of the 15th, the day written as the lists write it.
    CHECK(history->item(0)->text().contains(u" · 2022-03-15 · evening"_s));
    CHECK(history->item(1)->text().contains(u" · 2022-03-15 · morning"_s));
    history->setCurrentRow(0);
    CHECK(view->changesText().contains(u"5 → 6"_s));
    // The morning one printed the 14th's figures, which the late test of
    // the 15th leaves as they were.
    history->setCurrentRow(1);
    CHECK(view->changesText() == u"The figures have not changed since this briefing was printed."_s);
}
