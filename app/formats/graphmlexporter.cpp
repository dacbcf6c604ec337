// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphmlexporter.h"

#include "model/annotationset.h"
#include "model/entitygraph.h"
#include "text/codepointindex.h"

#include <QXmlStreamWriter>

#include "formats/exportsupport.h"

namespace Hashiya {

std::unique_ptr<Exporter> GraphmlExporter::create(const Schema &schema)
{
    return std::make_unique<GraphmlExporter>(schema);
}

GraphmlExporter::GraphmlExporter(Schema schema)
    : m_schema(std::move(schema))
{
}

GraphmlExporter::~GraphmlExporter() = default;

bool GraphmlExporter::add(const ExchangeDocument &input, OutputSink &, Problems *problems)
{
    ExchangeDocument kept;
    const ExchangeDocument &document = ExportSupport::withValidSpans(input, kept, problems);
    Collected collected;
    collected.name = document.name;
    const CodePointIndex index(document.text);
    const qsizetype length = index.codePointCount();
    for (const Entity &entity : document.entities) {
        // As the reader shows it: fragments joined with a space, offsets clamped to the text.
        QString joined;
        for (const Span &span : entity.spans) {
            const qsizetype from = index.toUtf16(std::clamp<qsizetype>(span.start, 0, length));
            const qsizetype to = std::max(from, index.toUtf16(std::clamp<qsizetype>(span.end, 0, length)));
            if (!joined.isEmpty())
                joined += u' ';
            joined += QStringView(document.text).sliced(from, to - from);
        }
        collected.textOfEntity.insert(entity.id, joined);
    }
    collected.annotations = std::make_unique<AnnotationSet>();
    collected.annotations->reset(document.entities, document.relations);
    m_documents.push_back(std::move(collected));
    return true;
}

bool GraphmlExporter::finish(OutputSink &out, Problems *problems)
{
    QList<EntityGraph::Input> inputs;
    for (const Collected &collected : m_documents) {
        const QHash<QString, QString> *texts = &collected.textOfEntity;
        inputs.append({collected.annotations.get(), [texts](const Entity &entity) {
                           return texts->value(entity.id);
                       }});
    }
    const EntityGraph graph = EntityGraph::build(inputs, &m_schema);

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    struct Key
    {
        const char *id;
        const char *domain;
        const char *name;
        const char *type;
    };
    static const Key keys[] = {
        {"label", "node", "label", "string"},
        {"type", "node", "type", "string"},
        {"mentions", "node", "mentions", "int"},
        {"documents", "node", "documents", "string"},
        {"reference", "node", "reference", "string"},
        {"relation", "edge", "type", "string"},
        {"count", "edge", "count", "int"},
        {"symmetric", "edge", "symmetric", "boolean"},
    };
    for (const Key &key : keys) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(key.id));
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(key.domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(key.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(key.type));
    }
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("entities"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    auto data = [&xml](const QString &key, const QString &value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const EntityGraph::Node &node = graph.nodes()[size_t(i)];
        QStringList documents;
        for (const EntityGraph::Member &member : node.entities) {
            const QString &name = m_documents[size_t(member.input)].name;
            if (!documents.contains(name))
                documents.append(name);
        }
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("n%1").arg(i));
        data(QStringLiteral("label"), node.label);
        data(QStringLiteral("type"), node.type);
        data(QStringLiteral("mentions"), QString::number(node.mentionCount));
        data(QStringLiteral("documents"), documents.join(QStringLiteral("; ")));
        if (node.key.startsWith(QStringLiteral("ref:")))
            data(QStringLiteral("reference"), node.key.mid(4));
        xml.writeEndElement();
    }
    for (int i = 0; i < graph.edgeCount(); ++i) {
        const EntityGraph::Edge &edge = graph.edges()[size_t(i)];
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("n%1").arg(edge.from));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("n%1").arg(edge.to));
        data(QStringLiteral("relation"), edge.type);
        data(QStringLiteral("count"), QString::number(edge.count));
        data(QStringLiteral("symmetric"), edge.symmetric ? QStringLiteral("true") : QStringLiteral("false"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();

    return ExportSupport::write(out, fileName(), bytes, problems);
}

} // namespace Hashiya
