// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace Hashiya {

/// Finds repeated annotation ids among a million, fast: flat open-addressing tables of 64-bit hashes
/// (QHash's buckets made this check cost more than parsing the file). Callers pass hashes computed
/// where the ids were read, and may prefetch slots ahead, since every look-up is a cache miss.
/// The table is split into partitions by hash: different threads may fill different partitions.
class IdTable final
{
public:
    struct Use
    {
        qsizetype offset = -1; ///< where in the sidecar the id is defined
        bool isEntity = false;
        size_t index = 0; ///< which entity or relation, in the order read
    };

    static size_t hashOf(QStringView id);

    IdTable(qsizetype expected, int partitions);

    int partitions() const { return int(m_partitions.size()); }
    int partitionOf(size_t hash) const { return int((hash >> 58) % m_partitions.size()); }
    void prefetch(size_t hash) const;
    /// Adds `id` (which must outlive the table), or returns the earlier use of an equal id.
    /// Threads may insert concurrently into different partitions.
    std::optional<Use> insert(size_t hash, const QString *id, Use use);
    /// Whether an id with this hash was added, and as an entity. Trusts 64-bit hashes: a false match
    /// needs two ids among a million to collide (odds about 1 in 10^13).
    std::optional<bool> isEntity(size_t hash) const;
    /// The use of the id with this hash, if it was added (trusting the hash as isEntity() does).
    std::optional<Use> find(size_t hash) const;

private:
    struct Slot
    {
        size_t hash = 0;
        quint32 entry = 0; ///< 1 + index into the partition's entries; 0 marks an empty slot
        bool isEntity = false;
    };
    struct Entry
    {
        const QString *id;
        Use use;
    };
    struct Partition
    {
        std::vector<Slot> slots;
        std::vector<Entry> entries;
        void grow();
        /// The slot of the id with this hash, or nullptr if none was added.
        const Slot *slotOf(size_t hash) const;
    };

    std::vector<Partition> m_partitions;
};

} // namespace Hashiya
