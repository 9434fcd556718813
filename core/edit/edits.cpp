// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/edits.h"

#include "core/audit/auditlog.h"
#include "core/db/companyrepository.h"
#include "core/import/importundo.h"
#include "core/reconcile/reviewstore.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace seawall::Edits {
Result<EditStepPtr> record(Database &db, const std::function<Result<QString>(ChangeRecorder &recorder)> &edit,
                           const QString &action)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    ChangeRecorder recorder(db);
    Result<QString> name = edit(recorder);
    if (!name)
        return name.error();
    Result<RecordChange> change = recorder.finish();
    if (!change)
        return change.error();
    if (Status status = change->checkLocks(db); !status)
        return status.error();
    if (Status status = change->audit(db, action); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    if (change->isEmpty())
        return EditStepPtr();
    return EditStepPtr(std::make_unique<RecordStep>(name.value(), std::move(change.value())));
}

Status watchChildren(ChangeRecorder &recorder, const EntityDef &def, qint64 id, bool after)
{
    if (!def.children)
        return {};
    const EntityDef *children = Entities::ofTable(def.children->table);
    if (!children)
        return {};
    const QString where = def.children->parentColumn + u" = ?"_s;
    // Written anew on every save: the rows there after, whatever their ids,
    // are the edit's.
    return after ? recorder.watchNewWhere(children->kind, where, {id})
                 : recorder.watchWhere(children->kind, where, {id});
}

QString saveName(Database &db, const EntityDef &def, qint64 id, bool added)
{
    const QString what = EntityTable(db, def).describe(id);
    return (added ? QCoreApplication::translate("Edits", "Add %1 %2") : QCoreApplication::translate("Edits", "Edit %1 %2")).arg(def.singularName(), what);
}

QString changedSince(Database &db, const EntityDef &def, qint64 id, const void *opened, const void *stored,
                     qint64 openedVersion)
{
    const std::optional<EntityTable::Stamp> stamp = EntityTable(db, def).stamp(id);
    QStringList fields;
    for (const Column &column : def.columns)
        if (column.get && column.isRead() && column.get(opened) != column.get(stored))
            fields << column.translatedLabel();
    if (def.children && def.children->get(opened) != def.children->get(stored))
        fields << QCoreApplication::translate("Field", "Aliases");
    if (fields.isEmpty() && (!stamp || stamp->version == openedVersion))
        return {};
    const QLocale locale;
    const QString who = stamp && !stamp->changedBy.isEmpty() ? stamp->changedBy
                                                               : QCoreApplication::translate("Edits", "someone else");
    const QString when = stamp && stamp->changedAt.isValid() ? stamp->changedAt.toString(u"yyyy-MM-dd HH:mm"_s)
                                                              : QCoreApplication::translate("Edits", "a moment ago");
    return QCoreApplication::translate("Edits", "%1 was changed by %2 at %3, after you opened it: %4. Reload it to "
                                                "see the change, or save yours over it.")
        .arg(EntityTable(db, def).describe(id), who, when,
             fields.isEmpty() ? QCoreApplication::translate("Edits", "nothing you can see here")
                              : locale.createSeparatedList(fields));
}

QString refusal(Database &db, EntityKind kind, const QList<qint64> &ids)
{
    QStringList refusals;
    const EntityTable table(db, Entities::of(kind));
    for (qint64 id : ids)
        if (const QString why = table.refusal(id); !why.isEmpty())
            refusals << why;
    // A few are enough to say what to do.
    if (refusals.size() > 5)
        refusals = refusals.mid(0, 5) << QCoreApplication::translate("Edits", "… and %1 more.").arg(QLocale().toString(refusals.size() - 5));
    return refusals.join(u'\n');
}

namespace {

QString deleteName(Database &db, const EntityDef &def, const QList<qint64> &ids)
{
    if (ids.size() == 1)
        return QCoreApplication::translate("Edits", "Delete %1 %2").arg(def.singularName(), EntityTable(db, def).describe(ids.first()));
    return QCoreApplication::translate("Edits", "Delete %1 %2", "a count, then the kind of the records")
        .arg(QLocale().toString(ids.size()), def.pluralName().toLower());
}

} // namespace

QString deleteQuestion(Database &db, EntityKind kind, const QList<qint64> &ids)
{
    const EntityDef &def = Entities::of(kind);
    QString text = deleteName(db, def, ids) + QCoreApplication::translate("Edits", "?");
    // What goes with them: the rows of other kinds deleted with the rows they refer to.
    QStringList with;
    const QLocale locale;
    for (const EntityDef *other : Entities::all())
        for (const Column &column : other->columns) {
            if (column.references != kind || column.type != ColumnType::Reference || !column.has(Column::Cascade)
                || !other->singular)
                continue;
            qint64 rows = 0;
            for (qint64 id : ids)
                rows += EntityTable(db, *other).count(column.name + u" = ?"_s, {id});
            if (rows > 0)
                with << QCoreApplication::translate("Edits", "%1: %2").arg(other->pluralName(), locale.toString(rows));
        }
    if (!with.isEmpty())
        text += u"\n\n"_s + QCoreApplication::translate("Edits", "Deleted with it: %1.").arg(locale.createSeparatedList(with));
    text += u"\n\n"_s + QCoreApplication::translate("Edits", "Edit ▸ Undo brings it back.");
    return text;
}

Result<EditStepPtr> remove(Database &db, EntityKind kind, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return EditStepPtr();
    if (const QString why = refusal(db, kind, ids); !why.isEmpty())
        return Error{Error::Kind::Conflict, why};
    const EntityDef &def = Entities::of(kind);
    const QString name = deleteName(db, def, ids);
    return record(db, [&](ChangeRecorder &recorder) -> Result<QString> {
        EntityTable table(recorder.database(), def);
        for (qint64 id : ids) {
            // The row, and what goes with it or loses its reference to it.
            if (Status status = recorder.watchDelete(kind, id); !status)
                return status.error();
            const qint64 followed = table.followValue(id);
            if (Status status = table.remove(id); !status)
                return status.error();
            if (Status status = table.follow({followed}); !status)
                return status.error();
        }
        return name;
    });
}

Result<EditStepPtr> moveCompany(Database &db, qint64 id, qint64 newParentId)
{
    CompanyRepository companies(db);
    std::optional<Company> company = companies.find(id);
    if (!company)
        return Error{Error::Kind::NotFound, QCoreApplication::translate("Edits", "The company no longer exists.")};
    if (company->parentId == newParentId)
        return EditStepPtr();
    if (newParentId != 0) {
        const auto parent = companies.find(newParentId);
        if (!parent)
            return Error{Error::Kind::NotFound, QCoreApplication::translate("Edits", "The company no longer exists.")};
        for (qint64 below : companies.subtree(id))
            if (below == newParentId)
                return Error::invalid(u"parent_code"_s, newParentId == id
                                                            ? QCoreApplication::translate("Edits", "%1 cannot be moved under itself.").arg(company->name)
                                                            : QCoreApplication::translate("Edits", "%1 cannot be moved under %2, which belongs to it.")
                                                                  .arg(company->name, parent->name));
    }
    company->parentId = newParentId;
    return save(db, *company, std::nullopt, QCoreApplication::translate("Edits", "Move company %1").arg(company->name));
}

Result<EditStepPtr> recordZeroReport(Database &db, qint64 companyId, const QDate &date, ReportEdition edition)
{
    DailyReport report;
    report.companyId = companyId;
    report.date = date;
    report.edition = edition;
    report.anomalies = u"无"_s; // as units write it on paper
    const auto company = CompanyRepository(db).find(companyId);
    return save(db, report, std::nullopt,
                QCoreApplication::translate("Edits", "Zero report of %1").arg(company ? company->name : QString()));
}

Result<EditStepPtr> review(Database &db, DiscrepancyKind kind, const QString &key, const std::optional<QString> &note)
{
    return record(db, [&](ChangeRecorder &recorder) -> Result<QString> {
        const QString where = u"kind = ? AND key = ?"_s;
        const QVariantList binds{kindCode(kind), key};
        if (Status status = recorder.watchWhere(EntityKind::Review, where, binds); !status)
            return status.error();
        ReviewStore reviews(recorder.database());
        if (Status status = note ? reviews.mark(kind, key, *note) : reviews.clear(kind, key); !status)
            return status.error();
        if (Status status = recorder.watchNewWhere(EntityKind::Review, where, binds); !status)
            return status.error();
        return note ? QCoreApplication::translate("Edits", "Mark reviewed") : QCoreApplication::translate("Edits", "Clear review");
    }, QString::fromLatin1(AuditLog::Review));
}

EditStepPtr imported(const QStringList &paths, const ImportOptions &options, const ImportResult &result)
{
    return std::make_unique<ImportStep>(paths, options, result);
}

Result<EditStepPtr> undoImport(Database &db, qint64 batchId)
{
    if (Status status = ImportUndo(db).undo(batchId); !status)
        return status.error();
    ChangeSet changes;
    for (const EntityDef *def : Entities::all())
        changes.addAll(def->kind);
    return EditStepPtr(std::make_unique<DoneStep>(QCoreApplication::translate("Edits", "Undo import"), changes));
}

} // namespace seawall::Edits
