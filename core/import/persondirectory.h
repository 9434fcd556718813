// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/util/hashslots.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace seawall {

// What an import needs to know about a person met in a row.
struct PersonRef
{
    qint64 id = 0;
    QString name;
    qint64 companyId = 0;
    bool external = false;
};

// A person as find() gives them: the name is valid until the directory
// next changes.
struct KnownPerson
{
    qint64 id = 0;
    QStringView name;
    qint64 companyId = 0;
    bool external = false;
};

// Persons by ID number, cached for the length of an import: a test file
// names the same few hundred thousand persons again and again, once a row.
//
// ID numbers of 18 characters (17 digits and a check digit or X) or 15
// digits are kept as integers, in a flat table (HashSlots) whose slot holds
// all a row asks of the person, the name included when it is short, as
// names here nearly all are. For a million test rows naming 200,000 persons
// in random order, a node-based map (a node a person, the name behind
// another pointer) made each lookup three misses of the processor's caches:
// a fifth of the reading thread's time. Other ID numbers go in a QHash.
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

    std::optional<KnownPerson> find(const QString &idNumber);
    void remember(const QString &idNumber, const PersonRef &person);
    void forget(const QString &idNumber);

    // The ID number's key in the table; 0 when it has none (not 15 digits,
    // nor 17 digits and a digit or X).
    static quint64 numberKey(QStringView idNumber);

private:
    static constexpr qsizetype kInlineName = 7; // UTF-16 units: a slot is 40 bytes
    static constexpr quint8 kLongName = 0xff;   // the name is in m_longNames
    struct Known
    {
        qint64 id = 0;
        qint64 companyId = 0;
        char16_t name[kInlineName] = {};
        quint8 nameSize = 0;
        bool external = false;
    };

    std::optional<KnownPerson> cached(const QString &idNumber) const;
    void insert(const QString &idNumber, const PersonRef &person);

    Database &m_db;
    QSqlQuery m_select;
    bool m_prepared = false;
    bool m_complete = false; // every person is in the cache

    HashSlots<Known> m_numbers; // by numberKey()
    std::vector<QString> m_longNames; // the names too long for a slot
    QHash<QString, PersonRef> m_others; // the ID numbers numberKey() cannot hold
};

} // namespace seawall
