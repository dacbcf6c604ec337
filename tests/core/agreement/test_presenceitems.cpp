// SPDX-License-Identifier: GPL-3.0-or-later
// Three analysts' items of one article, each with the analysts that marked it: in all, in some (which),
// attributes apart, relations through their ends' spans, symmetric types either way round.
#include "agreement/presenceitems.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

QStringList describe(const std::vector<PresenceItems::Item> &items, int count)
{
    QStringList out;
    for (const PresenceItems::Item &item : items) {
        QString who;
        for (int k = 0; k < count; ++k)
            who += (item.analysts >> k) & 1 ? QChar(u'A' + k) : QChar(u'-');
        out.append(u"%1 %2-%3 %4%5%6"_s.arg(item.relation ? u"rel"_s : u"ent"_s)
                       .arg(item.start)
                       .arg(item.end)
                       .arg(who, item.attributesDiffer ? u" attributes"_s : QString(),
                            PresenceItems::isComplete(item, count) ? u" complete"_s : QString()));
    }
    return out;
}

} // namespace

TEST_CASE("Items of three analysts carry who marked them, in reading order", "[agreement]")
{
    // "Haluk Görgün met Emir Aslan in Ankara."
    std::vector<Entity> a {Test::entity(u"a1"_s, u"PERSON"_s, 0, 12), Test::entity(u"a2"_s, u"PERSON"_s, 17, 27),
                           Test::entity(u"a3"_s, u"GPE"_s, 31, 37)};
    std::vector<Entity> b {Test::entity(u"b1"_s, u"PERSON"_s, 0, 12), Test::entity(u"b2"_s, u"ORG"_s, 17, 27),
                           Test::entity(u"b3"_s, u"GPE"_s, 31, 37), Test::entity(u"b3bis"_s, u"GPE"_s, 31, 37)};
    std::vector<Entity> c {Test::entity(u"c1"_s, u"PERSON"_s, 0, 12), Test::entity(u"c2"_s, u"PERSON"_s, 17, 27),
                           Test::entity(u"c3"_s, u"GPE"_s, 31, 37)};
    c[2].attributes.insert(u"capital"_s, u"yes"_s);
    // MEETS_WITH is symmetric: B's the other way round is the same relation. LEADS is not.
    std::vector<Relation> ra {Test::relation(u"r1"_s, u"MEETS_WITH"_s, u"a1"_s, u"a2"_s),
                              Test::relation(u"r2"_s, u"LEADS"_s, u"a1"_s, u"a3"_s)};
    std::vector<Relation> rb {Test::relation(u"s1"_s, u"MEETS_WITH"_s, u"b2"_s, u"b1"_s)};
    std::vector<Relation> rc {Test::relation(u"t1"_s, u"MEETS_WITH"_s, u"c2"_s, u"c1"_s),
                              Test::relation(u"t2"_s, u"LEADS"_s, u"c3"_s, u"c1"_s),
                              Test::relation(u"t3"_s, u"LEADS"_s, u"c1"_s, u"missing"_s)};
    const std::vector<PresenceItems::Item> items =
        PresenceItems::of({{a, ra}, {b, rb}, {c, rc}}, {u"MEETS_WITH"_s});
    // B's MEETS_WITH is between its ORG, so it is not A's and C's; B's second Ankara counts once; C's
    // relation to an entity it does not hold is left out.
    CHECK(describe(items, 3)
          == QStringList {u"ent 0-12 ABC complete"_s, u"rel 0-27 A-C"_s, u"rel 0-27 -B-"_s, u"rel 0-37 A--"_s,
                          u"rel 0-37 --C"_s, u"ent 17-27 A-C"_s, u"ent 17-27 -B-"_s, u"ent 31-37 ABC attributes"_s});
    // Each analyst's own item is named; B's duplicate Ankara is its first.
    CHECK(items.back().index == std::vector<int> {2, 2, 2});
    CHECK(items[5].index == std::vector<int> {1, -1, 1});
    CHECK(PresenceItems::everyone(3) == 7u);
    CHECK(PresenceItems::everyone(64) == ~quint64(0));
    CHECK(PresenceItems::entityKey(a[0]) == u"PERSON 0-12"_s);
}
