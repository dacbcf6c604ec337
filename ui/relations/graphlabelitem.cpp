// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlabelitem.h"

#include "text/direction.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextOption>

namespace Hashiya {

namespace {

constexpr qreal outlineWidth = 3;

} // namespace

GraphLabelItem::GraphLabelItem(const QString &text, const QFont &font, qreal maxWidth, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_font(font)
{
    setFlag(ItemSendsGeometryChanges);
    const QFontMetricsF metrics(font);
    m_text = metrics.horizontalAdvance(text) > maxWidth ? metrics.elidedText(text, Qt::ElideRight, maxWidth) : text;

    // The paragraph direction comes from the text, not from the view: "3 فبراير 2026" reads from the right.
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(isRightToLeftParagraph(m_text) ? Qt::RightToLeft : Qt::LeftToRight);
    m_layout.setText(m_text);
    m_layout.setFont(font);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
    // Twice: once to measure, then as wide as the text, so that no alignment can shift it.
    m_layout.beginLayout();
    QTextLine line = m_layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6);
    m_layout.endLayout();
    m_textWidth = line.isValid() ? line.naturalTextWidth() : 0;
    m_layout.beginLayout();
    line = m_layout.createLine();
    if (line.isValid()) {
        line.setLineWidth(m_textWidth);
        line.setPosition(QPointF());
    }
    m_layout.endLayout();
    updateGeometry();
}

void GraphLabelItem::setColors(const QColor &fill, const QColor &border, const QColor &text)
{
    m_fill = fill;
    m_border = border;
    m_textColor = text;
    update();
}

void GraphLabelItem::setPadding(qreal horizontal, qreal vertical)
{
    m_paddingX = horizontal;
    m_paddingY = vertical;
    updateGeometry();
}

void GraphLabelItem::setRadius(qreal radius)
{
    m_radius = radius;
    update();
}

void GraphLabelItem::setBadge(const QString &badge, const QFont &font, const QColor &fill, const QColor &text)
{
    prepareGeometryChange();
    m_badge = badge;
    m_badgeFont = font;
    m_badgeFill = fill;
    m_badgeText = text;
}

void GraphLabelItem::setHovered(bool hovered)
{
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
}

void GraphLabelItem::setOutline(const QColor &color)
{
    if (color != m_outline) {
        m_outline = color;
        update();
    }
}

void GraphLabelItem::updateGeometry()
{
    prepareGeometryChange();
    const qreal height = m_layout.lineCount() ? m_layout.lineAt(0).height() : QFontMetricsF(m_font).height();
    m_box = QRectF(-m_textWidth / 2 - m_paddingX, -height / 2 - m_paddingY, m_textWidth + 2 * m_paddingX,
                   height + 2 * m_paddingY);
}

QRectF GraphLabelItem::badgeRect() const
{
    if (m_badge.isEmpty())
        return {};
    const QFontMetricsF metrics(m_badgeFont);
    const qreal height = metrics.height() + 2;
    const qreal width = std::max(height, metrics.horizontalAdvance(m_badge) + 8);
    // Over the top right corner, half outside, so it never covers the label's text.
    return QRectF(m_box.right() - width / 2 - 2, m_box.top() - height / 2 - 1, width, height);
}

QRectF GraphLabelItem::boundingRect() const
{
    const qreal grow = outlineWidth + 1;
    return m_box.adjusted(-grow, -grow, grow, grow).united(badgeRect().adjusted(-1, -1, 1, 1));
}

QPainterPath GraphLabelItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_box, m_radius, m_radius);
    if (!m_badge.isEmpty())
        path.addRect(badgeRect());
    return path;
}

void GraphLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Zoomed far out, as a large graph fitted to the view is, text would be a grey smudge: boxes only.
    const bool readable = option->levelOfDetailFromTransform(painter->worldTransform()) >= 0.3;
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_outline.isValid()) {
        painter->setPen(QPen(m_outline, outlineWidth));
        painter->setBrush(Qt::NoBrush);
        const qreal grow = outlineWidth / 2 + 1;
        painter->drawRoundedRect(m_box.adjusted(-grow, -grow, grow, grow), m_radius + grow, m_radius + grow);
    }
    painter->setPen(QPen(m_border, m_hovered ? 2.0 : 1.0));
    painter->setBrush(m_fill);
    painter->drawRoundedRect(m_box, m_radius, m_radius);

    if (!readable)
        return;
    painter->setPen(m_textColor);
    m_layout.draw(painter, QPointF(-m_textWidth / 2, m_box.top() + m_paddingY));

    if (!m_badge.isEmpty()) {
        const QRectF badge = badgeRect();
        painter->setPen(QPen(m_border, 1));
        painter->setBrush(m_badgeFill);
        painter->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        painter->setFont(m_badgeFont);
        painter->setPen(m_badgeText);
        painter->drawText(badge, Qt::AlignCenter, m_badge);
    }
}

QVariant GraphLabelItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && m_moved)
        m_moved();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace Hashiya
