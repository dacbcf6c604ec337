// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/spanscores.h"

namespace Hashiya {

SpanScores SpanScores::fromAlignment(const std::vector<Entity> &a, const std::vector<Entity> &b,
                                     const SpanAlignment &alignment)
{
    SpanScores scores(alignment.rule());
    if (!alignment.rule().typed) {
        scores.m_counts.addUntyped({qsizetype(alignment.pairs().size()), qsizetype(a.size()), qsizetype(b.size())});
        return scores;
    }
    QMap<QString, MatchCounts> perType;
    for (const Entity &entity : a)
        ++perType[entity.type].inA;
    for (const Entity &entity : b)
        ++perType[entity.type].inB;
    for (const EntityPair &pair : alignment.pairs())
        ++perType[a[size_t(pair.a)].type].matched; // typed pairs share their type
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        scores.m_counts.add(it.key(), it.value());
    return scores;
}

SpanScores SpanScores::compute(const std::vector<Entity> &a, const std::vector<Entity> &b, SpanMatchRule rule)
{
    return fromAlignment(a, b, SpanAlignment::align(a, b, rule));
}

SpanScores &SpanScores::operator+=(const SpanScores &other)
{
    Q_ASSERT(m_rule == other.m_rule);
    m_counts += other.m_counts;
    return *this;
}

} // namespace Hashiya
