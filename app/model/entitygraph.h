// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace Hashiya {

class AnnotationSet;
class ArticleDocument;
struct Entity;
struct Schema;

/// The entities of one or more articles as a graph: the mentions of the same thing merged into one node, and
/// the relations between them merged into one edge per type and pair of nodes. A value, built in one go.
///
/// Mentions are the same thing when they share a reference; without one, when their texts are equal once
/// folded as find folds them (case, Turkish dotted and dotless i, Arabic marks and alef forms) with runs of
/// white space made one, and their types are equal. A mention without a reference joins the referenced node
/// whose mentions have its folded text and type, if there is exactly one such node.
class EntityGraph final
{
public:
    /// The annotations of one article and how to read an entity's text in it.
    struct Input
    {
        const AnnotationSet *annotations = nullptr;
        std::function<QString(const Entity &)> textOf;
    };

    /// An entity or a relation of one of the inputs, by id.
    struct Member
    {
        int input = 0; ///< index in the inputs the graph was built from
        QString id;
        friend bool operator==(const Member &a, const Member &b) = default;
    };

    struct Node
    {
        /// "ref:" and the reference; or "text:", the type, a newline and the normalised text; or, for a mention
        /// without text, "id:", its input, a colon and its id
        QString key;
        QString type; ///< the most frequent type among its mentions; on a tie, the first
        QString label; ///< the most frequent text among its mentions; on a tie, the first
        int mentionCount = 0;
        QList<Member> entities; ///< in input order, then the order of each input's entities (text order)
    };

    struct Edge
    {
        QString type;
        int from = -1; ///< node index; for a symmetric type, the source of its first relation
        int to = -1;
        bool symmetric = false; ///< from the schema; false for a type it does not define
        int count = 0;
        QList<Member> relations; ///< in input order, then by relation id
    };

    EntityGraph() = default;

    /// The graph of one open article.
    static EntityGraph build(const ArticleDocument &document, const Schema *schema);
    /// The graph of several articles, e.g. a whole corpus: a thing mentioned in two of them is one node.
    /// Relations whose source or target is not an entity of the same input are left out.
    static EntityGraph build(const QList<Input> &inputs, const Schema *schema);

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }

    /// The node holding the entity, or -1.
    int nodeOfEntity(const QString &entityId, int input = 0) const;
    /// The edge holding the relation, or -1 (also for a relation left out for a missing end).
    int edgeOfRelation(const QString &relationId, int input = 0) const;

    /// `text` as nodes compare it: folded as SearchText::fold does, white space trimmed and collapsed.
    static QString normalisedText(const QString &text);

private:
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<QHash<QString, int>> m_nodeOfEntity; // per input
    std::vector<QHash<QString, int>> m_edgeOfRelation;
};

} // namespace Hashiya
