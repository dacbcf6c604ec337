// SPDX-License-Identifier: GPL-3.0-or-later
#include "arcpainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

namespace Hashiya {

namespace {

bool standsOut(const ArcLayout::Shape &shape, const ArcPainter::Focus &focus)
{
    return shape.relationId == focus.selectedRelation || shape.relationId == focus.hoveredRelation
        || (!focus.hoveredEntity.isEmpty()
            && (shape.fromId == focus.hoveredEntity || shape.toId == focus.hoveredEntity))
        || (!focus.selectedEntity.isEmpty()
            && (shape.fromId == focus.selectedEntity || shape.toId == focus.selectedEntity));
}

} // namespace

void ArcPainter::paint(QPainter &painter, const std::vector<ArcLayout::Shape> &shapes, const QPointF &origin,
                       const Focus &focus, const QPalette &palette) const
{
    if (shapes.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_labelFont);
    painter.translate(origin);
    QColor plain = palette.color(QPalette::Text);
    plain.setAlphaF(m_dark ? 0.55 : 0.45);
    const QColor strong = palette.color(QPalette::Highlight);
    const QColor problem = m_dark ? QColor(255, 110, 100) : QColor(200, 40, 40);
    // The ones that stand out last, so they lie on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (const ArcLayout::Shape &shape : shapes) {
            const bool emphasised = standsOut(shape, focus);
            if (emphasised != (pass == 1))
                continue;
            const QColor color = emphasised ? strong : (shape.problem ? problem : plain);
            QPen pen(color, emphasised ? 2.0 : 1.2);
            if (shape.problem)
                pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(shape.path);
            if (!shape.arrowHead.isEmpty()) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(color);
                painter.drawPolygon(shape.arrowHead);
            }
            if (shape.labelRect.isEmpty())
                continue;
            painter.setPen(QPen(color, emphasised ? 1.4 : 1.0));
            painter.setBrush(emphasised ? strong : palette.color(QPalette::Base));
            painter.drawRoundedRect(shape.labelRect, 3, 3);
            painter.setPen(emphasised ? palette.color(QPalette::HighlightedText)
                                      : (shape.problem ? problem : palette.color(QPalette::Text)));
            const QSizeF size = shape.label.size();
            const QPointF topLeft = shape.labelRect.center() - QPointF(size.width() / 2, size.height() / 2);
            painter.drawStaticText(topLeft, shape.label);
            // A stub's label names the other end and a click goes there: underlined like a link. Drawn
            // here, as a static text misplaces the underline of right-to-left text.
            if (shape.kind == ArcLayout::Kind::Stub && !shape.jumpTo.isEmpty()) {
                const qreal y = topLeft.y() + QFontMetricsF(m_labelFont).ascent() + 1.5;
                painter.setPen(QPen(painter.pen().color(), 0.8));
                painter.drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + size.width(), y));
            }
        }
    }
    painter.restore();
}

int ArcPainter::shapeAt(const std::vector<ArcLayout::Shape> &shapes, const QPointF &point)
{
    for (size_t i = 0; i < shapes.size(); ++i) {
        if (shapes[i].labelRect.adjusted(-1, -1, 1, 1).contains(point))
            return int(i);
    }
    QPainterPathStroker stroker;
    stroker.setWidth(7);
    for (size_t i = 0; i < shapes.size(); ++i) {
        if (!shapes[i].path.controlPointRect().adjusted(-4, -4, 4, 4).contains(point))
            continue;
        if (stroker.createStroke(shapes[i].path).contains(point))
            return int(i);
    }
    return -1;
}

} // namespace Hashiya
