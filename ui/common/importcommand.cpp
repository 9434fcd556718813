// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/importcommand.h"

#include "ui/common/offthread.h"
#include "core/import/importer.h"
#include "core/import/importundo.h"
#include "ui/common/workspace.h"

#include <QFileInfo>

namespace seawall {
namespace {

QString stepName(const QStringList &paths)
{
    if (paths.size() == 1)
        return ImportCommand::tr("Import %1").arg(QFileInfo(paths.first()).fileName());
    return ImportCommand::tr("Import %1 files").arg(paths.size());
}

} // namespace

ImportCommand::ImportCommand(Workspace *workspace, QStringList paths, ImportOptions options,
                             const ImportResult &result)
    : QUndoCommand(stepName(paths)), m_workspace(workspace), m_paths(std::move(paths)),
      m_options(std::move(options)), m_batchIds(batchesOf(result))
{
    // Again exactly as the user chose, but for real, quietly, without
    // writing the rejected rows anywhere.
    m_options.dryRun = false;
    m_options.rejectsPath.clear();
    m_options.progress = nullptr;
    m_options.cancelled = nullptr;
}

QList<qint64> ImportCommand::batchesOf(const ImportResult &result)
{
    QList<qint64> ids;
    for (const FileReport &file : result.files)
        if (file.batchId != 0 && !file.alreadyImported && !ids.contains(file.batchId))
            ids << file.batchId;
    return ids;
}

void ImportCommand::fail(const QString &message)
{
    // The records changed in a way this step cannot go back over.
    setObsolete(true);
    emit m_workspace->problem(message);
}

void ImportCommand::undo()
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    const QList<qint64> batches = m_batchIds;
    const Status status = runOffThread(db->path(), tr("Undoing the import…"), [&batches](Database &worker) -> Status {
        // The last file's batch first: a later file may use rows of an earlier one.
        for (qsizetype i = batches.size() - 1; i >= 0; --i)
            if (Status undone = ImportUndo(worker).undo(batches.at(i)); !undone)
                return undone;
        return {};
    });
    if (!status)
        fail(status.error().message);
    m_done = false;
    m_workspace->notifyDataChanged();
}

void ImportCommand::redo()
{
    if (m_done)
        return; // pushed after the import was made
    Database *db = m_workspace->database();
    if (!db)
        return;
    ImportResult result;
    const Status status = runOffThread(db->path(), tr("Importing the files again…"), [this, &result](Database &worker) {
        result = Importer(worker).run(m_paths, m_options);
        return Status{};
    });
    if (!status)
        result.failure = status.error().message;
    m_done = true;
    if (!result.committed) {
        fail(result.failure.value_or(tr("The files could not be imported again; they may have changed.")));
    } else {
        m_batchIds = batchesOf(result);
    }
    m_workspace->notifyDataChanged();
}

} // namespace seawall
