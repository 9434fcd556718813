// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <bit>
#include <utility>
#include <vector>

namespace seawall {

// A map from 64-bit hashes to a small value, open addressing: the keys of
// a million rows of an import take 16 MB (no value) to 48 MB, where a
// node-based map takes 40 to 60. Written here because neither Qt nor the
// standard library has a flat map, and the import holds a million keys.
// A hash of 0 is kept as 1.
template <typename Value>
class HashSlots
{
public:
    // The value of `hash`, and whether it was added now (value-initialised).
    std::pair<Value *, bool> insert(quint64 hash)
    {
        hash = hash == 0 ? 1 : hash;
        // At most three quarters full.
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        Slot &slot = m_slots[at(hash)];
        if (slot.hash == hash)
            return {&slot.value, false};
        slot.hash = hash;
        ++m_size;
        return {&slot.value, true};
    }

    // The value of `hash`; nullptr when it is not here.
    Value *find(quint64 hash)
    {
        if (m_slots.empty())
            return nullptr;
        hash = hash == 0 ? 1 : hash;
        Slot &slot = m_slots[at(hash)];
        return slot.hash == hash ? &slot.value : nullptr;
    }

private:
    struct Slot
    {
        quint64 hash = 0; // 0 for empty
        [[no_unique_address]] Value value{};
    };

    // The slot of `hash`, or the empty one where it would go.
    size_t at(quint64 hash) const
    {
        const size_t mask = m_slots.size() - 1;
        // Fibonacci hashing: the high bits of the product index, whatever
        // the hash's own low bits are like.
        const int shift = 64 - std::countr_zero(m_slots.size());
        for (size_t i = size_t((hash * 0x9E3779B97F4A7C15ULL) >> shift);; i = (i + 1) & mask)
            if (m_slots[i].hash == hash || m_slots[i].hash == 0)
                return i;
    }

    void grow()
    {
        std::vector<Slot> old(std::max<size_t>(1024, m_slots.size() * 2));
        old.swap(m_slots);
        for (Slot &slot : old)
            if (slot.hash != 0)
                m_slots[at(slot.hash)] = std::move(slot);
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

} // namespace seawall
