// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/codingagreement.h"
#include "agreement/positionlabels.h"

#include <vector>

namespace Hashiya {

/// The positions of a corpus as m analysts labelled them, pooled over its articles: a Cohen tally for each
/// pair and a Fleiss tally for all, each over every position and over the positions marked (labelled
/// other than "<none>" by at least one of the pair, or of all, analysts).
class PositionTallies final
{
public:
    explicit PositionTallies(int analysts);

    /// One article: each analyst's labels as runs over the same positions.
    void add(const std::vector<std::vector<PositionLabels::Run>> &labels);

    enum class Positions { All, Marked };
    /// The tally of analysts a < b.
    const CohenTally &pair(int a, int b, Positions positions) const;
    const FleissTally &everyone(Positions positions) const;

private:
    size_t pairIndex(int a, int b) const;

    int m_analysts;
    std::vector<CohenTally> m_pairs; // all, marked; for each pair in order (0,1), (0,2) … (1,2) …
    FleissTally m_all;
    FleissTally m_marked;
};

} // namespace Hashiya
