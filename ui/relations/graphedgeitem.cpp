// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphedgeitem.h"

#include "ui/relations/graphlabelitem.h"

#include <QPainter>
#include <QPainterPathStroker>

#include <cmath>

namespace Hashiya {

namespace {

constexpr qreal arrowLength = 10;
constexpr qreal arrowHalfWidth = 4.5;
constexpr qreal gap = 6; // between the labels of lines side by side

QRectF sceneBox(const GraphLabelItem *item)
{
    return item->box().translated(item->pos());
}

/// Where the line from the box's centre towards `toward` leaves the box.
QPointF exitPoint(const QRectF &box, const QPointF &toward)
{
    const QPointF centre = box.center();
    const QPointF d = toward - centre;
    const qreal tx = std::abs(d.x()) > 1e-9 ? box.width() / 2 / std::abs(d.x()) : 1e9;
    const qreal ty = std::abs(d.y()) > 1e-9 ? box.height() / 2 / std::abs(d.y()) : 1e9;
    const qreal t = std::min(tx, ty);
    return t >= 1 ? toward : centre + d * t; // `toward` inside the box: the boxes overlap
}

QPointF unit(const QPointF &v)
{
    const qreal length = std::hypot(v.x(), v.y());
    return length > 1e-9 ? v / length : QPointF(1, 0);
}

} // namespace

GraphEdgeItem::GraphEdgeItem(GraphLabelItem *from, GraphLabelItem *to, GraphLabelItem *label, bool directed, qreal slot,
                             const QSizeF &room, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_from(from)
    , m_to(to)
    , m_label(label)
    , m_directed(directed)
    , m_slot(slot)
    , m_room(room)
{
    adjust();
}

void GraphEdgeItem::setColor(const QColor &color, const QColor &emphasis)
{
    m_color = color;
    m_emphasisColor = emphasis;
    update();
}

void GraphEdgeItem::setEmphasised(bool emphasised)
{
    if (emphasised != m_emphasised) {
        m_emphasised = emphasised;
        update();
    }
}

void GraphEdgeItem::adjust()
{
    prepareGeometryChange();
    m_path = QPainterPath();
    m_arrow.clear();
    // A directed line stops inside its arrow head, so its width does not show round the head's point.
    auto lineEnd = [this](const QPointF &end, const QPointF &tangent) {
        return m_directed ? end - unit(tangent) * (arrowLength - 2) : end;
    };
    QPointF middle;
    QPointF end;
    QPointF tangent;
    if (m_from == m_to) {
        // A loop out of the bottom right corner (the badge sits on the top right one).
        const QRectF box = sceneBox(m_from);
        const qreal reach = 1.6 * (28 + m_slot * (m_room.height() + gap));
        const QPointF start(box.right() - std::min(box.width() / 4, 20.0), box.bottom());
        end = QPointF(box.right(), box.bottom() - box.height() * 0.3);
        const QPointF c1 = start + QPointF(0, reach);
        const QPointF c2 = end + QPointF(reach, 0);
        // The label hangs off the loop's far point, its corner there, so that the loop itself shows.
        middle = 0.125 * start + 0.375 * c1 + 0.375 * c2 + 0.125 * end
            + (m_label ? QPointF(m_label->box().width(), m_label->box().height()) / 2 : QPointF());
        tangent = end - c2;
        m_path.moveTo(start);
        m_path.cubicTo(c1, c2, lineEnd(end, tangent));
    } else {
        const QPointF p1 = m_from->pos();
        const QPointF p2 = m_to->pos();
        const QPointF along = p2 - p1;
        const QPointF right = unit(QPointF(-along.y(), along.x()));
        // Labels one slot apart, side by side along `right`, clear each other across or up and down.
        const qreal across = std::abs(right.x()) > 1e-6 ? m_room.width() / std::abs(right.x()) : 1e9;
        const qreal upDown = std::abs(right.y()) > 1e-6 ? m_room.height() / std::abs(right.y()) : 1e9;
        const qreal bend = m_slot * (std::min(across, upDown) + gap);
        // The quadratic curve through the point `bend` beside the middle has its control point twice as far.
        const QPointF control = (p1 + p2) / 2 + right * (2 * bend);
        const bool bent = std::abs(bend) > 0.5;
        const QPointF start = exitPoint(sceneBox(m_from), bent ? control : p2);
        end = exitPoint(sceneBox(m_to), bent ? control : p1);
        m_path.moveTo(start);
        if (bent) {
            middle = 0.25 * start + 0.5 * control + 0.25 * end;
            tangent = end - control;
            m_path.quadTo(control, lineEnd(end, tangent));
        } else {
            middle = (start + end) / 2;
            tangent = end - start;
            m_path.lineTo(lineEnd(end, tangent));
        }
    }
    if (m_directed) {
        const QPointF forward = unit(tangent);
        const QPointF side(-forward.y(), forward.x());
        const QPointF back = end - forward * arrowLength;
        m_arrow << end << back + side * arrowHalfWidth << back - side * arrowHalfWidth;
    }
    if (m_label)
        m_label->setPos(middle);

    QPainterPathStroker stroker;
    stroker.setWidth(8);
    m_shape = stroker.createStroke(m_path);
    if (!m_arrow.isEmpty())
        m_shape.addPolygon(m_arrow);
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_shape.boundingRect().adjusted(-2, -2, 2, 2);
}

QPainterPath GraphEdgeItem::shape() const
{
    return m_shape;
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = m_emphasised ? m_emphasisColor : m_color;
    QPen pen(color, m_emphasised ? 2.5 : 1.3);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (!m_arrow.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(m_arrow);
    }
}

} // namespace Hashiya
