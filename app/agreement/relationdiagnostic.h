// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hashiya {

/// What became of one relation (or of an A–B pair of relations) when two analysts' relations are compared.
struct RelationDiagnostic
{
    enum class Kind {
        Match, ///< both sides, same type, same aligned endpoints
        TypeMismatch, ///< both sides, same aligned endpoints (either way round), other types
        DirectionMismatch, ///< both sides, same type, endpoints reversed, and the type is not symmetric
        EndpointUnaligned, ///< one side only: an endpoint has no aligned partner on the other side
        MissingInB, ///< A's, endpoints aligned, nothing in B there
        ExtraInB, ///< B's, endpoints aligned, nothing in A there
    };

    Kind kind = Kind::Match;
    int indexA = -1; ///< into A's relations, -1 if the diagnostic has no A side
    int indexB = -1;
    QString idA;
    QString typeA;
    QString idB;
    QString typeB;

    /// "match", "type_mismatch", "direction_mismatch", "endpoint_unaligned", "missing_in_B" or "extra_in_B".
    static QString kindName(Kind kind);
    friend bool operator==(const RelationDiagnostic &a, const RelationDiagnostic &b) = default;
};

} // namespace Hashiya
