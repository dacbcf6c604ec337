// SPDX-License-Identifier: GPL-3.0-or-later
// Krippendorff's α_U: the published worked examples, examples derived by hand as fractions, the special
// cases, and the O(n log n) computation against a plain O(n²) one written from the definitions.
#include "support/catchqt.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <random>

#include "agreement/unitizingalpha.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;
using Unit = UnitizingAlpha::Unit;

namespace {

__extension__ typedef __int128 Wide;

/// The reference: every pair of segments of every ordered pair of raters, every unit against every gap,
/// summed exactly in 128 bits. Written from docs/agreement.md §2c, sharing nothing with the library.
struct Reference
{
    struct Category
    {
        double observed = 0;
        double expected = 0;
        double alpha = 0;
        qint64 units = 0;
    };
    std::vector<Category> categories;
    double alpha = 0;
    qint64 dropped = 0;
};

double specialAlpha(long double observed, long double expected, bool units)
{
    if (!units)
        return std::nan("");
    if (observed == expected)
        return observed == 0 ? 1.0 : 0.0;
    return double(1 - observed / expected);
}

Reference reference(qint64 begin, qint64 length, int raters, int categories, const std::vector<Unit> &units)
{
    struct Span
    {
        qint64 begin;
        qint64 end;
        bool unit;
    };
    Reference out;
    const qint64 end = begin + length;
    long double observedSum = 0;
    long double expectedSum = 0;
    qint64 allUnits = 0;
    for (int category = 0; category < categories; ++category) {
        std::vector<std::vector<Span>> lines(std::size_t(raters), std::vector<Span> {});
        std::vector<qint64> gaps;
        std::vector<qint64> lengths;
        for (int rater = 0; rater < raters; ++rater) {
            std::vector<Span> candidates;
            for (const Unit &unit : units) {
                if (unit.rater != rater || unit.category != category)
                    continue;
                const qint64 b = std::max(unit.begin, begin);
                const qint64 e = std::min(unit.begin + unit.length, end);
                if (e > b)
                    candidates.push_back({b, e, true});
            }
            std::stable_sort(candidates.begin(), candidates.end(), [](const Span &x, const Span &y) {
                return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
            });
            std::vector<Span> kept;
            for (const Span &candidate : candidates) {
                const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Span &k) {
                    return candidate.begin < k.end && k.begin < candidate.end;
                });
                if (overlaps)
                    ++out.dropped;
                else
                    kept.push_back(candidate);
            }
            qint64 position = begin;
            for (const Span &unit : kept) {
                if (unit.begin > position)
                    lines[std::size_t(rater)].push_back({position, unit.begin, false});
                lines[std::size_t(rater)].push_back(unit);
                position = unit.end;
                lengths.push_back(unit.end - unit.begin);
            }
            if (position < end)
                lines[std::size_t(rater)].push_back({position, end, false});
        }
        for (const auto &line : lines)
            for (const Span &span : line)
                if (!span.unit)
                    gaps.push_back(span.end - span.begin);

        Wide distances = 0;
        for (int i = 0; i < raters; ++i)
            for (int j = 0; j < raters; ++j) {
                if (i == j)
                    continue;
                for (const Span &g : lines[std::size_t(i)])
                    for (const Span &h : lines[std::size_t(j)]) {
                        if (g.unit && h.unit && g.begin < h.end && h.begin < g.end)
                            distances +=
                                Wide(g.begin - h.begin) * (g.begin - h.begin) + Wide(g.end - h.end) * (g.end - h.end);
                        else if (g.unit && !h.unit && h.begin <= g.begin && g.end <= h.end)
                            distances += Wide(g.end - g.begin) * (g.end - g.begin);
                        else if (!g.unit && h.unit && g.begin <= h.begin && h.end <= g.end)
                            distances += Wide(h.end - h.begin) * (h.end - h.begin);
                    }
            }
        const Wide nc = Wide(lengths.size());
        Wide numerator = 0;
        Wide squaredLengths = 0;
        for (const qint64 l : lengths) {
            Wide fitting = 0;
            for (const qint64 gap : gaps)
                if (gap >= l)
                    fitting += gap - l + 1;
            numerator += (nc - 1) * (Wide(2) * l * l * l - Wide(3) * l * l + l) / 3 + Wide(l) * l * fitting;
            squaredLengths += Wide(l) * (l - 1);
        }
        const long double m = raters;
        const long double L = static_cast<long double>(length);
        const long double observed = static_cast<long double>(distances) / (m * (m - 1) * L * L);
        const long double expected = 2 / L * static_cast<long double>(numerator)
            / static_cast<long double>(Wide(raters) * length * (Wide(raters) * length - 1) - squaredLengths);
        out.categories.push_back({double(observed), double(expected),
                                  specialAlpha(observed, expected, !lengths.empty()), qint64(lengths.size())});
        observedSum += observed;
        expectedSum += expected;
        allUnits += qint64(lengths.size());
    }
    out.alpha = specialAlpha(observedSum, expectedSum, allUnits > 0);
    return out;
}

bool same(double value, double expected)
{
    if (std::isnan(expected))
        return std::isnan(value);
    return value == Approx(expected).epsilon(1e-9).margin(1e-12);
}

/// Krippendorff 1995, p. 57 (DKPro Statistics, unitizing/Krippendorff1995Test.createExample): four pairs of
/// observers on 24 positions, category A to D, every offset times `stretch`.
std::vector<Unit> krippendorff1995(qint64 stretch)
{
    const std::vector<Unit> units {
        {0, 0, 2, 8},  {0, 0, 14, 6}, {1, 0, 4, 4},  {1, 0, 15, 2}, // A
        {0, 1, 0, 18}, {1, 1, 0, 2},  {1, 1, 2, 1},  {1, 1, 3, 1},  {1, 1, 4, 1},
        {1, 1, 5, 1},  {1, 1, 6, 3},  {1, 1, 9, 1}, // B
        {0, 2, 2, 6},  {0, 2, 10, 2}, {0, 2, 14, 4}, {0, 2, 20, 2}, {1, 2, 0, 2},
        {1, 2, 4, 4},  {1, 2, 10, 4}, {1, 2, 16, 2}, {1, 2, 20, 2}, // C
        {0, 3, 0, 2},  {0, 3, 2, 8},  {0, 3, 10, 4}, {0, 3, 14, 6}, {0, 3, 20, 4},
        {1, 3, 0, 4},  {1, 3, 4, 4},  {1, 3, 8, 7},  {1, 3, 15, 2}, {1, 3, 17, 7}, // D
    };
    std::vector<Unit> stretched = units;
    for (Unit &unit : stretched) {
        unit.begin *= stretch;
        unit.length *= stretch;
    }
    return stretched;
}

} // namespace

TEST_CASE("Unitizing alpha reproduces Krippendorff's (2004) worked example", "[agreement]")
{
    // Krippendorff 2004, p. 254 (DKPro Statistics, unitizing/Krippendorff2004Test.createExample): continuum
    // [150, 450), two observers, categories c (0) and k (1). Published: α_U 0.8591; c: D_O 0.0144,
    // D_E 0.0532, α 0.7286; k: D_O 0, D_E 0.0490, α 1. Exactly, α_U = 0.858665.
    const std::vector<Unit> units {
        {0, 0, 225, 70}, {0, 0, 370, 30}, {1, 0, 220, 80}, {1, 0, 355, 20}, {1, 0, 400, 20},
        {0, 1, 180, 60}, {0, 1, 300, 50}, {1, 1, 180, 60}, {1, 1, 300, 50},
    };
    const UnitizingAlpha::Result result = UnitizingAlpha::compute(150, 300, 2, 2, units);
    CHECK(result.alpha == Approx(0.8591).margin(0.0005));
    CHECK(result.alpha == Approx(0.858665).margin(1e-6));
    CHECK(result.undefinedReason.isEmpty());
    REQUIRE(result.categories.size() == 2);
    CHECK(result.categories[0].observed == Approx(0.0144).margin(0.0001));
    CHECK(result.categories[0].expected == Approx(0.0532).margin(0.0001));
    CHECK(result.categories[0].alpha == Approx(0.7286).margin(0.0001));
    CHECK(result.categories[0].units == 5);
    CHECK(result.categories[1].observed == 0);
    CHECK(result.categories[1].expected == Approx(0.0490).margin(0.0001));
    CHECK(result.categories[1].alpha == 1);
    CHECK(result.droppedOverlaps == 0);
}

TEST_CASE("Unitizing alpha reproduces Krippendorff's (1995) four pairs of observers", "[agreement]")
{
    // D_O is published exactly. D_E and α are published for a continuum fine enough to be continuous: DKPro
    // stretches the 24 positions by 50,000 and checks them within 0.005 and 0.02.
    const UnitizingAlpha::Result coarse = UnitizingAlpha::compute(0, 24, 2, 4, krippendorff1995(1));
    REQUIRE(coarse.categories.size() == 4);
    CHECK(coarse.categories[0].observed == Approx(0.03125).margin(0.00001));
    CHECK(coarse.categories[1].observed == Approx(2.26736).margin(0.00001));
    CHECK(coarse.categories[2].observed == Approx(0.02777).margin(0.00001));
    CHECK(coarse.categories[3].observed == Approx(0.38715).margin(0.00001));

    const qint64 stretch = 50'000;
    const UnitizingAlpha::Result fine = UnitizingAlpha::compute(0, 24 * stretch, 2, 4, krippendorff1995(stretch));
    CHECK(fine.categories[0].expected == Approx(0.06990).margin(0.005));
    CHECK(fine.categories[1].expected == Approx(1.17731).margin(0.005));
    CHECK(fine.categories[2].expected == Approx(0.08642).margin(0.005));
    CHECK(fine.categories[3].expected == Approx(0.41445).margin(0.005));
    CHECK(fine.categories[0].alpha == Approx(0.553).margin(0.02));
    CHECK(fine.categories[1].alpha == Approx(-0.926).margin(0.02));
    CHECK(fine.categories[2].alpha == Approx(0.679).margin(0.02));
    CHECK(fine.categories[3].alpha == Approx(0.066).margin(0.02));
    // D_O does not depend on the stretch.
    CHECK(fine.categories[2].observed == Approx(0.02777).margin(0.00001));

    // Category C at stretches 1/2, 5 and 50 (DKPro testVaryingLengths): D_E tends to its continuous value.
    const std::vector<std::pair<qint64, double>> expectedC {{5, 0.08234}, {50, 0.08600}, {500, 0.08638}};
    for (const auto &[factor, value] : expectedC) {
        const UnitizingAlpha::Result stretched =
            UnitizingAlpha::compute(0, 24 * factor, 2, 4, krippendorff1995(factor));
        INFO("stretch " << factor);
        CHECK(stretched.categories[2].observed == Approx(0.02777).margin(0.00001));
        CHECK(stretched.categories[2].expected == Approx(value).margin(0.005));
    }
}

TEST_CASE("Unitizing alpha of the worked example in the agreement notes", "[agreement]")
{
    // L = 10, one category, A = [2,6), B = [3,6).
    // D_O = 2·((2 − 3)² + (6 − 6)²)/(2·1·10²) = 1/100.
    // D_E: N_c = 2, gaps {2, 4} of A and {3, 4} of B.
    //   length 4: 1·(128 − 48 + 4)/3 + 16·(0 + 1 + 0 + 1) = 28 + 32 = 60;
    //   length 3: 1·(54 − 27 + 3)/3 + 9·(0 + 2 + 1 + 2) = 10 + 45 = 55;
    //   D_E = (2/10)·115/(2·10·19 − (12 + 6)) = 23/362.
    // α_U = 1 − (1/100)/(23/362) = 1 − 0.01·362/23 = 969/1150.
    const UnitizingAlpha::Result result = UnitizingAlpha::compute(0, 10, 2, 1, {{0, 0, 2, 4}, {1, 0, 3, 3}});
    REQUIRE(result.categories.size() == 1);
    CHECK(result.categories[0].observed == Approx(1.0 / 100).margin(1e-9));
    CHECK(result.categories[0].expected == Approx(23.0 / 362).margin(1e-9));
    CHECK(result.alpha == Approx(1 - 0.01 * 362 / 23).margin(1e-9));
    CHECK(result.alpha == Approx(969.0 / 1150).margin(1e-9));
    CHECK(result.categories[0].alpha == Approx(result.alpha).margin(1e-12));
}

TEST_CASE("Unitizing alpha of three raters and two categories equals its value derived by hand", "[agreement]")
{
    // L = 10, m = 3, so m(m−1)L² = 600 and mL(mL−1) = 870.
    // Category 0: R0 [1,4), R1 [1,4), R2 [2,4). Gaps: {1, 6}, {1, 6}, {2, 6}.
    //   D_O: R0–R2 and R1–R2 each (1 − 2)² + (4 − 4)² = 1, both orders: 4/600 = 1/150.
    //   D_E: length 3 (twice): 2·30/3 + 9·(4 + 4 + 4) = 128; length 2: 2·6/3 + 4·(1 + 5 + 5 + 5) = 68;
    //        (2/10)·(2·128 + 68)/(870 − (6 + 6 + 2)) = (2/10)·324/856 = 81/1070.
    //   α_0 = 1 − (1/150)/(81/1070) = 1108/1215.
    // Category 1: R0 [6,9), R1 [6,8), R2 none. Gaps: {6, 1}, {6, 2}, {10}.
    //   D_O: R0–R1 units (0)² + (9 − 8)² = 1; R0's unit inside R2's gap 3² = 9; R1's unit inside it 2² = 4;
    //        both orders: 28/600 = 7/150.
    //   D_E: length 3: 1·30/3 + 9·(4 + 4 + 8) = 154; length 2: 1·6/3 + 4·(1 + 5 + 5 + 9) = 82;
    //        (2/10)·236/(870 − (6 + 2)) = 118/2155.
    //   α_1 = 1 − (7/150)/(118/2155) = 523/3540.
    // α_U = 1 − (1/150 + 7/150)/(81/1070 + 118/2155) = 1 − (4/75)/(60163/461170) = 533509/902445.
    const std::vector<Unit> units {
        {0, 0, 1, 3}, {1, 0, 1, 3}, {2, 0, 2, 2}, {0, 1, 6, 3}, {1, 1, 6, 2},
    };
    const UnitizingAlpha::Result result = UnitizingAlpha::compute(0, 10, 3, 2, units);
    REQUIRE(result.categories.size() == 2);
    CHECK(result.categories[0].observed == Approx(1.0 / 150).margin(1e-9));
    CHECK(result.categories[0].expected == Approx(81.0 / 1070).margin(1e-9));
    CHECK(result.categories[0].alpha == Approx(1108.0 / 1215).margin(1e-9));
    CHECK(result.categories[1].observed == Approx(7.0 / 150).margin(1e-9));
    CHECK(result.categories[1].expected == Approx(118.0 / 2155).margin(1e-9));
    CHECK(result.categories[1].alpha == Approx(523.0 / 3540).margin(1e-9));
    CHECK(result.alpha == Approx(533509.0 / 902445).margin(1e-9));
    // The same study shifted along the continuum, in another order, gives the same values.
    std::vector<Unit> shifted(units.rbegin(), units.rend());
    for (Unit &unit : shifted)
        unit.begin += 1000;
    CHECK(UnitizingAlpha::compute(1000, 10, 3, 2, shifted).alpha == Approx(533509.0 / 902445).margin(1e-9));
}

TEST_CASE("Unitizing alpha is undefined without units and perfect without disagreement", "[agreement]")
{
    const UnitizingAlpha::Result none = UnitizingAlpha::compute(0, 100, 2, 3, {});
    CHECK(std::isnan(none.alpha));
    CHECK(none.undefinedReason == u"no units"_s);
    REQUIRE(none.categories.size() == 3);
    CHECK(std::isnan(none.categories[1].alpha));

    // Only empty units, and units outside the continuum: nothing left.
    const UnitizingAlpha::Result outside =
        UnitizingAlpha::compute(10, 5, 2, 1, {{0, 0, 12, 0}, {1, 0, 0, 10}, {1, 0, 15, 3}});
    CHECK(std::isnan(outside.alpha));
    CHECK(outside.undefinedReason == u"no units"_s);

    // Both raters cover every position with units of length 1: no gap, so D_E = 0 as well as D_O = 0.
    const UnitizingAlpha::Result full =
        UnitizingAlpha::compute(0, 2, 2, 1, {{0, 0, 0, 1}, {0, 0, 1, 1}, {1, 0, 0, 1}, {1, 0, 1, 1}});
    CHECK(full.categories[0].observed == 0);
    CHECK(full.categories[0].expected == 0);
    CHECK(full.alpha == 1);
    CHECK(full.categories[0].alpha == 1);

    // A category nobody used is NaN on its own and changes nothing overall.
    const UnitizingAlpha::Result unused = UnitizingAlpha::compute(0, 10, 2, 2, {{0, 0, 2, 4}, {1, 0, 3, 3}});
    CHECK(std::isnan(unused.categories[1].alpha));
    CHECK(unused.categories[1].units == 0);
    CHECK(unused.alpha == Approx(969.0 / 1150).margin(1e-9));

    CHECK(UnitizingAlpha::compute(0, 10, 1, 1, {{0, 0, 2, 4}}).undefinedReason == u"fewer than two raters"_s);
    CHECK(UnitizingAlpha::compute(0, 0, 2, 1, {{0, 0, 2, 4}}).undefinedReason == u"empty continuum"_s);
}

TEST_CASE("Unitizing alpha keeps the earliest, longest of overlapping units and counts the others", "[agreement]")
{
    // Rater 0 has [2,5) and [2,6) and [4,8) of category 0: [2,6) is kept, the other two dropped; [6,7) does
    // not overlap what was kept and stays. Category 1 and rater 1 overlap rater 0's units freely.
    const std::vector<Unit> units {
        {0, 0, 4, 4}, {0, 0, 2, 3}, {0, 0, 2, 4}, {0, 0, 6, 1}, {0, 1, 3, 5}, {1, 0, 2, 4}, {1, 0, 6, 1},
    };
    const UnitizingAlpha::Result result = UnitizingAlpha::compute(0, 10, 2, 2, units);
    CHECK(result.droppedOverlaps == 2);
    CHECK(result.categories[0].units == 4);
    CHECK(result.categories[0].observed == 0); // what is left of rater 0 is what rater 1 did
    CHECK(result.categories[0].alpha == 1);
    CHECK(result.categories[1].units == 1);
}

TEST_CASE("Unitizing alpha equals the plain O(n²) computation on hundreds of random studies", "[agreement]")
{
    std::mt19937_64 random(20240611);
    auto uniform = [&](qint64 low, qint64 high) {
        return std::uniform_int_distribution<qint64>(low, high)(random);
    };
    int compared = 0;
    qint64 droppedSeen = 0;
    for (int study = 0; study < 400; ++study) {
        const int raters = int(uniform(2, 4));
        const int categories = int(uniform(1, 3));
        const qint64 begin = uniform(-5, 5);
        const qint64 length = uniform(1, 40);
        std::vector<Unit> units;
        for (int rater = 0; rater < raters; ++rater)
            for (int category = 0; category < categories; ++category) {
                const qint64 count = uniform(0, 6);
                for (qint64 i = 0; i < count; ++i) // some start outside the continuum, some are empty
                    units.push_back({rater, category, uniform(begin - 3, begin + length + 1), uniform(0, 12)});
            }
        std::shuffle(units.begin(), units.end(), random);
        const Reference expected = reference(begin, length, raters, categories, units);
        const UnitizingAlpha::Result result = UnitizingAlpha::compute(begin, length, raters, categories, units);
        INFO("study " << study << ": " << raters << " raters, " << categories << " categories, [" << begin << ", "
                      << begin + length << "), " << units.size() << " units");
        CHECK(result.droppedOverlaps == expected.dropped);
        CHECK(same(result.alpha, expected.alpha));
        REQUIRE(result.categories.size() == expected.categories.size());
        for (std::size_t c = 0; c < expected.categories.size(); ++c) {
            INFO("category " << c);
            CHECK(result.categories[c].units == expected.categories[c].units);
            CHECK(same(result.categories[c].observed, expected.categories[c].observed));
            CHECK(same(result.categories[c].expected, expected.categories[c].expected));
            CHECK(same(result.categories[c].alpha, expected.categories[c].alpha));
        }
        droppedSeen += expected.dropped;
        ++compared;
    }
    CHECK(compared == 400);
    CHECK(droppedSeen > 100); // overlaps were exercised
}

TEST_CASE("Unitizing alpha stays exact where the sums pass 2^63", "[agreement]")
{
    // Units up to 10⁸ long on a continuum of 4·10¹¹: l³ alone is 10²⁴. Compared with the reference's exact
    // 128-bit sums.
    std::mt19937_64 random(7);
    auto uniform = [&](qint64 low, qint64 high) {
        return std::uniform_int_distribution<qint64>(low, high)(random);
    };
    const qint64 length = 400'000'000'000;
    std::vector<Unit> units;
    for (int rater = 0; rater < 3; ++rater)
        for (int category = 0; category < 2; ++category) {
            qint64 position = uniform(0, 100'000'000);
            for (int i = 0; i < 700; ++i) {
                const qint64 unitLength = uniform(1, 100'000'000);
                units.push_back({rater, category, position, unitLength});
                position += unitLength + uniform(0, 400'000'000);
            }
        }
    const Reference expected = reference(0, length, 3, 2, units);
    const UnitizingAlpha::Result result = UnitizingAlpha::compute(0, length, 3, 2, units);
    CHECK(result.droppedOverlaps == 0);
    CHECK(same(result.alpha, expected.alpha));
    for (std::size_t c = 0; c < 2; ++c) {
        CHECK(result.categories[c].observed == Approx(expected.categories[c].observed).epsilon(1e-12));
        CHECK(result.categories[c].expected == Approx(expected.categories[c].expected).epsilon(1e-12));
    }
}

TEST_CASE("Unitizing alpha of two raters with 10^5 units each takes well under half a second", "[agreement]")
{
    // A corpus laid end to end: 2·10⁷ code points, 10 categories, rater 1 a shifted copy of rater 0 with
    // one unit in ten in another category.
    std::mt19937_64 random(11);
    auto uniform = [&](qint64 low, qint64 high) {
        return std::uniform_int_distribution<qint64>(low, high)(random);
    };
    const qint64 length = 20'000'000;
    std::vector<Unit> units;
    qint64 position = 0;
    while (units.size() < 200'000) {
        const qint64 unitLength = uniform(1, 40);
        const int category = int(uniform(0, 9));
        units.push_back({0, category, position, unitLength});
        const int other = uniform(0, 9) == 0 ? int(uniform(0, 9)) : category;
        units.push_back({1, other, position + uniform(-2, 2), unitLength + uniform(-2, 2)});
        position += unitLength + uniform(20, 330);
    }
    REQUIRE(position < length);
    QElapsedTimer timer;
    timer.start();
    const UnitizingAlpha::Result result = UnitizingAlpha::compute(0, length, 2, 10, units);
    const qint64 elapsed = timer.elapsed();
    INFO("alpha_U of 2 x 10^5 units on 2*10^7 code points, 10 categories: " << elapsed << " ms");
    CHECK(elapsed < 500);
    CHECK(result.alpha > 0.5);
    CHECK(result.alpha < 1);
}
