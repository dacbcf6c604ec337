// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

#include "formats/exporter.h"

namespace Hashiya {

class AnnotationSet;

/// Writes the entity graph of the whole set as one GraphML file, `entities.graphml`, for Gephi, yEd,
/// Cytoscape or networkx. Nodes and edges are EntityGraph's: mentions merged by reference, or by folded
/// text and type, across documents; one edge per relation type and pair of nodes.
///
/// Node data: label, type, mentions (how many entities), documents (their names, in order, joined with
/// "; "), reference. Edge data: type, count (how many relations), symmetric. The graph is directed; a
/// symmetric type's edge runs from the source of its first relation and says symmetric=true, rather than
/// directed="false", because networkx refuses a graph that mixes both.
class GraphmlExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(GraphmlExporter)

public:
    static std::unique_ptr<Exporter> create(const Schema &schema);

    explicit GraphmlExporter(Schema schema);
    ~GraphmlExporter() override;
    bool add(const ExchangeDocument &document, OutputSink &out, Problems *problems) override;
    bool finish(OutputSink &out, Problems *problems) override;

    static QString fileName() { return QStringLiteral("entities.graphml"); }

private:
    /// What the graph needs of one document: its annotations and each entity's text, not the article.
    struct Collected
    {
        QString name;
        std::unique_ptr<AnnotationSet> annotations;
        QHash<QString, QString> textOfEntity;
    };

    Schema m_schema;
    std::vector<Collected> m_documents;
};

} // namespace Hashiya
