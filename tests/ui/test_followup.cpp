// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up list of the Today page as a coordinator uses it: readings
// phoned in are typed in from the keyboard, one person after another.
#include "core/db/companyrepository.h"
#include "core/db/personrepository.h"
#include "core/db/repository.h"
#include "core/figures/figuresengine.h"
#include "core/model/arrival.h"
#include "core/model/departure.h"
#include "core/model/healthcheck.h"
#include "ui/forms/entityform.h"
#include "ui/forms/formfields.h"
#include "formtesting.h"
#include "testdb.h"
#include "ui/common/workspace.h"
#include "ui/today/followupdocument.h"
#include "ui/today/followupview.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QProcess>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

using test::ok;

QDate day() { return {2022, 3, 15}; }

// 滨江公司 with four persons under observation on 2022-03-15, none checked
// yet: 甲 at home since 03-10 (day 6 of 7), 乙 centralised since 03-14 (day 2
// of 14), 丙 at home since 03-09 (day 7 of 7, the last), 丁 at home since
// 03-15 (day 1 of 7); and 戊 away since 03-01, planned back 03-10.
struct FollowUp
{
    test::TempDatabase t;
    Workspace workspace;
    std::unique_ptr<FollowUpView> view;

    FollowUp()
    {
        Company company;
        company.code = u"BJ"_s;
        company.name = u"滨江公司"_s;
        const qint64 bj = ok(CompanyRepository(t.db).insert(company));
        const QStringList ids{u"32061219811031596X"_s, u"320612198907041716"_s, u"320612196705019386"_s,
                              u"320612199706275828"_s, u"320612198301055996"_s};
        const QStringList names{u"甲"_s, u"乙"_s, u"丙"_s, u"丁"_s, u"戊"_s};
        const QList<std::pair<QDate, ObservationMeasure>> arrivals{
            {QDate(2022, 3, 10), ObservationMeasure::HomeMonitoring},
            {QDate(2022, 3, 14), ObservationMeasure::Quarantine},
            {QDate(2022, 3, 9), ObservationMeasure::HomeMonitoring},
            {QDate(2022, 3, 15), ObservationMeasure::HomeMonitoring}};
        for (int i = 0; i < 5; ++i) {
            Person p;
            p.idNumber = ids[i];
            p.name = names[i];
            p.companyId = bj;
            p.phone = u"1391234567%1"_s.arg(i);
            const qint64 person = ok(PersonRepository(t.db).insert(p));
            if (i < 4) {
                Arrival a;
                a.personId = person;
                a.companyId = bj;
                a.arrivedOn = arrivals[i].first;
                a.fromPlace = u"上海市"_s;
                a.measure = arrivals[i].second;
                ok(Repository<Arrival>(t.db).insert(a));
            } else {
                Departure d;
                d.personId = person;
                d.companyId = bj;
                d.leaveOn = QDate(2022, 3, 1);
                d.plannedReturnOn = QDate(2022, 3, 10);
                ok(Repository<Departure>(t.db).insert(d));
            }
        }
        workspace.setDatabase(&t.db);
        workspace.setAsOf(day());
        view = std::make_unique<FollowUpView>(&workspace);
        view->resize(1100, 600);
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }

    MovementFigures figures() { return ok(FiguresEngine(t.db).compute(day())).movement; }

    // Types into whatever has the focus, as a user's keys go.
    void type(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : view->table();
            QTest::keyClick(focus, c.toLatin1());
        }
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : view->table();
        QTest::keyClick(focus, Qt::Key_Return);
        // Enter commits the editor through the event queue, and the save
        // waits for the editor to close: as before a user's next key.
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
};

} // namespace

TEST_CASE("the follow-up list shows who is observed, their day and today's check", "[ui][followup]")
{
    FollowUp f;
    QTableWidget *table = f.view->table();
    REQUIRE(table->rowCount() == 4);
    // Not checked: all four in the second group, by company code then name
    // in code point order (丁 4E01, 丙 4E19, 乙 4E59, 甲 7532).
    QStringList names;
    for (int row = 0; row < 4; ++row)
        names << table->item(row, FollowUpView::Name)->text();
    CHECK(names == QStringList{u"丁"_s, u"丙"_s, u"乙"_s, u"甲"_s});
    CHECK(table->item(0, FollowUpView::Phone)->text() == u"139****5673"_s); // 丁's 13912345673, masked
    // 丙 since 03-09 at home: 7 days, day 7 is the last.
    CHECK(table->item(1, FollowUpView::Day)->text().startsWith(u"7 of 7"_s));
    CHECK(table->item(2, FollowUpView::Day)->text() == u"2 of 14"_s);
    CHECK(table->item(2, FollowUpView::Measure)->text() == displayName(ObservationMeasure::Quarantine));
    CHECK(table->item(0, FollowUpView::Check)->text() == u"missing"_s);
    // 戊 is away past the planned return of 03-10: five days.
    REQUIRE(f.view->overdueTable()->rowCount() == 1);
    CHECK(f.view->overdueTable()->item(0, 1)->text() == u"戊"_s);
    CHECK(f.view->overdueTable()->item(0, 5)->text() == u"5"_s);
}

TEST_CASE("three checks typed from the keyboard drop checks_missed by three", "[ui][followup]")
{
    FollowUp f;
    // Four observed, none checked.
    REQUIRE(f.figures().checksMissed == 4);
    QTableWidget *table = f.view->table();
    table->setFocus();
    REQUIRE(table->currentRow() == 0);
    REQUIRE(table->currentColumn() == FollowUpView::Temperature);

    f.type(u"36.5"_s);
    CHECK(f.view->problem().isEmpty());
    f.type(u"36.8"_s);
    f.type(u"37.6"_s);
    // 丁, 丙, 乙 checked (乙 at 37.6, a fever); 甲 still missing.
    const MovementFigures after = f.figures();
    CHECK(after.checksMissed == 1);
    CHECK(after.checksAbnormal == 1);
    CHECK(f.workspace.undoStack()->count() == 3);
    // The abnormal check is listed first, 甲 next, the two normal ones last.
    CHECK(table->item(0, FollowUpView::Name)->text() == u"乙"_s);
    CHECK(table->item(0, FollowUpView::Check)->text() == u"abnormal"_s);
    CHECK(table->item(1, FollowUpView::Name)->text() == u"甲"_s);
    // The next reading goes to 甲, the one left.
    CHECK(table->currentRow() == 1);

    // A typing slip is refused, saying why, and nothing is written.
    f.type(u"3.65"_s);
    CHECK(f.view->problem().contains(u"甲"_s));
    CHECK(f.figures().checksMissed == 1);
    CHECK(f.workspace.undoStack()->count() == 3);

    // Each check is a step of its own.
    f.workspace.undoStack()->undo();
    CHECK(f.figures().checksMissed == 2);
}

TEST_CASE("the follow-up list prints to PDF with every person and the overdue return", "[ui][followup][pdf]")
{
    FollowUp f;
    const QString path = f.t.dir.filePath(u"followup.pdf"_s);
    REQUIRE(f.view->exportPdf(path));
    QProcess text;
    text.start(u"pdftotext"_s, {path, u"-"_s});
    REQUIRE(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    INFO(out.toStdString());
    CHECK(out.contains(u"Health follow-up list"_s));
    for (const QString &name : {u"甲"_s, u"乙"_s, u"丙"_s, u"丁"_s, u"戊"_s})
        CHECK(out.contains(name.normalized(QString::NormalizationForm_KC)));
    CHECK(out.contains(u"13912345670"_s)); // in full, for the call
    CHECK(out.contains(u"(last)"_s));
}

TEST_CASE("the forms of people on the move name a temperature and a date out of place as the user types", "[ui][followup][forms]")
{
    using namespace seawall::formtest;
    Fixture f;
    addPerson(f.t.db, f.company, u"11010519491231002X"_s, u"张三"_s);

    Form<HealthCheck> check(f.t.db);
    type(field<PersonField>(&check.form, u"person"_s), u"张三"_s);
    field<DateField>(&check.form, u"date"_s)->setDate(QDate(2022, 3, 15));
    auto *temperature = field<QLineEdit>(&check.form, u"temperature"_s);
    QTest::keyClicks(temperature, u"365"_s); // 36.5 without its point
    CHECK(check.form.problemOf(u"temperature"_s) == u"Temperature: 365 ℃ is not a body temperature (34–43 ℃)."_s);
    CHECK_FALSE(check.form.okButton()->isEnabled());
    temperature->clear();
    QTest::keyClicks(temperature, u"37.3"_s);
    CHECK(check.form.problemOf(u"temperature"_s).isEmpty());
    CHECK(check.form.okButton()->isEnabled());
    CHECK(check.record.isAbnormal()); // 37.3 is a fever

    Form<Arrival> arrival(f.t.db);
    type(field<PersonField>(&arrival.form, u"person"_s), u"张三"_s);
    field<DateField>(&arrival.form, u"arrived_on"_s)->setDate(QDate(2022, 3, 10));
    field<DateField>(&arrival.form, u"released_on"_s)->setDate(QDate(2022, 3, 9));
    CHECK(arrival.form.problemOf(u"released_on"_s) == u"Released on: 2022-03-09 is before the arrival date, 2022-03-10."_s);
    CHECK_FALSE(arrival.form.okButton()->isEnabled());
}
