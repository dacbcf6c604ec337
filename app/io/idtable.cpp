// SPDX-License-Identifier: GPL-3.0-or-later
#include "idtable.h"

#include <QHashFunctions>

#include <bit>

namespace Hashiya {

size_t IdTable::hashOf(QStringView id)
{
    return qHash(id, 0x9e3779b97f4a7c15ULL);
}

IdTable::IdTable(qsizetype expected, int partitions)
    : m_partitions(size_t(std::max(1, partitions)))
{
    // At most 70 % full: short probe chains, and a table small enough to stay mostly in cache.
    const qsizetype perPartition = expected / qsizetype(m_partitions.size()) + 1;
    for (Partition &partition : m_partitions)
        partition.slots.resize(std::bit_ceil(size_t(std::max<qsizetype>(16, perPartition * 10 / 7))));
}

void IdTable::prefetch(size_t hash) const
{
    const Partition &partition = m_partitions[size_t(partitionOf(hash))];
    __builtin_prefetch(&partition.slots[hash & (partition.slots.size() - 1)]);
}

std::optional<bool> IdTable::isEntity(size_t hash) const
{
    if (const Slot *slot = m_partitions[size_t(partitionOf(hash))].slotOf(hash))
        return slot->isEntity;
    return std::nullopt;
}

std::optional<IdTable::Use> IdTable::find(size_t hash) const
{
    const Partition &partition = m_partitions[size_t(partitionOf(hash))];
    if (const Slot *slot = partition.slotOf(hash))
        return slot->use();
    return std::nullopt;
}

const IdTable::Slot *IdTable::Partition::slotOf(size_t hash) const
{
    const size_t mask = slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = slots[i];
        if (slot.entry == 0)
            return nullptr;
        if (slot.hash == hash)
            return &slot;
    }
}

void IdTable::Partition::grow()
{
    std::vector<Slot> grown(slots.size() * 2);
    const size_t mask = grown.size() - 1;
    for (const Slot &slot : slots) {
        if (slot.entry == 0)
            continue;
        size_t i = slot.hash & mask;
        while (grown[i].entry != 0)
            i = (i + 1) & mask;
        grown[i] = slot;
    }
    slots.swap(grown);
}

} // namespace Hashiya
