// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/relation.h"

#include <QSet>
#include <QString>

#include <vector>

namespace Hashiya {

/// One article as two analysts annotated it, item by item in reading order, for the compare view and its
/// walk through the disagreements: every pair of entities the untyped overlap pairing made, every entity
/// only one analyst marked, and every relation, each with what the two did with it.
class ComparisonItems final
{
public:
    enum class Status {
        Agree, ///< the same spans and type (and attributes); for relations, a match
        Boundaries, ///< the same type, other spans
        Type, ///< the same spans, another type; for relations, the same endpoints with another type
        BoundariesAndType,
        Attributes, ///< the same spans and type, other attributes
        OnlyInA,
        OnlyInB,
        Direction, ///< relations: the same type the other way round (not symmetric)
        EndpointUnaligned, ///< relations: an endpoint has no partner on the other side
    };

    struct Item
    {
        bool relation = false;
        Status status = Status::Agree;
        int indexA = -1; ///< into A's entities or relations; -1 if none
        int indexB = -1;
        qsizetype start = 0; ///< code points: where the item begins in the text (for the reading order)
        qsizetype end = 0;
    };

    /// `symmetric`: the relation types compared without direction.
    static std::vector<Item> of(const std::vector<Entity> &a, const std::vector<Relation> &relationsA,
                                const std::vector<Entity> &b, const std::vector<Relation> &relationsB,
                                const QSet<QString> &symmetric);
    static bool isDisagreement(Status status) { return status != Status::Agree; }
    /// "agree", "boundaries", "type", "boundaries_and_type", "attributes", "only_in_A", "only_in_B",
    /// "direction", "endpoint_unaligned": the kinds `hashiya agreement --diagnostics` uses.
    static QString name(Status status);
};

} // namespace Hashiya
