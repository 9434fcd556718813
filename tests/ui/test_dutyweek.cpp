// SPDX-License-Identifier: GPL-3.0-or-later
// The Duty page's week grid and its 值班表, and the Today warnings that
// follow it, on the hand-built group of figuresfixture.cpp: the units that
// report daily are 产业公司 CY, 开发公司 KF, 铁路公司 TL, 物业公司 WY (by code).
// The week of 2022-03-15 (a Tuesday) runs from Monday 03-14 to Sunday 03-20.
#include "core/db/repository.h"
#include "core/edit/changehub.h"
#include "core/model/drill.h"
#include "core/model/duty.h"
#include "figuresfixture.h"
#include "formtesting.h"
#include "core/model/stocktake.h"
#include "core/model/training.h"
#include "testdb.h"
#include "ui/common/workspace.h"
#include "ui/duty/dutyrosterdocument.h"
#include "ui/duty/dutyweekmodel.h"
#include "ui/duty/dutyweekview.h"
#include "ui/today/readinesswarnings.h"
#include "ui/today/todayview.h"

#include <QApplication>
#include <QLabel>
#include <QInputMethodEvent>
#include <QProcess>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

constexpr int kCY = 0, kKF = 1, kTL = 2; // rows of the grid (WY is the fourth)
constexpr int kTuesday = 1;                        // 03-15, the column of the as-of day

void addDuty(Database &db, qint64 company, const QDate &day, DutyShift shift, const QString &person)
{
    Duty duty;
    duty.companyId = company;
    duty.date = day;
    duty.shift = shift;
    duty.person = person;
    duty.phone = u"13800001111"_s;
    duty.leader = u"李强"_s;
    REQUIRE(Repository<Duty>(db).insert(duty).ok());
}

// Every unit on full-day duty every day of the week, but 铁路公司 on the
// 15th, which has a day shift only.
struct Week
{
    test::TempDatabase t;
    test::FiguresFixture fixture{t.db};
    Workspace workspace;

    Week()
    {
        for (const QString &code : {u"CY"_s, u"KF"_s, u"TL"_s, u"WY"_s})
            for (int day = 14; day <= 20; ++day)
                if (code != u"TL"_s || day != 15)
                    addDuty(t.db, fixture.company.value(code), QDate(2022, 3, day), DutyShift::FullDay,
                            u"值班"_s + code + QString::number(day));
        addDuty(t.db, fixture.company.value(u"TL"_s), QDate(2022, 3, 15), DutyShift::Day, u"张白班"_s);
        workspace.setDatabase(&t.db);
        workspace.setAsOf(test::FiguresFixture::day());
    }

    // KF's 口罩 counted 1500 against a minimum of 2000 on 03-10; P1's
    // certificate expires on 04-10. Their ids.
    std::pair<qint64, qint64> addLowStockAndExpiringCertificate()
    {
        Stocktake low;
        low.companyId = fixture.company.value(u"KF"_s);
        low.item = u"口罩"_s;
        low.date = QDate(2022, 3, 10);
        low.quantity = 1500;
        low.minimum = 2000;
        Training cert;
        cert.personId = fixture.person.value(u"P1"_s);
        cert.course = u"防护培训"_s;
        cert.examOn = QDate(2022, 3, 1);
        cert.passed = true;
        cert.validUntil = QDate(2022, 4, 10);
        return {Repository<Stocktake>(t.db).insert(low).value(), Repository<Training>(t.db).insert(cert).value()};
    }

    // The Today warnings of a duty gap of a unit, as the table shows them.
    static int dutyGapRows(TodayView &today, const QString &unit)
    {
        QTableWidget *table = today.readinessWarnings()->table();
        int rows = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text() == unit && table->item(row, 0)->text() == u"Duty gap"_s)
                ++rows;
        return rows;
    }
};

} // namespace

TEST_CASE("the week grid shows the units by code and the gap of the day", "[ui][duty]")
{
    Week w;
    DutyWeekView view(&w.workspace, nullptr);
    DutyWeekModel *model = view.model();
    CHECK(view.weekStart() == QDate(2022, 3, 14));
    REQUIRE(model->rowCount() == 4);
    CHECK(model->headerData(kTL, Qt::Vertical).toString() == u"铁路公司"_s);
    CHECK(model->columnCount() == 7);
    // 铁路公司 on the 15th: a day shift only, so not covered; the next day is.
    CHECK(model->isGap(model->index(kTL, kTuesday)));
    CHECK_FALSE(model->isGap(model->index(kTL, kTuesday + 1)));
    CHECK(model->index(kTL, kTuesday).data().toString().contains(u"张白班"_s));
    CHECK(model->index(kTL, kTuesday).data().toString().contains(u"No Night shift"_s));
    CHECK(model->index(kTL, kTuesday).data(Qt::BackgroundRole).isValid()); // it stands out
    CHECK_FALSE(model->index(kKF, kTuesday).data(Qt::BackgroundRole).isValid());
    // Phones masked until the user shows them.
    CHECK(model->index(kCY, 0).data().toString().contains(u"138****1111"_s));
}

TEST_CASE("a duty gap filled from the keyboard in the week grid leaves Today without its warning", "[ui][duty]")
{
    Week w;
    TodayView today(&w.workspace);
    today.resize(1400, 900);
    today.show();
    REQUIRE(QTest::qWaitForWindowExposed(&today));
    CHECK(Week::dutyGapRows(today, u"铁路公司"_s) == 1);
    CHECK(today.figuresView() != nullptr);

    DutyWeekView view(&w.workspace, nullptr);
    view.resize(1200, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTableView *grid = view.grid();
    grid->setFocus();
    grid->setCurrentIndex(view.model()->index(kTL, kTuesday));
    // Typed into the cell: the name, the phone and the leader; Enter saves.
    // The name comes from the input method, as Chinese is typed: its first
    // text opens the cell's editor, which takes what follows.
    const auto commit = [](QWidget *to, const QString &text) {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(to, &event);
    };
    commit(grid, u"赵夜班"_s);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor != grid);
    QTest::keyClicks(editor, u" 13900002222 "_s);
    commit(editor, u"王强"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view.model()->isGap(view.model()->index(kTL, kTuesday)));

    // The missing night shift was recorded, as one step of Undo.
    const std::vector<Duty> night = Repository<Duty>(w.t.db).where(u"shift = 'night'"_s);
    REQUIRE(night.size() == 1);
    CHECK(night.front().person == u"赵夜班"_s);
    CHECK(night.front().phone == u"13900002222"_s);
    CHECK(night.front().leader == u"王强"_s);
    CHECK(night.front().date == QDate(2022, 3, 15));
    CHECK(w.workspace.undoStack()->count() == 1);
    // Today reads the change from the hub: its warning is gone.
    QTRY_COMPARE(Week::dutyGapRows(today, u"铁路公司"_s), 0);

    w.workspace.undoStack()->undo();
    QTRY_VERIFY(view.model()->isGap(view.model()->index(kTL, kTuesday)));
    QTRY_COMPARE(Week::dutyGapRows(today, u"铁路公司"_s), 1);
}

TEST_CASE("the week's duty roster is one A4 landscape page for the ten units", "[ui][duty][print]")
{
    // The ten companies of the samples' group, all but the root reporting
    // daily, plus a fourth unit under 开发公司 to make ten rows.
    DutyWeek week;
    week.start = QDate(2022, 3, 14);
    const QStringList units{u"滨江公司"_s, u"产业公司"_s, u"海通公司"_s, u"开发公司"_s, u"人才事务所"_s,
                            u"盛和公司"_s, u"海润水务公司"_s, u"铁路公司"_s, u"物业公司"_s, u"沿海集团"_s};
    for (int i = 0; i < units.size(); ++i) {
        DutyWeek::Row row;
        row.companyId = i + 1;
        row.name = units[i];
        for (int day = 0; day < DutyWeek::kDays; ++day) {
            // The longest a day gets: a day and a night shift, with phones and a leader.
            Duty dayShift{0, row.companyId, week.day(day), DutyShift::Day, u"欧阳明远"_s, u"13912345678"_s, u"周海彬"_s};
            Duty nightShift{0, row.companyId, week.day(day), DutyShift::Night, u"诸葛晓丽"_s, u"0513-85551234"_s, u"周海彬"_s};
            if (!(i == 7 && day == 1))
                row.days[size_t(day)] = {dayShift, nightShift};
        }
        week.rows.push_back(row);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"roster.pdf"_s);
    REQUIRE(DutyRosterDocument(week, QDateTime(QDate(2022, 3, 15), QTime(8, 0))).writePdf(path).ok());

    QProcess info;
    info.start(u"pdfinfo"_s, {path});
    REQUIRE(info.waitForFinished());
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    CHECK(meta.contains(u"Pages:           1"_s));
    // A4 landscape: 297 × 210 mm is 842 × 595 points.
    const bool landscapeA4 = meta.contains(u"841.89 x 595.276 pts"_s) || meta.contains(u"842 x 595 pts"_s)
                             || meta.contains(u"841.89 x 595.28 pts"_s);
    INFO(meta.toStdString());
    CHECK(landscapeA4);

    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    REQUIRE(text.waitForFinished());
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    for (const QString &unit : units)
        CHECK(printed.contains(unit.normalized(QString::NormalizationForm_KC)));
    CHECK(printed.contains(u"欧阳明远"_s.normalized(QString::NormalizationForm_KC)));
    CHECK(printed.contains(u"13912345678"_s)); // printed in full, to be dialled
    CHECK(printed.contains(u"0513-85551234"_s));
    // (A name without 马, whose glyph pdftotext gives back as the radical ⻢,
    // which NFKC does not fold.)
    CHECK(printed.contains(u"周海彬"_s.normalized(QString::NormalizationForm_KC)));
}

TEST_CASE("a Today readiness warning opens the record behind it", "[ui][today][readiness]")
{
    // On the week above: 铁路公司 lacks its night shift on the 15th; KF's
    // 口罩 counted 1500 against a minimum of 2000; P1's certificate expires
    // on 04-10, within 30 days; no unit held a drill.
    Week w;
    const auto [lowId, certId] = w.addLowStockAndExpiringCertificate();

    TodayView today(&w.workspace);
    today.resize(1400, 900);
    today.show();
    REQUIRE(QTest::qWaitForWindowExposed(&today));
    ReadinessWarnings *warnings = today.readinessWarnings();
    QTableWidget *table = warnings->table();
    const auto rowOf = [table](const QString &what) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == what)
                return row;
        return -1;
    };
    // The gap: the form of the night shift it lacks, for that unit and day.
    REQUIRE(rowOf(u"Duty gap"_s) >= 0);
    formtest::whenOpen(EntityKind::Duty, [&w](EntityForm *form) {
        const Duty &duty = form->record<Duty>();
        CHECK(duty.id == 0);
        CHECK(duty.companyId == w.fixture.company.value(u"TL"_s));
        CHECK(duty.date == QDate(2022, 3, 15));
        CHECK(duty.shift == DutyShift::Night);
    });
    warnings->open(rowOf(u"Duty gap"_s));
    // The item below its minimum: its latest count.
    REQUIRE(rowOf(u"Below minimum"_s) >= 0);
    formtest::whenOpen(EntityKind::Stocktake, [lowId](EntityForm *form) { CHECK(form->record<Stocktake>().id == lowId); });
    warnings->open(rowOf(u"Below minimum"_s));
    // The certificate: its training record.
    REQUIRE(rowOf(u"Certificate expiring"_s) >= 0);
    formtest::whenOpen(EntityKind::Training, [certId](EntityForm *form) { CHECK(form->record<Training>().id == certId); });
    warnings->open(rowOf(u"Certificate expiring"_s));
    // A unit without a drill: a new drill of that unit on the day.
    REQUIRE(rowOf(u"No drill in 30 days"_s) >= 0);
    formtest::whenOpen(EntityKind::Drill, [](EntityForm *form) {
        CHECK(form->record<Drill>().id == 0);
        CHECK(form->record<Drill>().date == QDate(2022, 3, 15));
        CHECK(form->record<Drill>().companyId != 0);
    });
    warnings->open(rowOf(u"No drill in 30 days"_s));
    // The figures above the warnings: one gap, one item, P1 certified.
    CHECK(warnings->figuresLine()->text().startsWith(u"Duty gaps today: 1 · Below minimum: 1 · Certified: 1 ·"_s));
}

TEST_CASE("Today's readiness warnings have a tab of their own that counts them, all in sight at 1280x720", "[ui][today][readiness]")
{
    // The four units that report daily (KF, WY, CY, TL) on the 15th: TL
    // lacks its night shift (1 gap; the 16th is covered), KF's 口罩 are
    // below the minimum (1), P1's certificate expires within 30 days (1),
    // and none of the four held a drill in 30 days (4): 7 warnings.
    Week w;
    w.addLowStockAndExpiringCertificate();
    TodayView today(&w.workspace);
    // What the main window leaves Today at 1280×720, beside the navigation.
    today.resize(1000, 600);
    today.show();
    REQUIRE(QTest::qWaitForWindowExposed(&today));
    auto *tabs = today.findChild<QTabWidget *>(u"todayTabs"_s);
    REQUIRE(tabs);
    ReadinessWarnings *warnings = today.readinessWarnings();
    const int page = tabs->indexOf(warnings);
    REQUIRE(page >= 0);
    CHECK(tabs->tabText(page) == u"Re&adiness (7 warning(s))"_s);
    // Alt+A, the tab's mnemonic, shows it from the keyboard.
    tabs->setCurrentIndex(0);
    QTest::keyClick(&today, Qt::Key_A, Qt::AltModifier);
    REQUIRE(tabs->currentWidget() == warnings);
    QTableWidget *table = warnings->table();
    CHECK(table->isVisible());
    REQUIRE(table->rowCount() == 7);
    // Every row shows whole: the last one ends inside the table's viewport.
    CHECK(table->visualItemRect(table->item(6, 0)).bottom() < table->viewport()->height());
    // A filled gap takes one warning off the tab.
    addDuty(w.t.db, w.fixture.company.value(u"TL"_s), QDate(2022, 3, 15), DutyShift::Night, u"李夜班"_s);
    ChangeSet added;
    added.addAll(EntityKind::Duty);
    w.workspace.changes()->announce(added);
    CHECK(tabs->tabText(page) == u"Re&adiness (6 warning(s))"_s);
}
