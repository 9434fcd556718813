// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/editstep.h"

#include "core/entity/entitydef.h"
#include "core/import/importer.h"
#include "core/import/importundo.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace seawall {
namespace {

QString importName(const QStringList &paths)
{
    if (paths.size() == 1)
        return QCoreApplication::translate("Edits", "Import %1").arg(QFileInfo(paths.first()).fileName());
    return QCoreApplication::translate("Edits", "Import %n file(s)", nullptr, int(paths.size()));
}

} // namespace

ImportStep::ImportStep(QStringList paths, ImportOptions options, const ImportResult &result)
    : EditStep(importName(paths)), m_paths(std::move(paths)), m_options(std::move(options)),
      m_batches(batchesOf(result))
{
    // Again exactly as the user chose, but for real, quietly, without
    // writing the rejected rows anywhere.
    m_options.dryRun = false;
    m_options.rejectsPath.clear();
    m_options.progress = nullptr;
    m_options.cancelled = nullptr;
    m_options.rowsRead = nullptr;
}

QList<qint64> ImportStep::batchesOf(const ImportResult &result)
{
    QList<qint64> ids;
    for (const FileReport &file : result.files)
        if (file.batchId != 0 && !file.alreadyImported && !ids.contains(file.batchId))
            ids << file.batchId;
    return ids;
}

ChangeSet ImportStep::changes() const
{
    // An import reaches every kind it may write; which rows is not kept.
    ChangeSet changes;
    for (const EntityDef *def : Entities::all())
        changes.addAll(def->kind);
    return changes;
}

Status ImportStep::undo(Database &db)
{
    // The last file's batch first: a later file may use rows of an earlier one.
    for (qsizetype i = m_batches.size() - 1; i >= 0; --i) {
        // Already undone from the Imports view: nothing left to do.
        if (ImportUndo(db).isUndone(m_batches.at(i)))
            continue;
        if (Status undone = ImportUndo(db).undo(m_batches.at(i)); !undone)
            return undone;
    }
    return {};
}

Status ImportStep::redo(Database &db)
{
    const ImportResult result = Importer(db).run(m_paths, m_options);
    if (!result.committed)
        return Error{Error::Kind::Conflict,
                     result.failure.value_or(QCoreApplication::translate(
                         "Edits", "The files could not be imported again; they may have changed."))};
    m_batches = batchesOf(result);
    return {};
}

} // namespace seawall
