// SPDX-License-Identifier: GPL-3.0-or-later
// Times what a coordinator waits for in the window, on one database:
//   1. the main window shown, from nothing to painted;
//   2. for each of Personnel, Tests and Vaccinations: the list opened
//      (first screenful painted; a dated list on the day of the latest
//      test, as the as-of date); each keystroke in its search box until
//      the table is painted again (a common surname; a rare full name, an
//      ID number and a phone fragment typed a character at a time, over
//      every day); and the count of rows the label shows once typing pauses;
//   3. the Personnel table sorted by name (in pinyin), down and up again.
// Each is printed with its target and against a baseline measured in the
// same run on the same file: a bare QMainWindow; a plain QSqlQueryModel
// over "SELECT * FROM <table>" in a QTableView; the same search as one
// plain LIKE query over the joined tables, run directly for the first
// screenful (and counted, for the count); and the first screenful of
// persons by name in code-point order, which the name's index gives
// without sorting.
//   seawall_windowbench DATABASE
#include "benchmarks/common/typedtexts.h"
#include "core/db/database.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/common/workspace.h"
#include "ui/lists/recordlistview.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using seawall::bench::ms;
using seawall::bench::Typed;
using namespace seawall;

namespace {

// Paints now, as the screen would: the time until the user sees the result.
void paint(QWidget *widget)
{
    QApplication::processEvents();
    widget->repaint();
}


void report(const QString &what, double measured, double target, double baseline)
{
    std::printf("%-40s %8.1f ms  (target %4.0f ms, %s)  baseline %7.1f ms  ratio %5.2f\n", qPrintable(what), measured,
                target, measured <= target ? "met" : "NOT met", baseline, baseline > 0 ? measured / baseline : 0.0);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// One list: its view, its table and the search as one plain query (every
// "?" the LIKE pattern), the naive way to write it.
struct List
{
    MainWindow::View view;
    const char *name;
    QString table;
    QString select;  // columns and joins
    QString where;   // the LIKEs
    QString orderBy;
};


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

    Database db;
    if (!db.open(path))
        return 1;
    // The as-of date a coordinator works on: the day of the latest test.
    QSqlQuery latest(db.connection());
    if (latest.exec(u"SELECT max(sampled_on) FROM nucleic_test"_s) && latest.next())
        window.workspace()->setAsOf(QDate::fromString(latest.value(0).toString(), Qt::ISODate));
    latest.finish();
    // The texts (each a character at a time, the count read once the whole
    // text is in).
    const QList<Typed> typing = bench::typedTexts(db);
    if (typing.isEmpty()) {
        std::fprintf(stderr, "no person with a name of their own in %s\n", argv[1]);
        return 1;
    }

    const QList<List> lists{
        {MainWindow::View::Personnel, "Personnel", u"person"_s,
         u"p.name, p.id_number, c.name, p.phone FROM person p JOIN company c ON c.id = p.company_id"_s,
         u"p.name LIKE ? OR p.id_number LIKE ? OR p.phone LIKE ? OR c.name LIKE ?"_s, u"p.name"_s},
        {MainWindow::View::Tests, "Tests", u"nucleic_test"_s,
         u"t.sampled_on, p.name, p.id_number, c.name, t.site FROM nucleic_test t"
         u" JOIN person p ON p.id = t.person_id JOIN company c ON c.id = t.company_id"_s,
         u"p.name LIKE ? OR p.id_number LIKE ? OR c.name LIKE ? OR t.site LIKE ?"_s, u"t.sampled_on DESC"_s},
        {MainWindow::View::Vaccinations, "Vaccinations", u"vaccination"_s,
         u"v.vaccinated_on, p.name, p.id_number, c.name, v.manufacturer, v.place FROM vaccination v"
         u" JOIN person p ON p.id = v.person_id LEFT JOIN company c ON c.id = v.company_id"_s,
         u"p.name LIKE ? OR p.id_number LIKE ? OR c.name LIKE ? OR v.manufacturer LIKE ? OR v.place LIKE ?"_s,
         u"v.vaccinated_on DESC"_s},
    };

    struct Line
    {
        QString what;
        double measured, target, baseline;
    };
    QList<Line> lines;
    std::vector<double> allStrokes;
    std::vector<double> allBases;
    int firstScreen = 0;
    for (const List &list : lists) {
        std::printf("%s:\n", list.name);
        // Baseline 2: a plain model over the table in a plain view.
        timer.restart();
        {
            QSqlQueryModel plain;
            plain.setQuery(u"SELECT * FROM "_s + list.table, db.connection());
            QTableView view;
            view.setModel(&plain);
            view.resize(900, 600);
            view.show();
            paint(&view);
        }
        const double plainTable = ms(timer);

        // 2. The list opened.
        timer.restart();
        window.showView(list.view);
        RecordListView *view = window.recordList(int(list.view));
        paint(&window);
        const double opened = ms(timer);
        if (list.view == MainWindow::View::Personnel)
            firstScreen = view->model()->rowCount();
        lines.append({QString::fromLatin1(list.name) + u" opened"_s, opened, 300, plainTable});
        // The search looks at every day, as the plain query does.
        if (auto *range = view->findChild<QCheckBox *>(u"useRange"_s)) {
            range->setChecked(false);
            paint(&window);
        }

        QSqlQuery like(db.connection());
        like.prepare(u"SELECT "_s + list.select + u" WHERE "_s + list.where + u" ORDER BY "_s + list.orderBy
                     + u" LIMIT 40"_s);
        QSqlQuery likeCount(db.connection());
        likeCount.prepare(u"SELECT count(*) FROM "_s + list.select.mid(list.select.indexOf(u" FROM "_s) + 6)
                          + u" WHERE "_s + list.where);
        const auto bind = [&](QSqlQuery &query, const QString &text) {
            for (int i = 0; i < int(list.where.count(u'?')); ++i)
                query.bindValue(i, u'%' + text + u'%');
        };

        std::vector<double> strokes;
        std::vector<double> bases;
        double worstCount = 0;
        double worstBareCount = 0;
        for (const Typed &typed : typing) {
            std::printf("  %s:", typed.what);
            view->searchBox()->clear();
            paint(&window);
            for (qsizetype n = 1; n <= typed.text.size(); ++n) {
                const QString text = typed.text.left(n);
                timer.restart();
                // One key press, as typed (the text a key event carries goes in).
                QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text.right(1));
                QApplication::sendEvent(view->searchBox(), &press);
                paint(&window);
                strokes.push_back(ms(timer));
                timer.restart();
                bind(like, text);
                if (!like.exec())
                    return 1;
                while (like.next()) {
                }
                bases.push_back(ms(timer));
                std::printf(" \"%s\" %.0f (%.0f)", qPrintable(text), strokes.back(), bases.back());
            }
            // The count the label shows once typing pauses.
            timer.restart();
            const qint64 count = view->model()->totalCount();
            const double counted = ms(timer);
            timer.restart();
            bind(likeCount, typed.text);
            if (!likeCount.exec() || !likeCount.next())
                return 1;
            const double bareCount = ms(timer);
            if (likeCount.value(0).toLongLong() != count) {
                std::fprintf(stderr, "%s: %lld rows counted for \"%s\", the plain query counts %lld\n", list.name,
                             qlonglong(count), qPrintable(typed.text), likeCount.value(0).toLongLong());
                return 1;
            }
            likeCount.finish();
            std::printf("; count %.0f (%.0f): %lld rows\n", counted, bareCount, qlonglong(count));
            worstCount = std::max(worstCount, counted);
            worstBareCount = std::max(worstBareCount, bareCount);
        }
        view->searchBox()->clear();
        paint(&window);
        const QString name = QString::fromLatin1(list.name);
        lines.append({name + u" keystroke (median)"_s, median(strokes), 100, median(bases)});
        lines.append({name + u" keystroke (worst)"_s, *std::max_element(strokes.begin(), strokes.end()), 100,
                      *std::max_element(bases.begin(), bases.end())});
        lines.append({name + u" count (worst)"_s, worstCount, 500, worstBareCount});
        allStrokes.insert(allStrokes.end(), strokes.begin(), strokes.end());
        allBases.insert(allBases.end(), bases.begin(), bases.end());
    }

    // 3. Sorting by name, in pinyin: SQLite reads every person for the
    //    first screenful, as no index holds that order.
    window.showView(MainWindow::View::Personnel);
    RecordListView *persons = window.recordList(int(MainWindow::View::Personnel));
    paint(&window);
    std::vector<double> sorts;
    std::vector<double> indexed;
    QSqlQuery byCodePoint(db.connection());
    std::printf("Personnel sorted by name:");
    for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder, Qt::DescendingOrder, Qt::AscendingOrder}) {
        timer.restart();
        persons->table()->sortByColumn(0, order);
        paint(&window);
        sorts.push_back(ms(timer));
        timer.restart();
        if (!byCodePoint.exec(u"SELECT p.name, p.id_number, c.name, p.phone FROM person p JOIN company c ON c.id = p.company_id"
                              u" ORDER BY p.name %1 LIMIT 256"_s.arg(order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s)))
            return 1;
        while (byCodePoint.next()) {
        }
        indexed.push_back(ms(timer));
        std::printf(" %s %.0f (%.0f)", order == Qt::AscendingOrder ? "up" : "down", sorts.back(), indexed.back());
    }
    std::printf("\n");

    std::printf("database: %s (%d rows in the first screenful of Personnel); in parentheses, the plain query\n",
                argv[1], firstScreen);
    report(u"window shown"_s, shown, 1000, bareWindow);
    for (const Line &line : std::as_const(lines))
        report(line.what, line.measured, line.target, line.baseline);
    report(u"search keystroke, all lists (median)"_s, median(allStrokes), 100, median(allBases));
    report(u"search keystroke, all lists (worst)"_s, *std::max_element(allStrokes.begin(), allStrokes.end()), 100,
           *std::max_element(allBases.begin(), allBases.end()));
    report(u"Personnel sorted by name (median)"_s, median(sorts), 300, median(indexed));
    return 0;
}
