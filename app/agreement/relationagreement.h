// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/labelpairs.h"
#include "agreement/relationdiagnostic.h"
#include "agreement/typedcounts.h"
#include "model/relation.h"

#include <QSet>
#include <QString>

#include <utility>
#include <vector>

namespace Hashiya {

class SpanAlignment;

/// Relation agreement between two analysts, scored through an alignment of their entities.
///
/// r_A(T, s, t) matches r_B(T', s', t') iff s and t are aligned with s' and t' and T = T'; for a type
/// declared symmetric the endpoints may be either way round. Relations match as multisets, ties in id
/// order. The **all** view counts every relation, so entity disagreement carries through; the
/// **comparable** view counts only relations whose both endpoints are aligned, isolating the relation
/// decision. Every relation gets exactly one diagnostic (a mismatch pairs an A relation with a B one).
class RelationAgreement final
{
public:
    /// `alignment` pairs `entitiesA` with `entitiesB` (untyped overlap by default, so an endpoint's
    /// type disagreement is not punished twice). Relations name their endpoints by entity id; an id
    /// absent from the entities counts as an unaligned endpoint.
    static RelationAgreement compute(const std::vector<Entity> &entitiesA, const std::vector<Relation> &relationsA,
                                     const std::vector<Entity> &entitiesB, const std::vector<Relation> &relationsB,
                                     const SpanAlignment &alignment, const QSet<QString> &symmetricTypes);

    /// Per relation type, micro and macro; every relation counted.
    const TypedCounts &all() const { return m_all; }
    /// The same over the relations whose both endpoints are aligned.
    const TypedCounts &comparable() const { return m_comparable; }
    /// Untyped link agreement: a link matches when its aligned endpoints do, whatever the types (either
    /// way round if one of the two types is symmetric). Same matched count in both views.
    const MatchCounts &linksAll() const { return m_linksAll; }
    const MatchCounts &linksComparable() const { return m_linksComparable; }

    /// One per A relation in A's order, then one per remaining B relation in B's order.
    const std::vector<RelationDiagnostic> &diagnostics() const { return m_diagnostics; }
    /// The matched relations as (index in A, index in B), by A's index: the pairs attribute agreement
    /// is computed over.
    const std::vector<std::pair<int, int>> &matchedPairs() const { return m_matchedPairs; }
    /// Items for relation-type κ: one per aligned endpoint pair (unordered for symmetric types) that has
    /// a relation on either side, labelled with each side's type, the sorted "|"-joined types if several,
    /// or "<none>". Ordered by the B ids of the endpoints.
    const std::vector<LabelPair> &typeLabelPairs() const { return m_typeLabelPairs; }

private:
    TypedCounts m_all;
    TypedCounts m_comparable;
    MatchCounts m_linksAll;
    MatchCounts m_linksComparable;
    std::vector<RelationDiagnostic> m_diagnostics;
    std::vector<std::pair<int, int>> m_matchedPairs;
    std::vector<LabelPair> m_typeLabelPairs;
};

} // namespace Hashiya
