// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/spanalignment.h"
#include "agreement/typedcounts.h"

#include <vector>

namespace Hashiya {

/// Span agreement between two analysts in one of the four modes: precision, recall and F1 with A as the
/// reference, per type (typed modes), pooled (micro) and averaged over types (macro).
///
/// Scores add up: `+=` sums the counts of another document scored in the same mode, which gives the
/// corpus's pooled scores; each document's own `micro().scores()` feeds a per-document mean
/// (meanSkippingNaN). Untyped modes score spans only, as one class: they list no type, and their macro
/// average is the pooled score.
class SpanScores final
{
public:
    SpanScores() = default;
    explicit SpanScores(SpanMatchRule rule)
        : m_rule(rule)
    {
    }

    /// Scores from an alignment of `a` and `b` made with SpanAlignment::align(a, b, rule).
    static SpanScores fromAlignment(const std::vector<Entity> &a, const std::vector<Entity> &b,
                                    const SpanAlignment &alignment);
    /// Aligns `a` and `b` under `rule`, then scores.
    static SpanScores compute(const std::vector<Entity> &a, const std::vector<Entity> &b, SpanMatchRule rule);

    SpanMatchRule rule() const { return m_rule; }
    const TypedCounts &counts() const { return m_counts; }
    const MatchCounts &micro() const { return m_counts.micro(); }
    /// Per type over the types in A ∪ B; empty in untyped modes.
    const QMap<QString, MatchCounts> &perType() const { return m_counts.perType(); }
    PrfScores macro() const { return m_counts.macro(); }

    /// Pools another document's counts; both must have been scored under the same rule.
    SpanScores &operator+=(const SpanScores &other);

private:
    SpanMatchRule m_rule;
    TypedCounts m_counts;
};

} // namespace Hashiya
