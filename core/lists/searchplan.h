// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lists/listspec.h"
#include "core/util/error.h"

#include <QVariantList>

namespace seawall {

class Database;

// How a list's search reaches its rows, worked out for one text.
//
// The text is looked for first where it is cheap to look: in the rows a
// reference names (the persons whose name or ID number holds it, through
// the persons' index) and in the few values of an indexed column (the sites
// of tests). When those stand for few rows of the list, the rows are read
// through the list table's indexes and sorted (a rare name among a million
// tests: its five tests); when they stand for many, the list is read in its
// own order and each row tested, which fills a screen soon when many match
// (a common surname). Both ways give the same rows, in the same order.
class SearchPlan
{
public:
    enum class Path {
        Auto,  // whichever reads less
        Scan,  // the list in its order, each row tested
        Index, // the rows found through indexes, then sorted (when every place searched has one)
    };

    // Up to this many ids of rows a reference names go into the query
    // itself; a text that names more stands for many rows (a common
    // surname's persons: their tests are a twentieth of all).
    static constexpr int kMaxKeys = 10000;
    // Rows found through indexes are read and sorted when fewer than this;
    // for a screenful, a reference the list follows through an index is
    // looked up only until the rows its ids stand for reach it. Reading
    // them through the indexes took as long as reading the list in its
    // order until a screenful of them came (a fiftieth of a million tests)
    // at about this many, on the large demo (10,000 to 20,000: through the
    // indexes 10 ms, the list in its order 13 to 20).
    static constexpr int kMaxRows = 20000;
    // An indexed column is looked up by its values when it has no more.
    static constexpr int kMaxValues = 500;

    // What the plan is for: the rows, a screenful at a time (what stands
    // for many is not looked up further, the list showing it soon), or
    // counting them all (where looking everything up may save reading the
    // list).
    enum class Use { Rows, Count };

    static Result<SearchPlan> make(Database &db, const ListSpec &spec, const QString &text, Use use,
                                   Path path = Path::Auto);

    // Whether the rows are found through indexes: hits() then gives the
    // ids of every row the text matches (before the list's other
    // conditions), to join as `hit` ON r.id = hit.id.
    bool usesIndex() const { return m_index; }
    const QString &hits() const { return m_hits; }
    const QVariantList &hitBinds() const { return m_hitBinds; }

    // Otherwise, the condition each row of the list in its own order is
    // tested with (cheap for a row, as few rows are tested before a screen
    // fills) …
    const QString &rowCondition() const { return m_rows; }
    const QVariantList &rowBinds() const { return m_rowBinds; }
    // … and the one to count with (cheap for all rows: what the text names
    // is read once).
    const QString &countCondition() const { return m_count; }
    const QVariantList &countBinds() const { return m_countBinds; }

private:
    bool m_index = false;
    QString m_hits;
    QVariantList m_hitBinds;
    QString m_rows;
    QVariantList m_rowBinds;
    QString m_count;
    QVariantList m_countBinds;
};

} // namespace seawall
