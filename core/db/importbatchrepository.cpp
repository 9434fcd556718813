// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/importbatchrepository.h"

#include "core/db/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

QVariant timestamp(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

ImportBatchRepository::ImportBatchRepository(Database &db)
    : RepositoryBase(db, u"import_batch"_s,
                     {u"file_name"_s, u"sha256"_s, u"kind"_s, u"company_id"_s, u"encoding"_s, u"rows"_s,
                      u"inserted"_s, u"updated"_s, u"unchanged"_s, u"rejected"_s, u"imported_at"_s,
                      u"undone_at"_s})
{
}

QVariantList ImportBatchRepository::values(const ImportBatch &b)
{
    return {b.fileName, b.sha256, b.kind, SqlValues::id(b.companyId), b.encoding, b.rows, b.inserted,
            b.updated, b.unchanged, b.rejected, timestamp(b.importedAt), timestamp(b.undoneAt)};
}

ImportBatch ImportBatchRepository::read(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.fileName = q.value(1).toString();
    b.sha256 = q.value(2).toString();
    b.kind = q.value(3).toString();
    b.companyId = q.value(4).toLongLong();
    b.encoding = q.value(5).toString();
    b.rows = q.value(6).toInt();
    b.inserted = q.value(7).toInt();
    b.updated = q.value(8).toInt();
    b.unchanged = q.value(9).toInt();
    b.rejected = q.value(10).toInt();
    b.importedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    b.undoneAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    return b;
}

std::optional<ImportBatch> ImportBatchRepository::find(qint64 id) const
{
    const auto q = first(selectSql() + u" WHERE id = ?"_s, {id});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::optional<ImportBatch> ImportBatchRepository::findActiveBySha256(const QString &sha256) const
{
    const auto q = first(selectSql() + u" WHERE sha256 = ? AND undone_at IS NULL ORDER BY id DESC"_s, {sha256});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::vector<ImportBatch> ImportBatchRepository::all() const
{
    std::vector<ImportBatch> batches;
    QSqlQuery q(m_db.connection());
    if (q.exec(selectSql() + u" ORDER BY id DESC"_s))
        while (q.next())
            batches.push_back(read(q));
    return batches;
}

Result<qint64> ImportBatchRepository::insert(const ImportBatch &batch) { return insertValues(values(batch)); }

Status ImportBatchRepository::update(const ImportBatch &batch) { return updateValues(batch.id, values(batch)); }

} // namespace seawall
