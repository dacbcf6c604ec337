// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentgraphview.h"

#include "model/graphlayout.h"
#include "ui/relations/graphedgeitem.h"
#include "ui/relations/graphlabelitem.h"
#include "ui/widgets/interfacelocale.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <map>

namespace Hashiya {

namespace {

constexpr int rebuildDelay = 150; // ms: a burst of edits (an undo macro, typing a note) rebuilds once
constexpr qreal nodeLabelWidth = 260;
constexpr qreal edgeLabelWidth = 180;
constexpr qreal minScale = 0.02;
constexpr qreal maxScale = 6;
constexpr qreal fitMargin = 24;

// What an item stands for, kept in its data().
constexpr int kindKey = 0;
constexpr int indexKey = 1;
constexpr int nodeKind = 1;
constexpr int edgeKind = 2;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

/// `font` made `factor` times as large, whether its size is set in points or in pixels.
QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    return font;
}

/// Dark or light text, whichever reads better on `fill`: by its luminance, so that white is not put on the light
/// teal or orange of some types.
QColor textOn(const QColor &fill)
{
    auto linear = [](qreal channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const qreal luminance =
        0.2126 * linear(fill.redF()) + 0.7152 * linear(fill.greenF()) + 0.0722 * linear(fill.blueF());
    return luminance > 0.3 ? QColor(25, 25, 25) : QColor(250, 250, 250);
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

DocumentGraphView::DocumentGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
    , m_rebuildTimer(new QTimer(this))
{
    // Rebuilt whole on every change: without an index, clearing thousands of items is quick, and finding the
    // few under the mouse still is.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Document graph"));

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(rebuildDelay);
    connect(m_rebuildTimer, &QTimer::timeout, this, &DocumentGraphView::rebuild);
}

DocumentGraphView::~DocumentGraphView()
{
    // Items call back into the view when they move; none may outlive it.
    clearItems();
}

void DocumentGraphView::setDocument(ArticleDocument *document, const Schema *schema)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->annotations(), nullptr, this, nullptr);
    }
    m_document = document;
    m_schema = schema ? std::optional<Schema>(*schema) : std::nullopt;
    m_selectedEntity.clear();
    m_selectedRelation.clear();
    m_pinned.clear();
    clearItems(); // another article: nothing to keep in place
    if (document) {
        const AnnotationSet *set = document->annotations();
        connect(set, &AnnotationSet::entityInserted, this, &DocumentGraphView::scheduleRebuild);
        connect(set, &AnnotationSet::entityRemoved, this, &DocumentGraphView::scheduleRebuild);
        connect(set, &AnnotationSet::entityChanged, this, &DocumentGraphView::scheduleRebuild);
        connect(set, &AnnotationSet::relationInserted, this, &DocumentGraphView::scheduleRebuild);
        connect(set, &AnnotationSet::relationRemoved, this, &DocumentGraphView::scheduleRebuild);
        connect(set, &AnnotationSet::relationChanged, this, &DocumentGraphView::scheduleRebuild);
        connect(set, &AnnotationSet::wasReset, this, &DocumentGraphView::scheduleRebuild);
        connect(document, &QObject::destroyed, this, &DocumentGraphView::rebuild);
    }
    rebuild();
    fitAll();
    // Laid out for the view's shape, which a hidden view does not know yet: again when it is first shown.
    m_layoutOnShow = !isVisible();
}

void DocumentGraphView::setSelectedEntity(const QString &entityId)
{
    m_selectedEntity = entityId;
    applyEmphasis();
    const int node = m_graph.nodeOfEntity(entityId);
    if (node >= 0 && size_t(node) < m_nodeItems.size())
        ensureVisible(m_nodeItems[size_t(node)], 32, 32);
}

void DocumentGraphView::setSelectedRelation(const QString &relationId)
{
    m_selectedRelation = relationId;
    applyEmphasis();
}

QPointF DocumentGraphView::nodeCenter(const QString &entityId) const
{
    const int node = m_graph.nodeOfEntity(entityId);
    if (node < 0 || size_t(node) >= m_nodeItems.size())
        return {-1, -1};
    return viewportTransform().map(m_nodeItems[size_t(node)]->pos());
}

QPointF DocumentGraphView::edgeLabelCenter(const QString &relationId) const
{
    const int edge = m_graph.edgeOfRelation(relationId);
    if (edge < 0 || size_t(edge) >= m_edgeLabels.size())
        return {-1, -1};
    return viewportTransform().map(m_edgeLabels[size_t(edge)]->pos());
}

void DocumentGraphView::scheduleRebuild()
{
    if (isVisible())
        m_rebuildTimer->start();
    else
        m_stale = true;
}

void DocumentGraphView::rebuild()
{
    m_rebuildTimer->stop();
    m_stale = false;
    // Where each thing was, by node key and, for a node whose key changed (a retyped entity), by its mentions.
    QHash<QString, Placed> byKey;
    QHash<QString, Placed> byEntity;
    std::vector<bool> linked(m_nodeItems.size(), false);
    for (const EntityGraph::Edge &edge : m_graph.edges()) {
        if (size_t(edge.from) < linked.size() && size_t(edge.to) < linked.size())
            linked[size_t(edge.from)] = linked[size_t(edge.to)] = true;
    }
    for (size_t i = 0; i < m_nodeItems.size() && i < m_graph.nodes().size(); ++i) {
        const EntityGraph::Node &node = m_graph.nodes()[i];
        const Placed placed {m_nodeItems[i]->pos(), linked[i]};
        byKey.insert(node.key, placed);
        for (const EntityGraph::Member &member : node.entities)
            byEntity.insert(member.id, placed);
    }
    clearItems();
    m_graph = m_document ? EntityGraph::build(*m_document, m_schema ? &*m_schema : nullptr) : EntityGraph();
    createNodes();
    placeNodes(byKey, byEntity);
    createEdges();
    updateSceneRect();
    applyEmphasis();
    if (m_autoFit && !mapToScene(viewport()->rect()).boundingRect().contains(m_scene->itemsBoundingRect()))
        fitAll();
    viewport()->update();
}

void DocumentGraphView::clearItems()
{
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_edgeLabels.clear();
    m_edgesOfNode.clear();
    m_hovered = {};
    m_pressed = {};
    m_scene->clear();
}

void DocumentGraphView::createNodes()
{
    const QFont font = this->font();
    QFont badgeFont = scaled(font, 0.75);
    badgeFont.setBold(true);
    const bool dark = isDark(palette());
    for (int i = 0; i < m_graph.nodeCount(); ++i) {
        const EntityGraph::Node &node = m_graph.nodes()[size_t(i)];
        const EntityType *type = m_schema ? m_schema->entityType(node.type) : nullptr;
        const QColor color = type && type->color.isValid() ? type->color : Schema::fallbackColor(node.type);
        auto *item = new GraphLabelItem(node.label, font, nodeLabelWidth);
        item->setColors(color, dark ? color.lighter(150) : color.darker(150), textOn(color));
        if (node.mentionCount > 1) {
            item->setBadge(InterfaceLocale::number(node.mentionCount), badgeFont, palette().color(QPalette::Base),
                           palette().color(QPalette::Text));
        }
        item->setToolTip(InterfaceLocale::withDigits(tr("%1\n%2, %n mention(s)", nullptr, node.mentionCount))
                             .arg(node.label, type ? type->label(InterfaceLocale::language()) : node.type));
        item->setFlag(QGraphicsItem::ItemIsMovable);
        item->setCursor(Qt::PointingHandCursor);
        item->setZValue(1);
        item->setData(kindKey, nodeKind);
        item->setData(indexKey, i);
        item->setMovedHandler([this, i] {
            if (size_t(i) < m_edgesOfNode.size()) {
                for (int edge : m_edgesOfNode[size_t(i)])
                    m_edgeItems[size_t(edge)]->adjust();
            }
        });
        m_scene->addItem(item);
        m_nodeItems.push_back(item);
    }
}

void DocumentGraphView::placeNodes(const QHash<QString, Placed> &byKey, const QHash<QString, Placed> &byEntity)
{
    const int n = m_graph.nodeCount();
    GraphLayout layout(n);
    std::vector<bool> linked(size_t(n), false);
    // Bent lines bulge beside their boxes and loops hang off them: room for them, from a label's height each.
    const qreal slot = QFontMetricsF(edgeFont()).height() + 8;
    std::vector<qreal> room(size_t(n), 0);
    std::map<std::pair<int, int>, int> bundles;
    for (const EntityGraph::Edge &edge : m_graph.edges()) {
        linked[size_t(edge.from)] = linked[size_t(edge.to)] = true;
        ++bundles[{std::min(edge.from, edge.to), std::max(edge.from, edge.to)}];
    }
    for (const auto &[pair, count] : bundles) {
        const qreal extra = pair.first == pair.second ? 2 * slot + slot * (count - 1) : slot * (count - 1);
        room[size_t(pair.first)] = std::max(room[size_t(pair.first)], extra);
        room[size_t(pair.second)] = std::max(room[size_t(pair.second)], extra);
    }
    for (int i = 0; i < n; ++i) {
        // A little room for the mention badge and the selection outline.
        layout.setSize(i, m_nodeItems[size_t(i)]->box().size() + QSizeF(10, 8 + room[size_t(i)]));
        // Each node where it was, except one that was on its own and is now linked: it moves next to what it
        // is linked to, or with a new group of its own below the picture, rather than stay among the unlinked.
        const EntityGraph::Node &node = m_graph.nodes()[size_t(i)];
        std::optional<Placed> placed;
        if (auto found = byKey.constFind(node.key); found != byKey.constEnd())
            placed = *found;
        for (qsizetype m = 0; !placed && m < node.entities.size(); ++m) {
            if (auto found = byEntity.constFind(node.entities.at(m).id); found != byEntity.constEnd())
                placed = *found;
        }
        if (placed && m_pinned.contains(node.key))
            layout.setPinned(i, placed->position);
        else if (placed && (placed->linked || !linked[size_t(i)]))
            layout.setStart(i, placed->position);
    }
    // Linked boxes far enough apart that the relation's label fits between them.
    const QFontMetricsF metrics(edgeFont());
    qreal widestLabel = 0;
    for (const EntityGraph::Edge &edge : m_graph.edges()) {
        layout.addEdge(edge.from, edge.to);
        widestLabel = std::max(widestLabel, std::min(edgeLabelWidth, metrics.horizontalAdvance(edgeText(edge))));
    }
    // Side by side, the label's width and an arrow head; one above the other, its height and room for the line.
    layout.setEdgeLength(std::clamp(widestLabel + 36, 70.0, 200.0), std::max(40.0, 2 * metrics.height() + 18));
    if (viewport()->height() > 0 && viewport()->width() > 0)
        layout.setAspectRatio(std::clamp(qreal(viewport()->width()) / viewport()->height(), 0.5, 3.0));
    const std::vector<QPointF> positions = layout.compute();
    for (int i = 0; i < n; ++i)
        m_nodeItems[size_t(i)]->setPos(positions[size_t(i)]);
}

void DocumentGraphView::createEdges()
{
    const QFont font = edgeFont();
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const QColor line = withAlpha(text, 150);
    const QColor emphasis = palette().color(QPalette::Highlight);
    m_edgesOfNode.assign(m_nodeItems.size(), {});

    std::vector<GraphLabelItem *> labels;
    for (int e = 0; e < m_graph.edgeCount(); ++e) {
        const EntityGraph::Edge &edge = m_graph.edges()[size_t(e)];
        auto *label = new GraphLabelItem(edgeText(edge), font, edgeLabelWidth);
        label->setColors(withAlpha(base, 235), withAlpha(text, 90), text);
        label->setPadding(5, 1);
        label->setRadius(4);
        label->setZValue(2);
        label->setCursor(Qt::PointingHandCursor);
        label->setData(kindKey, edgeKind);
        label->setData(indexKey, e);
        m_scene->addItem(label);
        labels.push_back(label);
    }

    // Lines between the same two boxes, either way round, take slots side by side.
    std::map<std::pair<int, int>, std::vector<int>> pairs;
    for (int e = 0; e < m_graph.edgeCount(); ++e) {
        const EntityGraph::Edge &edge = m_graph.edges()[size_t(e)];
        pairs[{std::min(edge.from, edge.to), std::max(edge.from, edge.to)}].push_back(e);
    }
    m_edgeItems.assign(size_t(m_graph.edgeCount()), nullptr);
    for (const auto &[pair, edges] : pairs) {
        QSizeF room;
        for (int e : edges)
            room = room.expandedTo(labels[size_t(e)]->box().size());
        for (size_t rank = 0; rank < edges.size(); ++rank) {
            const int e = edges[rank];
            const EntityGraph::Edge &edge = m_graph.edges()[size_t(e)];
            qreal slot = qreal(rank);
            if (edge.from != edge.to) {
                // Slots count from the lower node to the higher; a line the other way sees them mirrored.
                slot = qreal(rank) - qreal(edges.size() - 1) / 2;
                if (edge.from > edge.to)
                    slot = -slot;
            }
            auto *item = new GraphEdgeItem(m_nodeItems[size_t(edge.from)], m_nodeItems[size_t(edge.to)],
                                           labels[size_t(e)], !edge.symmetric, slot, room);
            item->setColor(line, emphasis);
            item->setZValue(0);
            item->setCursor(Qt::PointingHandCursor);
            item->setData(kindKey, edgeKind);
            item->setData(indexKey, e);
            const QString from = m_graph.nodes()[size_t(edge.from)].label;
            const QString to = m_graph.nodes()[size_t(edge.to)].label;
            const QString tip = edge.symmetric ? tr("%1 — %2 — %3").arg(from, relationLabel(edge.type), to)
                                               : tr("%1 → %2 → %3").arg(from, relationLabel(edge.type), to);
            item->setToolTip(tip);
            labels[size_t(e)]->setToolTip(tip);
            m_scene->addItem(item);
            m_edgeItems[size_t(e)] = item;
            m_edgesOfNode[size_t(edge.from)].push_back(e);
            if (edge.to != edge.from)
                m_edgesOfNode[size_t(edge.to)].push_back(e);
        }
    }
    m_edgeLabels = std::move(labels);
}

QFont DocumentGraphView::edgeFont() const
{
    return scaled(font(), 0.85);
}

QString DocumentGraphView::relationLabel(const QString &type) const
{
    const RelationType *relationType = m_schema ? m_schema->relationType(type) : nullptr;
    return relationType ? relationType->label(InterfaceLocale::language()) : type;
}

QString DocumentGraphView::edgeText(const EntityGraph::Edge &edge) const
{
    return edge.count > 1 ? tr("%1 ×%2").arg(relationLabel(edge.type), InterfaceLocale::number(edge.count))
                          : relationLabel(edge.type);
}

void DocumentGraphView::updateSceneRect()
{
    const QRectF items = m_scene->itemsBoundingRect();
    if (items.isNull()) {
        m_scene->setSceneRect(QRectF(0, 0, 1, 1));
        return;
    }
    // What is in view stays part of the scene: were the scene smaller than the view, the view would centre
    // it, and every change of its size would shift the whole picture. A little less than what is in view, so
    // that rounding never calls for scroll bars, which would narrow the view, fit it again, and so on.
    const QRectF visible = mapToScene(viewport()->rect().adjusted(2, 2, -2, -2)).boundingRect();
    m_scene->setSceneRect(items.adjusted(-fitMargin, -fitMargin, fitMargin, fitMargin).united(visible));
}

void DocumentGraphView::applyEmphasis()
{
    const QColor highlight = palette().color(QPalette::Highlight);
    const int selectedNode = m_selectedEntity.isEmpty() ? -1 : m_graph.nodeOfEntity(m_selectedEntity);
    const int selectedEdge = m_selectedRelation.isEmpty() ? -1 : m_graph.edgeOfRelation(m_selectedRelation);
    for (size_t i = 0; i < m_nodeItems.size(); ++i) {
        m_nodeItems[i]->setOutline(int(i) == selectedNode ? highlight : QColor());
        m_nodeItems[i]->setHovered(int(i) == m_hovered.node);
    }
    for (size_t e = 0; e < m_edgeItems.size(); ++e) {
        const EntityGraph::Edge &edge = m_graph.edges()[e];
        const bool emphasised = int(e) == selectedEdge || int(e) == m_hovered.edge
            || (m_hovered.node >= 0 && (edge.from == m_hovered.node || edge.to == m_hovered.node));
        m_edgeItems[e]->setEmphasised(emphasised);
        m_edgeLabels[e]->setHovered(emphasised);
        m_edgeLabels[e]->setOutline(int(e) == selectedEdge ? highlight : QColor());
    }
}

DocumentGraphView::Target DocumentGraphView::targetAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : items(viewportPos)) { // topmost first
        const int kind = item->data(kindKey).toInt();
        const int index = item->data(indexKey).toInt();
        if (kind == nodeKind)
            return Target {index, -1};
        if (kind == edgeKind)
            return Target {-1, index};
    }
    return {};
}

void DocumentGraphView::setHovered(const Target &target)
{
    if (target == m_hovered)
        return;
    m_hovered = target;
    applyEmphasis();
}

void DocumentGraphView::activate(const Target &target)
{
    if (target.node >= 0 && target.node < m_graph.nodeCount()) {
        const EntityGraph::Node &node = m_graph.nodes()[size_t(target.node)];
        if (node.entities.isEmpty())
            return;
        const QString id = node.entities.constFirst().id;
        m_selectedEntity = id;
        m_selectedRelation.clear();
        applyEmphasis();
        Q_EMIT entityActivated(id);
    } else if (target.edge >= 0 && target.edge < m_graph.edgeCount()) {
        const EntityGraph::Edge &edge = m_graph.edges()[size_t(target.edge)];
        if (edge.relations.isEmpty())
            return;
        const QString id = edge.relations.constFirst().id;
        m_selectedRelation = id;
        m_selectedEntity.clear();
        applyEmphasis();
        Q_EMIT relationActivated(id);
    }
}

void DocumentGraphView::zoomBy(qreal factor)
{
    const qreal current = transform().m11();
    const qreal wanted = std::clamp(current * factor, minScale, maxScale);
    m_autoFit = false;
    if (current > 0 && std::abs(wanted / current - 1) > 1e-6)
        scale(wanted / current, wanted / current);
}

void DocumentGraphView::fitAll()
{
    m_autoFit = true;
    resetTransform();
    if (m_nodeItems.empty()) {
        updateSceneRect();
        return;
    }
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-fitMargin, -fitMargin, fitMargin, fitMargin);
    m_scene->setSceneRect(bounds);
    fitInView(bounds, Qt::KeepAspectRatio);
    // Never larger than the text of the rest of the window; a small graph sits in the middle instead.
    const qreal fitted = std::clamp(transform().m11(), minScale, 1.0);
    setTransform(QTransform::fromScale(fitted, fitted));
    centerOn(bounds.center());
    updateSceneRect();
}

void DocumentGraphView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (event->matches(QKeySequence::ZoomIn) || key == Qt::Key_Plus || key == Qt::Key_Equal) {
        zoomBy(1.25);
    } else if (event->matches(QKeySequence::ZoomOut) || key == Qt::Key_Minus) {
        zoomBy(0.8);
    } else if ((key == Qt::Key_F && !control) || (key == Qt::Key_0 && control)) {
        fitAll();
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DocumentGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DocumentGraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressed = event->button() == Qt::LeftButton ? targetAt(m_pressPos) : Target();
    QGraphicsView::mousePressEvent(event);
}

void DocumentGraphView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    const QPoint position = event->position().toPoint();
    if (event->buttons() == Qt::NoButton)
        setHovered(targetAt(position));
    else if ((position - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_autoFit = false; // the analyst pans or moves a box: leave the view as they arrange it
}

void DocumentGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const Target pressed = m_pressed;
    m_pressed = {};
    const QPoint position = event->position().toPoint();
    if ((position - m_pressPos).manhattanLength() < QApplication::startDragDistance() && pressed == targetAt(position))
        activate(pressed);
    else if (pressed.node >= 0 && pressed.node < m_graph.nodeCount()) {
        // A box was moved: it stays there, and the scroll range follows.
        m_pinned.insert(m_graph.nodes()[size_t(pressed.node)].key);
        updateSceneRect();
    }
}

void DocumentGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (targetAt(event->position().toPoint()) == Target()) {
        fitAll();
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void DocumentGraphView::leaveEvent(QEvent *event)
{
    setHovered({});
    QGraphicsView::leaveEvent(event);
}

void DocumentGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

void DocumentGraphView::paintEvent(QPaintEvent *event)
{
    QGraphicsView::paintEvent(event);
    if (!m_nodeItems.empty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     m_document ? tr("No entities tagged in this article yet") : tr("No article open"));
}

void DocumentGraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_layoutOnShow) {
        m_layoutOnShow = false;
        clearItems(); // nothing was seen yet, so nothing needs to stay where it was
        rebuild();
        fitAll();
    } else if (m_stale) {
        rebuild();
    }
}

void DocumentGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        scheduleRebuild(); // colours and box sizes come from the palette and font
}

} // namespace Hashiya
