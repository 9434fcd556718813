// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/companylookup.h"

#include "core/db/sqlrun.h"

#include "core/csv/values.h"
#include "core/util/text.h"

#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

qsizetype editDistance(const QString &a, const QString &b)
{
    std::vector<qsizetype> row(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[size_t(j)];
            const qsizetype cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

} // namespace

CompanyLookup::CompanyLookup(Database &db) : m_db(db) {}

QString CompanyLookup::key(const QString &text)
{
    QString folded = foldLabel(csv::Values::cleaned(text));
    folded.removeIf([](QChar c) { return c.isSpace(); });
    return folded;
}

Status CompanyLookup::load()
{
    m_byName.clear();
    m_byCode.clear();
    m_names.clear();
    m_codes.clear();
    m_candidates.clear();
    QSqlQuery query(m_db.connection());
    SqlRun::readForward(query);
    if (!query.exec(u"SELECT id, code, name FROM company"_s))
        return m_db.errorFrom(query);
    while (query.next())
        remember(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString());
    if (!query.exec(u"SELECT company_id, alias FROM company_alias"_s))
        return m_db.errorFrom(query);
    while (query.next()) {
        const QString alias = query.value(1).toString();
        m_byName.insert(key(alias), query.value(0).toLongLong());
        m_candidates << alias;
    }
    return {};
}

void CompanyLookup::remember(qint64 id, const QString &code, const QString &name)
{
    const QString oldName = m_names.value(id);
    if (!oldName.isEmpty() && oldName != name) {
        m_byName.remove(key(oldName));
        m_candidates.removeAll(oldName);
    }
    const QString oldCode = m_codes.value(id);
    if (!oldCode.isEmpty() && oldCode != code)
        m_byCode.remove(key(oldCode));
    m_byName.insert(key(name), id);
    m_byCode.insert(key(code), id);
    m_names.insert(id, name);
    m_codes.insert(id, code);
    if (!m_candidates.contains(name))
        m_candidates << name;
}

qint64 CompanyLookup::idByName(const QString &nameOrAlias) const { return m_byName.value(key(nameOrAlias)); }

qint64 CompanyLookup::idByCode(const QString &code) const { return m_byCode.value(key(code)); }

QString CompanyLookup::suggestion(const QString &text) const
{
    const QString wanted = key(text);
    if (wanted.isEmpty())
        return {};
    QString best;
    qsizetype bestDistance = -1;
    for (const QString &candidate : m_candidates) {
        const QString folded = key(candidate);
        qsizetype distance = editDistance(wanted, folded);
        // 海通 for 海通公司: a short form is a likely slip even when it
        // drops more than a typo would.
        if (folded.contains(wanted) || wanted.contains(folded))
            distance = std::min(distance, qsizetype(1));
        if (bestDistance < 0 || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // Half the name or more changed is another name, not a typo.
    const qsizetype limit = std::max<qsizetype>(1, std::max(wanted.size(), key(best).size()) / 2);
    return bestDistance >= 0 && bestDistance <= limit ? best : QString();
}

} // namespace seawall
