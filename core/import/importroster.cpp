// SPDX-License-Identifier: GPL-3.0-or-later
// The end of a roster's import: the persons on a company's roster whom the
// file leaves out, and marking them as left.
#include "core/import/importcontext.h"

#include "core/db/sqlitestatement.h"
#include "core/db/sqlrun.h"
#include "core/sql/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall {

// The persons of each company of the roster file who are on its roster in
// the database but not in the file: reported, and marked as left when the
// user asked for it.
Status Importer::finishRoster(Context &context, FileReport &report)
{
    // In no order: sorting a whole roster to keep the few missing in order
    // of their ID numbers took longer than reading it; they are sorted
    // below. Through SQLite's own API: each row read, a company's whole
    // roster, is one id to look up.
    SqliteStatement query(m_db);
    if (Status status = query.prepare(u"SELECT id, id_number, name FROM person WHERE company_id = ?"
                                      u" AND category <> 'external' AND (left_on IS NULL OR left_on > ?)"_s);
        !status)
        return status;
    QList<qint64> companies(context.roster.companies.cbegin(), context.roster.companies.cend());
    std::sort(companies.begin(), companies.end());
    const QVariant today = SqlValues::date(context.today); // bound without a copy
    for (const qint64 companyId : std::as_const(companies)) {
        query.bindInteger(0, companyId);
        query.bind(1, today);
        QList<QPair<qint64, RosterEntry>> missing;
        // A person the file names under another company has moved there:
        // not missing here. (Once written, the person is of that company;
        // a check writes nothing, and finds the person still here.) Known
        // by id: the ID numbers and names are read of the missing only.
        for (;;) {
            const Result<bool> row = query.next();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const qint64 personId = query.integer(0);
            if (!context.roster.persons.contains(personId))
                missing.append({personId, {query.text(1), query.text(2), context.companies.nameOf(companyId), {}}});
        }
        std::sort(missing.begin(), missing.end(),
                  [](const auto &a, const auto &b) { return a.second.idNumber < b.second.idNumber; });
        for (const auto &[personId, entry] : std::as_const(missing)) {
            report.roster.missing.append(entry);
            QString message = QCoreApplication::translate("Import", "%1 (%2) is on the roster of %3 but not in this file.")
                                  .arg(entry.name, entry.idNumber, entry.company);
            if (context.options.markMissingLeft) {
                if (Status status = context.writer.update(u"person"_s, personId,
                                                          {{u"left_on"_s, SqlValues::date(context.today)}});
                    !status)
                    return status;
                message += u' ' + QCoreApplication::translate("Import", "Marked as left on %1.").arg(context.today.toString(Qt::ISODate));
            }
            report.warnings.append({0, u"id_number"_s, message, ImportProblem::Topic::NotInFile});
        }
    }
    report.roster.missingMarkedLeft = context.options.markMissingLeft && !report.roster.missing.isEmpty();
    return {};
}

Status Importer::markLeft(Database &db, qint64 batchId, const QList<RosterEntry> &persons, QDate on)
{
    // Written under the roster's batch, as --mark-missing-left does, so that
    // undoing the import also brings these persons back.
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    ImportWriter writer(db);
    writer.setBatch(batchId);
    QSqlQuery query(db.connection());
    SqlRun::readForward(query);
    if (!query.prepare(u"SELECT id FROM person WHERE id_number = ? AND (left_on IS NULL OR left_on > ?)"_s))
        return db.errorFrom(query);
    for (const RosterEntry &person : persons) {
        query.bindValue(0, person.idNumber);
        query.bindValue(1, SqlValues::date(on));
        if (!query.exec())
            return db.errorFrom(query);
        const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        if (id == 0)
            continue; // marked as left meanwhile: nothing to do
        if (Status status = writer.update(u"person"_s, id, {{u"left_on"_s, SqlValues::date(on)}}); !status)
            return status;
    }
    if (Status status = writer.finish(); !status)
        return status;
    return transaction.commit();
}

} // namespace seawall
