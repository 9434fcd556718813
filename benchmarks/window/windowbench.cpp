// SPDX-License-Identifier: GPL-3.0-or-later
// Times what a coordinator waits for in the window, on one database:
//   1. the main window shown, from nothing to painted;
//   2. the Personnel table opened (first screenful painted);
//   3. each keystroke in its search box until the table is painted again.
// Each is printed with its target and against a baseline measured in the
// same run on the same file: a bare QMainWindow; a plain QSqlQueryModel
// over "SELECT * FROM person" in a QTableView; and the same LIKE query run
// directly for the first screenful.
//   seawall_windowbench DATABASE
#include "core/db/database.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QKeyEvent>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// Paints now, as the screen would: the time until the user sees the result.
void paint(QWidget *widget)
{
    QApplication::processEvents();
    widget->repaint();
}

double ms(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

void report(const char *what, double measured, double target, double baseline)
{
    std::printf("%-34s %8.1f ms  (target %4.0f ms, %s)  baseline %7.1f ms  ratio %5.2f\n", what, measured, target,
                measured <= target ? "met" : "NOT met", baseline, baseline > 0 ? measured / baseline : 0.0);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: seawall_windowbench DATABASE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);

    // Baseline 1: an empty main window.
    QElapsedTimer timer;
    timer.start();
    {
        QMainWindow bare;
        bare.resize(1200, 760);
        bare.show();
        paint(&bare);
    }
    const double bareWindow = ms(timer);

    // 1. The main window on the file, on its Today view.
    timer.restart();
    MainWindow window(path);
    window.showView(MainWindow::View::Today);
    window.show();
    paint(&window);
    const double shown = ms(timer);
    if (!window.problem().isEmpty()) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }

    // Baseline 2: a plain model over the table in a plain view.
    Database db;
    if (!db.open(path))
        return 1;
    timer.restart();
    {
        QSqlQueryModel plain;
        plain.setQuery(u"SELECT * FROM person"_s, db.connection());
        QTableView view;
        view.setModel(&plain);
        view.resize(900, 600);
        view.show();
        paint(&view);
    }
    const double plainTable = ms(timer);

    // 2. The Personnel view.
    timer.restart();
    window.showView(MainWindow::View::Personnel);
    RecordListView *persons = window.recordList(int(MainWindow::View::Personnel));
    paint(&window);
    const double opened = ms(timer);
    const int rows = persons->model()->rowCount();

    // 3. Keystrokes: a surname, then an ID number prefix typed digit by digit,
    //    then a phone fragment.
    std::vector<double> strokes;
    std::vector<double> bases;
    QSqlQuery like(db.connection());
    like.prepare(u"SELECT p.name, p.id_number, c.name, p.phone FROM person p JOIN company c ON c.id = p.company_id"
                 u" WHERE p.name LIKE ? OR p.id_number LIKE ? OR p.phone LIKE ? OR c.name LIKE ?"
                 u" ORDER BY p.name LIMIT 40"_s);
    for (const QString &text : {u"王"_s, u"3"_s, u"32"_s, u"320"_s, u"3206"_s, u"32061"_s, u"138"_s, u"1385"_s, u"王"_s, u"张"_s}) {
        persons->searchBox()->setText(text.chopped(1));
        paint(&window);
        timer.restart();
        // One key press, as typed (the text a key event carries goes in).
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text.right(1));
        QApplication::sendEvent(persons->searchBox(), &press);
        paint(&window);
        strokes.push_back(ms(timer));
        timer.restart();
        for (int i = 0; i < 4; ++i)
            like.bindValue(i, u'%' + text + u'%');
        if (!like.exec())
            return 1;
        while (like.next()) {
        }
        bases.push_back(ms(timer));
        std::printf("  typed \"%s\": %.1f ms (bare query %.1f ms)\n", qPrintable(text), strokes.back(), bases.back());
    }

    std::printf("database: %s (%d rows in the first screenful of Personnel)\n", argv[1], rows);
    report("window shown", shown, 1000, bareWindow);
    report("Personnel table opened", opened, 300, plainTable);
    report("search keystroke (median)", median(strokes), 100, median(bases));
    report("search keystroke (worst)", *std::max_element(strokes.begin(), strokes.end()), 100,
           *std::max_element(bases.begin(), bases.end()));
    return 0;
}
