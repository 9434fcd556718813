// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/mappingprofiles.h"

#include "core/db/sqlrun.h"

#include "core/import/companylookup.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Header texts compare as the clerk sees them: a blank or a full-width
// letter more does not make another column.
QString headerKey(const QString &text) { return text.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded(); }

} // namespace

MappingProfiles::MappingProfiles(Database &db) : m_db(db) {}

QString MappingProfiles::key(const QString &companyCode, csv::FileKind kind)
{
    return u"import/profile/%1/%2"_s.arg(companyCode, csv::toCode(kind));
}

QString MappingProfiles::companyCodeOf(const csv::HeaderMap &map, const QList<csv::Record> &records,
                                       const CompanyLookup &companies)
{
    // A companies file names many companies by design: it has no owner.
    if (map.kind() == csv::FileKind::Companies)
        return {};
    const int column = map.column(u"company"_s);
    if (column < 0)
        return {};
    qint64 found = 0;
    for (const csv::Record &record : records) {
        const QString text = record.fields.value(column).trimmed();
        if (text.isEmpty())
            continue;
        const qint64 id = companies.idByName(text);
        if (id == 0 || (found != 0 && id != found))
            return {};
        found = id;
    }
    return found == 0 ? QString() : companies.codeOf(found);
}

std::optional<csv::HeaderMap> MappingProfiles::load(const QString &companyCode, csv::FileKind kind) const
{
    if (companyCode.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    SqlRun::readForward(q);
    if (!q.prepare(u"SELECT value FROM setting WHERE key = ?"_s))
        return std::nullopt;
    q.addBindValue(key(companyCode, kind));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    if (!document.isObject())
        return std::nullopt;
    std::optional<csv::HeaderMap> map = csv::HeaderMap::fromJson(document.object());
    if (!map || map->kind() != kind)
        return std::nullopt;
    return map;
}

Status MappingProfiles::save(const QString &companyCode, const csv::HeaderMap &map)
{
    if (companyCode.isEmpty())
        return Error::invalid(u"company"_s, u"A mapping profile needs a company."_s);
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO setting (key, value) VALUES (?, ?)"
                   u" ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s))
        return m_db.errorFrom(q);
    q.addBindValue(key(companyCode, map.kind()));
    q.addBindValue(QString::fromUtf8(QJsonDocument(map.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return m_db.errorFrom(q);
    return {};
}

QHash<int, QString> MappingProfiles::columnsFor(const csv::HeaderMap &profile, const QStringList &header)
{
    QHash<QString, QString> byHeader;
    QSet<QString> repeated;
    for (int column = 0; column < int(profile.header().size()); ++column) {
        const QString text = headerKey(profile.header().at(column));
        if (byHeader.contains(text))
            repeated.insert(text);
        byHeader.insert(text, profile.mapping().value(column));
    }
    // An empty or repeated header cannot say which column it was.
    byHeader.remove(QString());
    for (const QString &text : std::as_const(repeated))
        byHeader.remove(text);
    // Nor can one the file repeats say which of its columns is meant: both
    // taken, two columns would claim one field and the file would not open.
    QHash<QString, int> inFile;
    for (const QString &text : header)
        ++inFile[headerKey(text)];
    QHash<int, QString> columns;
    for (int column = 0; column < int(header.size()); ++column) {
        const QString text = headerKey(header.at(column));
        const auto it = byHeader.constFind(text);
        if (it != byHeader.cend() && inFile.value(text) == 1)
            columns.insert(column, it.value());
    }
    return columns;
}

QHash<int, QString> MappingProfiles::columnsForFile(const csv::HeaderMap &map, const QList<csv::Record> &records,
                                                    const CompanyLookup &companies) const
{
    const std::optional<csv::HeaderMap> profile = load(companyCodeOf(map, records, companies), map.kind());
    if (!profile)
        return {};
    return columnsFor(*profile, map.header());
}

} // namespace seawall
