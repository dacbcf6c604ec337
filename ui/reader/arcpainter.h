// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/reader/arclayout.h"

#include <QFont>
#include <QPalette>

#include <vector>

class QPainter;

namespace Hashiya {

/// Draws a paragraph's relation arcs and finds the one under the pointer. Arcs of the entity or
/// relation the analyst points at or has selected stand out; relations that break the schema are
/// dashed in red.
class ArcPainter final
{
public:
    /// What stands out.
    struct Focus
    {
        QString hoveredEntity;
        QString hoveredRelation;
        QString selectedEntity;
        QString selectedRelation;
    };

    void setLabelFont(const QFont &font) { m_labelFont = font; }
    void setDark(bool dark) { m_dark = dark; }

    void paint(QPainter &painter, const std::vector<ArcLayout::Shape> &shapes, const QPointF &origin,
               const Focus &focus, const QPalette &palette) const;

    /// The index of the shape under `point` (relative to the layout), labels first; -1 if none.
    static int shapeAt(const std::vector<ArcLayout::Shape> &shapes, const QPointF &point);

private:
    QFont m_labelFont;
    bool m_dark = false;
};

} // namespace Hashiya
