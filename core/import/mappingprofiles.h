// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/csvreader.h"
#include "core/csv/headermap.h"
#include "core/db/database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seawall {

class CompanyLookup;

// The column mapping a user confirmed for a company's files of one kind,
// kept in the `setting` table ("import/profile/<company code>/<kind>") so
// that the next file of that company maps the same without the user
// redoing it. A profile is matched by the header texts, not by position:
// subsidiaries reorder their columns between exports.
class MappingProfiles
{
public:
    explicit MappingProfiles(Database &db);

    static QString key(const QString &companyCode, csv::FileKind kind);

    // The code of the single company the records name in the company column
    // of `map`; empty when they name none, several, or one not known.
    static QString companyCodeOf(const csv::HeaderMap &map, const QList<csv::Record> &records,
                                 const CompanyLookup &companies);

    // nullopt when the company has no profile for the kind (or it cannot be read).
    std::optional<csv::HeaderMap> load(const QString &companyCode, csv::FileKind kind) const;
    Status save(const QString &companyCode, const csv::HeaderMap &map);

    // The choices of `profile` for the cells of `header` whose text it knows
    // (column to canonical name, empty for "do not import"); the other
    // columns are left to the aliases.
    static QHash<int, QString> columnsFor(const csv::HeaderMap &profile, const QStringList &header);

    // The profile's choices for a file read as `map` whose first records are
    // `records`: empty when the file names no single company or it has no
    // profile for the kind.
    QHash<int, QString> columnsForFile(const csv::HeaderMap &map, const QList<csv::Record> &records,
                                       const CompanyLookup &companies) const;

private:
    Database &m_db;
};

} // namespace seawall
