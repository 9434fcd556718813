// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/import/importreport.h"

#include <QStringList>

namespace seawall {

class RowSource;
class CompanyLookup;
class PersonDirectory;
class ImportWriter;

// Imports the files subsidiaries send: each is read, every row validated
// and written by natural key in one streaming pass, all files inside one
// transaction and in the order of their dependencies (companies, personnel,
// then the rest) whatever the order given. By default one rejected row
// means nothing is written; every problem of every file is still reported.
// Each file is recorded as an import batch; a file already imported (same
// SHA-256) is skipped.
class Importer
{
public:
    explicit Importer(Database &db);

    ImportResult run(const QStringList &paths, const ImportOptions &options);

    // Where the rejects of `source` go when `paths` files are imported with
    // --rejects `requested`: the path itself for one file, else one file
    // per source beside it (out-<source name>.csv).
    // The rejects of a workbook are a workbook: a requested name ending in
    // .csv ends in .xlsx for it.
    static QString rejectsPathFor(const QString &requested, const QString &source, qsizetype files,
                                  bool workbook = false);

    // Marks `persons` (the missing of a roster import) as left on `on`, in
    // one transaction and under the import's batch `batchId`, so that
    // undoing the batch restores them; those already left are kept as they are.
    static Status markLeft(Database &db, qint64 batchId, const QList<RosterEntry> &persons, QDate on);

private:
    struct Context;
    // The columns the company profile of the file maps; empty without one.
    QHash<int, QString> profileColumns(const QString &path, const FileChoice &choice, const CompanyLookup &companies);
    bool importFile(Context &context, RowSource &source, FileReport &report);
    // Stops the import for a failure of the database rather than of the
    // file: it becomes the import's failure (ImportResult::failure).
    static bool stop(Context &context, const Error &error);
    Status finishRoster(Context &context, FileReport &report);

    Database &m_db;
};

} // namespace seawall
