// SPDX-License-Identifier: GPL-3.0-or-later
// κ on positions: labels from the entities that cover each code point or token, and the tallies pooled
// over articles and analysts. The example is docs/agreement.md's, with its fractions.
#include "agreement/positionlabels.h"
#include "agreement/positiontallies.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <cmath>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

// "Haluk Görgün met Emir Aslan in Ankara." (38 code points), as docs/agreement.md annotates it.
std::vector<Entity> analystA()
{
    return {Test::entity(u"a1"_s, u"PERSON"_s, 0, 12), Test::entity(u"a2"_s, u"PERSON"_s, 17, 27),
            Test::entity(u"a3"_s, u"GPE"_s, 31, 37)};
}

std::vector<Entity> analystB()
{
    return {Test::entity(u"b1"_s, u"PERSON"_s, 6, 12), Test::entity(u"b2"_s, u"ORG"_s, 17, 27),
            Test::entity(u"b3"_s, u"GPE"_s, 31, 37)};
}

const std::vector<std::pair<qsizetype, qsizetype>> tokens {{0, 5}, {6, 12}, {13, 16}, {17, 21},
                                                           {22, 27}, {28, 30}, {31, 37}, {37, 38}};

QStringList names(const std::vector<PositionLabels::Run> &runs, const PositionLabels::Categories &categories)
{
    QStringList out;
    for (const PositionLabels::Run &run : runs)
        out.append(categories.name(run.category) + u'×' + QString::number(run.length));
    return out;
}

} // namespace

TEST_CASE("Positions are labelled with the sorted set of the types that cover them", "[agreement]")
{
    PositionLabels::Categories categories;
    const std::vector<Entity> nested {Test::entity(u"x"_s, u"ORG"_s, 2, 8), Test::entity(u"y"_s, u"GPE"_s, 4, 6),
                                      Test::entity(u"z"_s, u"ORG"_s, 5, 10)};
    const std::vector<PositionLabels::Run> runs = PositionLabels::ofCodePoints(12, nested, {}, categories);
    CHECK(names(runs, categories)
          == QStringList {u"<none>×2"_s, u"ORG×2"_s, u"GPE|ORG×2"_s, u"ORG×4"_s, u"<none>×2"_s});
    // Kept types only; spans past the text are cut at its end.
    const std::vector<PositionLabels::Run> orgs =
        PositionLabels::ofCodePoints(9, nested, {u"ORG"_s}, categories);
    CHECK(names(orgs, categories) == QStringList {u"<none>×2"_s, u"ORG×7"_s});
    // A token takes every type that overlaps it.
    const std::vector<PositionLabels::Run> words =
        PositionLabels::ofTokens({{0, 3}, {3, 5}, {9, 12}}, runs, categories);
    CHECK(names(words, categories) == QStringList {u"ORG×1"_s, u"GPE|ORG×1"_s, u"ORG×1"_s});
}

TEST_CASE("Cohen's kappa on code points and tokens equals the worked example, over all and marked positions",
          "[agreement]")
{
    PositionLabels::Categories categories;
    const auto a = PositionLabels::ofCodePoints(38, analystA(), {}, categories);
    const auto b = PositionLabels::ofCodePoints(38, analystB(), {}, categories);
    PositionTallies codePoints(2);
    codePoints.add({a, b});
    const CodingResult all = CodingAgreement::cohen(codePoints.pair(0, 1, PositionTallies::Positions::All));
    CHECK(all.items == 38);
    CHECK(std::abs(all.observed - 22.0 / 38) < 1e-9);
    CHECK(std::abs(all.expected - 328.0 / 1444) < 1e-9);
    CHECK(std::abs(all.value - 127.0 / 279) < 1e-9);
    const CodingResult marked = CodingAgreement::cohen(codePoints.pair(0, 1, PositionTallies::Positions::Marked));
    CHECK(marked.items == 28);
    CHECK(std::abs(marked.value - 3.0 / 11) < 1e-9);

    PositionTallies words(2);
    words.add({PositionLabels::ofTokens(tokens, a, categories), PositionLabels::ofTokens(tokens, b, categories)});
    const CodingResult tokensAll = CodingAgreement::cohen(words.pair(0, 1, PositionTallies::Positions::All));
    CHECK(tokensAll.items == 8);
    CHECK(std::abs(tokensAll.value - 23.0 / 47) < 1e-9);
    const CodingResult tokensMarked = CodingAgreement::cohen(words.pair(0, 1, PositionTallies::Positions::Marked));
    CHECK(tokensMarked.items == 5);
    CHECK(std::abs(tokensMarked.value - 1.0 / 4) < 1e-9);
}

TEST_CASE("Position tallies pool articles and pair every two of three analysts", "[agreement]")
{
    PositionLabels::Categories categories;
    const auto a = PositionLabels::ofCodePoints(38, analystA(), {}, categories);
    const auto b = PositionLabels::ofCodePoints(38, analystB(), {}, categories);
    PositionTallies three(3);
    three.add({a, b, a});
    three.add({a, b, a}); // a second, identical article doubles every count and changes no κ
    CHECK(CodingAgreement::cohen(three.pair(0, 1, PositionTallies::Positions::All)).items == 76);
    CHECK(std::abs(CodingAgreement::cohen(three.pair(0, 1, PositionTallies::Positions::All)).value - 127.0 / 279)
          < 1e-9);
    CHECK(CodingAgreement::cohen(three.pair(0, 2, PositionTallies::Positions::All)).value == 1.0);
    CHECK(std::abs(CodingAgreement::cohen(three.pair(1, 2, PositionTallies::Positions::Marked)).value - 3.0 / 11)
          < 1e-9);
    // Fleiss over all three: each position counted once, 76 in all, 56 marked by someone.
    CHECK(three.everyone(PositionTallies::Positions::All).items() == 76);
    CHECK(three.everyone(PositionTallies::Positions::Marked).items() == 56);
}
