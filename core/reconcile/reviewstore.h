// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/reconcile/discrepancy.h"

#include <QHash>

namespace seawall {

// The "mark reviewed" notes of the reconciliation, one per (kind, key), kept
// in the reconciliation_review table so that every coordinator on the file
// sees them and they outlive the session.
class ReviewStore
{
public:
    explicit ReviewStore(Database &db);

    // Every review, by storageKey(kind, key).
    Result<QHash<QString, Review>> all() const;
    Result<std::optional<Review>> find(DiscrepancyKind kind, const QString &key) const;

    // Marks an item reviewed now by the current user (replacing an earlier
    // note), or with the given time and user (undo puts back what was).
    Status mark(DiscrepancyKind kind, const QString &key, const QString &note);
    Status put(DiscrepancyKind kind, const QString &key, const Review &review);
    Status clear(DiscrepancyKind kind, const QString &key);

    static QString storageKey(DiscrepancyKind kind, const QString &key);

private:
    Database &m_db;
};

} // namespace seawall
