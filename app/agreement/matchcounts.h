// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Hashiya {

/// Precision, recall and F1 of one comparison; NaN where a value is undefined (nothing to divide by).
struct PrfScores
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

/// How many items analyst B shares with analyst A, with A as the reference. Counts add up, so documents
/// pool into a corpus by summing them.
struct MatchCounts
{
    qsizetype matched = 0;
    qsizetype inA = 0;
    qsizetype inB = 0;

    double precision() const; ///< matched / |B|
    double recall() const; ///< matched / |A|
    double f1() const; ///< 2·matched / (|A| + |B|): symmetric, equals positive specific agreement
    PrfScores scores() const { return {precision(), recall(), f1()}; }

    MatchCounts &operator+=(const MatchCounts &other);
    friend MatchCounts operator+(MatchCounts a, const MatchCounts &b) { return a += b; }
    friend bool operator==(const MatchCounts &a, const MatchCounts &b) = default;
};

/// The per-document mean of scores, each value averaged over the documents where it is defined (NaN
/// skipped, as INCEpTION does); NaN where no document defines it.
PrfScores meanSkippingNaN(const std::vector<PrfScores> &scores);

} // namespace Hashiya
