// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <bit>
#include <utility>
#include <vector>

namespace seawall {

// A map from 64-bit hashes to a small value, open addressing: the keys of
// a million rows of an import take 16 MB (no value) to 48 MB, where a
// node-based map takes 40 to 60, and a lookup reads one place in memory
// rather than a bucket, then a node. Written here because neither Qt nor
// the standard library has a flat map, and the import holds a million
// keys. A hash of 0 is kept as 1. The hash may be a key itself, when it
// tells every key apart (persondirectory.h).
template <typename Value>
class HashSlots
{
public:
    // The value of `hash`, and whether it was added now (value-initialised).
    std::pair<Value *, bool> insert(quint64 hash)
    {
        hash = hash == 0 ? 1 : hash;
        if (tooFull(m_size + 1, m_slots.size()))
            grow();
        Slot &slot = m_slots[at(hash)];
        if (slot.hash == hash)
            return {&slot.value, false};
        slot.hash = hash;
        ++m_size;
        return {&slot.value, true};
    }

    // The value of `hash`; nullptr when it is not here.
    const Value *find(quint64 hash) const
    {
        if (m_slots.empty())
            return nullptr;
        hash = hash == 0 ? 1 : hash;
        const Slot &slot = m_slots[at(hash)];
        return slot.hash == hash ? &slot.value : nullptr;
    }
    Value *find(quint64 hash) { return const_cast<Value *>(std::as_const(*this).find(hash)); }

    // Room for `count` hashes without growing.
    void reserve(size_t count)
    {
        size_t wanted = std::max<size_t>(1024, m_slots.size());
        while (tooFull(count, wanted))
            wanted *= 2;
        if (wanted != m_slots.size())
            rehash(wanted);
    }

    // Removes `hash`; whether it was here.
    bool erase(quint64 hash)
    {
        if (m_slots.empty())
            return false;
        hash = hash == 0 ? 1 : hash;
        size_t hole = at(hash);
        if (m_slots[hole].hash != hash)
            return false;
        // Backward shift: each slot after the hole that may move into it
        // does, so that every hash stays reachable from its home slot with
        // no marks of removal left behind.
        const size_t mask = m_slots.size() - 1;
        for (size_t next = (hole + 1) & mask; m_slots[next].hash != 0; next = (next + 1) & mask) {
            const size_t from = home(m_slots[next].hash);
            if (((next - from) & mask) >= ((next - hole) & mask)) {
                m_slots[hole] = std::move(m_slots[next]);
                hole = next;
            }
        }
        m_slots[hole] = Slot{};
        --m_size;
        return true;
    }

private:
    struct Slot
    {
        quint64 hash = 0; // 0 for empty
        [[no_unique_address]] Value value{};
    };

    // At most three quarters of the slots are taken.
    static bool tooFull(size_t count, size_t capacity) { return count * 4 > capacity * 3; }

    // Where `hash` goes when nothing is in the way. Fibonacci hashing: the
    // high bits of the product index, whatever the hash's own low bits are
    // like.
    size_t home(quint64 hash) const
    {
        const int shift = 64 - std::countr_zero(m_slots.size());
        return size_t((hash * 0x9E3779B97F4A7C15ULL) >> shift);
    }

    // The slot of `hash`, or the empty one where it would go.
    size_t at(quint64 hash) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = home(hash);; i = (i + 1) & mask)
            if (m_slots[i].hash == hash || m_slots[i].hash == 0)
                return i;
    }

    void grow() { rehash(std::max<size_t>(1024, m_slots.size() * 2)); }

    void rehash(size_t count)
    {
        std::vector<Slot> old(count);
        old.swap(m_slots);
        for (Slot &slot : old)
            if (slot.hash != 0)
                m_slots[at(slot.hash)] = std::move(slot);
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

} // namespace seawall
