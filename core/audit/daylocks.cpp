// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/daylocks.h"

#include "core/audit/auditlog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall::DayLocks {

namespace {

// The locks of the days meeting `where`, by day.
QHash<QDate, Lock> locksWhere(Database &db, const QString &where, const QVariantList &binds)
{
    QHash<QDate, Lock> locks;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT lock_date, issue_number, locked_at, locked_by FROM day_lock WHERE %1"_s.arg(where));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (query.exec())
        while (query.next()) {
            const QDate date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            locks.insert(date, Lock{date, query.value(1).toInt(),
                                    QDateTime::fromString(query.value(2).toString(), Qt::ISODate),
                                    query.value(3).toString()});
        }
    return locks;
}

} // namespace

std::optional<Lock> find(Database &db, const QDate &date)
{
    const QHash<QDate, Lock> locks = locksWhere(db, u"lock_date = ?"_s, {date.toString(Qt::ISODate)});
    if (locks.isEmpty())
        return std::nullopt;
    return locks.begin().value();
}

QHash<QDate, Lock> all(Database &db) { return locksWhere(db, u"1 = 1"_s, {}); }

namespace {

QString issueJson(int issueNumber)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"issue_number"_s, issueNumber}}).toJson(QJsonDocument::Compact));
}

} // namespace

Status lock(Database &db, const QDate &date, int issueNumber)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const std::optional<Lock> was = find(db, date);
    if (was && was->issueNumber == issueNumber)
        return {};
    const QDateTime now = QDateTime::currentDateTime();
    QSqlQuery query(db.connection());
    query.prepare(u"INSERT INTO day_lock (lock_date, issue_number, locked_at, locked_by) VALUES (?, ?, ?, ?)"
                  u" ON CONFLICT (lock_date) DO UPDATE SET issue_number = excluded.issue_number,"
                  u" locked_at = excluded.locked_at, locked_by = excluded.locked_by"_s);
    query.addBindValue(date.toString(Qt::ISODate));
    query.addBindValue(issueNumber);
    query.addBindValue(now.toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    query.addBindValue(db.userName());
    if (!query.exec())
        return db.errorFrom(query);
    AuditEntry entry;
    entry.time = now;
    entry.action = QString::fromLatin1(AuditLog::Lock);
    entry.key = date.toString(Qt::ISODate);
    entry.before = was ? issueJson(was->issueNumber) : QString();
    entry.after = issueJson(issueNumber);
    if (Status status = AuditLog::write(db, entry); !status)
        return status;
    return transaction.commit();
}

Status unlock(Database &db, const QDate &date, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(u"reason"_s, QCoreApplication::translate("Audit", "Say why the day is unlocked."));
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const std::optional<Lock> was = find(db, date);
    if (!was)
        return Error{Error::Kind::NotFound, QCoreApplication::translate("Audit", "%1 is not locked.")
                                                .arg(date.toString(Qt::ISODate))};
    QSqlQuery query(db.connection());
    query.prepare(u"DELETE FROM day_lock WHERE lock_date = ?"_s);
    query.addBindValue(date.toString(Qt::ISODate));
    if (!query.exec())
        return db.errorFrom(query);
    AuditEntry entry;
    entry.action = QString::fromLatin1(AuditLog::Unlock);
    entry.key = date.toString(Qt::ISODate);
    entry.before = issueJson(was->issueNumber);
    entry.reason = reason.trimmed();
    if (Status status = AuditLog::write(db, entry); !status)
        return status;
    return transaction.commit();
}

QDate dayOfValue(const QVariant &value)
{
    // A date, or the date of a time ('YYYY-MM-DD HH:MM').
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QDate dayOf(const EntityDef &def, const QVariantList &values)
{
    if (def.day.isEmpty())
        return {};
    return dayOfValue(values.value(def.tableColumns().indexOf(def.day)));
}

QString refusal(const Lock &lock)
{
    return QCoreApplication::translate("Audit", "%1 is locked: its evening briefing (No. %2) was printed. Records of "
                                                "that day cannot change until the day is unlocked (Edit ▸ Unlock "
                                                "Day…).")
        .arg(lock.date.toString(Qt::ISODate))
        .arg(lock.issueNumber);
}

Status check(Database &db, const EntityDef &def, const std::optional<QVariantList> &before,
             const std::optional<QVariantList> &after)
{
    for (const auto &values : {before, after}) {
        if (!values)
            continue;
        const QDate day = dayOf(def, *values);
        if (!day.isValid())
            continue;
        // Under the date's field in a form.
        if (const std::optional<Lock> lock = find(db, day))
            return Error{Error::Kind::Conflict, refusal(*lock), def.column(def.day)->fieldName()};
    }
    return {};
}

} // namespace seawall::DayLocks
