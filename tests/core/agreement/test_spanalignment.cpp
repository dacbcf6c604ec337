// SPDX-License-Identifier: GPL-3.0-or-later
// Entity alignment between two analysts and the span scores on top: hand-derived examples for the four
// modes, optimality against a brute force, independence from input order, and discontinuous entities.
#include "agreement/spanalignment.h"
#include "agreement/spanscores.h"
#include "support/catchqt.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

Entity ent(const QString &id, const QString &type, std::initializer_list<std::pair<qsizetype, qsizetype>> ranges)
{
    Entity entity;
    entity.id = id;
    entity.type = type;
    for (const auto &[start, end] : ranges)
        entity.spans.append(Span {start, end, {}});
    return entity;
}

constexpr SpanMatchRule exactTyped {SpanMatchRule::Boundaries::Exact, true};
constexpr SpanMatchRule exactUntyped {SpanMatchRule::Boundaries::Exact, false};
constexpr SpanMatchRule overlapTyped {SpanMatchRule::Boundaries::Overlap, true};
constexpr SpanMatchRule overlapUntyped {SpanMatchRule::Boundaries::Overlap, false};

/// The pairs as "idA=idB", sorted: what an alignment decided, whatever the order of the input.
QStringList pairIds(const std::vector<Entity> &a, const std::vector<Entity> &b, const SpanAlignment &alignment)
{
    QStringList ids;
    for (const EntityPair &pair : alignment.pairs())
        ids.append(a[size_t(pair.a)].id + u'=' + b[size_t(pair.b)].id);
    ids.sort();
    return ids;
}

void checkScores(const PrfScores &scores, double precision, double recall, double f1)
{
    CHECK(scores.precision == Approx(precision));
    CHECK(scores.recall == Approx(recall));
    CHECK(scores.f1 == Approx(f1));
}

void checkCounts(const MatchCounts &counts, qsizetype matched, qsizetype inA, qsizetype inB)
{
    CHECK(counts.matched == matched);
    CHECK(counts.inA == inA);
    CHECK(counts.inB == inB);
}

// The worked example of the span modes (quoted in docs/agreement.md):
//   A: a1 PER [0,5)   a2 ORG [10,20)  a3 PER [30,35)  a4 LOC [40,45)  a5 DATE [70,75)
//   B: b1 PER [0,5)   b2 ORG [12,20)  b3 ORG [30,35)  b4 LOC [50,55)
// a1=b1 agree exactly; b2 overlaps a2 (J = 8/10); b3 has a3's spans with another type; a4/b4 and a5 are
// alone. |A| = 5, |B| = 4.
std::vector<Entity> exampleA()
{
    return {ent(u"a1"_s, u"PER"_s, {{0, 5}}), ent(u"a2"_s, u"ORG"_s, {{10, 20}}), ent(u"a3"_s, u"PER"_s, {{30, 35}}),
            ent(u"a4"_s, u"LOC"_s, {{40, 45}}), ent(u"a5"_s, u"DATE"_s, {{70, 75}})};
}

std::vector<Entity> exampleB()
{
    return {ent(u"b1"_s, u"PER"_s, {{0, 5}}), ent(u"b2"_s, u"ORG"_s, {{12, 20}}), ent(u"b3"_s, u"ORG"_s, {{30, 35}}),
            ent(u"b4"_s, u"LOC"_s, {{50, 55}})};
}

} // namespace

TEST_CASE("Span scores of the worked example, exact and typed", "[agreement]")
{
    // Only a1=b1: micro P = 1/4, R = 1/5, F1 = 2·1/(5+4) = 2/9.
    // PER: A 2, B 1, matched 1 → P 1, R 1/2, F1 2/3. ORG: A 1, B 2, matched 0 → 0, 0, 0.
    // LOC: A 1, B 1 → 0, 0, 0. DATE: A 1, B 0 → P undefined (counts 0 in macro), R 0, F1 0.
    // Macro over 4 types: P (1+0+0+0)/4 = 1/4, R (1/2)/4 = 1/8, F1 (2/3)/4 = 1/6.
    const SpanScores scores = SpanScores::compute(exampleA(), exampleB(), exactTyped);
    checkCounts(scores.micro(), 1, 5, 4);
    checkScores(scores.micro().scores(), 1.0 / 4, 1.0 / 5, 2.0 / 9);
    REQUIRE(scores.perType().keys() == QStringList {u"DATE"_s, u"LOC"_s, u"ORG"_s, u"PER"_s});
    checkCounts(scores.perType().value(u"PER"_s), 1, 2, 1);
    checkScores(scores.perType().value(u"PER"_s).scores(), 1.0, 1.0 / 2, 2.0 / 3);
    checkCounts(scores.perType().value(u"ORG"_s), 0, 1, 2);
    checkCounts(scores.perType().value(u"LOC"_s), 0, 1, 1);
    checkCounts(scores.perType().value(u"DATE"_s), 0, 1, 0);
    CHECK(std::isnan(scores.perType().value(u"DATE"_s).precision()));
    checkScores(scores.macro(), 1.0 / 4, 1.0 / 8, 1.0 / 6);
}

TEST_CASE("Span scores of the worked example, exact and untyped", "[agreement]")
{
    // a1=b1 and a3=b3 (same spans, PER vs ORG): P 2/4 = 1/2, R 2/5, F1 4/9. One class: macro = micro.
    const SpanScores scores = SpanScores::compute(exampleA(), exampleB(), exactUntyped);
    checkCounts(scores.micro(), 2, 5, 4);
    checkScores(scores.micro().scores(), 1.0 / 2, 2.0 / 5, 4.0 / 9);
    CHECK(scores.perType().isEmpty());
    checkScores(scores.macro(), 1.0 / 2, 2.0 / 5, 4.0 / 9);
}

TEST_CASE("Span scores of the worked example, overlap and typed", "[agreement]")
{
    // a1=b1 and a2≈b2: P 1/2, R 2/5, F1 4/9.
    // PER 1 of (2, 1) → 1, 1/2, 2/3. ORG 1 of (1, 2) → 1/2, 1, 2/3. LOC, DATE 0 (DATE's P undefined → 0).
    // Macro: P (1 + 1/2)/4 = 3/8, R (1/2 + 1)/4 = 3/8, F1 (2/3 + 2/3)/4 = 1/3.
    const SpanAlignment alignment = SpanAlignment::align(exampleA(), exampleB(), overlapTyped);
    CHECK(pairIds(exampleA(), exampleB(), alignment) == QStringList {u"a1=b1"_s, u"a2=b2"_s});
    CHECK(alignment.pairs().at(1).jaccard == Approx(4.0 / 5));
    const SpanScores scores = SpanScores::fromAlignment(exampleA(), exampleB(), alignment);
    checkCounts(scores.micro(), 2, 5, 4);
    checkScores(scores.micro().scores(), 1.0 / 2, 2.0 / 5, 4.0 / 9);
    checkScores(scores.perType().value(u"PER"_s).scores(), 1.0, 1.0 / 2, 2.0 / 3);
    checkScores(scores.perType().value(u"ORG"_s).scores(), 1.0 / 2, 1.0, 2.0 / 3);
    checkCounts(scores.perType().value(u"LOC"_s), 0, 1, 1);
    checkCounts(scores.perType().value(u"DATE"_s), 0, 1, 0);
    checkScores(scores.macro(), 3.0 / 8, 3.0 / 8, 1.0 / 3);
}

TEST_CASE("Span scores of the worked example, overlap and untyped", "[agreement]")
{
    // a1=b1, a2≈b2, a3=b3: P 3/4, R 3/5, F1 6/9 = 2/3.
    const SpanAlignment alignment = SpanAlignment::align(exampleA(), exampleB(), overlapUntyped);
    CHECK(pairIds(exampleA(), exampleB(), alignment) == QStringList {u"a1=b1"_s, u"a2=b2"_s, u"a3=b3"_s});
    CHECK(alignment.unpairedA() == std::vector<int> {3, 4});
    CHECK(alignment.unpairedB() == std::vector<int> {3});
    CHECK(alignment.partnerOfA(2) == 2);
    CHECK(alignment.partnerOfB(3) == -1);
    const SpanScores scores = SpanScores::fromAlignment(exampleA(), exampleB(), alignment);
    checkCounts(scores.micro(), 3, 5, 4);
    checkScores(scores.micro().scores(), 3.0 / 4, 3.0 / 5, 2.0 / 3);
    checkScores(scores.macro(), 3.0 / 4, 3.0 / 5, 2.0 / 3);
}

TEST_CASE("Span scores pool counts across documents and average per document", "[agreement]")
{
    // Document 1: the worked example, overlap-typed (2 of 5 and 4). Document 2: one PER each, agreeing.
    // Pooled: matched 3, |A| 6, |B| 5 → P 3/5, R 1/2, F1 6/11; PER pooled 2 of (3, 2).
    // Per-document F1: 4/9 and 1 → mean 13/18.
    SpanScores total(overlapTyped);
    const SpanScores first = SpanScores::compute(exampleA(), exampleB(), overlapTyped);
    const SpanScores second =
        SpanScores::compute({ent(u"x"_s, u"PER"_s, {{0, 3}})}, {ent(u"y"_s, u"PER"_s, {{1, 3}})}, overlapTyped);
    total += first;
    total += second;
    checkCounts(total.micro(), 3, 6, 5);
    checkScores(total.micro().scores(), 3.0 / 5, 1.0 / 2, 6.0 / 11);
    checkCounts(total.perType().value(u"PER"_s), 2, 3, 2);
    const PrfScores mean = meanSkippingNaN({first.micro().scores(), second.micro().scores()});
    CHECK(mean.f1 == Approx(13.0 / 18));

    // An empty document has no score at all, and the per-document mean skips it.
    const SpanScores empty = SpanScores::compute({}, {}, overlapTyped);
    CHECK(std::isnan(empty.micro().f1()));
    CHECK(std::isnan(empty.macro().f1));
    CHECK(meanSkippingNaN({empty.micro().scores(), second.micro().scores()}).f1 == Approx(1.0));
}

TEST_CASE("The optimal alignment keeps a pair that a greedy best-Jaccard matching loses", "[agreement]")
{
    // a1 [0,10) and b1 [0,10) are identical (J = 1), so a greedy matching pairs them first. Then a2 [9,12),
    // which overlaps only b1, and b2 [0,2), which overlaps only a1, stay alone: 1 pair.
    // The optimum pairs a1 with b2 (J = 2/10) and a2 with b1 (J = 1/12): 2 pairs, Jaccard sum 17/60.
    const std::vector<Entity> a = {ent(u"a1"_s, u"X"_s, {{0, 10}}), ent(u"a2"_s, u"X"_s, {{9, 12}})};
    const std::vector<Entity> b = {ent(u"b1"_s, u"X"_s, {{0, 10}}), ent(u"b2"_s, u"X"_s, {{0, 2}})};
    for (const SpanMatchRule rule : {overlapTyped, overlapUntyped}) {
        const SpanAlignment alignment = SpanAlignment::align(a, b, rule);
        CHECK(pairIds(a, b, alignment) == QStringList {u"a1=b2"_s, u"a2=b1"_s});
        double sum = 0;
        for (const EntityPair &pair : alignment.pairs())
            sum += pair.jaccard;
        CHECK(sum == Approx(17.0 / 60));
    }
}

TEST_CASE("Untyped alignment prefers the partner of the same type among equal overlaps", "[agreement]")
{
    // Both B entities cover a1's spans exactly (J = 1); the weight (J + [same type])/2 picks the PER one.
    const std::vector<Entity> a = {ent(u"a1"_s, u"PER"_s, {{0, 5}})};
    const std::vector<Entity> b = {ent(u"b1"_s, u"ORG"_s, {{0, 5}}), ent(u"b2"_s, u"PER"_s, {{0, 5}})};
    CHECK(pairIds(a, b, SpanAlignment::align(a, b, overlapUntyped)) == QStringList {u"a1=b2"_s});
    CHECK(pairIds(a, b, SpanAlignment::align(a, b, exactUntyped)) == QStringList {u"a1=b2"_s});
}

TEST_CASE("Equally good partners are chosen by their sorted spans and ids, whatever the input order", "[agreement]")
{
    const std::vector<Entity> a = {ent(u"a1"_s, u"X"_s, {{0, 10}})};
    std::vector<Entity> b = {ent(u"b2"_s, u"X"_s, {{0, 10}}), ent(u"b1"_s, u"X"_s, {{0, 10}}),
                             ent(u"b0"_s, u"X"_s, {{5, 10}}), ent(u"b3"_s, u"X"_s, {{0, 5}})};
    // b0 [5,10) and b3 [0,5) tie at J = 1/2 with each other but lose to b1 and b2 (J = 1); b1 sorts first.
    for (int round = 0; round < 2; ++round) {
        for (const SpanMatchRule rule : SpanMatchRule::all())
            CHECK(pairIds(a, b, SpanAlignment::align(a, b, rule)) == QStringList {u"a1=b1"_s});
        std::reverse(b.begin(), b.end());
    }
    // Between b0 and b3 alone, b3 (start 0) sorts before b0 (start 5).
    const std::vector<Entity> rest = {ent(u"b0"_s, u"X"_s, {{5, 10}}), ent(u"b3"_s, u"X"_s, {{0, 5}})};
    CHECK(pairIds(a, rest, SpanAlignment::align(a, rest, overlapTyped)) == QStringList {u"a1=b3"_s});
}

TEST_CASE("Discontinuous entities: exact needs every fragment, overlap any shared code point", "[agreement]")
{
    // a1 = b1: the same two fragments. a2 [20,25) vs b2 [20,22)+[23,25): J = 4/5, not exact.
    // a3 [30,32)+[40,45) vs b3 [42,50): they share 42..44 only through a3's second fragment:
    //   J = 3 / (2 + 5 + 8 − 3) = 1/4.
    // a4 [60,62)+[68,70) vs b4 [63,67): b4 lies in a4's gap, so they share nothing.
    const std::vector<Entity> a = {ent(u"a1"_s, u"X"_s, {{0, 3}, {10, 13}}), ent(u"a2"_s, u"X"_s, {{20, 25}}),
                                   ent(u"a3"_s, u"X"_s, {{30, 32}, {40, 45}}),
                                   ent(u"a4"_s, u"X"_s, {{60, 62}, {68, 70}})};
    const std::vector<Entity> b = {ent(u"b1"_s, u"X"_s, {{0, 3}, {10, 13}}), ent(u"b2"_s, u"X"_s, {{20, 22}, {23, 25}}),
                                   ent(u"b3"_s, u"X"_s, {{42, 50}}), ent(u"b4"_s, u"X"_s, {{63, 67}})};
    const SpanAlignment exact = SpanAlignment::align(a, b, exactTyped);
    CHECK(pairIds(a, b, exact) == QStringList {u"a1=b1"_s});
    CHECK(exact.pairs().at(0).jaccard == 1.0);

    const SpanAlignment overlap = SpanAlignment::align(a, b, overlapTyped);
    REQUIRE(pairIds(a, b, overlap) == QStringList {u"a1=b1"_s, u"a2=b2"_s, u"a3=b3"_s});
    CHECK(overlap.pairs().at(1).jaccard == Approx(4.0 / 5));
    CHECK(overlap.pairs().at(2).jaccard == Approx(1.0 / 4));
    CHECK(overlap.unpairedA() == std::vector<int> {3});
    CHECK(overlap.unpairedB() == std::vector<int> {3});

    // A fragment tuple that is a prefix of another is not the same tuple.
    const std::vector<Entity> prefix = {ent(u"p"_s, u"X"_s, {{0, 3}})};
    CHECK(SpanAlignment::align(prefix, {a[0]}, exactUntyped).pairs().empty());
    CHECK(spanJaccard(a[0].spans, prefix[0].spans) == Approx(3.0 / 6));
}

TEST_CASE("Exact alignment pairs repeated span tuples as multisets", "[agreement]")
{
    // Three A entities and two B entities on the same spans: two pairs, same types first when untyped.
    const std::vector<Entity> a = {ent(u"a1"_s, u"ORG"_s, {{0, 4}}), ent(u"a2"_s, u"PER"_s, {{0, 4}}),
                                   ent(u"a3"_s, u"PER"_s, {{0, 4}})};
    const std::vector<Entity> b = {ent(u"b1"_s, u"PER"_s, {{0, 4}}), ent(u"b2"_s, u"LOC"_s, {{0, 4}})};
    CHECK(pairIds(a, b, SpanAlignment::align(a, b, exactTyped)) == QStringList {u"a2=b1"_s});
    CHECK(pairIds(a, b, SpanAlignment::align(a, b, exactUntyped)) == QStringList {u"a1=b2"_s, u"a2=b1"_s});
}

namespace {

std::vector<Entity> randomEntities(std::mt19937 &random, int count, const QString &prefix, int length)
{
    std::vector<Entity> entities;
    std::uniform_int_distribution<int> position(0, length - 1);
    std::uniform_int_distribution<int> extent(1, 6);
    std::uniform_int_distribution<int> coin(0, 3);
    for (int i = 0; i < count; ++i) {
        Entity entity;
        entity.id = prefix + QString::number(i);
        entity.type = coin(random) == 0 ? u"Q"_s : u"P"_s;
        const qsizetype start = position(random);
        const qsizetype end = start + extent(random);
        entity.spans.append(Span {start, end, {}});
        if (coin(random) == 0) { // a second fragment after a gap
            const qsizetype next = end + 1 + coin(random);
            entity.spans.append(Span {next, next + extent(random), {}});
        }
        entities.push_back(entity);
    }
    return entities;
}

bool pairable(const Entity &a, const Entity &b, SpanMatchRule rule)
{
    if (rule.typed && a.type != b.type)
        return false;
    if (rule.boundaries == SpanMatchRule::Boundaries::Exact) {
        if (a.spans.size() != b.spans.size())
            return false;
        for (qsizetype i = 0; i < a.spans.size(); ++i) {
            if (a.spans[i].start != b.spans[i].start || a.spans[i].end != b.spans[i].end)
                return false;
        }
        return true;
    }
    return spanJaccard(a.spans, b.spans) > 0;
}

double weight(const Entity &a, const Entity &b, SpanMatchRule rule)
{
    const double jaccard = spanJaccard(a.spans, b.spans);
    return rule.typed ? jaccard : (jaccard + (a.type == b.type ? 1.0 : 0.0)) / 2;
}

/// The best (pairs, weight sum) over every one-to-one matching, by enumeration.
std::pair<int, double> bruteForce(const std::vector<Entity> &a, const std::vector<Entity> &b, SpanMatchRule rule,
                                  size_t next, std::vector<char> &usedB)
{
    if (next == a.size())
        return {0, 0.0};
    std::pair<int, double> best = bruteForce(a, b, rule, next + 1, usedB); // a[next] left alone
    for (size_t j = 0; j < b.size(); ++j) {
        if (usedB[j] || !pairable(a[next], b[j], rule))
            continue;
        usedB[j] = 1;
        std::pair<int, double> with = bruteForce(a, b, rule, next + 1, usedB);
        usedB[j] = 0;
        with.first += 1;
        with.second += weight(a[next], b[j], rule);
        if (with.first > best.first || (with.first == best.first && with.second > best.second + 1e-12))
            best = with;
    }
    return best;
}

} // namespace

TEST_CASE("The alignment is as good as the best of all one-to-one matchings", "[agreement]")
{
    std::mt19937 random(20240611);
    std::uniform_int_distribution<int> size(0, 6);
    for (int round = 0; round < 400; ++round) {
        const std::vector<Entity> a = randomEntities(random, size(random), u"a"_s, 20);
        const std::vector<Entity> b = randomEntities(random, size(random), u"b"_s, 20);
        for (const SpanMatchRule rule : SpanMatchRule::all()) {
            INFO("round " << round << ", " << rule.name().toStdString());
            const SpanAlignment alignment = SpanAlignment::align(a, b, rule);
            // A valid one-to-one matching of pairable entities, with the right bookkeeping.
            QSet<int> seenA;
            QSet<int> seenB;
            double sum = 0;
            for (const EntityPair &pair : alignment.pairs()) {
                REQUIRE(pairable(a[size_t(pair.a)], b[size_t(pair.b)], rule));
                REQUIRE(!seenA.contains(pair.a));
                REQUIRE(!seenB.contains(pair.b));
                seenA.insert(pair.a);
                seenB.insert(pair.b);
                CHECK(alignment.partnerOfA(pair.a) == pair.b);
                CHECK(pair.jaccard == Approx(spanJaccard(a[size_t(pair.a)].spans, b[size_t(pair.b)].spans)));
                sum += weight(a[size_t(pair.a)], b[size_t(pair.b)], rule);
            }
            CHECK(alignment.pairs().size() + alignment.unpairedA().size() == a.size());
            CHECK(alignment.pairs().size() + alignment.unpairedB().size() == b.size());
            std::vector<char> usedB(b.size(), 0);
            const auto [bestPairs, bestSum] = bruteForce(a, b, rule, 0, usedB);
            REQUIRE(int(alignment.pairs().size()) == bestPairs);
            CHECK(sum == Approx(bestSum).margin(1e-7));
        }
    }
}

TEST_CASE("The alignment does not depend on the order of the entities", "[agreement]")
{
    std::mt19937 random(7);
    for (int round = 0; round < 100; ++round) {
        std::vector<Entity> a = randomEntities(random, 12, u"a"_s, 30);
        std::vector<Entity> b = randomEntities(random, 12, u"b"_s, 30);
        if (round % 4 == 0) // identical copies make every tie-break count
            b = a;
        for (const SpanMatchRule rule : SpanMatchRule::all()) {
            INFO("round " << round << ", " << rule.name().toStdString());
            const QStringList before = pairIds(a, b, SpanAlignment::align(a, b, rule));
            std::vector<Entity> shuffledA = a;
            std::vector<Entity> shuffledB = b;
            std::shuffle(shuffledA.begin(), shuffledA.end(), random);
            std::shuffle(shuffledB.begin(), shuffledB.end(), random);
            CHECK(pairIds(shuffledA, shuffledB, SpanAlignment::align(shuffledA, shuffledB, rule)) == before);
        }
    }
}
