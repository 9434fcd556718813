// SPDX-License-Identifier: GPL-3.0-or-later
// The Today page as a coordinator uses it, on the hand-built group of
// figuresfixture.cpp as of 2022-03-15. The grid's rows are the units that
// report daily, by code: 产业公司 CY, 开发公司 KF, 铁路公司 TL, 物业公司 WY;
// TL and WY send morning reports (unless a test says otherwise), so the
// columns are 03-02 … 03-14, then 03-15 morning (13) and evening (14).
// Only 铁路公司 has no report on the 15th.
#include "core/db/companyrepository.h"
#include "core/figures/figuresengine.h"
#include "figuresfixture.h"
#include "ui/today/figuresview.h"
#include "ui/common/problemlabel.h"
#include "ui/common/workspace.h"
#include "chinese.h"
#include "testdb.h"
#include "core/edit/edits.h"
#include "ui/edit/entityeditor.h"
#include "ui/forms/entityform.h"
#include "ui/forms/formfields.h"
#include "ui/today/reportgridmodel.h"
#include "ui/today/todayview.h"
#include "core/db/database.h"
#include "core/demo/demogenerator.h"
#include "ui/import/importwizard.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QDateEdit>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

constexpr int kTL = 2;
constexpr int kMorning = 13;
constexpr int kEvening = 14;

struct Today
{
    test::TempDatabase t;
    test::FiguresFixture fixture{t.db};
    Workspace workspace;
    std::unique_ptr<TodayView> view;

    explicit Today(const QStringList &morning = { u"TL"_s, u"WY"_s })
    {
        CompanyRepository companies(t.db);
        Company tl = *companies.find(fixture.company[u"TL"_s]);
        tl.contactPerson = u"王主任"_s;
        tl.contactPhone = u"13912345678"_s;
        REQUIRE(companies.update(tl).ok());
        for (const QString &code : morning) {
            Company c = *companies.find(fixture.company[code]);
            c.reportsMorning = true;
            REQUIRE(companies.update(c).ok());
        }
        workspace.setDatabase(&t.db);
        workspace.setAsOf(test::FiguresFixture::day());
        view = std::make_unique<TodayView>(&workspace);
        view->resize(1400, 900);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }

    QModelIndex cell(int row, int column) const { return view->gridModel()->index(row, column); }
    ReportState state(int row, int column) const
    {
        return ReportState(cell(row, column).data(ReportGridModel::StateRole).toInt());
    }
    QStringList callListUnits() const
    {
        QStringList units;
        for (int row = 0; row < view->callList()->rowCount(); ++row)
            units << view->callList()->item(row, 0)->text();
        return units;
    }
};

} // namespace

TEST_CASE("the Today figures equal the figures engine with the change since the day before", "[ui][today]")
{
    Today today;
    const Result<Figures> engine = FiguresEngine(today.t.db).compute(test::FiguresFixture::day());
    REQUIRE(engine.ok());
    const FiguresView *figures = today.view->figuresView();
    const QLocale locale;
    CHECK(figures->figureText(u"personnel.active"_s) == locale.toString(engine->personnel.active));
    CHECK(figures->figureText(u"tests.on_date"_s) == locale.toString(engine->tests.onDate));
    CHECK(figures->figureText(u"tests.cumulative"_s) == locale.toString(engine->tests.cumulative));
    CHECK(figures->figureText(u"inspections.findings_overdue"_s)
          == locale.toString(engine->inspections.findingsOverdue));
    // And by hand: 9 active, 5 tests on the 15th, 7 to date, 2 overdue.
    CHECK(figures->figureText(u"personnel.active"_s) == locale.toString(9));
    CHECK(figures->figureText(u"tests.on_date"_s) == locale.toString(5));
    CHECK(figures->figureText(u"tests.cumulative"_s) == locale.toString(7));
    CHECK(figures->figureText(u"daily_reports.reported"_s) == u"3 of 4"_s);

    // The 14th: one test (P1), two to date; P12 still there and P13 not yet,
    // so 9 active as well; only TL reported, 3 missing; only JC01's finding
    // overdue (JC02's deadline is the 14th itself).
    CHECK(figures->changeText(u"tests.on_date"_s) == u"▲ 4"_s);
    CHECK(figures->changeText(u"tests.cumulative"_s) == u"▲ 5"_s);
    CHECK(figures->changeText(u"personnel.active"_s) == u"±0"_s);
    CHECK(figures->changeText(u"daily_reports.reported"_s) == u"▲ 2"_s);
    CHECK(figures->changeText(u"daily_reports.missing"_s) == u"▼ 2"_s);
    CHECK(figures->changeText(u"inspections.findings_overdue"_s) == u"▲ 1"_s);

    // Each unit's report as `stats` words it: 人才事务所 need not report,
    // 铁路公司 has not.
    const auto *companies = figures->findChild<QTableWidget *>(); // its one table
    REQUIRE(companies);
    QHash<QString, const QTableWidgetItem *> reports;
    for (int row = 0; row < companies->rowCount(); ++row)
        reports.insert(companies->item(row, 0)->text(), companies->item(row, 4));
    CHECK(reports.value(u"人才事务所"_s)->text() == u"not required"_s);
    CHECK(reports.value(u"铁路公司"_s)->text() == u"missing"_s);
    CHECK(reports.value(u"开发公司"_s)->text() == u"reported"_s);
    // The missing one in the red the window says what is wrong in.
    CHECK(reports.value(u"铁路公司"_s)->foreground().color() == ProblemLabel::colour());
    CHECK(reports.value(u"开发公司"_s)->foreground().color() != ProblemLabel::colour());
}

TEST_CASE("a rate's change reads in percentage points, hours' with a decimal", "[ui][today]")
{
    Figures before;
    before.date = {2022, 3, 14};
    before.vaccination.fullRate = 0.452;
    before.volunteers.hoursCumulative = 10.0;
    before.tests.onDate = 5;
    Figures now = before;
    now.date = {2022, 3, 15};
    now.vaccination.fullRate = 0.5;      // 45.2 % to 50.0 %
    now.volunteers.hoursCumulative = 12.5;
    FiguresView view;
    view.setFigures(now, before);
    CHECK(view.changeText(u"vaccination.full_rate"_s) == u"▲ 4.8 pt"_s);
    CHECK(view.changeText(u"volunteers.hours_cumulative"_s) == u"▲ 2.5"_s);
    CHECK(view.changeText(u"tests.on_date"_s) == u"±0"_s);
    now.vaccination.fullRate = 0.4519; // 0.01 points less: none at one decimal
    view.setFigures(now, before);
    CHECK(view.changeText(u"vaccination.full_rate"_s) == u"±0"_s);
}

TEST_CASE("the grid's days name their month where it starts, as a calendar does", "[ui][today]")
{
    ReportGrid grid;
    for (QDate d(2026, 11, 23); d <= QDate(2026, 12, 6); d = d.addDays(1))
        grid.dates.push_back(d);
    ReportGridModel model;
    model.setGrid(grid);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    CHECK(headers
          == QStringList{u"11/23"_s, u"24"_s, u"25"_s, u"26"_s, u"27"_s, u"28"_s, u"29"_s, u"30"_s, u"12/1"_s,
                         u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"12/6"_s});
}

TEST_CASE("the grid shows each unit's reports of the last 14 days", "[ui][today]")
{
    Today today;
    const ReportGridModel *model = today.view->gridModel();
    REQUIRE(model->rowCount() == 4);
    REQUIRE(model->columnCount() == 15);
    CHECK(model->headerData(kTL, Qt::Vertical).toString() == u"铁路公司"_s);
    CHECK(today.state(kTL, 12) == ReportState::ZeroReport); // 03-14
    CHECK(today.state(kTL, kMorning) == ReportState::Missing);
    CHECK(today.state(kTL, kEvening) == ReportState::Missing);
    CHECK(today.state(3, kMorning) == ReportState::ZeroReport); // WY 无
    CHECK(today.state(3, kEvening) == ReportState::Reported);   // WY 外来人员2人已登记
    CHECK(today.state(0, kMorning) == ReportState::ZeroReport); // CY NONE: not expected of it, but sent
    CHECK(today.state(1, kMorning) == ReportState::NotExpected); // KF sends no morning report
    CHECK(today.cell(1, kMorning).data().toString() == u"—"_s);
    CHECK(model->headerData(kMorning, Qt::Horizontal).toString() == u"3/15\nAM"_s);
    CHECK(model->headerData(kEvening, Qt::Horizontal).toString() == u"3/15\nPM"_s);
    // Every state reads without colour too.
    CHECK(today.cell(kTL, kEvening).data().toString() == u"✗"_s);
    CHECK(today.cell(3, kEvening).data().toString() == u"!"_s);
    CHECK(today.cell(0, kMorning).data().toString() == u"0"_s);
    CHECK(today.cell(3, kEvening).data(Qt::ToolTipRole).toString().contains(u"外来人员2人已登记"_s));
    // Days as the lists write them.
    CHECK(today.cell(3, kEvening).data(Qt::ToolTipRole).toString().contains(u" — 2022-03-15, "_s));
    CHECK(today.cell(3, 0).data(Qt::ToolTipRole).toString().contains(u" — 2022-03-02: "_s));
}

TEST_CASE("without units that send a morning report the day has one column", "[ui][today]")
{
    Today today(QStringList {});
    const ReportGridModel *model = today.view->gridModel();
    // 03-02 … 03-15, one column a day.
    REQUIRE(model->columnCount() == 14);
    constexpr int kDay = 13;
    // The month where the grid starts and on the as-of day; the day alone
    // between, the whole date in the tooltip.
    CHECK(model->headerData(0, Qt::Horizontal).toString() == u"3/2"_s);
    CHECK(model->headerData(kDay, Qt::Horizontal).toString() == u"3/15"_s);
    CHECK(model->headerData(12, Qt::Horizontal).toString() == u"14"_s);
    CHECK(model->headerData(12, Qt::Horizontal, Qt::ToolTipRole).toString() == u"2022-03-14"_s);
    // 产业公司 sent only its morning NONE: it has reported, a zero report,
    // shown in italics; its evening report may still be recorded there.
    const QModelIndex cy = today.cell(0, kDay);
    CHECK(today.state(0, kDay) == ReportState::ZeroReport);
    CHECK(cy.data().toString() == u"0"_s);
    CHECK(cy.data(Qt::FontRole).value<QFont>().italic());
    CHECK(cy.data(ReportGridModel::ReportIdRole).toLongLong() == 0);
    CHECK(cy.data(ReportGridModel::EditionRole).toInt() == int(ReportEdition::Evening));
    CHECK(cy.data(Qt::ToolTipRole).toString().contains(u"morning edition: Zero report"_s));
    CHECK(today.state(kTL, kDay) == ReportState::Missing);
    CHECK_FALSE(today.cell(kTL, kDay).data(Qt::FontRole).value<QFont>().italic()); // nothing came
    CHECK(today.state(3, kDay) == ReportState::Reported); // WY's evening one decides
    CHECK_FALSE(today.cell(3, kDay).data(Qt::FontRole).value<QFont>().italic());
    // The call list, the grid and the figures agree: only 铁路公司 is
    // missing, 3 of the 4 units reported.
    CHECK(today.callListUnits() == QStringList { u"铁路公司"_s });
    CHECK(today.view->figuresView()->figureText(u"daily_reports.reported"_s) == u"3 of 4"_s);

    QTableView *grid = today.view->gridView();
    grid->setCurrentIndex(cy);
    CHECK(today.view->zeroReportAction()->isEnabled());
    CHECK(today.view->recordReportAction()->text() == u"&Record report…"_s);
    today.view->zeroReportAction()->trigger();
    CHECK(today.workspace.undoStack()->undoText() == u"Zero report of 产业公司"_s);
    CHECK(today.cell(0, kDay).data(ReportGridModel::ReportIdRole).toLongLong() != 0);
    CHECK_FALSE(today.cell(0, kDay).data(Qt::FontRole).value<QFont>().italic());
}

TEST_CASE(
    "a unit's morning report counts for the day in the grid, the call list and the figures", "[ui][today]")
{
    Today today;
    REQUIRE(today.view->gridModel()->columnCount() == 15);
    CHECK(today.state(kTL, kMorning) == ReportState::Missing); // TL sends morning reports
    CHECK(today.callListUnits() == QStringList { u"铁路公司"_s });

    // 开发公司 sends none: its morning cell records nothing.
    QTableView *grid = today.view->gridView();
    grid->setCurrentIndex(today.cell(1, kMorning));
    CHECK_FALSE(today.view->zeroReportAction()->isEnabled());
    CHECK_FALSE(today.view->recordReportAction()->isEnabled());

    // 铁路公司's morning 无 arrives: it has reported for the day.
    grid->setCurrentIndex(today.cell(kTL, kMorning));
    REQUIRE(today.view->zeroReportAction()->isEnabled());
    today.view->zeroReportAction()->trigger();
    CHECK(today.state(kTL, kMorning) == ReportState::ZeroReport);
    CHECK(today.state(kTL, kEvening) == ReportState::ZeroReport); // by its morning edition, in italics
    CHECK(today.cell(kTL, kEvening).data(Qt::FontRole).value<QFont>().italic());
    CHECK(today.cell(kTL, kEvening).data(ReportGridModel::ReportIdRole).toLongLong() == 0);
    CHECK(today.callListUnits().isEmpty());
    // All 4 units (CY KF TL WY) reported, none missing.
    CHECK(today.view->figuresView()->figureText(u"daily_reports.reported"_s) == u"4 of 4"_s);
    CHECK(today.view->figuresView()->figureText(u"daily_reports.missing"_s) == u"0"_s);

    // Its evening report has something to report: the evening decides.
    grid->setCurrentIndex(today.cell(kTL, kEvening));
    CHECK(today.view->zeroReportAction()->isEnabled());
    DailyReport evening;
    evening.companyId = today.fixture.company[u"TL"_s];
    evening.date = test::FiguresFixture::day();
    evening.edition = ReportEdition::Evening;
    evening.anomalies = u"外来人员1人"_s;
    REQUIRE(today.workspace.apply(Edits::save(today.t.db, evening)).ok());
    CHECK(today.state(kTL, kMorning) == ReportState::ZeroReport);
    CHECK(today.state(kTL, kEvening) == ReportState::Reported);
    CHECK_FALSE(today.cell(kTL, kEvening).data(Qt::FontRole).value<QFont>().italic());
    // Still 4 of 4; zero reports KF and CY only (WY's and TL's evenings have something).
    CHECK(today.view->figuresView()->figureText(u"daily_reports.reported"_s) == u"4 of 4"_s);
    const Result<Figures> figures = FiguresEngine(today.t.db).compute(test::FiguresFixture::day());
    REQUIRE(figures.ok());
    CHECK(figures->dailyReports.zero == 2);
}

TEST_CASE("recording a zero report from the grid turns the cell and undo turns it back", "[ui][today]")
{
    Today today;
    QTableView *grid = today.view->gridView();
    grid->setFocus();
    // The grid starts on the first unit's evening edition of the day; the
    // arrow keys go down to 铁路公司.
    REQUIRE(grid->currentIndex() == today.cell(0, kEvening));
    QTest::keyClick(grid, Qt::Key_Down);
    QTest::keyClick(grid, Qt::Key_Down);
    REQUIRE(grid->currentIndex() == today.cell(kTL, kEvening));
    CHECK(today.callListUnits() == QStringList{u"铁路公司"_s});

    SECTION("by the context menu's action")
    {
        REQUIRE(today.view->zeroReportAction()->isEnabled());
        today.view->zeroReportAction()->trigger();
        CHECK(today.workspace.undoStack()->undoText() == u"Zero report of 铁路公司"_s);
    }
    SECTION("by the 0 key")
    {
        today.view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(today.view.get()));
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_0);
        CHECK(today.workspace.undoStack()->undoText() == u"Zero report of 铁路公司"_s);
    }
    SECTION("by a double click and the dialog's Zero report button")
    {
        bool clicked = false;
        QTimer::singleShot(0, [&clicked] {
            auto *dialog = qobject_cast<EntityForm *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *zero = dialog->findChild<QPushButton *>(u"zeroReport"_s);
            if (!zero)
                return dialog->reject();
            QTest::mouseClick(zero, Qt::LeftButton);
            clicked = true;
        });
        const QPoint centre = grid->visualRect(today.cell(kTL, kEvening)).center();
        // A real mouse presses and releases before the double click; the
        // view opens only a cell that was pressed first.
        QTest::mousePress(grid->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, centre);
        REQUIRE(clicked);
        CHECK(today.workspace.undoStack()->undoText() == u"Add daily report 铁路公司 2022-03-15"_s);
    }
    SECTION("by Enter and the dialog's Zero report button")
    {
        bool clicked = false;
        QTimer::singleShot(0, [&clicked] {
            auto *dialog = qobject_cast<EntityForm *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *zero = dialog->findChild<QPushButton *>(u"zeroReport"_s);
            if (!zero)
                return dialog->reject();
            QTest::mouseClick(zero, Qt::LeftButton);
            clicked = true;
        });
        QTest::keyClick(grid, Qt::Key_Return);
        REQUIRE(clicked);
        CHECK(today.workspace.undoStack()->undoText() == u"Add daily report 铁路公司 2022-03-15"_s);
    }

    CHECK(today.state(kTL, kEvening) == ReportState::ZeroReport);
    CHECK(today.cell(kTL, kEvening).data().toString() == u"0"_s);
    CHECK(today.state(kTL, kMorning) == ReportState::Missing); // only the edition of the cell
    CHECK(today.callListUnits().isEmpty());
    CHECK(today.view->figuresView()->figureText(u"daily_reports.missing"_s) == u"0"_s);
    CHECK(today.workspace.undoStack()->count() == 1);
    // The cursor stays where the user was.
    CHECK(grid->currentIndex() == today.cell(kTL, kEvening));
    CHECK_FALSE(today.view->zeroReportAction()->isEnabled());

    today.workspace.undoStack()->undo();
    CHECK(today.state(kTL, kEvening) == ReportState::Missing);
    CHECK(today.callListUnits() == QStringList{u"铁路公司"_s});
    CHECK(today.view->figuresView()->figureText(u"daily_reports.missing"_s) == u"1"_s);
    today.workspace.undoStack()->redo();
    CHECK(today.state(kTL, kEvening) == ReportState::ZeroReport);
}

TEST_CASE("the daily report form saves the fields as one step and refuses a future date", "[ui][today]")
{
    Today today;
    EntityEditor editor(&today.workspace, nullptr);
    EntityDefaults defaults;
    defaults.companyId = today.fixture.company[u"TL"_s];
    defaults.date = test::FiguresFixture::day();
    defaults.values.insert(u"edition"_s, u"morning"_s);
    // What the coordinator does in the form once it is up.
    std::function<void(EntityForm *)> fill;
    DailyReport saved;
    const auto open = [&](auto &&call) {
        QTimer::singleShot(0, [&] {
            auto *form = qobject_cast<EntityForm *>(QApplication::activeModalWidget());
            REQUIRE(form);
            fill(form);
            saved = form->record<DailyReport>();
            if (form->isVisible())
                form->reject();
        });
        return call();
    };
    const auto type = [](EntityForm *form) {
        const QList<QSpinBox *> spins = form->findChildren<QSpinBox *>();
        REQUIRE(spins.size() == 5);
        // On duty has the focus, all selected: what is typed replaces the 0.
        REQUIRE(form->fieldWidget(u"on_duty"_s) == spins[0]);
        CHECK(form->focusWidget() == spins[0]);
        QTest::keyClicks(spins[0], u"42"_s);
        spins[1]->setValue(3);
        spins[4]->setValue(40);
        auto *anomalies = qobject_cast<QLineEdit *>(form->fieldWidget(u"anomalies"_s));
        REQUIRE(anomalies);
        CHECK(anomalies->placeholderText() == u"无 (nothing to report)"_s);
        anomalies->setText(u"发热1人，已就医"_s);
        return anomalies;
    };

    SECTION("a future date is refused with a reason")
    {
        QString problem;
        fill = [&](EntityForm *form) {
            type(form);
            auto *date = qobject_cast<DateField *>(form->fieldWidget(u"date"_s));
            REQUIRE(date);
            date->setDate(QDate::currentDate().addDays(1));
            QTest::keyClick(form, Qt::Key_Return);
            CHECK(form->isVisible());
            problem = form->problemOf(u"date"_s);
        };
        CHECK_FALSE(open([&] { return editor.add(EntityKind::DailyReport, defaults); }));
        CHECK(problem.contains(u"future"_s));
        CHECK(today.workspace.undoStack()->count() == 0);
        CHECK(today.state(kTL, kMorning) == ReportState::Missing);
    }
    SECTION("Enter saves, and the report opened again is edited")
    {
        fill = [&](EntityForm *form) { QTest::keyClick(type(form), Qt::Key_Return); };
        CHECK(open([&] { return editor.add(EntityKind::DailyReport, defaults); }));
        CHECK(today.state(kTL, kMorning) == ReportState::Reported);
        CHECK(today.workspace.undoStack()->undoText() == u"Add daily report 铁路公司 2022-03-15"_s);
        CHECK(saved.onDuty == 42);
        CHECK(saved.away == 3);
        CHECK(saved.testsDone == 40);

        // Asked for the same unit, day and edition, the form opens on the
        // stored report, and its Zero report button saves it as one.
        const qint64 id = today.cell(kTL, kMorning).data(ReportGridModel::ReportIdRole).toLongLong();
        REQUIRE(id != 0);
        DailyReport shown;
        fill = [&](EntityForm *form) {
            shown = form->record<DailyReport>();
            QTest::mouseClick(form->findChild<QPushButton *>(u"zeroReport"_s), Qt::LeftButton);
        };
        CHECK(open([&] { return editor.add(EntityKind::DailyReport, defaults); }));
        CHECK(shown.id == id);
        CHECK(shown.onDuty == 42);
        CHECK(today.state(kTL, kMorning) == ReportState::ZeroReport);
        CHECK(today.workspace.undoStack()->undoText() == u"Edit daily report 铁路公司 2022-03-15"_s);
        CHECK(today.workspace.undoStack()->count() == 2);
    }
}

TEST_CASE("the call list lists the missing units with their phone and prints them", "[ui][today]")
{
    Today today;
    Company bj;
    bj.code = u"BJ"_s;
    bj.name = u"滨江公司"_s;
    bj.parentId = today.fixture.company[u"YH"_s];
    bj.contactPerson = u"李科长"_s;
    bj.contactPhone = u"0513-85551234"_s;
    REQUIRE(today.workspace.apply(Edits::save(today.t.db, bj)).ok());

    QTableWidget *list = today.view->callList();
    REQUIRE(list->rowCount() == 2);
    CHECK(list->item(0, 0)->text() == u"滨江公司"_s);
    CHECK(list->item(0, 1)->text() == u"李科长"_s);
    CHECK(list->item(0, 2)->text() == u"0513-85551234"_s);
    CHECK(list->item(0, 3)->text() == u"never reported"_s);
    CHECK(list->item(1, 0)->text() == u"铁路公司"_s);
    CHECK(list->item(1, 1)->text() == u"王主任"_s);
    CHECK(list->item(1, 2)->text() == u"13912345678"_s);
    CHECK(list->item(1, 3)->text() == u"1"_s);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"calls.pdf"_s);
    QSignalSpy announced(&today.workspace, &Workspace::announced);
    REQUIRE(today.view->exportCallListPdf(pdf));
    // The window is told where it went.
    REQUIRE(announced.size() == 1);
    CHECK(announced.first().first().toString() == u"The call list was saved as %1."_s.arg(QDir::toNativeSeparators(pdf)));
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    REQUIRE(info.waitForFinished(60000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(u"(A4)"_s));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    CHECK(printed.contains(u"Daily report call list"_s));
    CHECK(printed.contains(u"滨江公司"_s));
    CHECK(printed.contains(u"铁路公司"_s));
    INFO(printed.toStdString());
    CHECK(printed.contains(u"13912345678"_s));
    CHECK(printed.contains(u"0513-85551234"_s));
    CHECK_FALSE(printed.contains(u"开发公司"_s)); // it reported
}

TEST_CASE("the figures the grid and the lists follow the company scope", "[ui][today]")
{
    Today today;
    const qint64 kf = today.fixture.company[u"KF"_s];
    today.workspace.setCompany(kf, {kf, today.fixture.company[u"WY"_s]});
    REQUIRE(today.view->gridModel()->rowCount() == 2);
    CHECK(today.view->gridModel()->headerData(0, Qt::Vertical).toString() == u"开发公司"_s);
    CHECK(today.view->gridModel()->headerData(1, Qt::Vertical).toString() == u"物业公司"_s);
    CHECK(today.callListUnits().isEmpty()); // both reported
    REQUIRE(today.view->overdueList()->rowCount() == 1);
    CHECK(today.view->overdueList()->item(0, 2)->text() == u"未设隔离区"_s);
    // The figures count KF and WY only: both reported, P1 P2 P4 P5 P13 active.
    CHECK(today.view->figuresView()->figureText(u"daily_reports.missing"_s) == u"0"_s);
    CHECK(today.view->figuresView()->figureText(u"personnel.active"_s) == u"5"_s);
}

TEST_CASE("overdue findings of the day are listed", "[ui][today]")
{
    Today today;
    QTableWidget *overdue = today.view->overdueList();
    REQUIRE(overdue->rowCount() == 2);
    CHECK(overdue->item(0, 0)->text() == u"铁路公司"_s);
    CHECK(overdue->item(0, 1)->text() == u"JC01"_s);
    CHECK(overdue->item(0, 2)->text() == u"防护物资储备不足"_s);
    CHECK(overdue->item(0, 4)->text() == u"7"_s);
    CHECK(overdue->item(1, 2)->text() == u"未设隔离区"_s);
    CHECK(overdue->item(1, 4)->text() == u"1"_s);
}

TEST_CASE("recording a report that is already stored opens it for editing", "[ui][today]")
{
    Today today;
    QString title;
    QString anomalies;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<EntityForm *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        title = dialog->windowTitle();
        anomalies = dialog->record<DailyReport>().anomalies;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    // 开发公司 sent its evening report (" 无 ") on the 15th.
    EntityDefaults defaults;
    defaults.companyId = today.fixture.company[u"KF"_s];
    defaults.date = test::FiguresFixture::day();
    CHECK_FALSE(EntityEditor(&today.workspace, nullptr).add(EntityKind::DailyReport, defaults));
    CHECK(title == u"Edit daily report 开发公司 2022-03-15"_s);
    CHECK(anomalies == u"无"_s);
    CHECK(today.workspace.undoStack()->count() == 0); // Escape cancelled
}

TEST_CASE("at 1280 by 720 Today shows the figures, the whole grid and every row of both lists at once", "[ui][today]")
{
    // In the source language and in the users' (Chinese labels are narrower,
    // the navigation's are shorter: the room the page has differs).
    const bool chinese = GENERATE(false, true);
    std::optional<test::Chinese> zh;
    if (chinese)
        zh.emplace();
    INFO((chinese ? "zh_CN" : "en"));
    // The demo group on the last day of a year: nine units, three with a
    // morning edition; the grid's days at their widest ("12/17").
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    const QDate day(2022, 12, 30);
    {
        Database db;
        REQUIRE(db.open(path).ok());
        DemoGenerator::Options options;
        options.today = day;
        REQUIRE(DemoGenerator(db).generate(options).ok());
    }
    MainWindow window(path);
    window.findChild<QDateEdit *>(u"asOf"_s)->setDate(day);
    window.showView(MainWindow::View::Today);
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    TodayView *today = window.view<TodayView>();

    // The navigation and the company tree keep to a narrow strip (the
    // tree's own size hint would have them wider), the views get the rest.
    const auto *side = window.findChild<QSplitter *>(u"sideSplitter"_s);
    REQUIRE(side);
    CHECK(side->width() < window.width() / 6);
    // Nothing to scroll: the page fits.
    auto *scroll = today->findChild<QScrollArea *>();
    REQUIRE(scroll);
    CHECK(scroll->verticalScrollBar()->maximum() == 0);
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    // Every unit and day of the grid in sight.
    QTableView *grid = today->gridView();
    CHECK(grid->model()->rowCount() == 9);
    CHECK(grid->horizontalScrollBar()->maximum() == 0);
    CHECK(grid->verticalScrollBar()->maximum() == 0);
    // Both lists stand beside the grid, and each of their rows is whole.
    const int gridRight = grid->mapTo(today, QPoint(grid->width(), 0)).x();
    for (QTableWidget *list : {today->callList(), today->overdueList()}) {
        INFO(list->objectName().toStdString());
        CHECK(list->mapTo(today, QPoint(0, 0)).x() > gridRight);
        REQUIRE(list->rowCount() > 0);
        for (int row = 0; row < list->rowCount(); ++row) {
            const QRect rect = list->visualRect(list->model()->index(row, 0));
            CHECK(rect.top() >= 0);
            CHECK(rect.bottom() < list->viewport()->height());
        }
    }
    // A finding can be read: ten characters at least.
    const int findingWidth = today->overdueList()->columnWidth(2);
    CHECK(findingWidth >= 10 * today->overdueList()->fontMetrics().horizontalAdvance(QChar(0x56FD)));
}

TEST_CASE("an empty database's Today says to import and its button opens the import wizard", "[ui][today]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path).ok());
    }
    MainWindow window(path);
    window.showView(MainWindow::View::Today);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    TodayView *today = window.view<TodayView>();
    REQUIRE(today->emptyHint()->isVisible());
    CHECK(window.findChild<ImportWizard *>() == nullptr);
    auto *button = today->emptyHint()->findChild<QPushButton *>(u"importButton"_s);
    REQUIRE(button);
    CHECK(button->text() == u"&Import files…"_s);
    CHECK(button->isVisible());
    CHECK(today->emptyHint()->findChild<QLabel *>(u"hintText"_s)->text().contains(u"Files can also be dropped"_s));
    QTest::mouseClick(button, Qt::LeftButton);
    auto *wizard = window.findChild<ImportWizard *>();
    REQUIRE(wizard);
    CHECK(wizard->isVisible());
    CHECK(wizard->currentId() == ImportWizard::FilesId);
    wizard->close();

    // A database with personnel needs no hint.
    Today fixture;
    CHECK_FALSE(fixture.view->emptyHint()->isVisible());
}
