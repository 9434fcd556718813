// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/persondirectory.h"

#include "core/db/sqlitestatement.h"
#include "core/db/sqlrun.h"

#include <bit>
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

qsizetype PersonDirectory::home(quint64 key) const
{
    // Fibonacci hashing: the keys' low digits are the check digit and the
    // sequence code, far from random.
    return qsizetype((key * 0x9e3779b97f4a7c15ULL) >> m_shift);
}

void PersonDirectory::reserve(qsizetype persons)
{
    const size_t wanted = std::bit_ceil(size_t(persons) * 4 / 3 + 16);
    if (wanted <= m_slots.size())
        return;
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(wanted));
    m_shift = 64 - std::countr_zero(wanted);
    const size_t mask = wanted - 1;
    for (const Slot &slot : old) {
        if (!slot.key)
            continue;
        size_t at = size_t(home(slot.key));
        while (m_slots[at].key)
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}

void PersonDirectory::put(quint64 key, const PersonRef &person)
{
    if ((m_used + 1) * 4 > qsizetype(m_slots.size()) * 3)
        reserve(qsizetype(m_slots.size()));
    const size_t mask = m_slots.size() - 1;
    size_t at = size_t(home(key));
    while (m_slots[at].key && m_slots[at].key != key)
        at = (at + 1) & mask;
    Slot &slot = m_slots[at];
    if (!slot.key)
        ++m_used;
    slot.key = key;
    slot.id = person.id;
    slot.companyId = person.companyId;
    slot.external = person.external;
    if (person.name.size() <= kInlineName) {
        slot.nameSize = quint8(person.name.size());
        std::memcpy(slot.name, person.name.utf16(), size_t(person.name.size()) * sizeof(char16_t));
    } else {
        slot.nameSize = kLongName;
        const auto index = quint32(m_longNames.size());
        std::memcpy(slot.name, &index, sizeof index);
        m_longNames.push_back(person.name);
    }
}

void PersonDirectory::erase(quint64 key)
{
    if (m_slots.empty())
        return;
    const size_t mask = m_slots.size() - 1;
    size_t at = size_t(home(key));
    while (m_slots[at].key != key) {
        if (!m_slots[at].key)
            return;
        at = (at + 1) & mask;
    }
    // Backward shift: each slot after the hole that may move into it does,
    // so that every key stays reachable from its home without tombstones.
    for (size_t next = (at + 1) & mask; m_slots[next].key; next = (next + 1) & mask) {
        const size_t wants = size_t(home(m_slots[next].key));
        if (((next - wants) & mask) >= ((next - at) & mask)) {
            m_slots[at] = m_slots[next];
            at = next;
        }
    }
    m_slots[at] = Slot{};
    --m_used;
}

KnownPerson PersonDirectory::known(const Slot &slot) const
{
    QStringView name;
    if (slot.nameSize == kLongName) {
        quint32 index = 0;
        std::memcpy(&index, slot.name, sizeof index);
        name = m_longNames[index];
    } else {
        name = QStringView(slot.name, slot.nameSize);
    }
    return {slot.id, name, slot.companyId, slot.external};
}

std::optional<KnownPerson> PersonDirectory::cached(const QString &idNumber) const
{
    if (const quint64 key = numberKey(idNumber)) {
        if (m_slots.empty())
            return std::nullopt;
        const size_t mask = m_slots.size() - 1;
        for (size_t at = size_t(home(key)); m_slots[at].key; at = (at + 1) & mask)
            if (m_slots[at].key == key)
                return known(m_slots[at]);
        return std::nullopt;
    }
    const auto it = m_others.constFind(idNumber);
    if (it == m_others.cend())
        return std::nullopt;
    return KnownPerson{it->id, it->name, it->companyId, it->external};
}

void PersonDirectory::insert(const QString &idNumber, const PersonRef &person)
{
    if (const quint64 key = numberKey(idNumber))
        put(key, person);
    else
        m_others.insert(idNumber, person);
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
        reserve(count.integer(0));
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
        erase(key);
    else
        m_others.remove(idNumber);
}

} // namespace seawall
