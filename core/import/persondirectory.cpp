// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/persondirectory.h"

#include "core/db/sqlitestatement.h"
#include "core/db/sqlrun.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace seawall {

PersonDirectory::PersonDirectory(Database &db) : m_db(db), m_select(db.connection()) {}

quint64 PersonDirectory::numberKey(QStringView idNumber)
{
    const qsizetype size = idNumber.size();
    if (size != 18 && size != 15)
        return 0;
    quint64 key = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = idNumber.at(i).unicode();
        if (c >= u'0' && c <= u'9')
            key = key * 11 + quint64(c - u'0');
        else if (c == u'X' && i == 17)
            key = key * 11 + 10;
        else
            return 0;
    }
    // Base 11 keeps every string apart (11^18 < 2^63); the top bit keeps
    // the 15-digit numbers apart from the 18-character ones, and 0 free.
    return size == 15 ? key | (quint64(1) << 63) : key + 1;
}

std::optional<KnownPerson> PersonDirectory::cached(const QString &idNumber) const
{
    if (const quint64 key = numberKey(idNumber)) {
        const Known *known = m_numbers.find(key);
        if (!known)
            return std::nullopt;
        QStringView name(known->name, known->nameSize);
        if (known->nameSize == kLongName) {
            quint32 index = 0;
            std::memcpy(&index, known->name, sizeof index);
            name = m_longNames[index];
        }
        return KnownPerson{known->id, name, known->companyId, known->external};
    }
    const auto it = m_others.constFind(idNumber);
    if (it == m_others.cend())
        return std::nullopt;
    return KnownPerson{it->id, it->name, it->companyId, it->external};
}

void PersonDirectory::insert(const QString &idNumber, const PersonRef &person)
{
    const quint64 key = numberKey(idNumber);
    if (!key) {
        m_others.insert(idNumber, person);
        return;
    }
    Known &known = *m_numbers.insert(key).first;
    known.id = person.id;
    known.companyId = person.companyId;
    known.external = person.external;
    if (person.name.size() <= kInlineName) {
        known.nameSize = quint8(person.name.size());
        std::memcpy(known.name, person.name.utf16(), size_t(person.name.size()) * sizeof(char16_t));
    } else {
        // Kept for the import's length, even when the person is forgotten.
        known.nameSize = kLongName;
        const auto index = quint32(m_longNames.size());
        std::memcpy(known.name, &index, sizeof index);
        m_longNames.push_back(person.name);
    }
}

Status PersonDirectory::preload()
{
    if (m_complete)
        return {};
    // Through SQLite directly: QSqlQuery's copying of every row into
    // variants was most of the time of loading a large roster.
    SqliteStatement count(m_db);
    if (Status status = count.prepare(u"SELECT count(*) FROM person"_s); !status)
        return status;
    auto counted = count.next();
    if (!counted)
        return counted.error();
    if (counted.value())
        m_numbers.reserve(size_t(count.integer(0)));
    SqliteStatement query(m_db);
    if (Status status = query.prepare(u"SELECT id_number, id, name, company_id, category = 'external' FROM person"_s);
        !status)
        return status;
    for (;;) {
        auto row = query.next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        insert(query.text(0), {query.integer(1), query.text(2), query.integer(3), query.integer(4) != 0});
    }
    m_complete = true;
    return {};
}

std::optional<KnownPerson> PersonDirectory::find(const QString &idNumber)
{
    if (const std::optional<KnownPerson> known = cached(idNumber))
        return known;
    if (m_complete)
        return std::nullopt;
    if (!m_prepared) {
        SqlRun::readForward(m_select);
        m_prepared = m_select.prepare(u"SELECT id, name, company_id, category FROM person WHERE id_number = ?"_s);
    }
    m_select.bindValue(0, idNumber);
    if (!m_select.exec() || !m_select.next()) {
        m_select.finish();
        return std::nullopt;
    }
    const PersonRef person{m_select.value(0).toLongLong(), m_select.value(1).toString(),
                           m_select.value(2).toLongLong(), m_select.value(3).toString() == u"external"_s};
    m_select.finish();
    insert(idNumber, person);
    return cached(idNumber);
}

void PersonDirectory::remember(const QString &idNumber, const PersonRef &person) { insert(idNumber, person); }

void PersonDirectory::forget(const QString &idNumber)
{
    if (const quint64 key = numberKey(idNumber))
        m_numbers.erase(key);
    else
        m_others.remove(idNumber);
}

} // namespace seawall
