// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reconcile/movementreconcile.h"

#include "core/db/sqlrun.h"
#include "core/model/enums.h"
#include "core/sql/figurerules.h"
#include "core/sql/sqldialect.h"
#include "core/sql/sqlvalues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace seawall::MovementReconcile {
namespace {

QString iso(const QDate &date) { return date.toString(Qt::ISODate); }

} // namespace

Status addItems(Database &db, const QDate &from, const QDate &to, const QList<qint64> &companyIds,
                std::vector<Discrepancy> &items)
{
    // Three indexed counts per report, each over one company and day.
    const QString day = u"r.report_date"_s;
    return SqlRun::eachRow(
        db,
        u"SELECT r.id, r.company_id, c.code, c.name, r.report_date, r.arrivals, r.under_observation, r.away,"
        u" (SELECT count(*) FROM arrival a WHERE a.company_id = r.company_id AND a.arrived_on = r.report_date),"
        u" (SELECT count(DISTINCT a.person_id) FROM arrival a WHERE a.company_id = r.company_id AND "_s
            + FigureRules::observedArrival(u"a"_s, day)
            + u"), (SELECT count(DISTINCT d.person_id) FROM departure d WHERE d.company_id = r.company_id AND "_s
            + FigureRules::awayDeparture(u"d"_s, day)
            + u") FROM daily_report r JOIN company c ON c.id = r.company_id"
              u" WHERE r.report_date >= ? AND r.report_date <= ? AND "_s
            + FigureRules::countedReport() + SqlRun::inIds(u"r.company_id"_s, companyIds),
        {iso(from), iso(to)}, [&items](const QSqlQuery &q) {
            const QLocale locale;
            const char *labels[] = {QT_TRANSLATE_NOOP("Reconcile", "arrivals reported %1, registered %2"),
                                    QT_TRANSLATE_NOOP("Reconcile", "under observation reported %1, registered %2"),
                                    QT_TRANSLATE_NOOP("Reconcile", "away reported %1, registered %2")};
            QStringList differences;
            QStringList key;
            qint64 apart = 0;
            for (int i = 0; i < 3; ++i) {
                const qint64 reported = q.value(5 + i).toLongLong();
                const qint64 registered = q.value(8 + i).toLongLong();
                key << u"%1-%2"_s.arg(reported).arg(registered);
                if (reported == registered)
                    continue;
                apart += std::abs(reported - registered);
                differences << QCoreApplication::translate("Reconcile", labels[i])
                                   .arg(locale.toString(reported), locale.toString(registered));
            }
            if (differences.isEmpty())
                return;
            Discrepancy i = Discrepancy::about(DiscrepancyKind::MovementCount, q.value(1).toLongLong(),
                                               q.value(2).toString(), q.value(3).toString());
            i.recordId = q.value(0).toLongLong();
            i.date = SqlValues::toDate(q.value(4));
            // The numbers in the key: a review of them does not hide a change.
            i.key = i.companyCode + u'/' + iso(i.date) + u'/' + key.join(u'/');
            i.first = apart;
            i.second = qint64(differences.size());
            i.description = QCoreApplication::translate("Reconcile", "The daily report and the registers differ: %1.")
                                .arg(differences.join(QCoreApplication::translate("Reconcile", "; ")));
            items.push_back(i);
        });
}

Result<RecordTable> records(Database &db, const Discrepancy &item)
{
    RecordTable table;
    table.headers = {QCoreApplication::translate("Reconcile", "Register"),
                     QCoreApplication::translate("Reconcile", "ID number"),
                     QCoreApplication::translate("Reconcile", "Name"),
                     QCoreApplication::translate("Reconcile", "Phone"),
                     QCoreApplication::translate("Reconcile", "Since"),
                     QCoreApplication::translate("Reconcile", "From or to")};
    table.idNumberColumn = 1;
    table.phoneColumn = 3;
    const QString d = iso(item.date);
    const QVariantList binds{item.companyId, d, item.companyId, d, d, item.companyId, d, d};
    const Status status = SqlRun::eachRow(
        db,
        u"SELECT * FROM (SELECT 0, p.id_number, p.name, p.phone, a.arrived_on, a.from_place FROM arrival a"
        u" JOIN person p ON p.id = a.person_id WHERE a.company_id = ? AND a.arrived_on = ?"
        u" UNION ALL SELECT 1, p.id_number, p.name, p.phone, a.arrived_on, a.from_place FROM arrival a"
        u" JOIN person p ON p.id = a.person_id WHERE a.company_id = ? AND "_s
            + FigureRules::observedArrival(u"a"_s)
            + u" UNION ALL SELECT 2, p.id_number, p.name, p.phone, d.leave_on, d.destination FROM departure d"
              u" JOIN person p ON p.id = d.person_id WHERE d.company_id = ? AND "_s
            + FigureRules::awayDeparture(u"d"_s) + u") m ORDER BY 1, "_s
            + SqlDialect::byPinyin(db.backend(), u"m.name"_s),
        binds, [&table](const QSqlQuery &q) {
            static const char *registers[] = {QT_TRANSLATE_NOOP("Reconcile", "Arrived that day"),
                                              QT_TRANSLATE_NOOP("Reconcile", "Under observation"),
                                              QT_TRANSLATE_NOOP("Reconcile", "Away")};
            table.rows << QVariantList{QCoreApplication::translate("Reconcile", registers[q.value(0).toInt()]),
                                       q.value(1), q.value(2), q.value(3), SqlValues::toDate(q.value(4)),
                                       q.value(5)};
        });
    if (!status)
        return status.error();
    return table;
}

} // namespace seawall::MovementReconcile
