// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightpainter.h"

#include "model/articledocument.h"
#include "model/schema.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace Hashiya {

QColor HighlightPainter::typeColor(const QString &type) const
{
    if (m_schema) {
        if (const EntityType *known = m_schema->entityType(type))
            return known->color;
    }
    return Schema::fallbackColor(type);
}

QString HighlightPainter::shortLabel(const QString &type) const
{
    if (m_schema) {
        if (const EntityType *known = m_schema->entityType(type))
            return known->shortLabel;
    }
    return type.left(4);
}

std::vector<HighlightPainter::Mark> HighlightPainter::marks(const ArticleDocument &document,
                                                            const std::vector<qsizetype> &entityIndexes,
                                                            qsizetype paragraphStart, qsizetype paragraphEnd,
                                                            const QString &selectedId) const
{
    const CodePointIndex &codePoints = document.codePoints();
    std::vector<Mark> result;
    result.reserve(entityIndexes.size());
    std::vector<std::pair<qsizetype, qsizetype>> extents; // UTF-16, whole entity, for nesting depth
    for (qsizetype index : entityIndexes) {
        const Entity &entity = document.annotations()->entityAt(index);
        Mark mark;
        mark.id = entity.id;
        mark.color = typeColor(entity.type);
        mark.label = shortLabel(entity.type);
        mark.selected = entity.id == selectedId;
        for (const Span &span : entity.spans) {
            const qsizetype from = std::max(codePoints.toUtf16(span.start), paragraphStart);
            const qsizetype to = std::min(codePoints.toUtf16(span.end), paragraphEnd);
            if (from < to)
                mark.fragments.emplace_back(int(from - paragraphStart), int(to - paragraphStart));
        }
        if (mark.fragments.empty()) // only its line break or a gap between fragments is here
            continue;
        mark.startsHere = codePoints.toUtf16(entity.start()) >= paragraphStart;
        extents.emplace_back(codePoints.toUtf16(entity.start()), codePoints.toUtf16(entity.end()));
        result.push_back(std::move(mark));
    }
    // Nesting depth: how many other entities here contain this one. Visible paragraphs hold few
    // entities, so the quadratic count is cheap.
    for (size_t i = 0; i < result.size(); ++i) {
        for (size_t j = 0; j < result.size(); ++j) {
            const bool contains = extents[j].first <= extents[i].first && extents[j].second >= extents[i].second
                && (extents[j] != extents[i] || j < i);
            if (i != j && contains)
                ++result[i].depth;
        }
    }
    return result;
}

QList<QRectF> HighlightPainter::rangeRects(const QTextLayout &layout, int from, int to)
{
    QList<QRectF> rects;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const int lineFrom = std::max(from, line.textStart());
        const int lineTo = std::min(to, line.textStart() + line.textLength());
        if (lineFrom >= lineTo)
            continue;
        // One glyph run per direction run: in a mixed Arabic and Latin line, a logical range can be
        // several separate pieces on screen.
        for (const QGlyphRun &run : line.glyphRuns(lineFrom, lineTo - lineFrom)) {
            const QRectF box = run.boundingRect();
            if (box.width() > 0)
                rects.append(QRectF(box.x(), line.y(), box.width(), line.height()));
        }
    }
    return rects;
}

void HighlightPainter::paintUnder(QPainter &painter, const QTextLayout &layout, const QPointF &origin,
                                  const std::vector<Mark> &marks) const
{
    const QFontMetricsF metrics(layout.font());
    const qreal thickness = std::max<qreal>(1.5, metrics.lineWidth() * 1.5);
    for (const Mark &mark : marks) {
        QColor fill = mark.color;
        fill.setAlpha(m_dark ? 110 : 80);
        QColor line = m_dark ? mark.color.lighter(130) : mark.color.darker(130);
        for (const auto &[from, to] : mark.fragments) {
            for (QRectF rect : rangeRects(layout, from, to)) {
                rect.translate(origin);
                painter.fillRect(rect, fill);
                // Stacked underlines: the outermost entity lowest, each nested one a step above.
                const qreal y = rect.bottom() - thickness * (1.5 * mark.depth + 1);
                painter.fillRect(QRectF(rect.left(), y, rect.width(), thickness), line);
            }
        }
    }
}

void HighlightPainter::paintOver(QPainter &painter, const QTextLayout &layout, const QPointF &origin,
                                 const std::vector<Mark> &marks, bool rightToLeft, int chipRoom) const
{
    const std::vector<QRectF> chips = chipRects(layout, marks, rightToLeft, chipRoom);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_chipFont);
    for (size_t i = 0; i < marks.size(); ++i) {
        const Mark &mark = marks[i];
        if (mark.selected) {
            painter.setPen(QPen(m_dark ? QColor(255, 255, 255) : QColor(20, 20, 20), 1.6));
            painter.setBrush(Qt::NoBrush);
            for (const auto &[from, to] : mark.fragments) {
                for (QRectF rect : rangeRects(layout, from, to))
                    painter.drawRoundedRect(rect.translated(origin).adjusted(-1.5, -1, 1.5, 1), 3, 3);
            }
        }
        if (chips[i].isEmpty())
            continue;
        const QRectF chip = chips[i].translated(origin);
        painter.setPen(Qt::NoPen);
        painter.setBrush(mark.color);
        painter.drawRoundedRect(chip, 3, 3);
        painter.setPen(mark.color.lightnessF() > 0.6 ? QColor(25, 25, 25) : QColor(250, 250, 250));
        painter.drawText(chip, Qt::AlignCenter, mark.label);
    }
    painter.restore();
}

std::vector<QRectF> HighlightPainter::chipRects(const QTextLayout &layout, const std::vector<Mark> &marks,
                                                bool rightToLeft, int chipRoom) const
{
    const QFontMetricsF chipMetrics(m_chipFont);
    std::vector<QRectF> chips(marks.size());
    std::vector<QRectF> placed;
    for (size_t i = 0; i < marks.size(); ++i) {
        const Mark &mark = marks[i];
        if (!mark.startsHere)
            continue;
        // The chip sits above where reading of the entity starts: its left edge in left-to-right
        // text, its right edge in right-to-left text.
        const QList<QRectF> first = rangeRects(layout, mark.fragments.front().first, mark.fragments.front().first + 1);
        if (first.isEmpty())
            continue;
        const QRectF anchor = first.front();
        const qreal width = chipMetrics.horizontalAdvance(mark.label) + 6;
        const qreal height = std::min<qreal>(chipMetrics.height(), chipRoom - 1);
        // A Latin name inside Arabic text still starts on its left.
        const QChar firstCharacter = layout.text().at(mark.fragments.front().first);
        const bool chipOnRight =
            rightToLeft && !(firstCharacter.isLetter() && firstCharacter.direction() == QChar::DirL);
        QRectF chip(chipOnRight ? anchor.right() - width : anchor.left(), anchor.top() - height - 1, width, height);
        // Chips of entities that start close together must not hide each other.
        for (const QRectF &other : placed) {
            if (chip.intersects(other))
                chip.moveLeft(chipOnRight ? other.left() - width - 2 : other.right() + 2);
        }
        placed.push_back(chip);
        chips[i] = chip;
    }
    return chips;
}

} // namespace Hashiya
