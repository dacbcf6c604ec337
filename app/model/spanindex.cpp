// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanindex.h"

#include "model/annotationset.h"

#include <algorithm>

namespace Hashiya {

SpanIndex::SpanIndex(const AnnotationSet *set, QObject *parent)
    : QObject(parent)
    , m_set(set)
{
    // Each change moves at most the maxima after it: one linear pass over plain integers, about a
    // millisecond for a million entities.
    connect(set, &AnnotationSet::entityInserted, this, [this](qsizetype index) {
        m_ends.insert(m_ends.begin() + index, m_set->entityAt(index).end());
        m_maxEnd.insert(m_maxEnd.begin() + index, 0);
        recomputeFrom(index);
    });
    connect(set, &AnnotationSet::entityRemoved, this, [this](qsizetype index) {
        m_ends.erase(m_ends.begin() + index);
        m_maxEnd.erase(m_maxEnd.begin() + index);
        recomputeFrom(index);
    });
    connect(set, &AnnotationSet::entityChanged, this, [this](qsizetype index) {
        m_ends[size_t(index)] = m_set->entityAt(index).end();
        recomputeFrom(index);
    });
    connect(set, &AnnotationSet::wasReset, this, &SpanIndex::rebuild);
    rebuild();
}

void SpanIndex::rebuild()
{
    m_ends.clear();
    m_ends.reserve(m_set->entities().size());
    for (const Entity &entity : m_set->entities())
        m_ends.push_back(entity.end());
    m_maxEnd.resize(m_ends.size());
    qsizetype maxEnd = 0;
    for (size_t i = 0; i < m_ends.size(); ++i)
        m_maxEnd[i] = maxEnd = std::max(maxEnd, m_ends[i]);
}

void SpanIndex::recomputeFrom(qsizetype index)
{
    // A running maximum: once a recomputed value equals the one stored, and the entry at `index` has
    // been done, every later one is unchanged too — an edit usually settles within a few entries.
    qsizetype maxEnd = index > 0 ? m_maxEnd[size_t(index - 1)] : 0;
    for (size_t i = size_t(index); i < m_ends.size(); ++i) {
        maxEnd = std::max(maxEnd, m_ends[i]);
        if (i > size_t(index) + 1 && m_maxEnd[i] == maxEnd)
            return;
        m_maxEnd[i] = maxEnd;
    }
}

void SpanIndex::overlapping(qsizetype from, qsizetype to, std::vector<qsizetype> &out) const
{
    const EntityList &entities = m_set->entities();
    // Entities before `first` all end at or before `from`.
    const qsizetype first = std::upper_bound(m_maxEnd.begin(), m_maxEnd.end(), from) - m_maxEnd.begin();
    qsizetype index = first;
    for (auto it = entities.begin() + first; it != entities.end() && it->start() < to; ++it, ++index) {
        if (m_ends[size_t(index)] > from)
            out.push_back(index);
    }
}

} // namespace Hashiya
