// SPDX-License-Identifier: GPL-3.0-or-later
// Relation and attribute agreement through an entity alignment: the diagnostics, both views, symmetric
// types, per-type counts, the relation-type κ items, and attribute values over matched pairs.
#include "agreement/attributeagreement.h"
#include "agreement/relationagreement.h"
#include "agreement/spanalignment.h"
#include "agreement/spanscores.h"
#include "support/catchqt.h"

#include <QElapsedTimer>

#include <cmath>
#include <random>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

using Kind = RelationDiagnostic::Kind;

Entity ent(const QString &id, const QString &type, qsizetype start, qsizetype end, Attributes attributes = {})
{
    Entity entity;
    entity.id = id;
    entity.type = type;
    entity.spans.append(Span {start, end, {}});
    entity.attributes = std::move(attributes);
    return entity;
}

Relation rel(const QString &id, const QString &type, const QString &from, const QString &to, Attributes attributes = {})
{
    Relation relation;
    relation.id = id;
    relation.type = type;
    relation.from = from;
    relation.to = to;
    relation.attributes = std::move(attributes);
    return relation;
}

constexpr SpanMatchRule overlapUntyped {SpanMatchRule::Boundaries::Overlap, false};

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

// The worked relation example (quoted in docs/agreement.md). Entities, aligned by untyped overlap:
//   a1=b1 PER [0,5), a2=b2 PER [10,15)/[10,14), a3=b3 ORG/GPE [20,25), a4=b4 LOC [30,35);
//   a5 PER [40,45) and b6 ORG [50,55) have no partner.
// Relations (MEETS is symmetric):
//   ra1 WORKS_FOR a1→a3   rb1 WORKS_FOR b1→b3   match
//   ra2 MEETS a1→a2       rb2 MEETS b2→b1       match (symmetric: either way round)
//   ra3 LOCATED_IN a3→a4  rb3 LOCATED_IN b4→b3  direction_mismatch
//   ra4 KNOWS a2→a4       rb4 VISITED b2→b4     type_mismatch
//   ra5 KNOWS a5→a1                             endpoint_unaligned (a5)
//   ra6 WORKS_FOR a2→a3                         missing_in_B
//                         rb5 MEETS b6→b1       endpoint_unaligned (b6)
//                         rb6 LOCATED_IN b1→b4  extra_in_B
struct Example
{
    std::vector<Entity> entitiesA = {ent(u"a1"_s, u"PER"_s, 0, 5), ent(u"a2"_s, u"PER"_s, 10, 15),
                                     ent(u"a3"_s, u"ORG"_s, 20, 25), ent(u"a4"_s, u"LOC"_s, 30, 35),
                                     ent(u"a5"_s, u"PER"_s, 40, 45)};
    std::vector<Entity> entitiesB = {ent(u"b1"_s, u"PER"_s, 0, 5), ent(u"b2"_s, u"PER"_s, 10, 14),
                                     ent(u"b3"_s, u"GPE"_s, 20, 25), ent(u"b4"_s, u"LOC"_s, 30, 35),
                                     ent(u"b6"_s, u"ORG"_s, 50, 55)};
    std::vector<Relation> relationsA = {rel(u"ra1"_s, u"WORKS_FOR"_s, u"a1"_s, u"a3"_s, {{u"certainty"_s, u"high"_s}}),
                                        rel(u"ra2"_s, u"MEETS"_s, u"a1"_s, u"a2"_s),
                                        rel(u"ra3"_s, u"LOCATED_IN"_s, u"a3"_s, u"a4"_s),
                                        rel(u"ra4"_s, u"KNOWS"_s, u"a2"_s, u"a4"_s),
                                        rel(u"ra5"_s, u"KNOWS"_s, u"a5"_s, u"a1"_s),
                                        rel(u"ra6"_s, u"WORKS_FOR"_s, u"a2"_s, u"a3"_s)};
    std::vector<Relation> relationsB = {rel(u"rb1"_s, u"WORKS_FOR"_s, u"b1"_s, u"b3"_s, {{u"certainty"_s, u"low"_s}}),
                                        rel(u"rb2"_s, u"MEETS"_s, u"b2"_s, u"b1"_s),
                                        rel(u"rb3"_s, u"LOCATED_IN"_s, u"b4"_s, u"b3"_s),
                                        rel(u"rb4"_s, u"VISITED"_s, u"b2"_s, u"b4"_s),
                                        rel(u"rb5"_s, u"MEETS"_s, u"b6"_s, u"b1"_s),
                                        rel(u"rb6"_s, u"LOCATED_IN"_s, u"b1"_s, u"b4"_s)};
    QSet<QString> symmetric = {u"MEETS"_s};

    RelationAgreement compute() const
    {
        const SpanAlignment alignment = SpanAlignment::align(entitiesA, entitiesB, overlapUntyped);
        return RelationAgreement::compute(entitiesA, relationsA, entitiesB, relationsB, alignment, symmetric);
    }
};

QString describe(const RelationDiagnostic &d)
{
    return RelationDiagnostic::kindName(d.kind) + u' ' + d.idA + u'/' + d.typeA + u' ' + d.idB + u'/' + d.typeB;
}

} // namespace

TEST_CASE("Every relation gets one diagnostic", "[agreement]")
{
    const RelationAgreement agreement = Example().compute();
    QStringList seen;
    for (const RelationDiagnostic &d : agreement.diagnostics())
        seen.append(describe(d));
    CHECK(seen
          == QStringList {u"match ra1/WORKS_FOR rb1/WORKS_FOR"_s, u"match ra2/MEETS rb2/MEETS"_s,
                          u"direction_mismatch ra3/LOCATED_IN rb3/LOCATED_IN"_s,
                          u"type_mismatch ra4/KNOWS rb4/VISITED"_s, u"endpoint_unaligned ra5/KNOWS /"_s,
                          u"missing_in_B ra6/WORKS_FOR /"_s, u"endpoint_unaligned / rb5/MEETS"_s,
                          u"extra_in_B / rb6/LOCATED_IN"_s});
    CHECK(agreement.diagnostics().at(3).indexA == 3);
    CHECK(agreement.diagnostics().at(3).indexB == 3);
    CHECK(agreement.diagnostics().at(6).indexA == -1);
    CHECK(agreement.matchedPairs() == std::vector<std::pair<int, int>> {{0, 0}, {1, 1}});
}

TEST_CASE("Relation scores in the all and comparable views, per type, micro and macro", "[agreement]")
{
    const RelationAgreement agreement = Example().compute();
    // All: 2 matches (WORKS_FOR, MEETS) of 6 and 6 → P = R = F1 = 1/3.
    checkCounts(agreement.all().micro(), 2, 6, 6);
    checkScores(agreement.all().micro().scores(), 1.0 / 3, 1.0 / 3, 1.0 / 3);
    // Per type (all): WORKS_FOR 1 of (2, 1) → 1, 1/2, 2/3; MEETS 1 of (1, 2) → 1/2, 1, 2/3;
    // LOCATED_IN 0 of (1, 2); KNOWS 0 of (2, 0), P undefined; VISITED 0 of (0, 1), R undefined.
    // Macro over the 5 types: P (1 + 1/2)/5 = 3/10, R (1/2 + 1)/5 = 3/10, F1 (2/3 + 2/3)/5 = 4/15.
    checkCounts(agreement.all().perType(u"WORKS_FOR"_s), 1, 2, 1);
    checkCounts(agreement.all().perType(u"MEETS"_s), 1, 1, 2);
    checkCounts(agreement.all().perType(u"LOCATED_IN"_s), 0, 1, 2);
    checkCounts(agreement.all().perType(u"KNOWS"_s), 0, 2, 0);
    checkCounts(agreement.all().perType(u"VISITED"_s), 0, 0, 1);
    CHECK(agreement.all().perType().size() == 5);
    checkScores(agreement.all().macro(), 3.0 / 10, 3.0 / 10, 4.0 / 15);

    // Comparable: ra5 and rb5 drop out → 2 of 5 and 5: P = R = F1 = 2/5.
    // MEETS is now 1 of (1, 1) → F1 1; KNOWS 0 of (1, 0). Macro F1 (2/3 + 1)/5 = 1/3.
    checkCounts(agreement.comparable().micro(), 2, 5, 5);
    checkScores(agreement.comparable().micro().scores(), 2.0 / 5, 2.0 / 5, 2.0 / 5);
    checkCounts(agreement.comparable().perType(u"MEETS"_s), 1, 1, 1);
    checkCounts(agreement.comparable().perType(u"KNOWS"_s), 0, 1, 0);
    CHECK(agreement.comparable().macro().f1 == Approx(1.0 / 3));

    // Untyped links: ra1=rb1 and ra4=rb4 (same endpoints, same order), ra2=rb2 (reversed, symmetric);
    // ra3/rb3 are reversed and LOCATED_IN is directed. 3 links: all 3/6 = 1/2, comparable 3/5.
    checkCounts(agreement.linksAll(), 3, 6, 6);
    checkCounts(agreement.linksComparable(), 3, 5, 5);
    CHECK(agreement.linksComparable().f1() == Approx(3.0 / 5));
}

TEST_CASE("A symmetric type matches either way round, a directed one only one way", "[agreement]")
{
    Example example;
    // Declared directed, MEETS b2→b1 is the reverse of a1→a2: a direction mismatch, not a match.
    example.symmetric.clear();
    const RelationAgreement directed = example.compute();
    CHECK(directed.diagnostics().at(1).kind == Kind::DirectionMismatch);
    CHECK(directed.all().perType(u"MEETS"_s).matched == 0);
    CHECK(directed.linksAll().matched == 2);
    // Declaring LOCATED_IN symmetric as well turns ra3/rb3 into a match.
    example.symmetric = {u"MEETS"_s, u"LOCATED_IN"_s};
    const RelationAgreement both = example.compute();
    CHECK(both.diagnostics().at(1).kind == Kind::Match);
    CHECK(both.diagnostics().at(2).kind == Kind::Match);
    CHECK(both.all().micro().matched == 3);
}

TEST_CASE("Relation-type kappa items: one per aligned endpoint pair with a relation", "[agreement]")
{
    // Items by the B ids of the endpoints (MEETS unordered): {b1,b2} MEETS/MEETS, (b1,b3) WORKS_FOR both,
    // (b1,b4) only B, (b2,b3) only A, (b2,b4) KNOWS/VISITED, (b3,b4) only A, (b4,b3) only B. ra5 and rb5
    // have an unaligned endpoint and give no item.
    const RelationAgreement agreement = Example().compute();
    const std::vector<LabelPair> expected = {{u"MEETS"_s, u"MEETS"_s},       {u"WORKS_FOR"_s, u"WORKS_FOR"_s},
                                             {u"<none>"_s, u"LOCATED_IN"_s}, {u"WORKS_FOR"_s, u"<none>"_s},
                                             {u"KNOWS"_s, u"VISITED"_s},     {u"LOCATED_IN"_s, u"<none>"_s},
                                             {u"<none>"_s, u"LOCATED_IN"_s}};
    CHECK(agreement.typeLabelPairs() == expected);

    // Several relations on one endpoint pair: their sorted types joined by "|", duplicates once.
    const std::vector<Entity> a = {ent(u"x"_s, u"PER"_s, 0, 3), ent(u"y"_s, u"PER"_s, 5, 8)};
    const std::vector<Relation> relationsA = {rel(u"r1"_s, u"Z"_s, u"x"_s, u"y"_s),
                                              rel(u"r2"_s, u"K"_s, u"x"_s, u"y"_s),
                                              rel(u"r3"_s, u"K"_s, u"x"_s, u"y"_s)};
    const std::vector<Relation> relationsB = {rel(u"s1"_s, u"K"_s, u"x"_s, u"y"_s)};
    const RelationAgreement several =
        RelationAgreement::compute(a, relationsA, a, relationsB, SpanAlignment::align(a, a, overlapUntyped), {});
    CHECK(several.typeLabelPairs() == std::vector<LabelPair> {{u"K|Z"_s, u"K"_s}});
    // Multiset matching: one K of the two in A matches B's only K.
    checkCounts(several.all().perType(u"K"_s), 1, 2, 1);
    // r2 (first in id order) matches s1; r1 and r3 find nothing left in B.
    CHECK(several.diagnostics().at(0).kind == Kind::MissingInB);
    CHECK(several.diagnostics().at(1).kind == Kind::Match);
    CHECK(several.diagnostics().at(2).kind == Kind::MissingInB);
}

TEST_CASE("Relation agreement does not depend on the order of the relations", "[agreement]")
{
    Example example;
    const RelationAgreement before = example.compute();
    std::mt19937 random(3);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(example.relationsA.begin(), example.relationsA.end(), random);
        std::shuffle(example.relationsB.begin(), example.relationsB.end(), random);
        std::shuffle(example.entitiesA.begin(), example.entitiesA.end(), random);
        const RelationAgreement after = example.compute();
        CHECK(after.all() == before.all());
        CHECK(after.comparable() == before.comparable());
        CHECK(after.linksAll() == before.linksAll());
        CHECK(after.typeLabelPairs() == before.typeLabelPairs());
        QStringList kinds;
        for (const RelationDiagnostic &d : after.diagnostics())
            kinds.append(describe(d));
        kinds.sort();
        QStringList expected;
        for (const RelationDiagnostic &d : before.diagnostics())
            expected.append(describe(d));
        expected.sort();
        CHECK(kinds == expected);
    }
}

TEST_CASE("Attribute agreement per key over typed-matched entities, absent differs from empty", "[agreement]")
{
    // e1=f1 PER: gender f/f agrees; role "" in A, absent in B: "" vs <none>, disagrees.
    // e2=f2 PER: gender m/f disagrees; note "" in A, null in B: null equals "", agrees.
    // e3 ORG / f3 LOC share their spans, so untyped overlap pairs them, but types differ: not counted.
    // gender: n 2, agreeing 1; role: n 1, agreeing 0; note: n 1, agreeing 1; size: absent.
    const std::vector<Entity> a = {ent(u"e1"_s, u"PER"_s, 0, 5, {{u"gender"_s, u"f"_s}, {u"role"_s, u""_s}}),
                                   ent(u"e2"_s, u"PER"_s, 10, 15, {{u"gender"_s, u"m"_s}, {u"note"_s, u""_s}}),
                                   ent(u"e3"_s, u"ORG"_s, 20, 25, {{u"size"_s, u"big"_s}})};
    const std::vector<Entity> b = {ent(u"f1"_s, u"PER"_s, 0, 5, {{u"gender"_s, u"f"_s}}),
                                   ent(u"f2"_s, u"PER"_s, 10, 15, {{u"gender"_s, u"f"_s}, {u"note"_s, QString()}}),
                                   ent(u"f3"_s, u"LOC"_s, 20, 25, {{u"size"_s, u"small"_s}})};
    const AttributeAgreement attributes =
        AttributeAgreement::forEntities(a, b, SpanAlignment::align(a, b, overlapUntyped));
    CHECK(attributes.keys().keys() == QStringList {u"gender"_s, u"note"_s, u"role"_s});
    const AttributeKeyAgreement gender = attributes.key(u"gender"_s);
    CHECK(gender.n == 2);
    CHECK(gender.agreeing == 1);
    CHECK(gender.observed() == Approx(1.0 / 2));
    CHECK(gender.valuePairs == std::vector<LabelPair> {{u"f"_s, u"f"_s}, {u"m"_s, u"f"_s}});
    const AttributeKeyAgreement role = attributes.key(u"role"_s);
    CHECK(role.n == 1);
    CHECK(role.agreeing == 0);
    CHECK(role.valuePairs == std::vector<LabelPair> {{u""_s, u"<none>"_s}});
    const AttributeKeyAgreement note = attributes.key(u"note"_s);
    CHECK(note.n == 1);
    CHECK(note.agreeing == 1);
    CHECK(std::isnan(attributes.key(u"size"_s).observed()));

    // Pooling adds the counts and keeps every value pair.
    AttributeAgreement pooled = attributes;
    pooled += attributes;
    CHECK(pooled.key(u"gender"_s).n == 4);
    CHECK(pooled.key(u"gender"_s).valuePairs.size() == 4);
}

TEST_CASE("Attribute agreement over matched relations", "[agreement]")
{
    // ra1=rb1 carry certainty high/low; ra2=rb2 carry none, so they add no item.
    Example example;
    const RelationAgreement relations = example.compute();
    const AttributeAgreement attributes =
        AttributeAgreement::forRelations(example.relationsA, example.relationsB, relations.matchedPairs());
    CHECK(attributes.keys().keys() == QStringList {u"certainty"_s});
    CHECK(attributes.key(u"certainty"_s).n == 1);
    CHECK(attributes.key(u"certainty"_s).agreeing == 0);
    CHECK(attributes.key(u"certainty"_s).valuePairs == std::vector<LabelPair> {{u"high"_s, u"low"_s}});
}

namespace {

/// An article of `count` entities per side, B a copy of A with some entities shifted, retyped, dropped or
/// added, and `relationCount` relations per side, some retyped, reversed or dropped in B.
struct LargeArticle
{
    std::vector<Entity> entitiesA;
    std::vector<Entity> entitiesB;
    std::vector<Relation> relationsA;
    std::vector<Relation> relationsB;

    LargeArticle(int count, int relationCount)
    {
        std::mt19937 random(42);
        std::uniform_int_distribution<int> percent(0, 99);
        std::uniform_int_distribution<int> length(2, 9);
        const QStringList types = {u"PER"_s, u"ORG"_s, u"LOC"_s, u"GPE"_s, u"DATE"_s, u"TITLE"_s};
        for (int i = 0; i < count; ++i) {
            const qsizetype start = qsizetype(i) * 12;
            Entity entity = ent(u"e"_s + QString::number(i), types[percent(random) % types.size()], start,
                                start + length(random), {{u"kind"_s, u"x"_s}});
            entitiesA.push_back(entity);
            const int change = percent(random);
            if (change < 3)
                continue; // dropped in B
            if (change < 10)
                entity.spans[0].start += 1; // shifted
            else if (change < 15)
                entity.type = types[(types.indexOf(entity.type) + 1) % types.size()];
            entitiesB.push_back(entity);
            if (change >= 97)
                entitiesB.push_back(ent(u"n"_s + QString::number(i), u"PER"_s, start + 10, start + 11));
        }
        for (int r = 0; r < relationCount; ++r) {
            const int from = int(random() % unsigned(count));
            const int to = std::min(count - 1, from + 1 + int(random() % 5u));
            Relation relation = rel(u"r"_s + QString::number(r), types[r % 3], u"e"_s + QString::number(from),
                                    u"e"_s + QString::number(to));
            relationsA.push_back(relation);
            const int change = percent(random);
            if (change < 5)
                continue;
            if (change < 10)
                std::swap(relation.from, relation.to);
            else if (change < 15)
                relation.type = u"OTHER"_s;
            relationsB.push_back(relation);
        }
    }
};

} // namespace

TEST_CASE("Aligning and scoring an article of 10,000 entities and 2,000 relations per side", "[.benchmark]")
{
    const LargeArticle article(10000, 2000);
    QElapsedTimer timer;
    timer.start();
    const SpanAlignment endpoints = SpanAlignment::align(article.entitiesA, article.entitiesB, overlapUntyped);
    const qint64 alignMs = timer.elapsed();
    SpanScores scores[4];
    int mode = 0;
    for (const SpanMatchRule rule : SpanMatchRule::all())
        scores[mode++] = SpanScores::compute(article.entitiesA, article.entitiesB, rule);
    const qint64 spansMs = timer.elapsed();
    const RelationAgreement relations = RelationAgreement::compute(
        article.entitiesA, article.relationsA, article.entitiesB, article.relationsB, endpoints, {u"PER"_s});
    const qint64 relationsMs = timer.elapsed();
    const AttributeAgreement attributes = AttributeAgreement::forEntities(
        article.entitiesA, article.entitiesB,
        SpanAlignment::align(article.entitiesA, article.entitiesB, SpanMatchRule::all()[2]));
    const qint64 totalMs = timer.elapsed();
    WARN("overlap-untyped alignment " << alignMs << " ms; + four span modes " << spansMs << " ms; + relations "
                                      << relationsMs << " ms; + typed alignment and attributes " << totalMs << " ms");
    WARN("overlap-untyped F1 " << scores[3].micro().f1() << ", exact-typed F1 " << scores[0].micro().f1()
                               << ", relations (all) F1 " << relations.all().micro().f1() << ", "
                               << relations.diagnostics().size() << " diagnostics, " << attributes.key(u"kind"_s).n
                               << " attribute items");
    CHECK(relations.all().micro().matched > 1500);
}
