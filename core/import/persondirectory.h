// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <unordered_map>

namespace seawall {

// What an import needs to know about a person met in a row.
struct PersonRef
{
    qint64 id = 0;
    QString name;
    qint64 companyId = 0;
    bool external = false;
};

// Persons by ID number, cached for the length of an import: a test file
// names the same few hundred thousand persons again and again. ID numbers
// of 18 characters (17 digits and a check digit or X) or 15 digits are
// kept as integers: hashing and comparing them cost a tenth of a QString's.
class PersonDirectory
{
public:
    explicit PersonDirectory(Database &db);

    // Loads every person at once, so that find() runs no SQL at all: one
    // scan of the table is far cheaper than a query per person for a large
    // file, and too costly for a file of a few rows. Persons written later
    // in the import come through remember().
    Status preload();

    // Whether preload() ran: find() then runs no SQL.
    bool isComplete() const { return m_complete; }

    std::optional<PersonRef> find(const QString &idNumber);
    void remember(const QString &idNumber, const PersonRef &person);
    void forget(const QString &idNumber);

private:
    Database &m_db;
    QSqlQuery m_select;
    bool m_prepared = false;
    bool m_complete = false; // every person is in the cache
    // 0 when the ID number has no integer form.
    static quint64 numberKey(const QString &idNumber);
    const PersonRef *cached(const QString &idNumber) const;
    void insert(const QString &idNumber, const PersonRef &person);

    std::unordered_map<quint64, PersonRef> m_numbers;
    QHash<QString, PersonRef> m_cache; // the ID numbers numberKey() cannot hold
};

} // namespace seawall
