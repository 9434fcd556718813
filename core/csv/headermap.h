// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seawall::csv {

// The kinds of file subsidiaries send, one CSV per kind.
enum class FileKind {
    Companies,
    Personnel,
    Tests,
    Vaccinations,
    VolunteerShifts,
    Inspections,
    DailyReports,
    Duty,
    Stocktakes,
    Trainings,
    Drills,
    Departures,
    Arrivals,
    HealthChecks,
};

// companies, personnel, tests, vaccinations, volunteer_shifts, inspections,
// daily_reports, duty, stocktakes, trainings, drills, departures, arrivals,
// health_checks: the names of --kind
// and of saved profiles.
QString toCode(FileKind kind);
std::optional<FileKind> parseFileKind(const QString &code);
QString displayName(FileKind kind);

// Which column of a file holds which field, by the canonical column names of
// DOMAIN.md (id_number, sampled_on…). Built from the header by the aliases
// subsidiaries write (Chinese or English, any order, case, width and blanks
// ignored), then corrected by the user; it round-trips through JSON so that
// a confirmed mapping can be saved as a company's profile.
class HeaderMap
{
public:
    HeaderMap() = default;
    // Maps `header` with the aliases of `kind` (the user chose the kind).
    HeaderMap(FileKind kind, const QStringList &header);

    // The kind whose columns the header names most, preferring one whose
    // required columns are all there; nullopt when no header cell is known.
    // The result may still miss required columns: see missingRequired().
    static std::optional<HeaderMap> detect(const QStringList &header);
    // With the kind the user chose, else detected.
    static std::optional<HeaderMap> of(std::optional<FileKind> kind, const QStringList &header);

    static QList<FileKind> kinds();
    // The canonical columns of a kind, in the order of DOMAIN.md.
    static QStringList columns(FileKind kind);
    // The columns without which a file of the kind cannot be imported.
    static QStringList requiredColumns(FileKind kind);
    // The columns that tell one record of the kind from another (its
    // natural key, as far as the file holds it): 身份证号, 采样日期, 采样点.
    static QStringList keyColumns(FileKind kind);
    // A canonical column as the user knows it, in the user's language (in
    // Chinese the header the subsidiaries write: 采样日期); `canonical`
    // itself when the kind has no such column.
    static QString label(FileKind kind, const QString &canonical);
    // The header a blank template writes for a column: the first Chinese
    // alias (采样日期), as the units write it whatever the user's language.
    static QString templateHeader(FileKind kind, const QString &canonical);
    // Several of them as a list, in the user's language.
    static QString labels(FileKind kind, const QStringList &canonical);
    // The canonical column `headerCell` names in a file of `kind`; empty
    // when it names none.
    static QString canonicalFor(FileKind kind, const QString &headerCell);
    // Columns that are known and deliberately not imported (序号, a row
    // number): they are not reported as unknown.
    static bool isIgnored(const QString &headerCell);

    FileKind kind() const { return m_kind; }
    const QStringList &header() const { return m_header; }
    // Column (0-based) to canonical name.
    const QHash<int, QString> &mapping() const { return m_mapping; }
    // The column of a canonical name, -1 when no column holds it.
    int column(const QString &canonical) const;
    // Columns that are not imported and not ignored: an unknown header, no
    // header, or a second column for a field that a column before holds.
    QList<int> unknownColumns() const;
    QStringList missingRequired() const;
    bool isComplete() const { return missingRequired().isEmpty(); }

    // Applies the user's choices: column to canonical name, an empty name
    // for "do not import". A name moves from any other column to the one
    // chosen. Nothing changes when a choice is not possible.
    Status apply(const QHash<int, QString> &confirmed);

    // {"kind": "tests", "columns": [{"column": 0, "header": "单位",
    // "maps_to": "company"}, {"column": 7, "header": "备注", "maps_to": null}]}
    QJsonObject toJson() const;
    // nullopt when the object is not such a mapping.
    static std::optional<HeaderMap> fromJson(const QJsonObject &object);

    friend bool operator==(const HeaderMap &, const HeaderMap &) = default;

private:
    FileKind m_kind = FileKind::Companies;
    QStringList m_header;
    QHash<int, QString> m_mapping;
};

} // namespace seawall::csv
