// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace seawall {

class Database;

// A person as a form offers them: by name or ID number.
struct PersonMatch
{
    qint64 id = 0;
    QString name;
    QString idNumber;
};

// Finds persons as a clerk types: the start of a name or of an ID number,
// read through the persons' search index.
class PersonLookup
{
public:
    explicit PersonLookup(Database &db) : m_db(db) {}

    // Persons whose name or ID number starts with `typed`, by name.
    QList<PersonMatch> complete(const QString &typed, int limit = 20) const;
    // The ids of the persons called exactly `name`, at most `limit`.
    QList<qint64> named(const QString &name, int limit = 2) const;

private:
    Database &m_db;
};

} // namespace seawall
