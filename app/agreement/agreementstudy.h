// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/analystcopies.h"
#include "agreement/attributeagreement.h"
#include "agreement/codingagreement.h"
#include "agreement/matchcounts.h"
#include "agreement/spanscores.h"
#include "agreement/typedcounts.h"
#include "agreement/unitizingalpha.h"
#include "model/problem.h"

#include <QSet>
#include <QStringList>

#include <array>
#include <functional>
#include <map>
#include <vector>

namespace Hashiya {

/// How far two or more analysts agree over one corpus, one folder each: everything `hashiya agreement`
/// reports, pooled over the articles every copy holds. Reads the copies on the worker pool and never
/// writes. docs/agreement.md defines each figure.
class AgreementStudy final
{
public:
    struct Settings
    {
        QStringList folders; ///< one per analyst, at least two
        QSet<QString> entityTypes; ///< only these (and relations between them); empty: all
        QSet<QString> symmetricRelationTypes; ///< compared without direction
    };

    /// κ over every position, and over the positions some analyst marked.
    struct Kappa
    {
        CodingResult all;
        CodingResult marked;
    };

    /// Two analysts, a < b.
    struct Pair
    {
        int a = 0;
        int b = 1;
        std::array<SpanScores, 4> entities; ///< in SpanMatchRule::all() order
        PrfScores meanArticleExactTyped; ///< the per-article mean, NaN skipped
        TypedCounts relationsAll;
        TypedCounts relationsComparable;
        MatchCounts linksAll;
        MatchCounts linksComparable;
        CodingResult relationTypes; ///< κ over aligned endpoint pairs
        AttributeAgreement entityAttributes; ///< over exact-typed pairs
        AttributeAgreement relationAttributes;
        Kappa codePoints;
        Kappa tokens;
        QMap<QString, qsizetype> disagreements; ///< per kind (see Disagreement)
    };

    /// One row of the diagnostics: an entity or relation the two analysts did not agree on.
    struct Disagreement
    {
        QString article;
        int a = 0;
        int b = 1;
        /// Entities: only_in_A, only_in_B, type, boundaries, boundaries_and_type, attributes;
        /// relations: type_mismatch, direction_mismatch, endpoint_unaligned, missing_in_B, extra_in_B.
        QString kind;
        QString idA, typeA, textA;
        QString idB, typeB, textB;
        qsizetype start = -1; ///< code points, of A's item if it has one, else B's (entities)
        qsizetype end = -1;
    };

    struct Result
    {
        Settings settings;
        qsizetype articles = 0; ///< compared
        /// Articles some copies lack, with the analysts that lack them.
        std::vector<std::pair<QString, std::vector<int>>> partial;
        Problems problems; ///< articles left out, and why
        std::vector<Pair> pairs;
        Kappa fleissCodePoints; ///< all analysts; with two, Scott's π
        Kappa fleissTokens;
        /// Entities by who marked them (the same spans and type): the analysts as bits (1 << analyst) →
        /// how many entities exactly those analysts marked. Complete agreement is the key with every bit.
        std::map<quint64, qsizetype> presence;
        UnitizingAlpha::Result alphaU; ///< all analysts, the articles laid end to end, categories = types
        QStringList alphaCategories; ///< the types, by category number
        std::vector<Disagreement> disagreements;
    };

    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    static Result run(const Settings &settings, const Progress &progress = {});
};

} // namespace Hashiya
