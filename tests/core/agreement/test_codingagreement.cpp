// SPDX-License-Identifier: GPL-3.0-or-later
// Cohen's and Fleiss' κ on tallies: the published worked examples, small tables derived by hand as
// fractions, the undefined cases, and pooling.
#include "support/catchqt.h"

#include <cmath>

#include "agreement/codingagreement.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

struct Cell
{
    int a;
    int b;
    qint64 count;
};

CohenTally cohenTally(std::initializer_list<Cell> cells)
{
    CohenTally tally;
    for (const Cell &cell : cells)
        REQUIRE(tally.add(cell.a, cell.b, cell.count));
    return tally;
}

/// One item per row; each row lists the category every rater chose (as DKPro's studies are written).
FleissTally fleissTally(int raters, std::initializer_list<std::initializer_list<int>> items)
{
    FleissTally tally(raters);
    for (const auto &item : items) {
        std::vector<int> counts;
        for (const int category : item) {
            if (std::size_t(category) >= counts.size())
                counts.resize(std::size_t(category) + 1, 0);
            ++counts[std::size_t(category)];
        }
        REQUIRE(tally.add(counts));
    }
    return tally;
}

/// Two raters' labels, item by item, as a Cohen tally.
CohenTally pairs(const std::vector<int> &a, const std::vector<int> &b)
{
    REQUIRE(a.size() == b.size());
    CohenTally tally;
    for (std::size_t i = 0; i < a.size(); ++i)
        tally.add(a[i], b[i]);
    return tally;
}

/// The same two raters' labels as a Fleiss tally with m = 2.
FleissTally pairsForFleiss(const std::vector<int> &a, const std::vector<int> &b)
{
    FleissTally tally(2);
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::vector<int> counts(std::size_t(std::max(a[i], b[i]) + 1), 0);
        ++counts[std::size_t(a[i])];
        ++counts[std::size_t(b[i])];
        tally.add(counts);
    }
    return tally;
}

/// Scott's π from a Cohen table, written out independently: Pe from the pooled marginals of both raters.
double scottPi(const CohenTally &tally)
{
    const double n = double(tally.items());
    double agreeing = 0;
    double expected = 0;
    for (int k = 0; k < tally.categoryCount(); ++k) {
        agreeing += double(tally.count(k, k));
        double pooled = 0;
        for (int other = 0; other < tally.categoryCount(); ++other)
            pooled += double(tally.count(k, other) + tally.count(other, k));
        expected += (pooled / (2 * n)) * (pooled / (2 * n));
    }
    return (agreeing / n - expected) / (1 - expected);
}

} // namespace

TEST_CASE("Cohen's kappa reproduces Cohen's (1960) two worked examples", "[agreement]")
{
    // Cohen 1960, p. 37 (DKPro Statistics, Cohen1960Test.createExample1): Po 0.29, Pe 0.35.
    const CohenTally first = cohenTally(
        {{1, 1, 25}, {1, 2, 12}, {1, 3, 3}, {2, 1, 13}, {2, 2, 2}, {2, 3, 15}, {3, 1, 12}, {3, 2, 16}, {3, 3, 2}});
    const CodingResult one = CodingAgreement::cohen(first);
    CHECK(one.items == 100);
    CHECK(one.observed == Approx(0.29).margin(0.01));
    CHECK(one.expected == Approx(0.35).margin(0.01));
    CHECK(one.value == Approx((0.29 - 0.35) / (1 - 0.35)).margin(1e-12)); // below chance
    CHECK(one.undefinedReason.isEmpty());

    // Cohen 1960, p. 45 (createExample2): Po 0.70, Pe 0.41, κ 0.492.
    const CohenTally second = cohenTally(
        {{1, 1, 88}, {1, 2, 14}, {1, 3, 18}, {2, 1, 10}, {2, 2, 40}, {2, 3, 10}, {3, 1, 2}, {3, 2, 6}, {3, 3, 12}});
    const CodingResult two = CodingAgreement::cohen(second);
    CHECK(two.items == 200);
    CHECK(two.observed == Approx(0.70).margin(0.01));
    CHECK(two.expected == Approx(0.41).margin(0.01));
    CHECK(two.value == Approx(0.492).margin(0.001));
}

TEST_CASE("Fleiss' kappa reproduces Fleiss's (1971) table of 30 subjects and 6 raters", "[agreement]")
{
    // Fleiss 1971, p. 379 (DKPro Statistics, Fleiss1971Test.createExample): Po 0.5556, Pe 0.2201, κ 0.430.
    const FleissTally tally = fleissTally(
        6, {{4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
            {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
            {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
            {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
            {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
            {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}});
    const CodingResult result = CodingAgreement::fleiss(tally);
    CHECK(result.items == 30);
    CHECK(result.observed == Approx(0.5556).margin(0.001));
    CHECK(result.expected == Approx(0.2201).margin(0.001));
    CHECK(result.value == Approx(0.430).margin(0.001));
}

TEST_CASE("Cohen's kappa and Scott's pi reproduce Krippendorff's (1995) digitized pairs", "[agreement]")
{
    // Krippendorff 1995, p. 57, the four pairs of observers read position by position (DKPro Statistics,
    // unitizing/Krippendorff1995Test.testDigitizedAgreement): κ 0.385, 0.385, 0.314; π 0.314 each; the
    // fourth pair marks every position, so neither is defined.
    const std::vector<int> bertha {0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0};
    const std::vector<int> bill {0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    CHECK(CodingAgreement::cohen(pairs(bertha, bill)).value == Approx(0.385).margin(0.001));
    CHECK(CodingAgreement::fleiss(pairsForFleiss(bertha, bill)).value == Approx(0.314).margin(0.001));

    std::vector<int> john(24, 1);
    std::fill(john.begin() + 18, john.end(), 0);
    std::vector<int> jill(24, 1);
    std::fill(jill.begin() + 10, jill.end(), 0);
    CHECK(CodingAgreement::cohen(pairs(john, jill)).value == Approx(0.385).margin(0.001));
    CHECK(CodingAgreement::fleiss(pairsForFleiss(john, jill)).value == Approx(0.314).margin(0.001));

    const std::vector<int> gerret {0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0};
    const std::vector<int> gill {1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0};
    CHECK(CodingAgreement::cohen(pairs(gerret, gill)).value == Approx(0.314).margin(0.001));
    CHECK(CodingAgreement::fleiss(pairsForFleiss(gerret, gill)).value == Approx(0.314).margin(0.001));

    const std::vector<int> everywhere(24, 1);
    const CodingResult heatherHill = CodingAgreement::cohen(pairs(everywhere, everywhere));
    CHECK(std::isnan(heatherHill.value));
    CHECK(heatherHill.undefinedReason == u"every item in one category"_s);
    CHECK(std::isnan(CodingAgreement::fleiss(pairsForFleiss(everywhere, everywhere)).value));
}

TEST_CASE("Cohen's kappa of a two-category table equals its value derived by hand", "[agreement]")
{
    // A\B   0   1
    //  0   20   5    row 25
    //  1   10  15    row 25
    // col  30  20    N = 50
    // Po = 35/50 = 7/10; Pe = (25·30 + 25·20)/50² = 1250/2500 = 1/2; κ = (7/10 − 1/2)/(1 − 1/2) = 2/5.
    const CodingResult result = CodingAgreement::cohen(cohenTally({{0, 0, 20}, {0, 1, 5}, {1, 0, 10}, {1, 1, 15}}));
    CHECK(result.items == 50);
    CHECK(result.observed == Approx(7.0 / 10).margin(1e-9));
    CHECK(result.expected == Approx(1.0 / 2).margin(1e-9));
    CHECK(result.value == Approx(2.0 / 5).margin(1e-9));
}

TEST_CASE("Cohen's kappa of a three-category table equals its value derived by hand", "[agreement]")
{
    // A\B   0   1   2
    //  0   10   2   3    row 15
    //  1    4  12   4    row 20
    //  2    1   0  14    row 15
    // col  15  14  21    N = 50
    // Po = 36/50 = 18/25; Pe = (15·15 + 20·14 + 15·21)/50² = 820/2500 = 41/125;
    // κ = (18/25 − 41/125)/(1 − 41/125) = (49/125)/(84/125) = 7/12.
    const CodingResult result = CodingAgreement::cohen(
        cohenTally({{0, 0, 10}, {0, 1, 2}, {0, 2, 3}, {1, 0, 4}, {1, 1, 12}, {1, 2, 4}, {2, 0, 1}, {2, 2, 14}}));
    CHECK(result.observed == Approx(18.0 / 25).margin(1e-9));
    CHECK(result.expected == Approx(41.0 / 125).margin(1e-9));
    CHECK(result.value == Approx(7.0 / 12).margin(1e-9));
}

TEST_CASE("Fleiss' kappa of three raters on four items equals its value derived by hand", "[agreement]")
{
    // Counts per item (categories 0, 1, 2), P_i = (Σ_k n_ik² − 3)/(3·2):
    //   (3,0,0): (9 − 3)/6 = 1;  (2,1,0): (5 − 3)/6 = 1/3;  (1,1,1): 0;  (0,2,1): 1/3.
    // Po = (1 + 1/3 + 0 + 1/3)/4 = 5/12.
    // Totals 6, 4, 2 of Nm = 12: p = 1/2, 1/3, 1/6; Pe = 1/4 + 1/9 + 1/36 = 7/18.
    // κ = (5/12 − 7/18)/(1 − 7/18) = (1/36)/(11/18) = 1/22.
    FleissTally tally(3);
    REQUIRE(tally.add({3, 0, 0}));
    REQUIRE(tally.add({2, 1}));
    REQUIRE(tally.add({1, 1, 1}));
    REQUIRE(tally.add({0, 2, 1}));
    const CodingResult result = CodingAgreement::fleiss(tally);
    CHECK(result.items == 4);
    CHECK(result.observed == Approx(5.0 / 12).margin(1e-9));
    CHECK(result.expected == Approx(7.0 / 18).margin(1e-9));
    CHECK(result.value == Approx(1.0 / 22).margin(1e-9));
}

TEST_CASE("Fleiss' kappa with two raters is Scott's pi", "[agreement]")
{
    // The two-category table above as items: (2,0) ×20, (1,1) ×15, (0,2) ×15.
    // Po = 35/50 = 7/10; pooled p_0 = (2·20 + 15)/100 = 11/20, p_1 = 9/20; Pe = (121 + 81)/400 = 101/200;
    // π = (7/10 − 101/200)/(1 − 101/200) = (39/200)/(99/200) = 13/33.
    const CohenTally table = cohenTally({{0, 0, 20}, {0, 1, 5}, {1, 0, 10}, {1, 1, 15}});
    FleissTally tally(2);
    REQUIRE(tally.add({2, 0}, 20));
    REQUIRE(tally.add({1, 1}, 15));
    REQUIRE(tally.add({0, 2}, 15));
    const CodingResult result = CodingAgreement::fleiss(tally);
    CHECK(result.observed == Approx(7.0 / 10).margin(1e-9));
    CHECK(result.expected == Approx(101.0 / 200).margin(1e-9));
    CHECK(result.value == Approx(13.0 / 33).margin(1e-9));
    CHECK(result.value == Approx(scottPi(table)).margin(1e-9));
    // Not Cohen's κ: Scott pools the two raters' marginals.
    CHECK(CodingAgreement::cohen(table).value != Approx(result.value).margin(1e-3));
}

TEST_CASE("Kappa is undefined without items or with one category only, and says why", "[agreement]")
{
    const CodingResult empty = CodingAgreement::cohen(CohenTally {});
    CHECK(std::isnan(empty.value));
    CHECK(empty.items == 0);
    CHECK(empty.undefinedReason == u"no items"_s);

    const CodingResult oneCategory = CodingAgreement::cohen(cohenTally({{3, 3, 12}}));
    CHECK(std::isnan(oneCategory.value));
    CHECK(oneCategory.observed == 1);
    CHECK(oneCategory.expected == 1);
    CHECK(oneCategory.undefinedReason == u"every item in one category"_s);

    // Two categories in the table, but each rater used only one of them: Pe = 0, κ = 0, defined.
    const CodingResult apart = CodingAgreement::cohen(cohenTally({{0, 1, 5}}));
    CHECK(apart.value == 0);
    CHECK(apart.undefinedReason.isEmpty());

    const CodingResult fleissEmpty = CodingAgreement::fleiss(FleissTally(3));
    CHECK(std::isnan(fleissEmpty.value));
    CHECK(fleissEmpty.undefinedReason == u"no items"_s);

    FleissTally unanimous(4);
    REQUIRE(unanimous.add({0, 4}, 7));
    const CodingResult fleissOne = CodingAgreement::fleiss(unanimous);
    CHECK(std::isnan(fleissOne.value));
    CHECK(fleissOne.undefinedReason == u"every item in one category"_s);

    FleissTally alone(1);
    REQUIRE(alone.add(std::vector<int> {1}));
    CHECK(std::isnan(CodingAgreement::fleiss(alone).value));
    CHECK(CodingAgreement::fleiss(alone).undefinedReason == u"fewer than two raters"_s);
}

TEST_CASE("Tallies refuse counts that cannot be right and keep what they had", "[agreement]")
{
    CohenTally cohen;
    CHECK_FALSE(cohen.add(-1, 0));
    CHECK_FALSE(cohen.add(0, 0, -2));
    CHECK(cohen.items() == 0);
    CHECK(cohen.categoryCount() == 0);

    FleissTally fleiss(3);
    CHECK_FALSE(fleiss.add({1, 1})); // two ratings, three raters
    CHECK_FALSE(fleiss.add({4, -1}));
    CHECK_FALSE(fleiss.add({3}, -1));
    CHECK_FALSE(fleiss.add(FleissTally(2)));
    CHECK(fleiss.items() == 0);
}

TEST_CASE("Tallies grow with categories added in any order and pool like concatenated items", "[agreement]")
{
    CohenTally tally;
    REQUIRE(tally.add(2, 0));
    CHECK(tally.categoryCount() == 3);
    REQUIRE(tally.add(0, 5, 4));
    CHECK(tally.categoryCount() == 6);
    REQUIRE(tally.add(1, 1));
    CHECK(tally.count(2, 0) == 1); // kept where it was when the table grew
    CHECK(tally.count(0, 5) == 4);
    CHECK(tally.count(1, 1) == 1);
    CHECK(tally.count(5, 0) == 0);
    CHECK(tally.count(9, 9) == 0);
    CHECK(tally.items() == 6);

    // Two documents pooled equal one document holding both documents' items.
    const std::vector<int> firstA {0, 0, 1, 2, 1, 0, 0};
    const std::vector<int> firstB {0, 1, 1, 2, 0, 0, 0};
    const std::vector<int> secondA {3, 3, 0, 1, 1}; // a category the first did not have
    const std::vector<int> secondB {3, 2, 0, 1, 3};
    CohenTally pooled = pairs(firstA, firstB);
    pooled.add(pairs(secondA, secondB));
    std::vector<int> allA = firstA;
    allA.insert(allA.end(), secondA.begin(), secondA.end());
    std::vector<int> allB = firstB;
    allB.insert(allB.end(), secondB.begin(), secondB.end());
    const CodingResult together = CodingAgreement::cohen(pairs(allA, allB));
    const CodingResult fromPooled = CodingAgreement::cohen(pooled);
    CHECK(fromPooled.items == 12);
    CHECK(fromPooled.value == Approx(together.value).margin(1e-12));
    CHECK(fromPooled.expected == Approx(together.expected).margin(1e-12));
    // A smaller table pooled into a larger one, too.
    CohenTally reversed = pairs(secondA, secondB);
    reversed.add(pairs(firstA, firstB));
    CHECK(CodingAgreement::cohen(reversed).value == Approx(together.value).margin(1e-12));

    FleissTally fleissPooled = pairsForFleiss(firstA, firstB);
    REQUIRE(fleissPooled.add(pairsForFleiss(secondA, secondB)));
    CHECK(fleissPooled.items() == 12);
    CHECK(CodingAgreement::fleiss(fleissPooled).value
          == Approx(CodingAgreement::fleiss(pairsForFleiss(allA, allB)).value).margin(1e-12));
}

TEST_CASE("Kappa stays exact on tallies of billions of items", "[agreement]")
{
    // N² is beyond 2⁶³: the 2×2 table above, each cell times 10⁹ (κ = 2/5 still).
    const qint64 scale = 1'000'000'000;
    const CodingResult cohen = CodingAgreement::cohen(
        cohenTally({{0, 0, 20 * scale}, {0, 1, 5 * scale}, {1, 0, 10 * scale}, {1, 1, 15 * scale}}));
    CHECK(cohen.items == 50 * scale);
    CHECK(cohen.value == Approx(2.0 / 5).margin(1e-12));

    FleissTally fleiss(2);
    REQUIRE(fleiss.add({2, 0}, 20 * scale));
    REQUIRE(fleiss.add({1, 1}, 15 * scale));
    REQUIRE(fleiss.add({0, 2}, 15 * scale));
    CHECK(CodingAgreement::fleiss(fleiss).value == Approx(13.0 / 33).margin(1e-12));
}
