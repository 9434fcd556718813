// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/mappedrecords.h"

#include "core/import/csvsource.h"
#include "core/sql/encodedrow.h"
#include "core/import/persondirectory.h"

namespace seawall {
namespace {

// Records handed over at once, and chunks read ahead: few enough handovers
// to cost nothing, and a few megabytes in flight at most.
constexpr size_t kChunkRecords = 256;
constexpr size_t kChunksAhead = 16;

} // namespace

MappedRecords::MappedRecords(RowSource &source, RowMapper &mapper, PersonDirectory &persons, bool threaded)
    : m_source(source), m_mapper(mapper), m_persons(persons), m_threaded(threaded), m_queue(kChunksAhead)
{
    if (m_threaded)
        m_thread = std::thread(&MappedRecords::read, this);
}

MappedRecords::~MappedRecords() { finish(); }

void MappedRecords::read()
{
    qint64 provisionalId = 0;
    Chunk chunk;
    chunk.reserve(kChunkRecords);
    for (;;) {
        Item item;
        const bool more = m_source.next(item.record);
        if (more) {
            item.row = m_mapper.map(item.record);
            if (item.row.ok())
                encodeRow(item.row);
            // Written only if the row is: a rejected row creates nobody.
            if (item.row.ok() && item.row.newExternal) {
                Person &external = *item.row.newExternal;
                external.id = --provisionalId;
                m_persons.remember(external.idNumber, {external.id, external.name, external.companyId, true});
                m_provisional.append(external.idNumber);
            }
            chunk.push_back(std::move(item));
        }
        if (chunk.size() == kChunkRecords || !more) {
            std::vector<Chunk> spent;
            if (!m_queue.push(std::exchange(chunk, {}), !more, spent) || !more)
                return;
            spent.clear(); // here, outside the queue's lock
            chunk.reserve(kChunkRecords);
        }
    }
}

MappedRecords::Item *MappedRecords::next()
{
    if (!m_threaded) {
        if (!m_source.next(m_item.record))
            return nullptr;
        m_item.row = m_mapper.map(m_item.record);
        return &m_item;
    }
    if (m_next == m_taken.size()) {
        if (!m_queue.pop(m_taken))
            return nullptr;
        m_next = 0;
    }
    return &m_taken[m_next++];
}

void MappedRecords::remember(const Person &external)
{
    if (m_threaded && m_thread.joinable())
        m_written.insert(external.idNumber, external);
    else
        m_persons.remember(external.idNumber, {external.id, external.name, external.companyId, true});
}

void MappedRecords::finish()
{
    if (!m_thread.joinable())
        return;
    m_queue.stop();
    m_thread.join();
    // A person whose row was not written after all is not in the
    // database: forgotten, as if never met.
    for (const QString &idNumber : std::as_const(m_provisional)) {
        if (const auto it = m_written.constFind(idNumber); it != m_written.cend())
            m_persons.remember(idNumber, {it->id, it->name, it->companyId, true});
        else
            m_persons.forget(idNumber);
    }
    m_provisional.clear();
    m_written.clear();
}

} // namespace seawall
