// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/purge.h"

#include "core/audit/auditlog.h"
#include "core/db/dailybackup.h"
#include "core/db/sqlrun.h"
#include "core/entity/entitydef.h"
#include "core/sql/sqldialect.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall::Purge {
namespace {

// The personal columns of a table, by the definitions.
QList<const Column *> personalColumns(const EntityDef &def)
{
    QList<const Column *> columns;
    for (const Column &column : def.columns)
        if (column.has(Column::Personal))
            columns << &column;
    return columns;
}

// What replaced each real value: for a line of the audit log or a value an
// import kept, written before the purge.
using Replacements = QHash<QString, QString>;

QString replaced(const Replacements &replacements, const QString &value)
{
    // A value the purge did not meet (a name since changed) goes too.
    return replacements.value(value, QString());
}

// The personal values of a JSON object of a row of `table` replaced.
QString rewriteJson(const QString &json, const QString &table, const Replacements &replacements)
{
    const EntityDef *def = Entities::ofTable(table);
    if (json.isEmpty() || !def)
        return json;
    QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    bool changed = false;
    for (const Column *column : personalColumns(*def))
        if (object.contains(column->name) && object.value(column->name).isString()) {
            object.insert(column->name, replaced(replacements, object.value(column->name).toString()));
            changed = true;
        }
    return changed ? QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) : json;
}

// A natural key ("110101199003074514 / 2022-03-15") with its personal parts replaced.
QString rewriteKey(const QString &key, const Replacements &replacements)
{
    QStringList parts = key.split(u" / "_s);
    for (QString &part : parts)
        if (replacements.contains(part))
            part = replacements.value(part);
    return parts.join(u" / "_s);
}

// Replaces the personal values of every row of `def`, noting each.
Status pseudonymise(Database &db, const EntityDef &def, Replacements &replacements)
{
    const QList<const Column *> columns = personalColumns(def);
    if (columns.isEmpty())
        return {};
    QStringList names;
    QStringList sets;
    for (const Column *column : columns) {
        names << column->name;
        sets << column->name + u" = ?"_s;
    }
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT id, %1 FROM %2"_s.arg(names.join(u", "_s), def.table)))
        return db.errorFrom(read);
    QSqlQuery write(db.connection());
    write.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(def.table, sets.join(u", "_s)));
    // Read whole first: the table is written as it is read.
    QList<std::pair<qint64, QStringList>> rows;
    while (read.next()) {
        QStringList values;
        for (qsizetype i = 0; i < columns.size(); ++i)
            values << read.value(int(i + 1)).toString();
        rows.append({read.value(0).toLongLong(), values});
    }
    read.finish();
    for (const auto &[id, values] : std::as_const(rows)) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const Column *column = columns.at(i);
            // A phone number is dropped; a name or an ID number becomes a
            // pseudonym, unique as the natural key needs.
            const QString pseudo = column->has(Column::Phone) || values.at(i).isEmpty()
                                       ? QString()
                                       : pseudonym(def.table, column->name, id, column->has(Column::IdNumber));
            if (!values.at(i).isEmpty())
                replacements.insert(values.at(i), pseudo);
            write.addBindValue(pseudo.isNull() ? u""_s : pseudo);
        }
        write.addBindValue(id);
        if (!write.exec())
            return db.errorFrom(write);
    }
    return {};
}

// Rewrites one text column of every row of `table` through `rewrite`.
Status rewriteColumn(Database &db, const QString &table, const QString &column, const QString &tableColumn,
                     const std::function<QString(const QString &value, const QString &rowTable)> &rewrite)
{
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT id, %1, %2 FROM %3 WHERE %1 IS NOT NULL"_s.arg(column, tableColumn, table)))
        return db.errorFrom(read);
    QList<std::pair<qint64, QString>> changed;
    while (read.next()) {
        const QString value = read.value(1).toString();
        const QString now = rewrite(value, read.value(2).toString());
        if (now != value)
            changed.append({read.value(0).toLongLong(), now});
    }
    read.finish();
    QSqlQuery write(db.connection());
    write.prepare(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(table, column));
    for (const auto &[id, value] : std::as_const(changed)) {
        write.addBindValue(value);
        write.addBindValue(id);
        if (!write.exec())
            return db.errorFrom(write);
    }
    return {};
}

} // namespace

QString pseudonym(const QString &table, const QString &column, qint64 id, bool idNumber)
{
    if (idNumber)
        return u"X%1"_s.arg(id, 17, 10, QChar(u'0'));
    // One series per table and column of names: 人员 17 of the first (a
    // person's name, those on duty), 人员 17·2 of the next (their leaders).
    const EntityDef *def = Entities::ofTable(table);
    QList<const Column *> names;
    if (def)
        for (const Column *personal : personalColumns(*def))
            if (!personal->has(Column::IdNumber) && !personal->has(Column::Phone))
                names << personal;
    const qsizetype at = def ? names.indexOf(def->column(column)) : 0;
    return at <= 0 ? u"人员 %1"_s.arg(id) : u"人员 %1·%2"_s.arg(id).arg(at + 1);
}

Status personalData(Database &db)
{
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        Replacements replacements;
        qint64 rows = 0;
        for (const EntityDef *def : Entities::all()) {
            if (Status status = pseudonymise(db, *def, replacements); !status)
                return status;
        }
        rows = replacements.size();
        // The values imports kept to undo their updates, and the audit log,
        // name the same people.
        const auto json = [&replacements](const QString &value, const QString &table) {
            return rewriteJson(value, table, replacements);
        };
        if (Status status = rewriteColumn(db, u"import_change"_s, u"previous_json"_s, u"table_name"_s, json); !status)
            return status;
        const QString audit = u"audit_log"_s;
        if (Status status = SqlRun::script(db, SqlDialect::allowChanges(db.backend(), audit)); !status)
            return status;
        for (const QString &column : {u"before_json"_s, u"after_json"_s})
            if (Status status = rewriteColumn(db, audit, column, u"entity"_s, json); !status)
                return status;
        if (Status status = rewriteColumn(db, audit, u"natural_key"_s, u"entity"_s,
                                          [&replacements](const QString &key, const QString &) {
                                              return rewriteKey(key, replacements);
                                          });
            !status)
            return status;
        if (Status status = SqlRun::script(db, SqlDialect::refuseChanges(db.backend(), audit, u"The audit log cannot be changed or deleted."_s));
            !status)
            return status;
        AuditEntry entry;
        entry.action = QString::fromLatin1(AuditLog::Purge);
        entry.after = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"values_replaced"_s, rows}}).toJson(QJsonDocument::Compact));
        if (Status status = AuditLog::write(db, entry); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    // No page of the file, nor of its write-ahead log, keeps the old values.
    if (Status status = SqlRun::script(db, {u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"VACUUM"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s});
        !status)
        return status;
    // The daily copies hold them too.
    if (!db.isMemory())
        for (const BackupCopy &copy : Backups::list(db.path()))
            QFile::remove(copy.path);
    return {};
}

} // namespace seawall::Purge
