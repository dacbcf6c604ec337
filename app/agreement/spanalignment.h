// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"

#include <QString>

#include <array>
#include <vector>

namespace Hashiya {

/// When two entities may be paired: by their spans (exact or overlapping) and, if typed, their type.
struct SpanMatchRule
{
    enum class Boundaries { Exact, Overlap };

    Boundaries boundaries = Boundaries::Overlap; ///< Exact: identical span tuples, every fragment included;
                                                 ///< Overlap: at least one code point in common
    bool typed = false;

    /// "exact-typed", "exact-untyped", "overlap-typed" or "overlap-untyped": the mode's name in reports.
    QString name() const;
    /// The four modes, in the order of their names above.
    static std::array<SpanMatchRule, 4> all();
    friend bool operator==(const SpanMatchRule &a, const SpanMatchRule &b) = default;
};

/// One aligned pair: indexes into A's and B's entity vectors, and the Jaccard score of their code points.
struct EntityPair
{
    int a = -1;
    int b = -1;
    double jaccard = 0;
    friend bool operator==(const EntityPair &x, const EntityPair &y) = default;
};

/// A one-to-one optimal pairing of analyst A's entities with analyst B's under a SpanMatchRule.
///
/// Optimal means the most pairs first, then the largest sum of weights: the Jaccard score of the two
/// entities' code points (the union of their spans), or (J + [same type]) / 2 in untyped modes, so a pair
/// that also agrees on the type is preferred. Overlap mode solves an assignment problem (the Hungarian
/// method, weights scaled to integers at 2⁻³⁰) on each connected component of the overlap graph; exact
/// mode pairs identical span tuples directly, each group as a multiset.
///
/// Ties: the result depends on the entities only, never on the order of the input vectors. Each
/// component's entities enter the solver sorted by (span tuples, type, id), A as rows, B as columns, and
/// the first optimum found in that order is kept. So between equally good partners the one whose
/// (start, end, …, type, id) sorts first wins; in exact mode, equal tuples pair in (type, id) order, same
/// types first when untyped. Zero-length fragments share no code point, so never overlap anything.
class SpanAlignment final
{
public:
    SpanAlignment() = default;

    static SpanAlignment align(const std::vector<Entity> &a, const std::vector<Entity> &b, SpanMatchRule rule);

    SpanMatchRule rule() const { return m_rule; }
    /// The pairs, ordered by A's index.
    const std::vector<EntityPair> &pairs() const { return m_pairs; }
    /// A's and B's entities without a partner, by ascending index.
    const std::vector<int> &unpairedA() const { return m_unpairedA; }
    const std::vector<int> &unpairedB() const { return m_unpairedB; }
    /// The partner's index on the other side, or -1.
    int partnerOfA(int indexA) const { return m_partnerOfA.at(size_t(indexA)); }
    int partnerOfB(int indexB) const { return m_partnerOfB.at(size_t(indexB)); }

private:
    SpanMatchRule m_rule;
    std::vector<EntityPair> m_pairs;
    std::vector<int> m_unpairedA;
    std::vector<int> m_unpairedB;
    std::vector<int> m_partnerOfA;
    std::vector<int> m_partnerOfB;
};

/// The Jaccard score of two entities' code points (each the union of its spans): |A∩B| / |A∪B|; 1 for
/// two entities that cover no code point at all.
double spanJaccard(const SpanList &a, const SpanList &b);

} // namespace Hashiya
