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
#include <limits>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace Hashiya {

namespace {

/// For each extent, how many of the others contain it (of two equal extents, the earlier one contains
/// the later). Sweeps the extents by start, widest first, counting with a Fenwick tree over the ends
/// how many seen so far reach at least as far: O(m log m), so a paragraph of many thousand entities
/// costs no more than laying it out.
std::vector<int> nestingDepths(const std::vector<std::pair<qsizetype, qsizetype>> &extents)
{
    const size_t count = extents.size();
    std::vector<size_t> order(count);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (extents[a].first != extents[b].first)
            return extents[a].first < extents[b].first;
        if (extents[a].second != extents[b].second)
            return extents[a].second > extents[b].second;
        return a < b;
    });
    std::vector<qsizetype> ends(count);
    for (size_t i = 0; i < count; ++i)
        ends[i] = extents[i].second;
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
    std::vector<int> tree(ends.size() + 1, 0); // 1-based: how many seen so far end at each rank
    std::vector<int> depths(count, 0);
    int seen = 0;
    for (const size_t i : order) {
        const size_t rank = size_t(std::lower_bound(ends.begin(), ends.end(), extents[i].second) - ends.begin());
        int endingBefore = 0; // seen so far and ending before this one: they cannot contain it
        for (size_t k = rank; k > 0; k -= k & (~k + 1))
            endingBefore += tree[k];
        depths[i] = seen - endingBefore;
        for (size_t k = rank + 1; k < tree.size(); k += k & (~k + 1))
            ++tree[k];
        ++seen;
    }
    return depths;
}

/// The lines that meet [top, bottom] as [first, last): a line reaches up to the bottom of the line
/// above it, where its chips and arcs are.
std::pair<int, int> linesMeeting(const QTextLayout &layout, qreal top, qreal bottom)
{
    int low = 0;
    int high = layout.lineCount();
    while (low < high) {
        const int middle = (low + high) / 2;
        const QTextLine line = layout.lineAt(middle);
        if (line.y() + line.height() < top)
            low = middle + 1;
        else
            high = middle;
    }
    int last = low;
    while (last < layout.lineCount()) {
        if (last > 0) {
            const QTextLine above = layout.lineAt(last - 1);
            if (above.y() + above.height() > bottom)
                break;
        }
        ++last;
    }
    return {low, last};
}

/// The marks with text in [from, to) of the paragraph, in the order of the set (the order they are
/// painted in, so overlapping backgrounds mix as they always have).
std::vector<int> marksIn(const HighlightPainter::Highlights &highlights, int from, int to)
{
    const auto &byStart = highlights.byStart;
    const auto &extents = highlights.extents;
    const auto end = std::partition_point(byStart.begin(), byStart.end(),
                                          [&](int mark) { return extents[size_t(mark)].first < to; });
    const auto begin = std::partition_point(highlights.reach.begin(), highlights.reach.end(),
                                            [&](int reach) { return reach <= from; });
    std::vector<int> found;
    for (auto it = byStart.begin() + (begin - highlights.reach.begin()); it < end; ++it) {
        if (extents[size_t(*it)].second > from)
            found.push_back(*it);
    }
    std::sort(found.begin(), found.end());
    return found;
}

const QList<QRectF> &rectsOf(const QTextLayout &layout, HighlightPainter::Highlights &highlights, int mark)
{
    const size_t index = size_t(mark);
    if (!highlights.measured[index]) {
        QList<QRectF> rects;
        for (const auto &[from, to] : highlights.marks[index].fragments)
            rects += HighlightPainter::rangeRects(layout, from, to);
        highlights.rects[index] = std::move(rects);
        highlights.measured[index] = true;
    }
    return highlights.rects[index];
}

/// The painter's clip in the layout's coordinates, as a band of y; everything if there is none.
std::pair<qreal, qreal> band(const QRectF &clip, const QPointF &origin)
{
    if (!clip.isValid())
        return {std::numeric_limits<qreal>::lowest(), std::numeric_limits<qreal>::max()};
    return {clip.top() - origin.y(), clip.bottom() - origin.y()};
}

/// What of a paragraph a paint event exposes: the band of the clip, relative to the layout, and the marks
/// on the lines that meet it (none when no line does).
struct Exposed
{
    std::pair<qreal, qreal> area;
    int firstLine = 0;
    int lastLine = 0; ///< past the last line that meets the band
    std::vector<int> marks;
};

Exposed exposedIn(const QTextLayout &layout, const HighlightPainter::Highlights &highlights, const QRectF &clip,
                  const QPointF &origin)
{
    Exposed exposed {band(clip, origin), 0, 0, {}};
    std::tie(exposed.firstLine, exposed.lastLine) = linesMeeting(layout, exposed.area.first, exposed.area.second);
    if (exposed.firstLine >= exposed.lastLine || highlights.marks.empty())
        return exposed;
    const QTextLine last = layout.lineAt(exposed.lastLine - 1);
    exposed.marks =
        marksIn(highlights, layout.lineAt(exposed.firstLine).textStart(), last.textStart() + last.textLength());
    return exposed;
}

bool meets(const QRectF &rect, const std::pair<qreal, qreal> &band, qreal slack)
{
    return rect.bottom() + slack >= band.first && rect.top() - slack <= band.second;
}

} // namespace

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
                                                            qsizetype paragraphStart, qsizetype paragraphEnd) const
{
    const CodePointIndex &codePoints = document.codePoints();
    std::vector<Mark> result;
    result.reserve(entityIndexes.size());
    std::vector<std::pair<qsizetype, qsizetype>> extents; // UTF-16, whole entity, for nesting depth
    extents.reserve(entityIndexes.size());
    for (qsizetype index : entityIndexes) {
        const Entity &entity = document.annotations()->entityAt(index);
        Mark mark;
        mark.id = entity.id;
        mark.color = typeColor(entity.type);
        mark.label = shortLabel(entity.type);
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
    const std::vector<int> depths = nestingDepths(extents);
    for (size_t i = 0; i < result.size(); ++i)
        result[i].depth = depths[i];
    return result;
}

HighlightPainter::Highlights HighlightPainter::highlights(const ArticleDocument &document,
                                                          const std::vector<qsizetype> &entityIndexes,
                                                          qsizetype paragraphStart, qsizetype paragraphEnd,
                                                          const QTextLayout &layout, bool rightToLeft,
                                                          int chipRoom) const
{
    Highlights result;
    result.marks = marks(document, entityIndexes, paragraphStart, paragraphEnd);
    result.chips = placeChips(layout, result.marks, rightToLeft, chipRoom);
    const size_t count = result.marks.size();
    result.extents.reserve(count);
    for (const Mark &mark : result.marks) {
        int from = std::numeric_limits<int>::max();
        int to = 0;
        for (const auto &[start, end] : mark.fragments) {
            from = std::min(from, start);
            to = std::max(to, end);
        }
        result.extents.emplace_back(from, to);
    }
    result.byStart.resize(count);
    std::iota(result.byStart.begin(), result.byStart.end(), 0);
    std::stable_sort(result.byStart.begin(), result.byStart.end(),
                     [&](int a, int b) { return result.extents[size_t(a)].first < result.extents[size_t(b)].first; });
    result.reach.reserve(count);
    int reach = 0;
    for (const int mark : result.byStart) {
        reach = std::max(reach, result.extents[size_t(mark)].second);
        result.reach.push_back(reach);
    }
    result.rects.resize(count);
    result.measured.assign(count, false);
    return result;
}

int HighlightPainter::lineAt(const QTextLayout &layout, int position)
{
    // The last line that starts at or before the position.
    int low = 0;
    int high = layout.lineCount();
    while (low < high) {
        const int middle = (low + high) / 2;
        if (layout.lineAt(middle).textStart() <= position)
            low = middle + 1;
        else
            high = middle;
    }
    return std::max(0, low - 1);
}

QList<QRectF> HighlightPainter::rangeRects(const QTextLayout &layout, int from, int to)
{
    QList<QRectF> rects;
    if (from >= to || layout.lineCount() == 0)
        return rects;
    for (int i = lineAt(layout, from); i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (line.textStart() >= to)
            break;
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
                                  Highlights &highlights, const QString &selectedId, const QRectF &clip) const
{
    const auto [area, firstLine, lastLine, shown] = exposedIn(layout, highlights, clip, origin);
    if (shown.empty())
        return;
    const QFontMetricsF metrics(layout.font());
    const qreal thickness = std::max<qreal>(1.5, metrics.lineWidth() * 1.5);
    for (const int index : shown) {
        const Mark &mark = highlights.marks[size_t(index)];
        QColor fill = mark.color;
        fill.setAlpha(m_dark ? 110 : 80);
        const QColor line = m_dark ? mark.color.lighter(130) : mark.color.darker(130);
        for (QRectF rect : rectsOf(layout, highlights, index)) {
            if (!meets(rect, area, 0))
                continue;
            rect.translate(origin);
            painter.fillRect(rect, fill);
            // Stacked underlines: the outermost entity lowest, each nested one a step above.
            const qreal y = rect.bottom() - thickness * (1.5 * mark.depth + 1);
            painter.fillRect(QRectF(rect.left(), y, rect.width(), thickness), line);
        }
    }
    // Over every background, so that no other entity's tint dims it.
    for (const int index : shown) {
        if (!selectedId.isEmpty() && highlights.marks[size_t(index)].id == selectedId)
            paintSelectedOutline(painter, rectsOf(layout, highlights, index), origin, area);
    }
}

void HighlightPainter::paintSelectedOutline(QPainter &painter, const QList<QRectF> &rects, const QPointF &origin,
                                            const std::pair<qreal, qreal> &area) const
{
    // Inside the glyphs' box and under the text: an apostrophe or comma right beside the entity
    // ("Ankara'da", "أنقرة،") is not hidden behind the frame, nor are the entity's own letters.
    const qreal width = 1.6;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_dark ? QColor(255, 255, 255) : QColor(20, 20, 20), width));
    painter.setBrush(Qt::NoBrush);
    for (const QRectF &rect : rects) {
        if (meets(rect, area, 3))
            painter.drawRoundedRect(rect.translated(origin).adjusted(width / 2, -1, -width / 2, 1), 3, 3);
    }
    painter.restore();
}

void HighlightPainter::paintOver(QPainter &painter, const QTextLayout &layout, const QPointF &origin,
                                 Highlights &highlights, const QRectF &clip) const
{
    const auto [area, firstLine, lastLine, shown] = exposedIn(layout, highlights, clip, origin);
    if (shown.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_chipFont);
    for (const int index : shown) {
        const Mark &mark = highlights.marks[size_t(index)];
        const Chip &chip = highlights.chips[size_t(index)];
        if (chip.line < firstLine || chip.line >= lastLine)
            continue;
        const QRectF rect = chipRect(layout, chip).translated(origin);
        painter.setPen(Qt::NoPen);
        painter.setBrush(mark.color);
        painter.drawRoundedRect(rect, 3, 3);
        painter.setPen(mark.color.lightnessF() > 0.6 ? QColor(25, 25, 25) : QColor(250, 250, 250));
        painter.drawText(rect, Qt::AlignCenter, mark.label);
    }
    painter.restore();
}

QRectF HighlightPainter::chipRect(const QTextLayout &layout, const Chip &chip)
{
    if (chip.line < 0 || chip.line >= layout.lineCount())
        return {};
    return chip.rect.translated(0, layout.lineAt(chip.line).y());
}

std::vector<HighlightPainter::Chip> HighlightPainter::placeChips(const QTextLayout &layout,
                                                                 const std::vector<Mark> &marks, bool rightToLeft,
                                                                 int chipRoom) const
{
    const QFontMetricsF chipMetrics(m_chipFont);
    const qreal height = std::min<qreal>(chipMetrics.height(), chipRoom - 1);
    std::vector<Chip> chips(marks.size());
    std::unordered_map<int, std::vector<QRectF>> placed; // by line
    for (size_t i = 0; i < marks.size(); ++i) {
        const Mark &mark = marks[i];
        if (!mark.startsHere)
            continue;
        // The chip sits above where reading of the entity starts: its left edge in left-to-right
        // text, its right edge in right-to-left text.
        const int start = mark.fragments.front().first;
        const QList<QRectF> first = rangeRects(layout, start, start + 1);
        if (first.isEmpty())
            continue;
        const QRectF anchor = first.front();
        const qreal width = chipMetrics.horizontalAdvance(mark.label) + 6;
        // A Latin name inside Arabic text still starts on its left.
        const QChar firstCharacter = layout.text().at(start);
        const bool chipOnRight =
            rightToLeft && !(firstCharacter.isLetter() && firstCharacter.direction() == QChar::DirL);
        QRectF chip(chipOnRight ? anchor.right() - width : anchor.left(), -height - 1, width, height);
        // Chips of entities that start close together on a line must not hide each other.
        const int line = lineAt(layout, start);
        std::vector<QRectF> &onLine = placed[line];
        for (const QRectF &other : onLine) {
            if (chip.intersects(other))
                chip.moveLeft(chipOnRight ? other.left() - width - 2 : other.right() + 2);
        }
        onLine.push_back(chip);
        chips[i] = {line, chip};
    }
    return chips;
}

} // namespace Hashiya
