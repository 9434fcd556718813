// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/repository.h"
#include "core/edit/editstep.h"
#include "core/model/dailyreport.h"
#include "core/reconcile/discrepancy.h"

#include <QCoreApplication>

#include <functional>
#include <type_traits>

namespace seawall {

// The one way a change is made: every edit of a record of any kind, a
// delete, a company moved, a zero report, a reconciliation review, an
// import and the undo of one. Each writes in one transaction and returns
// the step that undoes and redoes it (EditStep), named for what it did
// ("Add person 张三"); a null step when nothing changed. A change refused
// (a rule, a duplicate, a record in use) is an Error saying why, in the
// user's language, and writes nothing.
namespace Edits {

// Makes an edit through a recorder that keeps every row it touches, and
// returns its step named by `edit`'s result. The generic form of the
// functions below.
// Every row it touched is checked against the locked days and written to
// the audit log, as `action` (empty: add, edit or delete as the row went).
Result<EditStepPtr> record(Database &db, const std::function<Result<QString>(ChangeRecorder &recorder)> &edit,
                           const QString &action = {});

// The rows an edit of row `id` of `def` touches beside it (a company's
// aliases), before and after the write.
Status watchChildren(ChangeRecorder &recorder, const EntityDef &def, qint64 id, bool after);
// "Add person 张三" / "Edit company 滨江公司": the row as stored.
QString saveName(Database &db, const EntityDef &def, qint64 id, bool added);

// A record as a form opened it, and the version it was at then.
template <typename T>
struct Opened
{
    T record;
    qint64 version = 0;
};

// Why a save over a record changed elsewhere since it was opened is
// refused: what changed, when and by whom; empty when it was not.
QString changedSince(Database &db, const EntityDef &def, qint64 id, const void *opened, const void *stored,
                     qint64 openedVersion);

// Adds the record (id 0) or saves it over the stored one; `name` names the
// step instead of saveName(). A null step when it is as stored. Given the
// record as it was opened, a save over one changed since is refused
// (Error::Kind::Changed, saying what changed, when and by whom): saving
// again with the stored record as opened overwrites it on purpose.
template <typename T>
Result<EditStepPtr> save(Database &db, const T &record,
                         const std::type_identity_t<std::optional<Opened<T>>> &opened = std::nullopt,
                         const QString &name = {})
{
    const EntityDef &def = definition<T>();
    std::optional<qint64> expected;
    if (record.id != 0) {
        const std::optional<T> stored = Repository<T>(db).find(record.id);
        if (!stored)
            return Error{Error::Kind::NotFound, QCoreApplication::translate("Edits", "The record no longer exists.")};
        if (*stored == record)
            return EditStepPtr();
        if (opened) {
            const QString why = changedSince(db, def, record.id, &opened->record, &*stored, opened->version);
            if (!why.isEmpty())
                return Error{Error::Kind::Changed, why};
            expected = opened->version;
        }
    }
    return Edits::record(db, [&](ChangeRecorder &recorder) -> Result<QString> {
        Repository<T> records(recorder.database());
        qint64 id = record.id;
        if (id == 0) {
            const Result<qint64> inserted = records.insert(record);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
            recorder.watchNew(def.kind, id);
        } else {
            if (Status status = recorder.watch(def.kind, id); !status)
                return status.error();
            if (Status status = watchChildren(recorder, def, id, false); !status)
                return status.error();
            if (Status status = records.update(record, expected); !status)
                return status.error();
        }
        if (Status status = watchChildren(recorder, def, id, true); !status)
            return status.error();
        return name.isEmpty() ? saveName(recorder.database(), def, id, record.id == 0) : name;
    });
}

// Why the records cannot be deleted (other records refer to them), in the
// user's language; empty when they can.
QString refusal(Database &db, EntityKind kind, const QList<qint64> &ids);
// "Delete person 张三?" and what goes with the records, for the question
// asked before remove().
QString deleteQuestion(Database &db, EntityKind kind, const QList<qint64> &ids);
// Deletes the records and what goes with them, as one step; refused
// (with refusal()) while other records refer to them.
Result<EditStepPtr> remove(Database &db, EntityKind kind, const QList<qint64> &ids);

// Moves a company under another (0: the top of the group); refused under
// itself or one of its descendants.
Result<EditStepPtr> moveCompany(Database &db, qint64 id, qint64 newParentId);

// A zero report (无, all counts 0) of a unit for a day and edition.
Result<EditStepPtr> recordZeroReport(Database &db, qint64 companyId, const QDate &date, ReportEdition edition);

// Marks a reconciliation item reviewed with a note, or clears its review (nullopt).
Result<EditStepPtr> review(Database &db, DiscrepancyKind kind, const QString &key, const std::optional<QString> &note);

// The step of an import that committed, for the undo stack.
EditStepPtr imported(const QStringList &paths, const ImportOptions &options, const ImportResult &result);
// Undoes one import batch (the Imports view): not a step Edit ▸ Undo can
// take back, as the rows it deletes are not kept.
Result<EditStepPtr> undoImport(Database &db, qint64 batchId);

} // namespace Edits
} // namespace seawall
