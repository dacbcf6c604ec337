// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/reader/arclayout.h"

#include <QList>
#include <QPoint>
#include <QRectF>
#include <QString>

#include <vector>

namespace Hashiya {

class ReaderLayout;

/// What is where in the reader's viewport: the text position nearest a point, the rectangles a stretch of
/// text covers, the chip or the arc under a point, the arcs on screen. Everything in viewport coordinates.
/// Reads the view's paragraphs, laying out those it looks at; knows nothing of the annotations.
class ReaderHitTest final
{
public:
    /// The arc, connector or stub under a point.
    struct ArcHit
    {
        QString relationId;
        QString jumpTo; ///< for a stub: the other end, where a click takes the analyst
        ArcLayout::Kind kind = ArcLayout::Kind::Arc;
    };

    explicit ReaderHitTest(ReaderLayout &layout);

    /// The UTF-16 offset of the character boundary nearest to `point`.
    qsizetype positionAt(const QPoint &point);
    /// One rectangle per line and direction run of the text between UTF-16 offsets [from, to).
    QList<QRectF> rangeRects(qsizetype from, qsizetype to);
    /// The entity whose chip is at `point`; empty if none.
    QString chipAt(const QPoint &point);
    /// The chip of `entityId` in paragraph `index` if that paragraph is laid out; an empty rectangle otherwise.
    QRectF chipRect(qsizetype index, const QString &entityId) const;
    ArcHit arcAt(const QPoint &point);
    /// The shapes of the relations on screen.
    std::vector<ArcLayout::Shape> visibleArcs();

private:
    ReaderLayout &m_layout;
};

} // namespace Hashiya
