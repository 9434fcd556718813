// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QHash>
#include <QList>
#include <QString>

namespace seawall {

// Companies by name, alias and code, held in hashes for the length of an
// import so that a million rows cost no query each. Names compare as the
// clerk sees them: width, case and blanks ignored.
class CompanyLookup
{
public:
    explicit CompanyLookup(Database &db);

    Status load();

    // 0 when no company has this name or alias.
    qint64 idByName(const QString &nameOrAlias) const;
    // 0 when no company has this code.
    qint64 idByCode(const QString &code) const;
    QString nameOf(qint64 id) const { return m_names.value(id); }
    QString codeOf(qint64 id) const { return m_codes.value(id); }
    // The known name or alias closest to `text` (edit distance on the folded
    // text), empty when none is close enough to be a likely typo.
    QString suggestion(const QString &text) const;

    // A company written during the import (inserted or renamed).
    void remember(qint64 id, const QString &code, const QString &name);

    static QString key(const QString &text);

private:
    Database &m_db;
    QHash<QString, qint64> m_byName; // key() of names and aliases
    QHash<QString, qint64> m_byCode;
    QHash<qint64, QString> m_names;
    QHash<qint64, QString> m_codes;
    QList<QString> m_candidates; // names and aliases as written
};

} // namespace seawall
