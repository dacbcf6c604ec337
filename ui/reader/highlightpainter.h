// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <utility>
#include <vector>

class QPainter;
class QTextLayout;

namespace Hashiya {

class ArticleDocument;
struct Schema;

/// Draws the entities of one laid-out paragraph: a translucent background in the type's colour, an
/// underline per nesting level so overlapping and nested entities stay apart, a chip with the type's
/// short label at the start of each entity (on the right in right-to-left text), and an outline just
/// inside the selected one. Geometry comes from the layout's glyph runs, so highlights sit on the right
/// glyphs in mixed Arabic and Latin lines. What a paragraph's highlights are is worked out once per
/// layout (Highlights); a paint draws only the marks on the lines it exposes.
class HighlightPainter final
{
public:
    /// One entity as it shows in a paragraph.
    struct Mark
    {
        QString id;
        QColor color;
        QString label;
        std::vector<std::pair<int, int>> fragments; ///< [from, to) in the paragraph, UTF-16
        int depth = 0; ///< how many of the paragraph's entities contain it
        bool startsHere = true; ///< its first fragment begins in this paragraph
    };

    /// A mark's chip: above line `line` (none if negative), with `rect` relative to that line's top.
    struct Chip
    {
        int line = -1;
        QRectF rect;
    };

    /// The marks of one paragraph with their chips, worked out when the paragraph is laid out and kept
    /// with its layout: the view lays a paragraph out again whenever its entities, the schema or the
    /// width change, so nothing here goes stale. Where a mark's text is drawn is measured the first
    /// time the mark is painted.
    struct Highlights
    {
        std::vector<Mark> marks; ///< in the order of the set
        std::vector<Chip> chips; ///< one per mark
        std::vector<std::pair<int, int>> extents; ///< per mark: from its first fragment's start to its last's end
        std::vector<int> byStart; ///< marks ordered by where they start
        std::vector<int> reach; ///< reach[k]: the furthest end among byStart[0..k]
        std::vector<QList<QRectF>> rects; ///< per mark, relative to the layout, once measured
        std::vector<bool> measured;
    };

    void setSchema(const Schema *schema) { m_schema = schema; }
    void setDark(bool dark) { m_dark = dark; }
    void setChipFont(const QFont &font) { m_chipFont = font; }

    /// The marks of entities `entityIndexes` (in the document's set) within the paragraph at UTF-16
    /// [paragraphStart, paragraphEnd).
    std::vector<Mark> marks(const ArticleDocument &document, const std::vector<qsizetype> &entityIndexes,
                            qsizetype paragraphStart, qsizetype paragraphEnd) const;
    /// The marks and chips of a paragraph whose lines are made (they need not have their positions
    /// yet). `chipRoom` is the space above each line that the view keeps free for chips.
    Highlights highlights(const ArticleDocument &document, const std::vector<qsizetype> &entityIndexes,
                          qsizetype paragraphStart, qsizetype paragraphEnd, const QTextLayout &layout, bool rightToLeft,
                          int chipRoom) const;

    /// Backgrounds, underlines and the outline of the selected entity: drawn before the text. Only marks
    /// on lines that meet `clip` (in the painter's coordinates) are drawn.
    void paintUnder(QPainter &painter, const QTextLayout &layout, const QPointF &origin, Highlights &highlights,
                    const QString &selectedId, const QRectF &clip) const;
    /// Chips: drawn after the text.
    void paintOver(QPainter &painter, const QTextLayout &layout, const QPointF &origin, Highlights &highlights,
                   const QRectF &clip) const;
    /// Where a chip is, relative to the layout once its lines have their positions; empty if none.
    static QRectF chipRect(const QTextLayout &layout, const Chip &chip);

    /// Where [from, to) of the layout's text is drawn, relative to the layout: a rectangle per line and
    /// direction run, as tall as the line.
    static QList<QRectF> rangeRects(const QTextLayout &layout, int from, int to);
    /// The line holding UTF-16 offset `position` of the layout's text, found by bisection.
    static int lineAt(const QTextLayout &layout, int position);

private:
    QColor typeColor(const QString &type) const;
    QString shortLabel(const QString &type) const;
    void paintSelectedOutline(QPainter &painter, const QList<QRectF> &rects, const QPointF &origin,
                              const std::pair<qreal, qreal> &area) const;
    std::vector<Chip> placeChips(const QTextLayout &layout, const std::vector<Mark> &marks, bool rightToLeft,
                                 int chipRoom) const;

    const Schema *m_schema = nullptr;
    bool m_dark = false;
    QFont m_chipFont;
};

} // namespace Hashiya
