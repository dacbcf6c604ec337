// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace Hashiya {

/// Finds repeated annotation ids among a million, fast: flat open-addressing tables of 64-bit hashes
/// (QHash's buckets made this check cost more than parsing the file). Callers pass hashes computed
/// where the ids were read, and may prefetch slots ahead, since every look-up is a cache miss.
/// The table holds only hashes and which annotation each belongs to; the ids themselves, and where
/// they were read, stay with the caller, so a million ids add 16 bytes each rather than 48.
/// The table is split into partitions by hash: different threads may fill different partitions.
class IdTable final
{
public:
    /// Which annotation an id belongs to: an entity or a relation, by its index in the order read.
    struct Use
    {
        bool isEntity = false;
        size_t index = 0;
    };

    static size_t hashOf(QStringView id);

    IdTable(qsizetype expected, int partitions);

    int partitions() const { return int(m_partitions.size()); }
    int partitionOf(size_t hash) const { return int((hash >> 58) % m_partitions.size()); }
    void prefetch(size_t hash) const;
    /// Adds `use`, or returns the earlier use of an equal id: `sameId(earlier)` says whether the
    /// earlier use with an equal hash has the same id. Threads may insert concurrently into different
    /// partitions.
    template<typename SameId>
    std::optional<Use> insert(size_t hash, Use use, const SameId &sameId);
    /// Whether an id with this hash was added, and as an entity. Trusts 64-bit hashes: a false match
    /// needs two ids among a million to collide (odds about 1 in 10^13).
    std::optional<bool> isEntity(size_t hash) const;
    /// The use of the id with this hash, if it was added (trusting the hash as isEntity() does).
    std::optional<Use> find(size_t hash) const;

private:
    struct Slot
    {
        size_t hash = 0;
        quint32 entry = 0; ///< 1 + the annotation's index; 0 marks an empty slot
        bool isEntity = false;
        Use use() const { return {isEntity, size_t(entry - 1)}; }
    };
    struct Partition
    {
        std::vector<Slot> slots;
        size_t used = 0;
        void grow();
        /// The slot of the id with this hash, or nullptr if none was added.
        const Slot *slotOf(size_t hash) const;
    };

    std::vector<Partition> m_partitions;
};

template<typename SameId>
std::optional<IdTable::Use> IdTable::insert(size_t hash, Use use, const SameId &sameId)
{
    Partition &partition = m_partitions[size_t(partitionOf(hash))];
    if ((partition.used + 1) * 10 > partition.slots.size() * 7)
        partition.grow();
    const size_t mask = partition.slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = partition.slots[i];
        if (slot.entry == 0) {
            slot = {hash, quint32(use.index + 1), use.isEntity};
            ++partition.used;
            return std::nullopt;
        }
        // Equal hashes are checked against the text: a duplicate id means dropping an annotation.
        if (slot.hash == hash && sameId(slot.use()))
            return slot.use();
    }
}

} // namespace Hashiya
