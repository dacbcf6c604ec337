// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace Hashiya {

/// Finds repeated annotation ids among a million, fast: a flat open-addressing table of 64-bit hashes
/// (QHash's buckets made this check cost more than parsing the file). Callers pass hashes computed
/// where the ids were read, and may prefetch slots ahead, since every look-up is a cache miss.
class IdTable final
{
public:
    struct Use
    {
        qsizetype offset = -1; ///< where in the sidecar the id is defined
        bool isEntity = false;
    };

    static size_t hashOf(QStringView id);

    explicit IdTable(qsizetype expected);

    void prefetch(size_t hash) const { __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]); }
    /// Adds `id` (which must outlive the table), or returns the earlier use of an equal id.
    std::optional<Use> insert(size_t hash, const QString *id, Use use);
    /// Whether an id with this hash was added, and as an entity. Trusts 64-bit hashes: a false match
    /// needs two ids among a million to collide (odds about 1 in 10^13).
    std::optional<bool> isEntity(size_t hash) const;

private:
    struct Slot
    {
        size_t hash = 0;
        quint32 entry = 0; ///< 1 + index into m_entries; 0 marks an empty slot
        bool isEntity = false;
    };
    struct Entry
    {
        const QString *id;
        Use use;
    };
    void grow();

    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
};

} // namespace Hashiya
