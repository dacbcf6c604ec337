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
        m_maxEnd.insert(m_maxEnd.begin() + index, 0);
        recomputeFrom(index);
    });
    connect(set, &AnnotationSet::entityRemoved, this, [this](qsizetype index) {
        m_maxEnd.erase(m_maxEnd.begin() + index);
        recomputeFrom(index);
    });
    connect(set, &AnnotationSet::entityChanged, this, &SpanIndex::recomputeFrom);
    connect(set, &AnnotationSet::wasReset, this, [this] {
        m_maxEnd.assign(size_t(m_set->entityCount()), 0);
        recomputeFrom(0);
    });
    m_maxEnd.assign(size_t(m_set->entityCount()), 0);
    recomputeFrom(0);
}

void SpanIndex::recomputeFrom(qsizetype index)
{
    const std::vector<Entity> &entities = m_set->entities();
    qsizetype maxEnd = index > 0 ? m_maxEnd[size_t(index - 1)] : 0;
    for (size_t i = size_t(index); i < entities.size(); ++i) {
        maxEnd = std::max(maxEnd, entities[i].end());
        m_maxEnd[i] = maxEnd;
    }
}

void SpanIndex::overlapping(qsizetype from, qsizetype to, std::vector<qsizetype> &out) const
{
    const std::vector<Entity> &entities = m_set->entities();
    // Entities before `first` all end at or before `from`.
    const qsizetype first = std::upper_bound(m_maxEnd.begin(), m_maxEnd.end(), from) - m_maxEnd.begin();
    for (size_t i = size_t(first); i < entities.size() && entities[i].start() < to; ++i) {
        if (entities[i].end() > from)
            out.push_back(qsizetype(i));
    }
}

} // namespace Hashiya
