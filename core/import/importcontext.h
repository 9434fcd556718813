// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What Importer::run keeps while it imports its files, shared by the
// importer's own files (importer.cpp, importroster.cpp); no other part of
// the program includes it.
#include "core/audit/daylocks.h"
#include "core/db/importbatchrepository.h"
#include "core/db/namevariantrepository.h"
#include "core/import/companylookup.h"
#include "core/import/importer.h"
#include "core/import/importwriter.h"
#include "core/import/indexesaside.h"
#include "core/import/persondirectory.h"

#include <QDate>
#include <QHash>
#include <QPair>
#include <QSet>

#include <optional>

namespace seawall {

struct Importer::Context
{
    Database &db;
    const ImportOptions &options;
    qsizetype fileCount;
    CompanyLookup companies;
    PersonDirectory persons;
    ImportWriter writer;
    ImportBatchRepository batches;
    // Roster files: the companies its rows are of, the persons they name.
    struct
    {
        QSet<qint64> companies;
        QSet<qint64> persons; // by id: a new one's is below zero in a check
    } roster;
    QDate today;
    qint64 recordsRead = 0; // all files, for the progress callback
    bool lastFile = false;  // the file being imported is the last of the order
    bool cancelled = false;
    NameVariantRepository names{db};
    // The differing names the current batch recorded: a file that misspells
    // a person on every row writes the name once.
    QSet<QPair<qint64, QString>> namesSeen = {};
    // What stopped the import when the database refused it (locked,
    // read-only, damaged): not a problem of a file, so not listed with them.
    std::optional<Error> failure = {};
    // The days whose evening briefing was printed: rows on them are refused.
    QHash<QDate, DayLocks::Lock> locks = DayLocks::all(db);
    qint64 checkedFiles = 0; // by a check (ImportOptions::dryRun)
    IndexesAside *indexes = nullptr; // of the tables the import fills many times over
};

} // namespace seawall
