// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/relation.h"

#include <QSet>
#include <QString>

#include <vector>

namespace Hashiya {

/// One article as three or more analysts annotated it, item by item in reading order: every entity (the
/// same spans and type) and every relation (the same type between such entities; symmetric types either
/// way round) with the set of analysts that marked it. "In all" with the same attributes is complete
/// agreement; anything else is a disagreement the compare view walks. The agreement report's "entities
/// marked alike" counts these entities by their analyst sets.
class PresenceItems final
{
public:
    struct Side
    {
        const std::vector<Entity> &entities;
        const std::vector<Relation> &relations;
    };

    struct Item
    {
        bool relation = false;
        quint64 analysts = 0; ///< bit k: analyst k marked it (at most 64 analysts are told apart)
        bool attributesDiffer = false; ///< some of those who marked it gave it other attributes
        std::vector<int> index; ///< per analyst: into its entities or relations; −1 where it has none
        qsizetype start = 0; ///< code points, for the reading order
        qsizetype end = 0;
    };

    static std::vector<Item> of(const std::vector<Side> &sides, const QSet<QString> &symmetric);

    /// Every analyst of `count` marked it, alike.
    static bool isComplete(const Item &item, int count);
    /// The bits of all `count` analysts.
    static quint64 everyone(int count) { return count >= 64 ? ~quint64(0) : (quint64(1) << count) - 1; }
    /// An analyst's letter, as reports and the compare view name them: A, B, C … (A27 from the 27th on).
    static QString letter(int analyst);
    /// The letters of the analysts among `count` in `analysts`, joined by ", ".
    static QString letters(quint64 analysts, int count);
    /// "type start-end …": what makes two analysts' entities the same item.
    static QString entityKey(const Entity &entity);
};

} // namespace Hashiya
