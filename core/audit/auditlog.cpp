// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/auditlog.h"


#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace seawall::AuditLog {
namespace {

// What a line keeps of a row: its fields, not the program's bookkeeping
// (its id is the line's, its version and stamp are the line's time and user).
bool isKept(const QString &column)
{
    static const QStringList bookkeeping{u"id"_s, u"batch_id"_s, u"version"_s, u"changed_at"_s, u"changed_by"_s};
    return !bookkeeping.contains(column);
}

QJsonValue jsonOf(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value);
}

QString text(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool same(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && (a.isNull() || a.toString() == b.toString());
}

QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// The key of a row whose i-th key value is value(i), references by the
// key of the row they name.
QString keyOf(Database &db, const EntityDef &def, const std::function<QVariant(qsizetype)> &value)
{
    QStringList key;
    for (qsizetype i = 0; i < def.keyIndexes.size(); ++i) {
        const Column &column = def.columns.at(def.keyIndexes.at(i));
        const QVariant v = value(i);
        key << (column.type == ColumnType::Reference && !v.isNull()
                    ? naturalKey(db, Entities::of(column.references), v.toLongLong())
                    : v.toString());
    }
    return key.join(u" / "_s);
}

} // namespace

QStringList actions()
{
    return {QString::fromLatin1(Add),    QString::fromLatin1(Edit),   QString::fromLatin1(Delete),
            QString::fromLatin1(Undo),   QString::fromLatin1(Redo),   QString::fromLatin1(Review),
            QString::fromLatin1(Import), QString::fromLatin1(ImportUndo), QString::fromLatin1(Lock),
            QString::fromLatin1(Unlock), QString::fromLatin1(Purge)};
}

QString actionName(const QString &code)
{
    static const QList<std::pair<const char *, const char *>> names{
        {Add, QT_TRANSLATE_NOOP("Audit", "Add")},
        {Edit, QT_TRANSLATE_NOOP("Audit", "Edit")},
        {Delete, QT_TRANSLATE_NOOP("Audit", "Delete")},
        {Undo, QT_TRANSLATE_NOOP("Audit", "Undo")},
        {Redo, QT_TRANSLATE_NOOP("Audit", "Redo")},
        {Review, QT_TRANSLATE_NOOP("Audit", "Review")},
        {Import, QT_TRANSLATE_NOOP("Audit", "Import")},
        {ImportUndo, QT_TRANSLATE_NOOP("Audit", "Undo import")},
        {Lock, QT_TRANSLATE_NOOP("Audit", "Lock day")},
        {Unlock, QT_TRANSLATE_NOOP("Audit", "Unlock day")},
        {Purge, QT_TRANSLATE_NOOP("Audit", "Purge personal data")},
    };
    for (const auto &[name, label] : names)
        if (code == QLatin1StringView(name))
            return QCoreApplication::translate("Audit", label);
    return code;
}

Status write(Database &db, AuditEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTime();
    if (entry.user.isEmpty())
        entry.user = db.userName();
    QSqlQuery query(db.connection());
    query.prepare(u"INSERT INTO audit_log (at, user_name, action, entity, row_id, natural_key, before_json,"
                  u" after_json, batch_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(entry.time.toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    // A null QString binds as NULL: the texts are '' for nothing.
    const auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
    query.addBindValue(text(entry.user));
    query.addBindValue(text(entry.action));
    query.addBindValue(text(entry.entity));
    query.addBindValue(entry.rowId != 0 ? QVariant(entry.rowId) : QVariant(QMetaType::fromType<qlonglong>()));
    query.addBindValue(text(entry.key));
    query.addBindValue(orNull(entry.before));
    query.addBindValue(orNull(entry.after));
    query.addBindValue(entry.batch != 0 ? QVariant(entry.batch) : QVariant(QMetaType::fromType<qlonglong>()));
    query.addBindValue(text(entry.reason));
    if (!query.exec())
        return db.errorFrom(query);
    return {};
}

Status writeRow(Database &db, const QString &action, const EntityDef &def, qint64 id,
                const std::optional<QVariantList> &before, const std::optional<QVariantList> &after, qint64 batch)
{
    const QStringList columns = def.tableColumns();
    QJsonObject was;
    QJsonObject is;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!isKept(columns.at(i)))
            continue;
        const QVariant old = before ? before->value(i) : QVariant();
        const QVariant now = after ? after->value(i) : QVariant();
        // An edit names what it changed; an added or deleted row is whole.
        if (before && after && same(old, now))
            continue;
        if (before)
            was.insert(columns.at(i), jsonOf(old));
        if (after)
            is.insert(columns.at(i), jsonOf(now));
    }
    AuditEntry entry;
    entry.action = !action.isEmpty() ? action
                   : !before          ? QString::fromLatin1(Add)
                   : !after           ? QString::fromLatin1(Delete)
                                      : QString::fromLatin1(Edit);
    entry.entity = def.table;
    entry.rowId = id;
    // The key as the row has it where it is, or had it where it went.
    const std::optional<QVariantList> &values = after ? after : before;
    entry.key = keyOf(db, def, [&](qsizetype i) {
        return values ? values->value(columns.indexOf(def.columns.at(def.keyIndexes.at(i)).name)) : QVariant();
    });
    entry.before = before ? text(was) : QString();
    entry.after = after ? text(is) : QString();
    entry.batch = batch;
    return write(db, entry);
}

Status writeImported(Database &db, const EntityDef &def, qint64 id, const QVariantMap &before,
                     const QVariantMap &after, qint64 batch)
{
    QJsonObject was;
    QJsonObject is;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!isKept(it.key()) || same(before.value(it.key()), it.value()))
            continue;
        was.insert(it.key(), jsonOf(before.value(it.key())));
        is.insert(it.key(), jsonOf(it.value()));
    }
    AuditEntry entry;
    entry.action = QString::fromLatin1(Import);
    entry.entity = def.table;
    entry.rowId = id;
    entry.key = naturalKey(db, def, id);
    entry.before = text(was);
    entry.after = text(is);
    entry.batch = batch;
    return write(db, entry);
}

QString naturalKey(Database &db, const EntityDef &def, qint64 id)
{
    QStringList names;
    for (int index : def.keyIndexes)
        names << def.columns.at(index).name;
    if (names.isEmpty())
        return QString::number(id);
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(names.join(u", "_s), def.table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return QString::number(id);
    return keyOf(db, def, [&query](qsizetype i) { return query.value(int(i)); });
}

Result<QList<AuditEntry>> entries(Database &db, const QDate &since, const QDate &until)
{
    QString where = u"1 = 1"_s;
    QVariantList binds;
    if (since.isValid()) {
        where += u" AND at >= ?"_s;
        binds << since.toString(Qt::ISODate);
    }
    if (until.isValid()) {
        where += u" AND at < ?"_s;
        binds << until.addDays(1).toString(Qt::ISODate);
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT at, user_name, action, entity, row_id, natural_key, before_json, after_json, batch_id,"
                  u" reason FROM audit_log WHERE %1 ORDER BY id"_s.arg(where));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec())
        return db.errorFrom(query);
    QList<AuditEntry> found;
    while (query.next()) {
        AuditEntry entry;
        entry.time = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
        entry.user = query.value(1).toString();
        entry.action = query.value(2).toString();
        entry.entity = query.value(3).toString();
        entry.rowId = query.value(4).toLongLong();
        entry.key = query.value(5).toString();
        entry.before = query.value(6).toString();
        entry.after = query.value(7).toString();
        entry.batch = query.value(8).toLongLong();
        entry.reason = query.value(9).toString();
        found << entry;
    }
    return found;
}

QJsonObject toJson(const QList<AuditEntry> &entries)
{
    const auto object = [](const QString &json) {
        return json.isEmpty() ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(json.toUtf8()).object());
    };
    QJsonArray list;
    for (const AuditEntry &entry : entries)
        list.append(QJsonObject{
            {u"time"_s, entry.time.toString(Qt::ISODate)},
            {u"user"_s, entry.user},
            {u"action"_s, entry.action},
            {u"entity"_s, entry.entity},
            {u"key"_s, entry.key},
            {u"before"_s, object(entry.before)},
            {u"after"_s, object(entry.after)},
            {u"batch"_s, entry.batch != 0 ? QJsonValue(entry.batch) : QJsonValue()},
            {u"reason"_s, entry.reason},
        });
    return QJsonObject{{u"entries"_s, list}};
}

} // namespace seawall::AuditLog
