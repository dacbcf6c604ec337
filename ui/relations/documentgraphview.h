// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articledocument.h" // QPointer needs the complete type
#include "model/entitygraph.h"
#include "model/schema.h"

#include <QGraphicsView>
#include <QPointer>
#include <QSet>

#include <optional>
#include <vector>

class QTimer;

namespace Hashiya {

class GraphEdgeItem;
class GraphLabelItem;

/// The open article as a graph: one box per thing its entities name, coloured by type and showing how often
/// it is mentioned, and a line per relation type between two of them, with an arrow unless the type has no
/// direction. Follows edits after a short pause (while hidden, once shown again), keeping the boxes that stay
/// where they were. Drag empty space to pan and a box to move it; Ctrl+wheel, + and - zoom; F, Ctrl+0 or a
/// double click on empty space fit the whole graph. It only reads the document.
class DocumentGraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentGraphView)

public:
    explicit DocumentGraphView(QWidget *parent = nullptr);
    ~DocumentGraphView() override;

    /// Shows the graph of `document`, fitted to the view, with the colours and relation types of `schema`
    /// (copied; nullptr for none). A null document clears the view.
    void setDocument(ArticleDocument *document, const Schema *schema);
    /// Outlines the node holding the entity (empty for none) and scrolls to it; does not emit entityActivated.
    void setSelectedEntity(const QString &entityId);
    /// Emphasises the edge holding the relation (empty for none); does not emit relationActivated.
    void setSelectedRelation(const QString &relationId);

    int nodeCount() const { return m_graph.nodeCount(); }
    int edgeCount() const { return m_graph.edgeCount(); }
    /// Where the node holding the entity is, in viewport coordinates; (-1, -1) if none does.
    QPointF nodeCenter(const QString &entityId) const;
    /// Where the label of the edge holding the relation is, in viewport coordinates; (-1, -1) if none does.
    QPointF edgeLabelCenter(const QString &relationId) const;

Q_SIGNALS:
    /// The analyst clicked a node: the id of its first mention in the text.
    void entityActivated(const QString &entityId);
    /// The analyst clicked an edge or its label: the id of its first relation.
    void relationActivated(const QString &relationId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// What is under a point of the viewport.
    struct Target
    {
        int node = -1;
        int edge = -1;
        friend bool operator==(const Target &a, const Target &b) = default;
    };
    /// Where a node was drawn before a rebuild, and whether it was linked then.
    struct Placed
    {
        QPointF position;
        bool linked = false;
    };

    void scheduleRebuild();
    void rebuild();
    void clearItems();
    void createNodes();
    void createEdges();
    void placeNodes(const QHash<QString, Placed> &byKey, const QHash<QString, Placed> &byEntity);
    QFont edgeFont() const;
    QString relationLabel(const QString &type) const;
    QString edgeText(const EntityGraph::Edge &edge) const;
    void updateSceneRect();
    void applyEmphasis();

    Target targetAt(const QPoint &viewportPos) const;
    void setHovered(const Target &target);
    void activate(const Target &target);
    void zoomBy(qreal factor);
    void fitAll();

    QPointer<ArticleDocument> m_document;
    std::optional<Schema> m_schema;
    QGraphicsScene *m_scene;
    QTimer *m_rebuildTimer;
    EntityGraph m_graph;
    std::vector<GraphLabelItem *> m_nodeItems;
    std::vector<GraphEdgeItem *> m_edgeItems;
    std::vector<GraphLabelItem *> m_edgeLabels;
    std::vector<std::vector<int>> m_edgesOfNode;

    QSet<QString> m_pinned; // keys of the nodes the analyst moved: they stay where they were put
    QString m_selectedEntity;
    QString m_selectedRelation;
    Target m_hovered;
    Target m_pressed;
    QPoint m_pressPos;
    bool m_autoFit = true; // fit again on resize and growth until the analyst zooms or pans
    bool m_stale = false; // edited while hidden: rebuilt when shown, not on every edit nobody sees
    bool m_layoutOnShow = false; // given a document while hidden
};

} // namespace Hashiya
