// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lists/searchplan.h"

#include "core/db/sqlrun.h"
#include "core/sql/sqldialect.h"
#include "core/validation/idnumber.h"

#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// The search text as a condition on one column.
struct Needle
{
    // SQLite's LIKE ignores the case of ASCII letters only: a text without
    // any is found by plain containment, the same rows at half the cost of
    // LIKE over Chinese names (a scan of every person).
    bool literal = true;
    QVariant bind;
    SqlBackend backend = SqlBackend::Sqlite;
    // Whether an ID number may hold the text: a name is not looked for
    // among them (reading every person's name alone takes 20 ms at 200,000,
    // with their ID numbers 35).
    bool idNumber = true;

    QString in(const QString &expr) const
    {
        return literal ? SqlDialect::holds(expr) : SqlDialect::likeIgnoringCase(backend, expr);
    }
};

Needle needleFor(const QString &text, SqlBackend backend)
{
    const bool letters = std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() < 0x80 && c.isLetter();
    });
    const bool idNumber = IdNumber::mayHold(text);
    if (!letters)
        return {true, text, backend, idNumber};
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return {false, QString(u'%' + escaped + u'%'), backend, idNumber};
}

// What one place searched gives for the text.
struct Found
{
    enum class Kind {
        Nothing, // no row can match there
        Keys,    // the rows whose column holds one of a few ids or values
        Test,    // each row must be tested
    };
    Kind kind = Kind::Nothing;
    bool indexed = false; // Keys: the rows holding them are found through an index
    int cost = 0;         // of testing one row: the cheap tests go first
    // Keys: how many rows of the list they stand for, when the look-up
    // counted them (-1: not counted).
    qint64 rows = -1;
    QString row;
    QVariantList rowBinds;
    QString count;
    QVariantList countBinds;
};

// The titles of the rows a reference names hold the text, as a condition
// over its table `t`, and the values it binds.
std::pair<QString, QVariantList> titlesHold(const SearchTerm &term, const Needle &needle)
{
    QStringList holds;
    QVariantList binds;
    for (const QString &title : term.titles) {
        if (!needle.idNumber && term.idNumbers.contains(title))
            continue;
        holds << needle.in(u"t."_s + title);
        binds << needle.bind;
    }
    return {holds.join(u" OR "_s), binds};
}

// A row tested for the text in its own column.
Found tested(const QString &sql, const Needle &needle)
{
    Found found;
    found.kind = Found::Kind::Test;
    found.cost = 1;
    found.row = found.count = needle.in(sql);
    found.rowBinds = found.countBinds = {needle.bind};
    return found;
}

// A row tested by what its reference names: looked up for each row shown
// (few are tested before a screen fills), read once to count.
Found testedReference(const SearchTerm &term, const Needle &needle)
{
    const auto [matching, binds] = titlesHold(term, needle);
    Found found;
    found.kind = Found::Kind::Test;
    found.cost = 2;
    found.row = u"EXISTS (SELECT 1 FROM %1 t WHERE t.id = %2 AND (%3))"_s.arg(term.table, term.sql, matching);
    found.count = u"%1 IN (SELECT t.id FROM %2 t WHERE %3)"_s.arg(term.sql, term.table, matching);
    found.rowBinds = found.countBinds = binds;
    return found;
}

// Whether the text may be found in a place: a name is not looked for
// where only ID numbers are (the Personnel list's own column; a reference
// whose titles are all ID numbers).
bool mayHold(const SearchTerm &term, const Needle &needle)
{
    if (needle.idNumber)
        return true;
    const QStringList columns = term.table.isEmpty() ? QStringList{term.sql} : term.titles;
    return std::any_of(columns.begin(), columns.end(),
                       [&](const QString &column) { return !term.idNumbers.contains(column); });
}

// A reference: the ids of the rows it may name whose titles hold the text.
//
// With a `tally` (a screenful of a list that follows the reference
// through an index), each id comes with the rows of the list naming it,
// and the look-up stops once those add up to the tally: the text stands
// for so many rows that the list read in its order shows them soon, each
// row tested by what it names. A common surname is told so by its first few
// thousand persons: 王 names 9,870 of the 200,000 persons of the large
// demo, which were all read, then their tests counted, and the list read
// through a statement naming every one.
Result<Found> lookUpReference(Database &db, const ListSpec &spec, const SearchTerm &term,
                              const Needle &needle, qint64 tally)
{
    const auto [matching, binds] = titlesHold(term, needle);
    const QString rows =
        tally > 0 ? u", (SELECT count(*) FROM %1 r WHERE %2 = t.id)"_s.arg(spec.table, term.sql) : QString();
    Result<QSqlQuery> query =
        SqlRun::run(db,
                    u"SELECT t.id%1 FROM %2 t WHERE %3 LIMIT %4"_s.arg(rows, term.table, matching)
                        .arg(SearchPlan::kMaxKeys + 1),
                    binds);
    if (!query)
        return query.error();
    QStringList ids;
    qint64 named = 0;
    while (query.value().next()) {
        ids << QString::number(query.value().value(0).toLongLong()); // integers read from the database
        if (tally > 0 && (named += query.value().value(1).toLongLong()) >= tally)
            break;
    }
    if (ids.size() > SearchPlan::kMaxKeys || (tally > 0 && named >= tally))
        return testedReference(term, needle);
    Found found;
    if (ids.isEmpty())
        return found;
    found.kind = Found::Kind::Keys;
    found.indexed = term.indexed;
    found.rows = tally > 0 ? named : -1;
    found.row = found.count = term.sql + u" IN ("_s + ids.join(u',') + u')';
    return found;
}

// An indexed column: its values that hold the text, read a value at a time
// through the index (a handful of sites among a million tests).
Result<Found> lookUpValues(Database &db, const ListSpec &spec, const SearchTerm &term, const Needle &needle)
{
    const QString sql = uR"(WITH RECURSIVE v(x) AS (
            SELECT min(%2) FROM %1 r
            UNION ALL
            SELECT (SELECT min(%2) FROM %1 r WHERE %2 > v.x) FROM v WHERE v.x IS NOT NULL)
        SELECT x, %3 FROM v WHERE x IS NOT NULL LIMIT %4)"_s
                            .arg(spec.table, term.sql, needle.in(u"x"_s))
                            .arg(SearchPlan::kMaxValues + 1);
    Result<QSqlQuery> query = SqlRun::run(db, sql, {needle.bind});
    if (!query)
        return query.error();
    int values = 0;
    QVariantList matching;
    while (query.value().next()) {
        ++values;
        if (query.value().value(1).toInt() != 0)
            matching << query.value().value(0);
    }
    if (values > SearchPlan::kMaxValues)
        return tested(term.sql, needle);
    Found found;
    if (matching.isEmpty())
        return found;
    found.kind = Found::Kind::Keys;
    found.indexed = true;
    const QStringList marks(matching.size(), u"?"_s);
    found.row = found.count = term.sql + u" IN ("_s + marks.join(u',') + u')';
    found.rowBinds = found.countBinds = matching;
    return found;
}

Result<Found> lookUp(Database &db, const ListSpec &spec, const SearchTerm &term, const Needle &needle,
                     qint64 tally)
{
    if (!term.table.isEmpty())
        return lookUpReference(db, spec, term, needle, term.indexed ? tally : 0);
    if (term.indexed)
        return lookUpValues(db, spec, term, needle);
    return tested(term.sql, needle);
}

// Where a place is looked at first: the cheap ones that may show that the
// text stands for many rows (the few values of an indexed column: a site),
// so that a reference then needs no look-up of its own (every person, when
// the text names a site); and among references, those the list cannot
// follow through an index, as any they name makes the list be read in its
// order anyway.
int lookUpOrder(const SearchTerm &term)
{
    if (term.table.isEmpty())
        return term.indexed ? 0 : 3;
    return term.indexed ? 2 : 1;
}

} // namespace

Result<SearchPlan> SearchPlan::make(Database &db, const ListSpec &spec, const QString &text, Use use, Path path)
{
    const Needle needle = needleFor(text, db.backend());
    QList<SearchTerm> terms = spec.search;
    std::stable_sort(terms.begin(), terms.end(),
                     [](const SearchTerm &a, const SearchTerm &b) { return lookUpOrder(a) < lookUpOrder(b); });

    QList<Found> places;
    bool index = path != Path::Scan;
    bool many = false; // some place stands for so many rows that the list in its order soon shows them
    qint64 counted = 0;
    for (const SearchTerm &term : std::as_const(terms)) {
        if (!mayHold(term, needle))
            continue;
        if (many && use == Use::Rows && !term.table.isEmpty()) {
            places << testedReference(term, needle);
            continue;
        }
        // For a screenful, while the rows may still be found through
        // indexes, a reference's are tallied as it is looked up, up to the
        // rows left to find (a path chosen by the caller looks all up).
        const qint64 tally = use == Use::Rows && path == Path::Auto && index ? kMaxRows - counted : 0;
        Result<Found> looked = lookUp(db, spec, term, needle, tally);
        if (!looked)
            return looked.error();
        const Found &found = looked.value();
        if (found.kind == Found::Kind::Nothing)
            continue;
        places << found;
        if (found.kind == Found::Kind::Test) {
            index = false;
            many = many || !term.table.isEmpty(); // more rows named than kMaxKeys
            continue;
        }
        if (!found.indexed) {
            index = false;
            continue;
        }
        if (!index || path != Path::Auto)
            continue;
        if (found.rows >= 0) {
            counted += found.rows; // tallied by the look-up
        } else {
            // A LIMIT-ed count of the rows a place stands for tells few
            // from many without reading more than the few.
            Result<QSqlQuery> query = SqlRun::run(
                db,
                u"SELECT count(*) FROM (SELECT 1 FROM %1 r WHERE %2 LIMIT ?) found"_s.arg(spec.table,
                                                                                          found.row),
                found.rowBinds + QVariantList{kMaxRows - counted});
            if (!query)
                return query.error();
            if (query.value().next())
                counted += query.value().value(0).toLongLong();
        }
        if (counted >= kMaxRows) {
            index = false;
            many = true;
        }
    }
    SearchPlan plan;
    if (places.isEmpty()) {
        plan.m_rows = plan.m_count = u"1 = 0"_s;
        return plan;
    }

    if (index) {
        QStringList arms;
        for (const Found &found : std::as_const(places)) {
            arms << u"SELECT r.id FROM %1 r WHERE %2"_s.arg(spec.table, found.row);
            plan.m_hitBinds << found.rowBinds;
        }
        plan.m_index = true;
        plan.m_hits = arms.join(u" UNION "_s);
        return plan;
    }

    std::stable_sort(places.begin(), places.end(), [](const Found &a, const Found &b) { return a.cost < b.cost; });
    QStringList rows;
    QStringList counts;
    for (const Found &found : std::as_const(places)) {
        // Kept from the index of one place: the planner reads the list in
        // its own order rather than through it, which would sort them all.
        rows << (found.kind == Found::Kind::Keys ? SqlDialect::notThroughIndex(db.backend(), found.row) : found.row);
        plan.m_rowBinds << found.rowBinds;
        counts << found.count;
        plan.m_countBinds << found.countBinds;
    }
    plan.m_rows = rows.join(u" OR "_s);
    plan.m_count = counts.join(u" OR "_s);
    return plan;
}

} // namespace seawall
