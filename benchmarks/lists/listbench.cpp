// SPDX-License-Identifier: GPL-3.0-or-later
// Times the search of every record list in core, on one database: for each
// text typed a character at a time, the first screenful of rows (what a
// keystroke waits for: the worst is printed), then the count of rows (what
// the label shows once typing pauses). LISTBENCH_VERBOSE=1 prints every
// keystroke.
//   seawall_listbench DATABASE [LIST]
#include "core/db/database.h"
#include "core/lists/listquery.h"
#include "core/lists/listspecs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

double ms(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

struct Typed
{
    const char *what;
    QString text;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: seawall_listbench DATABASE [LIST]\n");
        return 2;
    }
    Database db;
    if (!db.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    // As seawall_windowbench: a common surname, and the first person with
    // tests and doses whose full name no one else has, by name, ID number
    // and the last four digits of the phone; then a site and a company.
    QSqlQuery pick(db.connection());
    if (!pick.exec(u"SELECT p.name, p.id_number, p.phone FROM person p WHERE length(p.name) = 3"
                   u" AND (SELECT count(*) FROM person q WHERE q.name = p.name) = 1"
                   u" AND EXISTS (SELECT 1 FROM nucleic_test t WHERE t.person_id = p.id)"
                   u" AND EXISTS (SELECT 1 FROM vaccination v WHERE v.person_id = p.id) ORDER BY p.id LIMIT 1"_s)
        || !pick.next()) {
        std::fprintf(stderr, "no person with a name of their own in %s\n", argv[1]);
        return 1;
    }
    const QList<Typed> typed{
        {"common surname", u"王"_s},
        {"rare full name", pick.value(0).toString()},
        {"ID number", pick.value(1).toString()},
        {"phone fragment", pick.value(2).toString().right(4)},
        {"site", u"城港社区"_s},
        {"company", u"海通"_s},
    };
    pick.finish();
    for (EntityKind kind : {EntityKind::Person, EntityKind::NucleicTest, EntityKind::Vaccination,
                            EntityKind::VolunteerShift, EntityKind::Inspection, EntityKind::DailyReport,
                            EntityKind::Company}) {
        ListQuery query(ListSpecs::of(kind));
        if (!only.isEmpty() && query.spec().id != only)
            continue;
        for (const Typed &t : typed) {
            double worst = 0;
            QString worstText;
            std::printf("%-13s %-15s", qPrintable(query.spec().id), t.what);
            for (qsizetype n = 1; n <= t.text.size(); ++n) {
                const QString text = t.text.left(n);
                query.setSearch(text);
                QElapsedTimer timer;
                timer.start();
                Result<ListRows> rows = query.open(db);
                if (!rows) {
                    std::fprintf(stderr, "%s\n", qPrintable(rows.error().message));
                    return 1;
                }
                const qsizetype got = rows.value().fetch(256).size();
                rows.value().finish();
                const double first = ms(timer);
                if (first > worst) {
                    worst = first;
                    worstText = text;
                }
                if (qEnvironmentVariableIsSet("LISTBENCH_VERBOSE"))
                    std::printf("\n    %-20s %6.1f ms (%lld rows)", qPrintable(text), first, qlonglong(got));
            }
            // The count the label shows once typing pauses.
            QElapsedTimer timer;
            timer.start();
            const qint64 count = query.count(db);
            std::printf("  worst keystroke %6.1f ms (\"%s\")  count %6.1f ms (%lld rows)\n", worst,
                        qPrintable(worstText), ms(timer), qlonglong(count));
        }
    }
    return 0;
}
