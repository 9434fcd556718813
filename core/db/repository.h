// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/entitytable.h"
#include "core/db/storerules.h"
#include "core/validation/validator.h"

#include <optional>
#include <vector>

namespace seawall {

// What an upsert by natural key did.
enum class UpsertOutcome { Inserted, Updated, Unchanged };

// The records of one entity (its model struct T), by id or natural key,
// through the entity's definition: what every entity's repository is.
// A write checks the record (Validator) and that the rows it names exist,
// and runs the definition's follow-up in the same transaction.
template <typename T>
class Repository
{
public:
    explicit Repository(Database &db) : m_table(db, definition<T>()) {}

    const EntityTable &table() const { return m_table; }

    std::optional<T> find(qint64 id) const { return first(QStringLiteral("id = ?"), {id}); }
    // The stored record with the natural key of `probe`.
    std::optional<T> findByKey(const T &probe) const
    {
        const qint64 id = m_table.idOfKey(&probe);
        return id != 0 ? find(id) : std::nullopt;
    }
    // The records meeting a condition of this program's (never user data).
    std::vector<T> where(const QString &condition, const QVariantList &binds = {}, const QString &order = {}) const
    {
        std::vector<T> records;
        m_table.select(condition, binds, order, [&](qint64 id, const QSqlQuery &row) {
            T record;
            record.id = id;
            m_table.load(row, &record);
            records.push_back(std::move(record));
        });
        return records;
    }
    std::optional<T> first(const QString &condition, const QVariantList &binds) const
    {
        std::vector<T> found = where(condition, binds, QStringLiteral("id LIMIT 1"));
        return found.empty() ? std::nullopt : std::optional<T>(std::move(found.front()));
    }

    Result<qint64> insert(const T &given, qint64 batchId = 0)
    {
        const T &record = prepared(given);
        if (Status status = check(record); !status)
            return status.error();
        Transaction transaction(m_table.database());
        if (!transaction.isActive())
            return transaction.error();
        Result<qint64> id = m_table.insert(&record, batchId);
        if (!id)
            return id;
        if (Status status = m_table.follow({m_table.followValue(id.value())}); !status)
            return status.error();
        if (Status status = transaction.commit(); !status)
            return status.error();
        return id;
    }

    // Refused (Error::Kind::Changed) when `expectedVersion` is given and
    // the stored row is at another.
    Status update(const T &given, std::optional<qint64> expectedVersion = std::nullopt)
    {
        const T &record = prepared(given);
        if (Status status = check(record); !status)
            return status;
        // A record as stored is not written: its version counts changes.
        if (const std::optional<T> stored = find(record.id); stored && *stored == record)
            return {};
        Transaction transaction(m_table.database());
        if (!transaction.isActive())
            return transaction.error();
        const qint64 before = m_table.followValue(record.id);
        if (Status status = m_table.update(record.id, &record, expectedVersion); !status)
            return status;
        if (Status status = m_table.follow({before, m_table.followValue(record.id)}); !status)
            return status;
        return transaction.commit();
    }

    // Inserts the record, or updates the one with its natural key; sets
    // `record.id` to the stored row's.
    Result<UpsertOutcome> upsert(T &record)
    {
        record = prepared(record);
        const std::optional<T> existing = findByKey(record);
        if (!existing) {
            record.id = 0;
            Result<qint64> inserted = insert(record);
            if (!inserted)
                return inserted.error();
            record.id = inserted.value();
            return UpsertOutcome::Inserted;
        }
        record.id = existing->id;
        if (record == *existing)
            return UpsertOutcome::Unchanged;
        if (Status status = update(record); !status)
            return status.error();
        return UpsertOutcome::Updated;
    }

    // Refused, saying why, while other records refer to it.
    Status remove(qint64 id)
    {
        Transaction transaction(m_table.database());
        if (!transaction.isActive())
            return transaction.error();
        const qint64 before = m_table.followValue(id);
        if (Status status = m_table.remove(id); !status)
            return status;
        if (Status status = m_table.follow({before}); !status)
            return status;
        return transaction.commit();
    }

    qint64 count() const { return m_table.count(); }

protected:
    // The record's own rules, and that the rows it names exist.
    Status check(const T &record) const
    {
        if constexpr (requires { Validator::check(record); }) {
            if (const std::vector<Error> problems = Validator::check(record); !problems.empty())
                return problems.front();
        }
        if (Status status = checkStored(m_table.database(), record); !status)
            return status;
        return m_table.checkReferences(&record);
    }

    EntityTable m_table;
};

} // namespace seawall
