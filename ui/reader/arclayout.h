// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QStaticText>
#include <QString>

#include <vector>

namespace Hashiya {

/// The relation arcs over one paragraph. Every arc takes a level in the band above its line, chosen
/// so that arcs and their labels do not cover each other; the view makes each band as tall as its
/// levels need. Worked out once when the paragraph is laid out, so scrolling only paints.
///
/// Both ends on one line: an arc from chip to chip. Ends a line or two apart: a connector that
/// leaves one line, runs down the margin and enters the other. Ends further apart, or in another
/// paragraph: a stub at each end that names the other end, which a click jumps to.
class ArcLayout final
{
public:
    /// An entity's chip in this paragraph: the line it sits on and its horizontal extent.
    struct Chip
    {
        QString entityId;
        int line = 0;
        qreal left = 0;
        qreal width = 0;
        qreal height = 0;
    };

    /// A relation with at least one end here.
    struct Link
    {
        QString relationId;
        QString fromId;
        QString toId;
        QString label; ///< the relation type's label
        QString fromText; ///< what a stub at the target shows of the source
        QString toText; ///< what a stub at the source shows of the target
        bool targetIsLater = true; ///< the target comes after the source in the text
        bool symmetric = false;
        bool problem = false; ///< breaks the schema
    };

    enum class Kind { Arc, Connector, Stub };

    /// What is drawn for one relation end (a stub) or a whole relation (an arc or connector),
    /// relative to the paragraph's layout.
    struct Shape
    {
        QString relationId;
        QString fromId;
        QString toId;
        Kind kind = Kind::Arc;
        bool symmetric = false;
        bool problem = false;
        QPainterPath path;
        QPolygonF arrowHead; ///< empty for symmetric types
        QRectF labelRect;
        QString labelText;
        QStaticText label; ///< laid out once: scrolling only draws it
        QString jumpTo; ///< a stub's other end
    };

    /// `sideRoom` is the width of the margins beside the lines, where connectors run; `chipRoom`
    /// the space above each line that chips take, below the arcs' band.
    ArcLayout(const QFont &labelFont, qreal sideRoom, int chipRoom);

    int levelHeight() const { return m_levelHeight; }

    /// Chooses every arc's level. Chips need only their horizontal place; lines are `lineWidth`
    /// wide. Returns how many levels each line's band needs.
    std::vector<int> plan(const std::vector<Chip> &chips, const std::vector<Link> &links, int lineCount,
                          qreal lineWidth, bool rightToLeft);
    /// The shapes, once each line's top is known (as planned, with the bands in place).
    std::vector<Shape> build(const std::vector<qreal> &lineTops) const;

private:
    enum class Role { Arc, ConnectorStart, ConnectorEnd, StubAtSource, StubAtTarget };

    /// One horizontal run of a shape on one line.
    struct Piece
    {
        size_t link = 0;
        Role role = Role::Arc;
        int line = 0;
        qreal a = 0; ///< where it leaves or meets its own chip (for an arc, the source chip)
        qreal b = 0; ///< the other end: the target chip, the margin, or the tip of a stub
        int chipA = -1; ///< the chip at a (index into plan()'s chips)
        int chipB = -1; ///< for an arc, the chip at b
        qreal chipHeightA = 0;
        qreal chipHeightB = 0;
        qreal labelWidth = 0;
        QString labelText;
        int level = 0;
        qreal left() const;
        qreal right() const;
    };

    qreal labelWidth(const QString &text) const;
    void spreadLegs(const std::vector<Chip> &chips);
    void assignLevels(int lineCount);

    QFont m_labelFont;
    qreal m_sideRoom;
    int m_chipRoom;
    int m_levelHeight;
    std::vector<Link> m_links;
    std::vector<Piece> m_pieces;
};

} // namespace Hashiya
