// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QTextLayout>

#include <functional>

namespace Hashiya {

/// A rounded box with one line of text, centred on its position and laid out in the text's own direction
/// (Arabic shaped, right to left): an entity in the document graph, or a relation's type on its line. May
/// carry a small badge on its corner, such as how often the entity is mentioned.
class GraphLabelItem final : public QGraphicsItem
{
public:
    /// Text wider than `maxWidth` is cut short with an ellipsis.
    GraphLabelItem(const QString &text, const QFont &font, qreal maxWidth, QGraphicsItem *parent = nullptr);

    void setColors(const QColor &fill, const QColor &border, const QColor &text);
    void setPadding(qreal horizontal, qreal vertical);
    void setRadius(qreal radius);
    /// Empty for none.
    void setBadge(const QString &badge, const QFont &font, const QColor &fill, const QColor &text);
    /// A thicker border, for the item under the mouse or linked to it.
    void setHovered(bool hovered);
    /// An outline in `color` around the box; an invalid colour for none.
    void setOutline(const QColor &color);
    /// Called whenever the item moves, e.g. when the analyst drags it.
    void setMovedHandler(std::function<void()> handler) { m_moved = std::move(handler); }

    QString text() const { return m_text; }
    /// The box, in item coordinates (centred on 0, 0); the badge and outline stick out of it.
    QRectF box() const { return m_box; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateGeometry();
    QRectF badgeRect() const;

    QString m_text;
    QFont m_font;
    QTextLayout m_layout;
    qreal m_textWidth = 0;
    qreal m_paddingX = 8;
    qreal m_paddingY = 4;
    qreal m_radius = 6;
    QRectF m_box;
    QColor m_fill;
    QColor m_border;
    QColor m_textColor;
    QString m_badge;
    QFont m_badgeFont;
    QColor m_badgeFill;
    QColor m_badgeText;
    QColor m_outline;
    bool m_hovered = false;
    std::function<void()> m_moved;
};

} // namespace Hashiya
