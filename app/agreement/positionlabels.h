// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

namespace Hashiya {

/// What covers each position of a text in one analyst's annotation, for κ on positions: the sorted set of
/// the types of the entities that cover it ("ORG", "LOC|ORG"), or "<none>". Positions are code points, or
/// tokens (each labelled with every type that overlaps it). Labels come as runs, so a 3 KB article costs a
/// few dozen runs, not three thousand labels.
class PositionLabels final
{
public:
    /// Label names and their numbers, shared by every analyst and article of a study: 0 is "<none>".
    class Categories
    {
    public:
        Categories();
        int of(const QStringList &sortedTypes);
        QString name(int category) const { return m_names.at(category); }
        /// The types a category stands for (none for 0).
        const QStringList &types(int category) const { return m_types.at(category); }
        int count() const { return int(m_names.size()); }

    private:
        QStringList m_names;
        std::vector<QStringList> m_types;
        QHash<QString, int> m_numbers;
    };

    struct Run
    {
        qsizetype length = 0;
        int category = 0;
    };

    /// The code points [0, length) labelled by `entities` (only those whose type is in `types`, unless it
    /// is empty), as runs that add up to `length`.
    static std::vector<Run> ofCodePoints(qsizetype length, const std::vector<Entity> &entities,
                                         const QSet<QString> &types, Categories &categories);
    /// Each token (code point ranges, in order, not overlapping) labelled with every type whose runs
    /// overlap it; one run of length 1 per token.
    static std::vector<Run> ofTokens(const std::vector<std::pair<qsizetype, qsizetype>> &tokens,
                                     const std::vector<Run> &codePoints, Categories &categories);
};

} // namespace Hashiya
