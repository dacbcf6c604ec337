// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/matchcounts.h"

#include <cmath>
#include <limits>

namespace Hashiya {

namespace {

double ratio(qsizetype numerator, qsizetype denominator)
{
    if (denominator == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return double(numerator) / double(denominator);
}

} // namespace

double MatchCounts::precision() const
{
    return ratio(matched, inB);
}

double MatchCounts::recall() const
{
    return ratio(matched, inA);
}

double MatchCounts::f1() const
{
    return ratio(2 * matched, inA + inB);
}

MatchCounts &MatchCounts::operator+=(const MatchCounts &other)
{
    matched += other.matched;
    inA += other.inA;
    inB += other.inB;
    return *this;
}

PrfScores meanSkippingNaN(const std::vector<PrfScores> &scores)
{
    double sums[3] = {0, 0, 0};
    int counts[3] = {0, 0, 0};
    for (const PrfScores &s : scores) {
        const double values[3] = {s.precision, s.recall, s.f1};
        for (int i = 0; i < 3; ++i) {
            if (!std::isnan(values[i])) {
                sums[i] += values[i];
                ++counts[i];
            }
        }
    }
    PrfScores mean;
    double *out[3] = {&mean.precision, &mean.recall, &mean.f1};
    for (int i = 0; i < 3; ++i)
        *out[i] = counts[i] == 0 ? std::numeric_limits<double>::quiet_NaN() : sums[i] / counts[i];
    return mean;
}

} // namespace Hashiya
