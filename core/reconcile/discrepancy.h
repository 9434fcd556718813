// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace seawall {

// The kinds of things that do not add up, in the order the view lists them.
enum class DiscrepancyKind {
    TestCount,      // a daily report's tests done differ from the test records
    OffRoster,      // persons on no roster (外部), by company
    Unvaccinated,   // active persons with no dose or an incomplete primary series
    MissingReport,  // a unit that must report sent no daily report for a day
    OverdueFinding, // an open finding past its deadline
    NameMismatch,   // one ID number, imported under names other than the one on record
    MovementCount,  // a daily report's arrivals, under observation or away differ from the registers
};

inline constexpr DiscrepancyKind kAllDiscrepancyKinds[] = {
    DiscrepancyKind::TestCount,     DiscrepancyKind::OffRoster,      DiscrepancyKind::Unvaccinated,
    DiscrepancyKind::MissingReport, DiscrepancyKind::OverdueFinding, DiscrepancyKind::NameMismatch,
    DiscrepancyKind::MovementCount};

// The code a review is stored under ("test_count", …) and back.
QString kindCode(DiscrepancyKind kind);
std::optional<DiscrepancyKind> parseKindCode(const QString &code);
// The kind in the user's language.
QString displayName(DiscrepancyKind kind);

// A "mark reviewed" kept in the database: the coordinator looked at the item
// and wrote down why it is all right (or what was done).
struct Review
{
    QString note;
    QDateTime reviewedAt;
    QString reviewedBy;
};

// One thing that does not add up. `key` identifies it within its kind across
// runs, so that a review sticks to it; for the kinds counted per company the
// key holds the counts, so that a review of "3 persons off the roster" does
// not hide a fourth one arriving later.
struct Discrepancy
{
    DiscrepancyKind kind = DiscrepancyKind::TestCount;
    qint64 companyId = 0;
    QString companyCode;
    QString companyName;
    QDate date; // the report's day, the missed day, the deadline, or the as-of day
    QString key;
    QString description; // short, with the numbers, in the user's language

    // What Reconciler::records needs to fetch the rows behind the item: the
    // company and `date` above, plus the finding, daily report or person it
    // is about and the first day of the window for missing reports.
    qint64 recordId = 0;
    QDate windowFrom;
    QDate windowTo;
    // The numbers of the description (reported and counted tests; persons
    // with no dose and with an incomplete series; …), for sorting and tests.
    qint64 first = 0;
    qint64 second = 0;

    std::optional<Review> review;
    bool reviewed() const { return review.has_value(); }

    // An item of `kind` about a company, the rest to be filled in.
    static Discrepancy about(DiscrepancyKind kind, qint64 companyId, const QString &companyCode,
                             const QString &companyName)
    {
        Discrepancy d;
        d.kind = kind;
        d.companyId = companyId;
        d.companyCode = companyCode;
        d.companyName = companyName;
        return d;
    }
};

// The rows behind one item, ready for a read-only table. Columns named in
// idNumberColumn/phoneColumn hold personal numbers the view masks.
struct RecordTable
{
    QStringList headers;
    QList<QVariantList> rows;
    int idNumberColumn = -1;
    int phoneColumn = -1;
};

} // namespace seawall
