// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <vector>

namespace Hashiya {

class AnnotationSet;

/// Finds the entities that overlap a stretch of text, so a view paints only what is visible. The set
/// keeps entities ordered by start; a running maximum of their ends turns "first entity that could
/// reach into the stretch" into a binary search. Follows the set's changes by itself.
class SpanIndex final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpanIndex)

public:
    explicit SpanIndex(const AnnotationSet *set, QObject *parent = nullptr);

    /// Appends to `out` the indexes (in the set) of entities whose extent [start, end) overlaps
    /// [from, to), in the set's order. Offsets in code points.
    void overlapping(qsizetype from, qsizetype to, std::vector<qsizetype> &out) const;

private:
    void rebuild();
    void recomputeFrom(qsizetype index);

    const AnnotationSet *m_set;
    // Kept apart from the entities so that updating the maxima streams through a few megabytes
    // instead of touching every entity.
    std::vector<qsizetype> m_ends; // m_ends[i]: end of entity i
    std::vector<qsizetype> m_maxEnd; // m_maxEnd[i]: the largest end among entities 0..i
};

} // namespace Hashiya
