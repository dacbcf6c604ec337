// SPDX-License-Identifier: GPL-3.0-or-later
// The compare view's items: every entity pair and lone entity, and every relation, with its status, in
// reading order.
#include "agreement/comparisonitems.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

QStringList describe(const std::vector<ComparisonItems::Item> &items)
{
    QStringList out;
    for (const ComparisonItems::Item &item : items)
        out.append(u"%1%2 %3-%4 a%5 b%6"_s.arg(item.relation ? u"relation "_s : QString(), ComparisonItems::name(item.status))
                       .arg(item.start)
                       .arg(item.end)
                       .arg(item.indexA)
                       .arg(item.indexB));
    return out;
}

} // namespace

TEST_CASE("Comparison items give each pair, lone entity and relation its status, in reading order", "[agreement]")
{
    // "Haluk Görgün met Emir Aslan in Ankara." with a fourth entity only B marked and one only A marked.
    std::vector<Entity> a {Test::entity(u"a1"_s, u"PERSON"_s, 0, 12), Test::entity(u"a2"_s, u"PERSON"_s, 17, 27),
                           Test::entity(u"a3"_s, u"GPE"_s, 31, 37), Test::entity(u"a4"_s, u"EVENT"_s, 13, 16)};
    std::vector<Entity> b {Test::entity(u"b1"_s, u"PERSON"_s, 6, 12), Test::entity(u"b2"_s, u"ORG"_s, 17, 27),
                           Test::entity(u"b3"_s, u"GPE"_s, 31, 37), Test::entity(u"b4"_s, u"DATE"_s, 40, 44)};
    a[2].attributes.insert(u"role"_s, u"capital"_s);
    const std::vector<Relation> relationsA {Test::relation(u"r1"_s, u"MEETS_WITH"_s, u"a1"_s, u"a2"_s),
                                            Test::relation(u"r2"_s, u"LOCATED_IN"_s, u"a2"_s, u"a3"_s)};
    const std::vector<Relation> relationsB {Test::relation(u"s1"_s, u"MEETS_WITH"_s, u"b2"_s, u"b1"_s),
                                            Test::relation(u"s2"_s, u"LOCATED_IN"_s, u"b3"_s, u"b2"_s)};

    const QStringList symmetric = describe(ComparisonItems::of(a, relationsA, b, relationsB, {u"MEETS_WITH"_s}));
    CHECK(symmetric
          == QStringList {u"boundaries 0-12 a0 b0"_s, u"relation agree 0-27 a0 b0"_s, u"only_in_A 13-16 a3 b-1"_s,
                          u"type 17-27 a1 b1"_s, u"relation direction 17-37 a1 b1"_s, u"attributes 31-37 a2 b2"_s,
                          u"only_in_B 40-44 a-1 b3"_s});
    // Without the symmetric type, B's MEETS_WITH the other way round is a direction disagreement too.
    const QStringList directed = describe(ComparisonItems::of(a, relationsA, b, relationsB, {}));
    CHECK(directed.at(1) == u"relation direction 0-27 a0 b0"_s);
    CHECK(!ComparisonItems::isDisagreement(ComparisonItems::Status::Agree));
    CHECK(ComparisonItems::isDisagreement(ComparisonItems::Status::Direction));
}
