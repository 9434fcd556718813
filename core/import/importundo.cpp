// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importundo.h"

#include "core/audit/auditlog.h"
#include "core/audit/daylocks.h"
#include "core/db/sqlrun.h"
#include "core/sql/sqldialect.h"

#include "core/db/importbatchrepository.h"
#include "core/db/namevariantrepository.h"
#include "core/db/vaccinationstatus.h"
#include "core/entity/entitydef.h"
#include "core/import/importwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// The columns of a table as the schema has them: the only names an undo
// writes, whatever previous_json holds.
QSet<QString> columnsOf(Database &db, const QString &table)
{
    QSet<QString> columns;
    QSqlQuery query(db.connection());
    if (query.exec(SqlDialect::columnsOf(db.backend(), table)))
        while (query.next())
            columns.insert(query.value(1).toString());
    return columns;
}

} // namespace

ImportUndo::ImportUndo(Database &db) : m_db(db) {}

Status ImportUndo::checkLocks(const QString &table, qint64 firstId, qint64 lastId) const
{
    const EntityDef *def = Entities::ofTable(table);
    if (!def || def->day.isEmpty())
        return {};
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM %2 WHERE id BETWEEN ? AND ? AND substr(%1, 1, 10) IN (SELECT lock_date FROM"
                  u" day_lock) LIMIT 1"_s.arg(def->day, table));
    query.addBindValue(firstId);
    query.addBindValue(lastId);
    if (!query.exec())
        return m_db.errorFrom(query);
    if (!query.next())
        return {};
    if (const auto lock = DayLocks::find(m_db, DayLocks::dayOfValue(query.value(0))))
        return Error{Error::Kind::Conflict, DayLocks::refusal(*lock)};
    return {};
}

bool ImportUndo::isUndone(qint64 batchId) const
{
    const std::optional<ImportBatch> batch = ImportBatchRepository(m_db).find(batchId);
    return batch && batch->undoneAt.isValid();
}

Status ImportUndo::undo(qint64 batchId)
{
    ImportBatchRepository batches(m_db);
    std::optional<ImportBatch> batch = batches.find(batchId);
    if (!batch)
        return Error{Error::Kind::NotFound, QCoreApplication::translate("Import", "There is no import %1.").arg(batchId)};
    if (batch->undoneAt.isValid())
        return Error{Error::Kind::Conflict, QCoreApplication::translate("Import", "Import %1 was already undone on %2.")
                                                .arg(batchId)
                                                .arg(batch->undoneAt.toString(u"yyyy-MM-dd HH:mm"_s))};

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    // The names the batch saw go with it; before its rows, so that nothing
    // the undo deletes is still referred to.
    if (Status status = NameVariantRepository(m_db).removeBatch(batchId); !status)
        return status;
    QSqlQuery changes(m_db.connection());
    SqlRun::readForward(changes);
    changes.prepare(u"SELECT table_name, row_id, action, previous_json FROM import_change WHERE batch_id = ?"
                    u" ORDER BY id DESC"_s);
    changes.addBindValue(batchId);
    if (!changes.exec())
        return m_db.errorFrom(changes);

    QHash<QString, QSet<QString>> columns;
    QSet<qint64> vaccinatedPersons;
    QSqlQuery personOf(m_db.connection());
    personOf.prepare(u"SELECT DISTINCT person_id FROM vaccination WHERE id BETWEEN ? AND ?"_s);
    while (changes.next()) {
        const QString table = changes.value(0).toString();
        const qint64 rowId = changes.value(1).toLongLong();
        if (!ImportWriter::tables().contains(table))
            continue; // not a table an import writes: never touched
        const bool insert = changes.value(2).toString() == u"insert"_s;
        const QJsonObject previous = QJsonDocument::fromJson(changes.value(3).toString().toUtf8()).object();
        // An insert record stands for the rows row_id to last_id when it
        // has one (ImportWriter records runs of inserted rows as one).
        const qint64 lastId = insert ? previous.value(u"last_id"_s).toInteger(rowId) : rowId;
        if (table == u"vaccination"_s) {
            personOf.bindValue(0, rowId);
            personOf.bindValue(1, lastId);
            if (personOf.exec())
                while (personOf.next())
                    vaccinatedPersons.insert(personOf.value(0).toLongLong());
            personOf.finish();
        }
        // Rows on a day whose evening briefing was printed stay as leaders read them.
        if (Status status = checkLocks(table, rowId, lastId); !status)
            return status;
        QSqlQuery write(m_db.connection());
        if (insert && table == u"company"_s) {
            // Companies refer to their parents in the same table, and SQLite
            // checks RESTRICT row by row: a run that holds a parent and its
            // children lets go of those links before it is deleted.
            QSqlQuery detach(m_db.connection());
            detach.prepare(u"UPDATE company SET parent_id = NULL WHERE id BETWEEN ? AND ?"
                           u" AND parent_id BETWEEN ? AND ?"_s);
            for (const qint64 id : {rowId, lastId, rowId, lastId})
                detach.addBindValue(id);
            if (!detach.exec())
                return m_db.errorFrom(detach);
        }
        if (insert) {
            write.prepare(u"DELETE FROM %1 WHERE id BETWEEN ? AND ?"_s.arg(table));
            write.addBindValue(rowId);
            write.addBindValue(lastId);
        } else {
            if (!columns.contains(table))
                columns.insert(table, columnsOf(m_db, table));
            QStringList sets;
            QVariantList values;
            for (auto it = previous.begin(); it != previous.end(); ++it) {
                if (!columns.value(table).contains(it.key()) || it.key() == u"id"_s)
                    continue;
                sets << it.key() + u" = ?"_s;
                values << it.value().toVariant();
            }
            if (sets.isEmpty())
                continue;
            // Put back, the row has changed again for whoever opened it since.
            if (const EntityDef *def = Entities::ofTable(table); def && def->versioned) {
                sets << u"version = version + 1"_s << u"changed_at = ?"_s << u"changed_by = ?"_s;
                values << QDateTime::currentDateTime().toString(Qt::ISODate) << m_db.userName();
            }
            write.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
            for (const QVariant &value : std::as_const(values))
                write.addBindValue(value.isNull() ? QVariant(QMetaType::fromType<QString>()) : value);
            write.addBindValue(rowId);
        }
        if (!write.exec()) {
            Error error = m_db.errorFrom(write);
            if (error.kind == Error::Kind::Conflict)
                error.message = QCoreApplication::translate("Import", "Import %1 cannot be undone: records imported later refer to what it "
                                   "added. Undo those imports first.")
                                    .arg(batchId);
            return error;
        }
    }
    changes.finish();

    if (Status status = VaccinationStatus::refresh(m_db, vaccinatedPersons); !status)
        return status;
    // As the undo left it: a company the batch names may be gone with it.
    batch = batches.find(batchId);
    batch->undoneAt = QDateTime::currentDateTime();
    if (Status status = batches.update(*batch); !status)
        return status;
    // What went with it: every row it added, and its changes of others.
    AuditEntry entry;
    entry.time = batch->undoneAt;
    entry.action = QString::fromLatin1(AuditLog::ImportUndo);
    entry.entity = definition<ImportBatch>().table;
    entry.key = batch->fileName;
    entry.before = QString::fromUtf8(QJsonDocument(QJsonObject{
                                                       {u"file"_s, batch->fileName},
                                                       {u"inserted"_s, batch->inserted},
                                                       {u"updated"_s, batch->updated},
                                                   })
                                         .toJson(QJsonDocument::Compact));
    entry.batch = batchId;
    if (Status status = AuditLog::write(m_db, entry); !status)
        return status;
    return transaction.commit();
}

} // namespace seawall
