// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitygraph.h"

#include "model/annotationset.h"
#include "model/articledocument.h"
#include "model/schema.h"
#include "text/searchtext.h"

#include <QSet>

namespace Hashiya {

using namespace Qt::StringLiterals;

namespace {

/// The most frequent of a list of strings; on a tie, the one seen first.
class Tally
{
public:
    void add(const QString &value)
    {
        int &count = m_counts[value];
        if (count == 0)
            m_order.append(value);
        ++count;
    }

    QString winner() const
    {
        QString best;
        int bestCount = 0;
        for (const QString &value : m_order) {
            const int count = m_counts.value(value);
            if (count > bestCount) {
                best = value;
                bestCount = count;
            }
        }
        return best;
    }

private:
    QHash<QString, int> m_counts;
    QStringList m_order;
};

/// One entity as the graph groups it.
struct Mention
{
    int input = 0;
    const Entity *entity = nullptr;
    QString surface; // its text as shown: white space collapsed
    QString textKey; // type and folded text; empty when the entity has no text
};

QString textKeyOf(const QString &type, const QString &normalised)
{
    return normalised.isEmpty() ? QString() : type + u'\n' + normalised;
}

} // namespace

EntityGraph EntityGraph::build(const ArticleDocument &document, const Schema *schema)
{
    Input input;
    input.annotations = document.annotations();
    input.textOf = [&document](const Entity &entity) {
        return document.textOf(entity);
    };
    return build({input}, schema);
}

EntityGraph EntityGraph::build(const QList<Input> &inputs, const Schema *schema)
{
    EntityGraph graph;
    graph.m_nodeOfEntity.resize(size_t(inputs.size()));
    graph.m_edgeOfRelation.resize(size_t(inputs.size()));

    std::vector<Mention> mentions;
    // Folded text and type → the references of mentions that have them: an unreferenced mention joins
    // the referenced node only when that node is the one thing its text can mean here.
    QHash<QString, QSet<QString>> referencesOfText;
    for (int i = 0; i < inputs.size(); ++i) {
        const Input &input = inputs.at(i);
        if (!input.annotations)
            continue;
        for (const Entity &entity : input.annotations->entities()) {
            const QString text = input.textOf ? input.textOf(entity) : QString();
            Mention mention {i, &entity, text.simplified(), textKeyOf(entity.type, normalisedText(text))};
            if (!entity.reference.isEmpty() && !mention.textKey.isEmpty())
                referencesOfText[mention.textKey].insert(entity.reference);
            mentions.push_back(std::move(mention));
        }
    }

    QHash<QString, int> nodeOfKey;
    std::vector<Tally> types;
    std::vector<Tally> labels;
    for (const Mention &mention : mentions) {
        QString key;
        if (!mention.entity->reference.isEmpty()) {
            key = u"ref:"_s + mention.entity->reference;
        } else if (mention.textKey.isEmpty()) {
            // Nothing to compare: an entity without text stands alone.
            key = u"id:%1:%2"_s.arg(mention.input).arg(mention.entity->id);
        } else {
            const QSet<QString> references = referencesOfText.value(mention.textKey);
            key = references.size() == 1 ? u"ref:"_s + *references.begin() : u"text:"_s + mention.textKey;
        }
        auto found = nodeOfKey.constFind(key);
        int node = 0;
        if (found == nodeOfKey.constEnd()) {
            node = graph.nodeCount();
            nodeOfKey.insert(key, node);
            graph.m_nodes.push_back(Node {key, {}, {}, 0, {}});
            types.emplace_back();
            labels.emplace_back();
        } else {
            node = *found;
        }
        Node &value = graph.m_nodes[size_t(node)];
        ++value.mentionCount;
        value.entities.append(Member {mention.input, mention.entity->id});
        types[size_t(node)].add(mention.entity->type);
        labels[size_t(node)].add(mention.surface);
        graph.m_nodeOfEntity[size_t(mention.input)].insert(mention.entity->id, node);
    }
    for (size_t node = 0; node < graph.m_nodes.size(); ++node) {
        graph.m_nodes[node].type = types[node].winner();
        graph.m_nodes[node].label = labels[node].winner();
    }

    QHash<QString, int> edgeOfKey;
    for (int i = 0; i < inputs.size(); ++i) {
        const Input &input = inputs.at(i);
        if (!input.annotations)
            continue;
        for (const Relation &relation : input.annotations->relations()) {
            const int from = graph.nodeOfEntity(relation.from, i);
            const int to = graph.nodeOfEntity(relation.to, i);
            if (from < 0 || to < 0)
                continue;
            const RelationType *type = schema ? schema->relationType(relation.type) : nullptr;
            const bool symmetric = type && type->symmetric;
            const int low = symmetric ? std::min(from, to) : from;
            const int high = symmetric ? std::max(from, to) : to;
            const QString key = u"%1\n%2\n%3"_s.arg(relation.type).arg(low).arg(high);
            auto found = edgeOfKey.constFind(key);
            int edge = 0;
            if (found == edgeOfKey.constEnd()) {
                edge = graph.edgeCount();
                edgeOfKey.insert(key, edge);
                graph.m_edges.push_back(Edge {relation.type, from, to, symmetric, 0, {}});
            } else {
                edge = *found;
            }
            Edge &value = graph.m_edges[size_t(edge)];
            ++value.count;
            value.relations.append(Member {i, relation.id});
            graph.m_edgeOfRelation[size_t(i)].insert(relation.id, edge);
        }
    }
    return graph;
}

int EntityGraph::nodeOfEntity(const QString &entityId, int input) const
{
    if (input < 0 || size_t(input) >= m_nodeOfEntity.size())
        return -1;
    return m_nodeOfEntity[size_t(input)].value(entityId, -1);
}

int EntityGraph::edgeOfRelation(const QString &relationId, int input) const
{
    if (input < 0 || size_t(input) >= m_edgeOfRelation.size())
        return -1;
    return m_edgeOfRelation[size_t(input)].value(relationId, -1);
}

QString EntityGraph::normalisedText(const QString &text)
{
    return SearchText::fold(text).simplified();
}

} // namespace Hashiya
