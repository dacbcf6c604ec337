// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

namespace Hashiya {

class GraphLabelItem;

/// A line between two entity boxes of the document graph, from edge to edge of the boxes, with an arrow head
/// at the target unless its relation type has no direction. Several lines between the same two boxes bend
/// apart; a line from a box to itself is a loop over its corner. Keeps its label at its middle.
class GraphEdgeItem final : public QGraphicsItem
{
public:
    /// `slot` places the line among those between the same two boxes: 0 is straight, ±0.5, ±1, … bend it to
    /// the right (left if negative) looking from `from` to `to`, far enough that labels of size `room` one slot
    /// apart do not overlap. For a loop, 0 is the smallest and each slot a larger one around it.
    GraphEdgeItem(GraphLabelItem *from, GraphLabelItem *to, GraphLabelItem *label, bool directed, qreal slot,
                  const QSizeF &room, QGraphicsItem *parent = nullptr);

    void setColor(const QColor &color, const QColor &emphasis);
    /// Drawn in the emphasis colour and thicker: under the mouse, linked to the node under it, or selected.
    void setEmphasised(bool emphasised);
    /// Follows the boxes after they moved.
    void adjust();

    GraphLabelItem *label() const { return m_label; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    GraphLabelItem *m_from;
    GraphLabelItem *m_to;
    GraphLabelItem *m_label;
    bool m_directed;
    qreal m_slot;
    QSizeF m_room;
    QColor m_color;
    QColor m_emphasisColor;
    bool m_emphasised = false;
    QPainterPath m_path; // the line, in scene coordinates (the item stays at 0, 0)
    QPolygonF m_arrow;
    QPainterPath m_shape;
};

} // namespace Hashiya
