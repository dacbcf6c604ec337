// SPDX-License-Identifier: GPL-3.0-or-later
// The entity graph: which mentions become one node, which relations one edge.
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "model/entitygraph.h"
#include "model/schema.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <memory>
#include <vector>

using namespace Hashiya;
using namespace Qt::StringLiterals;
using Hashiya::Test::articleFromText;
using Hashiya::Test::relation;

namespace {

Schema graphSchema()
{
    Schema schema;
    schema.relationTypes.append(RelationType {u"MEETS_WITH"_s, u"meets with"_s, {u"*"_s}, {u"*"_s}, true, false});
    schema.relationTypes.append(RelationType {u"LOCATED_IN"_s, u"located in"_s, {u"*"_s}, {u"*"_s}, false, false});
    schema.relationTypes.append(RelationType {u"EXPORTS_TO"_s, u"exports to"_s, {u"*"_s}, {u"*"_s}, false, false});
    return schema;
}

/// An article written mention by mention: each mention's text is appended, then tagged.
class Writer
{
public:
    Writer &mention(const QString &id, const QString &type, const QString &text, const QString &reference = {})
    {
        const qsizetype start = m_text.toUcs4().size();
        m_text += text;
        Entity entity;
        entity.id = id;
        entity.type = type;
        entity.reference = reference;
        entity.spans.append(Span {start, m_text.toUcs4().size(), {}});
        m_entities.push_back(entity);
        m_text += u" … "_s;
        return *this;
    }

    Writer &link(const QString &id, const QString &type, const QString &from, const QString &to)
    {
        m_relations.push_back(relation(id, type, from, to));
        return *this;
    }

    std::unique_ptr<ArticleDocument> document() const
    {
        auto document = std::make_unique<ArticleDocument>(articleFromText(m_text));
        document->annotations()->reset(EntityList(m_entities), m_relations);
        return document;
    }

private:
    QString m_text = u"Haber: "_s; // an article is never empty
    std::vector<Entity> m_entities;
    std::vector<Relation> m_relations;
};

struct Built
{
    std::unique_ptr<ArticleDocument> document;
    EntityGraph graph;

    const EntityGraph::Node &nodeOf(const QString &entityId) const
    {
        const int node = graph.nodeOfEntity(entityId);
        REQUIRE(node >= 0);
        return graph.nodes()[size_t(node)];
    }
    bool together(const QString &a, const QString &b) const
    {
        return graph.nodeOfEntity(a) >= 0 && graph.nodeOfEntity(a) == graph.nodeOfEntity(b);
    }
};

Built build(const Writer &writer, bool withSchema = true)
{
    static const Schema schema = graphSchema();
    Built built {writer.document(), {}};
    built.graph = EntityGraph::build(*built.document, withSchema ? &schema : nullptr);
    return built;
}

QStringList ids(const QList<EntityGraph::Member> &members)
{
    QStringList result;
    for (const EntityGraph::Member &member : members)
        result.append(member.id);
    return result;
}

} // namespace

TEST_CASE("An empty article gives an empty graph", "[entitygraph]")
{
    const Built built = build(Writer());
    CHECK(built.graph.nodeCount() == 0);
    CHECK(built.graph.edgeCount() == 0);
    CHECK(built.graph.nodeOfEntity(u"x"_s) == -1);
    CHECK(built.graph.edgeOfRelation(u"x"_s) == -1);
}

TEST_CASE("Arabic mentions that differ in hamza, harakat or tatweel are one node", "[entitygraph]")
{
    const Built built = build(Writer()
                                  .mention(u"a1"_s, u"GPE"_s, u"أنقرة"_s)
                                  .mention(u"a2"_s, u"GPE"_s, u"انقرة"_s)
                                  .mention(u"a3"_s, u"GPE"_s, u"أنقـرة"_s)
                                  .mention(u"d1"_s, u"GPE"_s, u"الدَّوحة"_s)
                                  .mention(u"d2"_s, u"GPE"_s, u"الدوحة"_s)
                                  .mention(u"d3"_s, u"GPE"_s, u"الدوحة"_s));
    CHECK(built.graph.nodeCount() == 2);
    CHECK(built.together(u"a1"_s, u"a2"_s));
    CHECK(built.together(u"a1"_s, u"a3"_s));
    CHECK(built.together(u"d1"_s, u"d3"_s));
    const EntityGraph::Node &ankara = built.nodeOf(u"a2"_s);
    CHECK(ankara.mentionCount == 3);
    CHECK(ids(ankara.entities) == QStringList {u"a1"_s, u"a2"_s, u"a3"_s});
    CHECK(ankara.type == u"GPE"_s);
    CHECK(ankara.key == u"text:GPE\nانقرة"_s);
    // Every spelling once: the first wins the tie. Two of three unvowelled: the most frequent wins.
    CHECK(ankara.label == u"أنقرة"_s);
    CHECK(built.nodeOf(u"d1"_s).label == u"الدوحة"_s);
}

TEST_CASE("The same text with different types is two nodes", "[entitygraph]")
{
    const Built built = build(Writer()
                                  .mention(u"g"_s, u"GPE"_s, u"Ankara"_s)
                                  .mention(u"o"_s, u"ORG"_s, u"Ankara"_s)
                                  .mention(u"g2"_s, u"GPE"_s, u"Ankara"_s));
    CHECK(built.graph.nodeCount() == 2);
    CHECK_FALSE(built.together(u"g"_s, u"o"_s));
    CHECK(built.together(u"g"_s, u"g2"_s));
    CHECK(built.nodeOf(u"o"_s).type == u"ORG"_s);
    CHECK(built.nodeOf(u"o"_s).mentionCount == 1);
}

TEST_CASE("Turkish dotted and dotless i and case fold as find folds them", "[entitygraph]")
{
    const Built built = build(Writer()
                                  .mention(u"i1"_s, u"GPE"_s, u"İstanbul"_s)
                                  .mention(u"i2"_s, u"GPE"_s, u"ISTANBUL"_s)
                                  .mention(u"i3"_s, u"GPE"_s, u"istanbul"_s)
                                  .mention(u"i4"_s, u"GPE"_s, u"Istanbul"_s)
                                  .mention(u"s1"_s, u"PERSON"_s, u"Işık"_s)
                                  .mention(u"s2"_s, u"PERSON"_s, u"ışık"_s)
                                  .mention(u"s3"_s, u"PERSON"_s, u"IŞIK"_s));
    CHECK(built.graph.nodeCount() == 2);
    CHECK(built.nodeOf(u"i4"_s).mentionCount == 4);
    CHECK(built.nodeOf(u"i4"_s).label == u"İstanbul"_s);
    CHECK(built.nodeOf(u"s1"_s).mentionCount == 3);
    CHECK(EntityGraph::normalisedText(u"İSTANBUL"_s) == EntityGraph::normalisedText(u"ıstanbul"_s));
}

TEST_CASE("White space inside a mention is collapsed for comparison and for the label", "[entitygraph]")
{
    const Built built = build(Writer()
                                  .mention(u"p1"_s, u"PERSON"_s, u"Recep  Tayyip\nErdoğan"_s)
                                  .mention(u"p2"_s, u"PERSON"_s, u"Recep Tayyip Erdoğan"_s));
    CHECK(built.graph.nodeCount() == 1);
    CHECK(built.nodeOf(u"p1"_s).label == u"Recep Tayyip Erdoğan"_s);
    CHECK(built.nodeOf(u"p1"_s).mentionCount == 2);
    CHECK(EntityGraph::normalisedText(u"  Recep\t Tayyip  "_s) == u"recep tayyip"_s);
}

TEST_CASE("Mentions sharing a reference are one node whatever their text", "[entitygraph]")
{
    const Built built = build(Writer()
                                  .mention(u"p1"_s, u"PERSON"_s, u"Erdoğan"_s, u"wikidata:Q39723"_s)
                                  .mention(u"p2"_s, u"PERSON"_s, u"Cumhurbaşkanı"_s, u"wikidata:Q39723"_s)
                                  .mention(u"p3"_s, u"PERSON"_s, u"أردوغان"_s, u"wikidata:Q39723"_s)
                                  .mention(u"p4"_s, u"PERSON"_s, u"Erdoğan"_s, u"wikidata:Q39723"_s)
                                  .mention(u"x1"_s, u"PERSON"_s, u"Ali Yılmaz"_s, u"local:1"_s)
                                  .mention(u"x2"_s, u"PERSON"_s, u"Ali Yılmaz"_s, u"local:2"_s));
    CHECK(built.graph.nodeCount() == 3);
    const EntityGraph::Node &erdogan = built.nodeOf(u"p3"_s);
    CHECK(erdogan.key == u"ref:wikidata:Q39723"_s);
    CHECK(erdogan.mentionCount == 4);
    CHECK(erdogan.label == u"Erdoğan"_s);
    CHECK(ids(erdogan.entities) == QStringList {u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s});
    // Two references: two people with the same name stay apart.
    CHECK_FALSE(built.together(u"x1"_s, u"x2"_s));
}

TEST_CASE("A node tagged with several types takes the most frequent", "[entitygraph]")
{
    const Built built = build(Writer()
                                  .mention(u"t1"_s, u"ORG"_s, u"Türk hükümeti"_s, u"wikidata:Q43"_s)
                                  .mention(u"t2"_s, u"GPE"_s, u"Türkiye"_s, u"wikidata:Q43"_s)
                                  .mention(u"t3"_s, u"GPE"_s, u"Türkiye"_s, u"wikidata:Q43"_s)
                                  .mention(u"a1"_s, u"ORG"_s, u"Ankara"_s, u"wikidata:Q3640"_s)
                                  .mention(u"a2"_s, u"GPE"_s, u"Ankara"_s, u"wikidata:Q3640"_s));
    REQUIRE(built.graph.nodeCount() == 2);
    CHECK(built.nodeOf(u"t1"_s).type == u"GPE"_s);
    CHECK(built.nodeOf(u"t1"_s).label == u"Türkiye"_s);
    CHECK(built.nodeOf(u"a1"_s).type == u"ORG"_s); // a tie: the first
}

TEST_CASE("A mention without a reference joins the one referenced node with its text", "[entitygraph]")
{
    const Built built = build(Writer()
                                  .mention(u"e1"_s, u"PERSON"_s, u"Erdoğan"_s)
                                  .mention(u"e2"_s, u"PERSON"_s, u"Erdoğan"_s, u"wikidata:Q39723"_s)
                                  .mention(u"e3"_s, u"PERSON"_s, u"ERDOĞAN"_s)
                                  .mention(u"e4"_s, u"ORG"_s, u"Erdoğan"_s)
                                  .mention(u"y1"_s, u"PERSON"_s, u"Ali Yılmaz"_s, u"local:1"_s)
                                  .mention(u"y2"_s, u"PERSON"_s, u"Ali Yılmaz"_s, u"local:2"_s)
                                  .mention(u"y3"_s, u"PERSON"_s, u"Ali Yılmaz"_s));
    CHECK(built.together(u"e1"_s, u"e2"_s));
    CHECK(built.together(u"e1"_s, u"e3"_s));
    CHECK(built.nodeOf(u"e1"_s).key == u"ref:wikidata:Q39723"_s);
    CHECK_FALSE(built.together(u"e1"_s, u"e4"_s)); // another type
    // Which of two referenced people is meant cannot be told: the mention stays on its own.
    CHECK_FALSE(built.together(u"y3"_s, u"y1"_s));
    CHECK_FALSE(built.together(u"y3"_s, u"y2"_s));
    CHECK(built.graph.nodeCount() == 5);
}

TEST_CASE("Relations of the same type between the same nodes are one edge", "[entitygraph]")
{
    const Built built = build(Writer()
                                  .mention(u"o1"_s, u"ORG"_s, u"Baykar"_s)
                                  .mention(u"g1"_s, u"GPE"_s, u"Katar"_s)
                                  .mention(u"o2"_s, u"ORG"_s, u"BAYKAR"_s)
                                  .mention(u"g2"_s, u"GPE"_s, u"Katar"_s)
                                  .link(u"r1"_s, u"EXPORTS_TO"_s, u"o1"_s, u"g1"_s)
                                  .link(u"r2"_s, u"EXPORTS_TO"_s, u"o2"_s, u"g2"_s)
                                  .link(u"r3"_s, u"EXPORTS_TO"_s, u"g1"_s, u"o1"_s) // directed: the other way
                                  .link(u"r4"_s, u"LOCATED_IN"_s, u"o1"_s, u"g2"_s)); // another type
    REQUIRE(built.graph.nodeCount() == 2);
    REQUIRE(built.graph.edgeCount() == 3);
    const int baykar = built.graph.nodeOfEntity(u"o1"_s);
    const int qatar = built.graph.nodeOfEntity(u"g1"_s);
    const EntityGraph::Edge &exports = built.graph.edges()[size_t(built.graph.edgeOfRelation(u"r1"_s))];
    CHECK(exports.type == u"EXPORTS_TO"_s);
    CHECK(exports.from == baykar);
    CHECK(exports.to == qatar);
    CHECK(exports.count == 2);
    CHECK_FALSE(exports.symmetric);
    CHECK(ids(exports.relations) == QStringList {u"r1"_s, u"r2"_s});
    CHECK(built.graph.edgeOfRelation(u"r2"_s) == built.graph.edgeOfRelation(u"r1"_s));
    const EntityGraph::Edge &back = built.graph.edges()[size_t(built.graph.edgeOfRelation(u"r3"_s))];
    CHECK(back.from == qatar);
    CHECK(back.to == baykar);
    CHECK(back.count == 1);
    CHECK(built.graph.edgeOfRelation(u"r4"_s) != built.graph.edgeOfRelation(u"r1"_s));
}

TEST_CASE("A symmetric type merges relations either way round", "[entitygraph]")
{
    Writer writer;
    writer.mention(u"a"_s, u"PERSON"_s, u"Hakan Fidan"_s)
        .mention(u"b"_s, u"PERSON"_s, u"Ceyhun Bayramov"_s)
        .link(u"r1"_s, u"MEETS_WITH"_s, u"a"_s, u"b"_s)
        .link(u"r2"_s, u"MEETS_WITH"_s, u"b"_s, u"a"_s);

    const Built built = build(writer);
    REQUIRE(built.graph.edgeCount() == 1);
    const EntityGraph::Edge &edge = built.graph.edges().front();
    CHECK(edge.symmetric);
    CHECK(edge.count == 2);
    CHECK(edge.from == built.graph.nodeOfEntity(u"a"_s)); // as the first relation has it
    CHECK(edge.to == built.graph.nodeOfEntity(u"b"_s));

    // Without a schema nothing is known to be symmetric.
    const Built plain = build(writer, false);
    CHECK(plain.graph.edgeCount() == 2);
    CHECK_FALSE(plain.graph.edges().front().symmetric);
}

TEST_CASE("Relations with a missing end are left out", "[entitygraph]")
{
    const Built built = build(Writer()
                                  .mention(u"a"_s, u"PERSON"_s, u"Hakan Fidan"_s)
                                  .mention(u"g"_s, u"GPE"_s, u"Bakü"_s)
                                  .link(u"r1"_s, u"LOCATED_IN"_s, u"a"_s, u"gone"_s)
                                  .link(u"r2"_s, u"LOCATED_IN"_s, u"gone"_s, u"g"_s)
                                  .link(u"r3"_s, u"LOCATED_IN"_s, u"a"_s, u"g"_s));
    CHECK(built.graph.nodeCount() == 2);
    CHECK(built.graph.edgeCount() == 1);
    CHECK(built.graph.edgeOfRelation(u"r1"_s) == -1);
    CHECK(built.graph.edgeOfRelation(u"r2"_s) == -1);
    CHECK(built.graph.edgeOfRelation(u"r3"_s) == 0);
}

TEST_CASE("A relation between two mentions of one thing is a loop on its node", "[entitygraph]")
{
    const Built built = build(Writer()
                                  .mention(u"a"_s, u"ORG"_s, u"SSB"_s)
                                  .mention(u"b"_s, u"ORG"_s, u"ssb"_s)
                                  .link(u"r1"_s, u"MEETS_WITH"_s, u"a"_s, u"b"_s));
    REQUIRE(built.graph.edgeCount() == 1);
    CHECK(built.graph.edges().front().from == 0);
    CHECK(built.graph.edges().front().to == 0);
}

TEST_CASE("Mentions without text stay apart", "[entitygraph]")
{
    Writer writer;
    writer.mention(u"a"_s, u"ORG"_s, QString()).mention(u"b"_s, u"ORG"_s, u"   "_s);
    const Built built = build(writer);
    CHECK(built.graph.nodeCount() == 2);
}

TEST_CASE("Several articles make one graph, ids are read per article", "[entitygraph]")
{
    const auto first = Writer()
                           .mention(u"e1"_s, u"GPE"_s, u"Ankara"_s)
                           .mention(u"e2"_s, u"GPE"_s, u"Doha"_s)
                           .link(u"r1"_s, u"MEETS_WITH"_s, u"e1"_s, u"e2"_s)
                           .document();
    // The same ids in another article name other things.
    const auto second = Writer()
                            .mention(u"e1"_s, u"GPE"_s, u"Doha"_s)
                            .mention(u"e2"_s, u"GPE"_s, u"ANKARA"_s)
                            .mention(u"e3"_s, u"GPE"_s, u"Bakü"_s)
                            .link(u"r1"_s, u"MEETS_WITH"_s, u"e1"_s, u"e2"_s)
                            .link(u"r2"_s, u"MEETS_WITH"_s, u"e3"_s, u"e9"_s)
                            .document();
    auto inputOf = [](const ArticleDocument &document) {
        return EntityGraph::Input {document.annotations(), [&document](const Entity &entity) {
                                       return document.textOf(entity);
                                   }};
    };
    const Schema schema = graphSchema();
    const EntityGraph graph = EntityGraph::build({inputOf(*first), inputOf(*second)}, &schema);
    CHECK(graph.nodeCount() == 3);
    CHECK(graph.nodeOfEntity(u"e1"_s, 0) == graph.nodeOfEntity(u"e2"_s, 1));
    CHECK(graph.nodeOfEntity(u"e2"_s, 0) == graph.nodeOfEntity(u"e1"_s, 1));
    CHECK(graph.nodeOfEntity(u"e3"_s, 0) == -1);
    CHECK(graph.nodeOfEntity(u"e3"_s, 2) == -1);
    const EntityGraph::Node &ankara = graph.nodes()[size_t(graph.nodeOfEntity(u"e1"_s, 0))];
    CHECK(ankara.entities == QList<EntityGraph::Member> {{0, u"e1"_s}, {1, u"e2"_s}});
    REQUIRE(graph.edgeCount() == 1);
    CHECK(graph.edges().front().count == 2);
    CHECK(graph.edges().front().relations == QList<EntityGraph::Member> {{0, u"r1"_s}, {1, u"r1"_s}});
    CHECK(graph.edgeOfRelation(u"r2"_s, 1) == -1);
}
