// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/unitizingalpha.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Hashiya {

namespace {

// Clipping compares offsets that may lie far outside the continuum.
__extension__ typedef __int128 Wide;

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

/// One stretch of one rater's continuum for one category: a unit of the category, or a gap between two.
/// The segments of a rater partition the continuum, which is what lets two raters be compared in one sweep.
struct Segment
{
    qint64 begin = 0;
    qint64 end = 0;
    bool unit = false;
};

long double square(qint64 value)
{
    const auto wide = static_cast<long double>(value);
    return wide * wide;
}

/// δ² of two overlapping segments of different raters (Krippendorff 2004; DKPro measureDistance).
long double distance(const Segment &a, const Segment &b)
{
    if (a.unit && b.unit)
        return square(a.begin - b.begin) + square(a.end - b.end);
    if (a.unit && !b.unit && b.begin <= a.begin && a.end <= b.end)
        return square(a.end - a.begin);
    if (!a.unit && b.unit && a.begin <= b.begin && b.end <= a.end)
        return square(b.end - b.begin);
    return 0;
}

/// Σ δ² over the overlapping segment pairs of two raters: each pair overlaps once, in one merge-like pass.
long double sweep(const std::vector<Segment> &first, const std::vector<Segment> &second)
{
    long double sum = 0;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < first.size() && j < second.size()) {
        const Segment &a = first[i];
        const Segment &b = second[j];
        sum += distance(a, b);
        if (a.end <= b.end)
            ++i;
        if (b.end <= a.end)
            ++j;
    }
    return sum;
}

/// α from D_O and D_E with DKPro's special cases: equal disagreements give 0, except that none at all
/// (with units present) is perfect agreement.
double alphaOf(long double observed, long double expected)
{
    if (observed == expected)
        return observed == 0 ? 1.0 : 0.0;
    if (expected == 0)
        return notANumber; // D_E = 0 forces D_O = 0 (every rater covers every position), so never reached
    return static_cast<double>(1 - observed / expected);
}

} // namespace

UnitizingAlpha::Result UnitizingAlpha::compute(qint64 begin, qint64 length, int raters, int categories,
                                               std::vector<Unit> units)
{
    Result result;
    result.categories.resize(std::size_t(std::max(categories, 0)));
    for (Category &category : result.categories)
        category.alpha = notANumber;
    result.alpha = notANumber;
    if (raters < 2) {
        result.undefinedReason = tr("fewer than two raters");
        return result;
    }
    if (length <= 0) {
        result.undefinedReason = tr("empty continuum");
        return result;
    }
    const qint64 end = begin + length;

    // Clip to the continuum, then drop what cannot take part.
    std::erase_if(units, [&](Unit &unit) {
        if (unit.rater < 0 || unit.rater >= raters || unit.category < 0 || unit.category >= categories)
            return true;
        const Wide clippedBegin = std::max<Wide>(unit.begin, begin);
        const Wide clippedEnd = std::min<Wide>(Wide(unit.begin) + unit.length, end);
        if (clippedEnd <= clippedBegin)
            return true;
        unit.begin = qint64(clippedBegin);
        unit.length = qint64(clippedEnd - clippedBegin);
        return false;
    });
    // By category, rater, begin, and the longest first: the order in which overlaps are resolved.
    std::sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) {
        if (a.category != b.category)
            return a.category < b.category;
        if (a.rater != b.rater)
            return a.rater < b.rater;
        if (a.begin != b.begin)
            return a.begin < b.begin;
        return a.length > b.length;
    });

    const auto m = static_cast<long double>(raters);
    const auto l = static_cast<long double>(length);
    std::vector<std::vector<Segment>> segments(std::size_t(raters), std::vector<Segment> {});
    std::vector<qint64> gaps;
    std::vector<qint64> unitLengths;
    std::vector<Wide> gapSums; // gapSums[i] = Σ gaps[i…]
    long double observedSum = 0;
    long double expectedSum = 0;
    qint64 totalUnits = 0;

    auto unitAt = units.cbegin();
    for (int category = 0; category < categories; ++category) {
        for (std::vector<Segment> &rater : segments)
            rater.clear();
        gaps.clear();
        unitLengths.clear();
        for (int rater = 0; rater < raters; ++rater) {
            std::vector<Segment> &line = segments[std::size_t(rater)];
            qint64 position = begin;
            for (; unitAt != units.cend() && unitAt->category == category && unitAt->rater == rater; ++unitAt) {
                if (unitAt->begin < position) { // overlaps the unit kept before it
                    ++result.droppedOverlaps;
                    continue;
                }
                if (unitAt->begin > position) {
                    line.push_back({position, unitAt->begin, false});
                    gaps.push_back(unitAt->begin - position);
                }
                position = unitAt->begin + unitAt->length;
                line.push_back({unitAt->begin, position, true});
                unitLengths.push_back(unitAt->length);
            }
            if (position < end) {
                line.push_back({position, end, false});
                gaps.push_back(end - position);
            }
        }
        Category &out = result.categories[std::size_t(category)];
        out.units = qint64(unitLengths.size());
        totalUnits += out.units;
        if (unitLengths.empty())
            continue; // D_O = D_E = 0: adds nothing to either mean

        // D_O(c) = Σ_{i≠j} Σ δ² / (m(m−1)L²); δ² is symmetric, so each unordered pair counts twice.
        long double observed = 0;
        for (int first = 0; first < raters; ++first)
            for (int second = first + 1; second < raters; ++second)
                observed += 2 * sweep(segments[std::size_t(first)], segments[std::size_t(second)]);
        observed /= m * (m - 1) * l * l;

        // D_E(c): for each unit of length λ, Σ over gaps g of max(0, l_g − λ + 1) is, over the gaps with
        // l_g ≥ λ, (Σ l_g) − count·(λ − 1); sorted gaps and suffix sums give it in O(log n).
        std::sort(gaps.begin(), gaps.end());
        gapSums.assign(gaps.size() + 1, 0);
        for (std::size_t i = gaps.size(); i-- > 0;)
            gapSums[i] = gapSums[i + 1] + gaps[i];
        const auto nc = static_cast<long double>(unitLengths.size());
        long double numerator = 0;
        long double squaredLengths = 0; // Σ λ(λ − 1)
        for (const qint64 unitLength : unitLengths) {
            const auto first = std::size_t(std::lower_bound(gaps.begin(), gaps.end(), unitLength) - gaps.begin());
            const Wide fitting = gapSums[first] - Wide(gaps.size() - first) * (unitLength - 1);
            const auto lambda = static_cast<long double>(unitLength);
            numerator += (nc - 1) * lambda * (lambda - 1) * (2 * lambda - 1) / 3
                + lambda * lambda * static_cast<long double>(fitting);
            squaredLengths += lambda * (lambda - 1);
        }
        const long double expected = 2 / l * numerator / (m * l * (m * l - 1) - squaredLengths);

        out.observed = static_cast<double>(observed);
        out.expected = static_cast<double>(expected);
        out.alpha = alphaOf(observed, expected);
        observedSum += observed;
        expectedSum += expected;
    }

    if (totalUnits == 0) {
        result.undefinedReason = tr("no units");
        return result;
    }
    // 1 − mean D_O / mean D_E: the means share their denominator (DKPro divides by the categories that
    // have units; one without adds 0 to both sums), so the sums give the same ratio.
    result.alpha = alphaOf(observedSum, expectedSum);
    return result;
}

} // namespace Hashiya
