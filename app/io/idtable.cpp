// SPDX-License-Identifier: GPL-3.0-or-later
#include "idtable.h"

#include <QHashFunctions>

#include <bit>

namespace Hashiya {

size_t IdTable::hashOf(QStringView id)
{
    return qHash(id, 0x9e3779b97f4a7c15ULL);
}

IdTable::IdTable(qsizetype expected)
    : m_slots(std::bit_ceil(size_t(std::max<qsizetype>(16, expected * 2))))
{
    m_entries.reserve(size_t(expected));
}

std::optional<IdTable::Use> IdTable::insert(size_t hash, const QString *id, Use use)
{
    if ((m_entries.size() + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.entry == 0) {
            m_entries.push_back({id, use});
            slot = {hash, quint32(m_entries.size()), use.isEntity};
            return std::nullopt;
        }
        // Equal hashes are checked against the text: a duplicate id means dropping an annotation.
        if (slot.hash == hash && *m_entries[slot.entry - 1].id == *id)
            return m_entries[slot.entry - 1].use;
    }
}

std::optional<bool> IdTable::isEntity(size_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.entry == 0)
            return std::nullopt;
        if (slot.hash == hash)
            return slot.isEntity;
    }
}

void IdTable::grow()
{
    std::vector<Slot> slots(m_slots.size() * 2);
    const size_t mask = slots.size() - 1;
    for (const Slot &slot : m_slots) {
        if (slot.entry == 0)
            continue;
        size_t i = slot.hash & mask;
        while (slots[i].entry != 0)
            i = (i + 1) & mask;
        slots[i] = slot;
    }
    m_slots.swap(slots);
}

} // namespace Hashiya
