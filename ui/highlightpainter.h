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
/// short label at the start of each entity (on the right in right-to-left text), and an outline around
/// the selected one. Geometry comes from the layout's glyph runs, so highlights sit on the right
/// glyphs in mixed Arabic and Latin lines.
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
        bool selected = false;
    };

    void setSchema(const Schema *schema) { m_schema = schema; }
    void setDark(bool dark) { m_dark = dark; }
    void setChipFont(const QFont &font) { m_chipFont = font; }

    /// The marks of entities `entityIndexes` (in the document's set) within the paragraph at UTF-16
    /// [paragraphStart, paragraphEnd).
    std::vector<Mark> marks(const ArticleDocument &document, const std::vector<qsizetype> &entityIndexes,
                            qsizetype paragraphStart, qsizetype paragraphEnd, const QString &selectedId) const;

    /// Backgrounds and underlines: drawn before the text.
    void paintUnder(QPainter &painter, const QTextLayout &layout, const QPointF &origin,
                    const std::vector<Mark> &marks) const;
    /// Chips and the selected entity's outline: drawn after the text. `chipRoom` is the space above
    /// each line that the view keeps free for chips.
    void paintOver(QPainter &painter, const QTextLayout &layout, const QPointF &origin, const std::vector<Mark> &marks,
                   bool rightToLeft, int chipRoom) const;
    /// Where the chip of each mark goes, relative to the layout (an empty rectangle for a mark that
    /// starts in an earlier paragraph): above where reading of the entity starts, moved aside where
    /// chips would cover each other. Arcs start and end at these.
    std::vector<QRectF> chipRects(const QTextLayout &layout, const std::vector<Mark> &marks, bool rightToLeft,
                                  int chipRoom) const;

    /// Where [from, to) of the layout's text is drawn, relative to the layout: a rectangle per line and
    /// direction run, as tall as the line.
    static QList<QRectF> rangeRects(const QTextLayout &layout, int from, int to);

private:
    QColor typeColor(const QString &type) const;
    QString shortLabel(const QString &type) const;

    const Schema *m_schema = nullptr;
    bool m_dark = false;
    QFont m_chipFont;
};

} // namespace Hashiya
