// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reconcile/reviewstore.h"

#include "core/db/sqlrun.h"

#include "core/sql/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

Review readReview(const QSqlQuery &q, int first)
{
    return {q.value(first).toString(), SqlValues::toDateTime(q.value(first + 1)), q.value(first + 2).toString()};
}

} // namespace

ReviewStore::ReviewStore(Database &db) : m_db(db) {}

QString ReviewStore::storageKey(DiscrepancyKind kind, const QString &key)
{
    return kindCode(kind) + u'\n' + key;
}

Result<QHash<QString, Review>> ReviewStore::all() const
{
    QHash<QString, Review> reviews;
    const Status status = SqlRun::eachRow(
        m_db, u"SELECT kind, key, note, reviewed_at, reviewed_by FROM reconciliation_review"_s, {},
        [&reviews](const QSqlQuery &q) {
            reviews.insert(q.value(0).toString() + u'\n' + q.value(1).toString(), readReview(q, 2));
        });
    if (!status)
        return status.error();
    return reviews;
}

Result<std::optional<Review>> ReviewStore::find(DiscrepancyKind kind, const QString &key) const
{
    Result<QSqlQuery> q = SqlRun::run(
        m_db, u"SELECT note, reviewed_at, reviewed_by FROM reconciliation_review WHERE kind = ? AND key = ?"_s,
        {kindCode(kind), key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Review>();
    return std::optional<Review>(readReview(q.value(), 0));
}

Status ReviewStore::mark(DiscrepancyKind kind, const QString &key, const QString &note)
{
    return put(kind, key, {note, QDateTime::currentDateTime(), m_db.userName()});
}

Status ReviewStore::put(DiscrepancyKind kind, const QString &key, const Review &review)
{
    return SqlRun::exec(m_db,
                        u"INSERT INTO reconciliation_review (kind, key, note, reviewed_at, reviewed_by)"
                        u" VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET note = excluded.note,"
                        u" reviewed_at = excluded.reviewed_at, reviewed_by = excluded.reviewed_by"_s,
                        {kindCode(kind), key, review.note,
                         SqlValues::dateTime(review.reviewedAt.isValid() ? review.reviewedAt
                                                                         : QDateTime::currentDateTime()),
                         review.reviewedBy});
}

Status ReviewStore::clear(DiscrepancyKind kind, const QString &key)
{
    return SqlRun::exec(m_db, u"DELETE FROM reconciliation_review WHERE kind = ? AND key = ?"_s,
                        {kindCode(kind), key});
}

} // namespace seawall
