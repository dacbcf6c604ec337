// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/catchqt.h"
#include "support/exchangefixture.h"

#include <QXmlStreamReader>

#include "formats/exportformats.h"
#include "formats/graphmlexporter.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

struct Element
{
    QString id;
    QString source;
    QString target;
    QMap<QString, QString> data; // key id → text
};

struct Graph
{
    QMap<QString, QStringList> keys; // key id → for, attr.name, attr.type
    QList<Element> nodes;
    QList<Element> edges;
    QString edgeDefault;

    const Element *nodeLabelled(const QString &label) const
    {
        for (const Element &node : nodes) {
            if (node.data.value(u"label"_s) == label)
                return &node;
        }
        return nullptr;
    }
};

Graph parse(const QByteArray &bytes)
{
    Graph graph;
    QXmlStreamReader xml(bytes);
    Element *current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        REQUIRE(xml.namespaceUri() == u"http://graphml.graphdrawing.org/xmlns"_s);
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView name = xml.name();
        if (name == u"key") {
            graph.keys.insert(attributes.value(u"id"_s).toString(),
                              {attributes.value(u"for"_s).toString(), attributes.value(u"attr.name"_s).toString(),
                               attributes.value(u"attr.type"_s).toString()});
        } else if (name == u"graph") {
            graph.edgeDefault = attributes.value(u"edgedefault"_s).toString();
        } else if (name == u"node" || name == u"edge") {
            QList<Element> &list = name == u"node" ? graph.nodes : graph.edges;
            list.append({attributes.value(u"id"_s).toString(),
                         attributes.value(u"source"_s).toString(),
                         attributes.value(u"target"_s).toString(),
                         {}});
            current = &list.last();
        } else if (name == u"data") {
            REQUIRE(current);
            const QString key = attributes.value(u"key"_s).toString();
            REQUIRE(graph.keys.contains(key));
            current->data.insert(key, xml.readElementText());
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return graph;
}

QByteArray exportGraph(const QList<ExchangeDocument> &documents)
{
    const std::unique_ptr<Exporter> exporter = ExportFormats::find(u"graphml")->create(Test::exchangeFixtureSchema());
    MemoryOutput out;
    Problems problems;
    for (const ExchangeDocument &document : documents)
        REQUIRE(exporter->add(document, out, &problems));
    REQUIRE(exporter->finish(out, &problems));
    CHECK(problems.isEmpty());
    REQUIRE(out.files().keys() == QStringList {u"entities.graphml"_s});
    return out.files().first();
}

} // namespace

TEST_CASE("GraphML export of the exchange fixture parses back with its keys, nodes and edges", "[formats][graphml]")
{
    const QByteArray bytes = exportGraph({Test::exchangeFixture()});
    const Graph graph = parse(bytes);
    CHECK(graph.edgeDefault == u"directed"_s);
    CHECK(graph.keys.value(u"label"_s) == QStringList {u"node"_s, u"label"_s, u"string"_s});
    CHECK(graph.keys.value(u"mentions"_s) == QStringList {u"node"_s, u"mentions"_s, u"int"_s});
    CHECK(graph.keys.value(u"relation"_s) == QStringList {u"edge"_s, u"type"_s, u"string"_s});
    CHECK(graph.keys.value(u"symmetric"_s) == QStringList {u"edge"_s, u"symmetric"_s, u"boolean"_s});
    CHECK(graph.nodes.size() == 12);
    REQUIRE(graph.edges.size() == 3);

    const Element *erdogan = graph.nodeLabelled(u"أردوغانُ"_s);
    REQUIRE(erdogan);
    CHECK(erdogan->data.value(u"type"_s) == u"PERSON"_s);
    CHECK(erdogan->data.value(u"reference"_s) == u"wikidata:Q39259"_s);
    CHECK(erdogan->data.value(u"documents"_s) == u"mixed/haber.txt"_s);
    const Element *selcuk = graph.nodeLabelled(u"Selçuk Bayraktar"_s);
    REQUIRE(selcuk);
    CHECK(graph.nodeLabelled(u"Bayraktar TB2"_s)); // a discontinuous entity reads as its fragments joined

    const Element &meets = graph.edges.at(0);
    CHECK(meets.data.value(u"relation"_s) == u"MEETS_WITH"_s);
    CHECK(meets.source == selcuk->id);
    CHECK(meets.target == erdogan->id);
    CHECK(meets.data.value(u"count"_s) == u"1"_s);
    CHECK(meets.data.value(u"symmetric"_s) == u"true"_s);
    CHECK(graph.edges.at(2).data.value(u"symmetric"_s) == u"false"_s); // SUPPLIES
    CHECK(bytes == exportGraph({Test::exchangeFixture()}));
}

TEST_CASE("GraphML export merges an entity two documents share", "[formats][graphml]")
{
    ExchangeDocument second;
    second.name = u"tr/ikinci <&>.txt"_s; // markup in a name, escaped in the file
    second.text = u"Baykar <ASFAT> ile & Selçuk Bayraktar görüştü."_s;
    second.entities.push_back(Entity {u"b1"_s, u"ORG"_s, {{0, 6, {}}}, {}, {}, {}, {}});
    second.entities.push_back(Entity {u"b2"_s, u"ORG"_s, {{8, 13, {}}}, {}, {}, {}, {}});
    second.entities.push_back(Entity {u"b3"_s, u"PERSON"_s, {{21, 37, {}}}, {}, {}, {}, {}});
    second.relations.push_back(Relation {u"s1"_s, u"AGREEMENT_WITH"_s, u"b1"_s, u"b2"_s, {}, {}, {}});
    const QByteArray bytes = exportGraph({Test::exchangeFixture(), second});
    const Graph graph = parse(bytes);
    CHECK(graph.nodes.size() == 12); // Baykar, ASFAT and Selçuk Bayraktar merged with the fixture's
    const Element *baykar = graph.nodeLabelled(u"Baykar"_s);
    REQUIRE(baykar);
    CHECK(baykar->data.value(u"mentions"_s) == u"2"_s);
    CHECK(baykar->data.value(u"documents"_s) == u"mixed/haber.txt; tr/ikinci <&>.txt"_s);
    CHECK(graph.nodeLabelled(u"Selçuk Bayraktar"_s)->data.value(u"mentions"_s) == u"2"_s);
    REQUIRE(graph.edges.size() == 3); // the second AGREEMENT_WITH joins the first edge
    CHECK(graph.edges.at(1).data.value(u"relation"_s) == u"AGREEMENT_WITH"_s);
    CHECK(graph.edges.at(1).data.value(u"count"_s) == u"2"_s);
    CHECK(bytes.contains("tr/ikinci &lt;&amp;&gt;.txt"));
    CHECK(graph.nodeLabelled(u"ASFAT"_s)->data.value(u"mentions"_s) == u"2"_s);
}
