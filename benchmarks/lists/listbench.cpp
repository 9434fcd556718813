// SPDX-License-Identifier: GPL-3.0-or-later
// Times the search of every record list in core, on one database: for each
// text typed a character at a time, the first screenful of rows (what a
// keystroke waits for: the worst is printed), then the count of rows (what
// the label shows once typing pauses). LISTBENCH_VERBOSE=1 prints every
// keystroke.
//   seawall_listbench DATABASE [LIST]
#include "benchmarks/common/typedtexts.h"
#include "core/db/database.h"
#include "core/lists/listquery.h"
#include "core/lists/listspecs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using seawall::bench::ms;
using seawall::bench::Typed;
using namespace seawall;

namespace {


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
    db.mapForReading(); // as the window reads its lists
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    // As seawall_windowbench, then a site and a company.
    QList<Typed> typed = bench::typedTexts(db);
    if (typed.isEmpty()) {
        std::fprintf(stderr, "no person with a name of their own in %s\n", argv[1]);
        return 1;
    }
    typed.append({{"site", u"城港社区"_s}, {"company", u"海通"_s}});
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
