// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/headermap.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace seawall {

// One problem of an imported file: where it is (the physical line of the
// record, 0 for the file as a whole), which field (the canonical column of
// DOMAIN.md, empty for the whole row or file) and what to do about it, in
// the user's language.
struct ImportProblem
{
    // What a notice is about, so that notices of one kind can be shown as
    // one line with a count: hundreds of them are one fact.
    enum class Topic {
        General,
        NotInFile,      // on the company's roster, not in the roster file
        RepeatedRecord, // the record of an earlier row of the import, with other values
        NameDiffers,    // a name other than the one on record for the ID number
    };

    qint64 line = 0;
    QString column;
    QString message;
    Topic topic = Topic::General;

    bool operator==(const ImportProblem &) const = default;
};

// A person of a roster import, for the report of what changed.
struct RosterEntry
{
    QString idNumber;
    QString name;
    QString company;     // the company of the roster
    QString fromCompany; // for a move: where the person was before
};

// What a roster (personnel) import changed, company by company.
struct RosterChanges
{
    QList<RosterEntry> added;
    QList<RosterEntry> changed;
    QList<RosterEntry> moved;
    // On the company's roster before, not in the file and not marked as
    // left: the user may mark them as left (ImportOptions::markMissingLeft).
    QList<RosterEntry> missing;
    bool missingMarkedLeft = false;
};

// What happened to one file of an import.
struct FileReport
{
    QString file; // the path as given
    QString sha256;
    std::optional<csv::FileKind> kind;
    QString encoding;
    QChar delimiter = u',';
    QString sheet; // the sheet of a workbook that was read
    qint64 rows = 0; // data records read
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    // Rows whose record an earlier row of the same import wrote (the same
    // natural key): the later row's values are kept. Not counted as
    // updated or unchanged, which compare with the database as it was.
    qint64 repeated = 0;
    qint64 rejected = 0;
    QString rejectsFile; // where the rejected rows were written, if anywhere
    qint64 externalPersons = 0; // persons created as 外部 on the way
    bool alreadyImported = false;
    qint64 batchId = 0; // 0 when nothing was recorded
    QList<ImportProblem> warnings;
    QList<ImportProblem> errors;
    RosterChanges roster;
};

// What the user chose for one file in the import window; what is left
// empty is detected (or taken from ImportOptions).
struct FileChoice
{
    QString encoding;
    QChar delimiter;                   // null: detected
    std::optional<csv::FileKind> kind;
    QHash<int, QString> columns;       // column (0-based) to canonical name, empty for "do not import"
    QString sheet;                     // of a workbook; empty: the one whose header is known
};

// How an import runs.
struct ImportOptions
{
    std::optional<csv::FileKind> kind; // forced for every file; else detected per file
    QString encoding;                  // forced; else detected per file
    bool dryRun = false;               // every row checked and told as an import would, none written
    bool skipInvalid = false;          // write the valid rows even when some are rejected
    bool markMissingLeft = false;      // roster imports: mark the missing persons as left
    QDate today;                       // the import date (left_on of the missing); today when null
    QString rejectsPath;               // where to write the rejected rows; empty for nowhere
    QHash<QString, FileChoice> choices; // by path as given: the window's per-file choices

    // For an import on a worker thread. Both are called from the importing
    // thread every few hundred records: `progress` with the data records
    // read so far (all files), `cancelled` to stop; a cancelled import
    // rolls back and writes nothing.
    std::function<void(qint64 records)> progress;
    std::function<bool()> cancelled;
    // Called once, after `progress` with the count of every record, when
    // the last file's rows are read and what follows them begins: a large
    // file's indexes made again, the figures' counts, the commit (for a
    // million tests, two seconds with no record to count).
    std::function<void()> rowsRead;
    // Called once when another import into the same database is running:
    // this one waits for it to end (it can still be cancelled meanwhile),
    // then runs.
    std::function<void()> waiting;
};

// The outcome of an import of one or more files.
struct ImportResult
{
    bool committed = false;
    bool cancelled = false;  // stopped through ImportOptions::cancelled: nothing written
    QList<FileReport> files; // in the order given
    // A failure of the database (not of the data): nothing was written.
    std::optional<QString> failure;

    bool hasRejections() const
    {
        for (const FileReport &file : files)
            if (file.rejected > 0 || !file.errors.isEmpty())
                return true;
        return false;
    }
};

} // namespace seawall
