// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "model/articledocument.h"
#include "model/relationindex.h"
#include "model/spanindex.h"
#include "text/direction.h"
#include "text/wordboundaries.h"
#include "ui/reader/arclinks.h"
#include "ui/reader/arcpainter.h"
#include "ui/reader/highlightpainter.h"
#include "ui/reader/readerparagraph.h"
#include "ui/reader/readertooltips.h"
#include "ui/widgets/colouremoji.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <future>
#include <optional>

namespace Hashiya {

namespace {

constexpr qsizetype maxCachedLayouts = 600;
constexpr qsizetype paragraphsAsideFrom = 1 << 20; // UTF-16 units: below, a thread costs more than it saves
constexpr int caretBlinkMs = 530;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

std::vector<ArcLayout::Chip> chipsOf(const HighlightPainter::Highlights &highlights)
{
    std::vector<ArcLayout::Chip> chips;
    for (size_t i = 0; i < highlights.marks.size(); ++i) {
        const HighlightPainter::Chip &chip = highlights.chips[i];
        if (chip.line >= 0)
            chips.push_back(
                {highlights.marks[i].id, chip.line, chip.rect.left(), chip.rect.width(), chip.rect.height()});
    }
    return chips;
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_highlights(std::make_unique<HighlightPainter>())
    , m_arcPainter(std::make_unique<ArcPainter>())
    , m_caret(*this)
    , m_hitTest(*this)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setMouseTracking(true);
    m_baseFont = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    m_baseFont.setPointSizeF(std::max<qreal>(12, m_baseFont.pointSizeF() * 1.2));
    updateFontMetrics();
}

ReaderView::~ReaderView() = default;

void ReaderView::setDocument(ArticleDocument *document, const Schema *schema)
{
    if (m_document)
        disconnect(m_document->annotations(), nullptr, this, nullptr);
    m_document = document;
    m_spans.reset();
    m_relationIndex.reset();
    m_selectedEntity.clear();
    m_selectedRelation.clear();
    m_hoveredEntity.clear();
    m_hoveredRelation.clear();
    m_linkSource.clear();
    m_linkTarget.clear();
    m_linkDragging = false;
    m_anchor = m_cursor = 0;
    m_caret.forgetColumn();
    setSchema(schema);
    // A long article's paragraphs are found on another core while its entities are indexed here.
    std::future<ParagraphIndex> paragraphs;
    if (document && document->text().size() >= paragraphsAsideFrom)
        paragraphs =
            std::async(std::launch::async, [text = QStringView(document->text())] { return ParagraphIndex(text); });
    if (document) {
        m_spans = std::make_unique<SpanIndex>(document->annotations());
        // Before the view's own connections, so it is up to date when the view looks.
        m_relationIndex = std::make_unique<RelationIndex>(document->annotations());
        const AnnotationSet *set = document->annotations();
        // An edit changes chips and arcs only in its own paragraphs: lay those out again. The
        // about-to signals still see the old extent, the done signals the new one.
        auto entityAt = [this, set](qsizetype index) {
            forgetEntityLayouts(set->entityAt(index), false);
        };
        connect(set, &AnnotationSet::entityInserted, this, entityAt);
        connect(set, &AnnotationSet::entityAboutToBeRemoved, this, entityAt);
        connect(set, &AnnotationSet::entityAboutToChange, this, entityAt);
        connect(set, &AnnotationSet::entityChanged, this,
                [this, set](qsizetype index) { forgetEntityLayouts(set->entityAt(index), true); });
        auto relationAt = [this, set](qsizetype index) {
            forgetRelationLayouts(set->relationAt(index));
        };
        connect(set, &AnnotationSet::relationInserted, this, relationAt);
        connect(set, &AnnotationSet::relationAboutToBeRemoved, this, relationAt);
        connect(set, &AnnotationSet::relationAboutToChange, this, relationAt);
        connect(set, &AnnotationSet::relationChanged, this, relationAt);
        // A retype or resize removes and re-inserts the entity: look again once the edit is complete,
        // in the article shown by then. The one edited may have been replaced or closed meanwhile.
        auto forgetGone = [this] {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (!m_document)
                        return;
                    const AnnotationSet *shown = m_document->annotations();
                    if (!m_selectedEntity.isEmpty() && !shown->entity(m_selectedEntity))
                        setSelectedEntity(QString());
                    if (!m_selectedRelation.isEmpty() && !shown->relation(m_selectedRelation))
                        setSelectedRelation(QString());
                },
                Qt::QueuedConnection);
        };
        connect(set, &AnnotationSet::entityRemoved, this, forgetGone);
        connect(set, &AnnotationSet::relationRemoved, this, forgetGone);
        connect(set, &AnnotationSet::wasReset, this, [this] {
            m_layouts.clear();
            viewport()->update();
        });
    }
    rebuildParagraphs(paragraphs.valid() ? std::optional(paragraphs.get()) : std::nullopt);
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    Q_EMIT selectionChanged();
    Q_EMIT selectedEntityChanged(QString());
    Q_EMIT selectedRelationChanged(QString());
}

void ReaderView::setSchema(const Schema *schema)
{
    m_schema = schema;
    m_highlights->setSchema(schema);
    m_layouts.clear(); // arc labels come from the schema
    viewport()->update();
}

void ReaderView::setDirectionMode(Qt::LayoutDirection mode)
{
    if (mode == m_directionMode)
        return;
    const TopLine top = topLine();
    m_directionMode = mode;
    relayout();
    restoreTopLine(top);
}

void ReaderView::setWordWrap(bool wrap)
{
    if (wrap == m_wordWrap)
        return;
    const TopLine top = topLine();
    m_wordWrap = wrap;
    relayout();
    restoreTopLine(top);
}

void ReaderView::setTextFont(const QFont &font)
{
    const TopLine top = topLine();
    m_baseFont = font;
    updateFontMetrics();
    relayout();
    restoreTopLine(top);
}

void ReaderView::setZoom(int percent)
{
    percent = std::clamp(percent, 40, 400);
    if (percent == m_zoom)
        return;
    // Keep the text at the top in place while everything grows or shrinks.
    const TopLine top = topLine();
    m_zoom = percent;
    updateFontMetrics();
    relayout();
    restoreTopLine(top);
}

ReaderView::TopLine ReaderView::topLine() const
{
    TopLine top;
    if (!m_document || m_paragraphs.count() == 0)
        return top;
    const qint64 value = verticalScrollBar()->value();
    top.paragraph = m_heights.paragraphAt(std::max<qint64>(0, value - m_margin));
    top.below = value - paragraphTop(top.paragraph);
    if (top.below <= 0) // the margin above the first paragraph shows
        return top;
    top.fraction = double(top.below) / std::max(1, m_heights.height(top.paragraph));
    const auto found = m_layouts.find(top.paragraph);
    if (found == m_layouts.end())
        return top;
    // The first line not wholly above the edge, and where the edge cuts it (or the room above it).
    const QTextLayout &layout = found->second->layout;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (line.y() + line.height() > top.below) {
            top.character = line.textStart();
            top.lineOffset = (double(top.below) - line.y()) / (m_chipRoom + m_lineHeight);
            break;
        }
    }
    return top;
}

void ReaderView::restoreTopLine(const TopLine &top)
{
    if (!m_document || top.paragraph >= m_paragraphs.count())
        return;
    qint64 value = paragraphTop(top.paragraph) + top.below;
    if (top.below > 0) {
        const ReaderParagraph &laidOut = paragraph(top.paragraph); // its height is exact from here on
        if (top.character >= 0) {
            const QTextLine line = laidOut.layout.lineAt(HighlightPainter::lineAt(laidOut.layout, top.character));
            value = paragraphTop(top.paragraph) + std::lround(line.y() + top.lineOffset * (m_chipRoom + m_lineHeight));
        } else {
            value = paragraphTop(top.paragraph) + std::lround(top.fraction * laidOut.height);
        }
    }
    verticalScrollBar()->setValue(int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max())));
}

void ReaderView::updateFontMetrics()
{
    m_font = m_baseFont;
    m_font.setPointSizeF(m_baseFont.pointSizeF() * m_zoom / 100.0);
    const QFontMetrics metrics(m_font);
    QFont chipFont = m_font;
    chipFont.setPointSizeF(std::max<qreal>(6, m_font.pointSizeF() * 0.55));
    chipFont.setBold(true);
    m_highlights->setChipFont(chipFont);
    m_chipRoom = QFontMetrics(chipFont).height() + 2;
    m_arcFont = m_font;
    m_arcFont.setPointSizeF(std::max<qreal>(6, m_font.pointSizeF() * 0.58));
    m_arcPainter->setLabelFont(m_arcFont);
    m_lineHeight = metrics.height() + metrics.leading();
    m_paragraphGap = metrics.height() / 2;
    m_margin = std::max(12, metrics.averageCharWidth() * 2);
}

void ReaderView::rebuildParagraphs(std::optional<ParagraphIndex> paragraphs)
{
    if (paragraphs)
        m_paragraphs = std::move(*paragraphs);
    else
        m_paragraphs = m_document ? ParagraphIndex(m_document->text()) : ParagraphIndex();
    relayout();
}

int ReaderView::contentWidth() const
{
    return std::max(80, viewport()->width() - 2 * m_margin);
}

qsizetype ReaderView::charactersPerLine() const
{
    return std::max<qsizetype>(1, contentWidth() / std::max(1, QFontMetrics(m_font).averageCharWidth()));
}

int ReaderView::estimatedHeight(qsizetype paragraph, qsizetype charactersPerLine) const
{
    const qsizetype characters = m_paragraphs.end(paragraph) - m_paragraphs.start(paragraph);
    if (characters == 0)
        return m_lineHeight / 2;
    const qsizetype lines = m_wordWrap ? (characters + charactersPerLine - 1) / charactersPerLine : 1;
    return int(lines) * (m_chipRoom + m_lineHeight) + m_paragraphGap;
}

void ReaderView::relayout()
{
    m_layouts.clear();
    m_widestLine = 0;
    m_layoutWidth = contentWidth();
    std::vector<int> heights(size_t(m_paragraphs.count()));
    // Font metrics once, not once per paragraph: a 50 MB article has a hundred thousand.
    const qsizetype perLine = charactersPerLine();
    for (qsizetype i = 0; i < m_paragraphs.count(); ++i)
        heights[size_t(i)] = estimatedHeight(i, perLine);
    m_heights.reset(std::move(heights));
    updateScrollBars();
    viewport()->update();
}

void ReaderView::forgetLayouts(qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i <= to; ++i)
        m_layouts.erase(i);
}

const ReaderParagraph *ReaderView::laidOutParagraph(qsizetype index) const
{
    const auto found = m_layouts.find(index);
    return found == m_layouts.end() ? nullptr : found->second.get();
}

qint64 ReaderView::paragraphTop(qsizetype index) const
{
    return m_margin + m_heights.top(index);
}

ReaderParagraph &ReaderView::paragraph(qsizetype index)
{
    if (auto found = m_layouts.find(index); found != m_layouts.end())
        return *found->second;
    if (qsizetype(m_layouts.size()) >= maxCachedLayouts) {
        // Keep what is on screen; drop the rest, which can be laid out again cheaply.
        const qsizetype top = m_heights.paragraphAt(std::max<qint64>(0, verticalScrollBar()->value() - m_margin));
        for (auto it = m_layouts.begin(); it != m_layouts.end();) {
            if (it->first < top - 20 || it->first > top + 200)
                it = m_layouts.erase(it);
            else
                ++it;
        }
    }
    auto layout = std::make_unique<ReaderParagraph>();
    const qsizetype start = m_paragraphs.start(index);
    const QString text = m_document->text().mid(start, m_paragraphs.end(index) - start);
    layout->rightToLeft =
        m_directionMode == Qt::LayoutDirectionAuto ? isRightToLeftParagraph(text) : m_directionMode == Qt::RightToLeft;
    QTextOption option;
    option.setTextDirection(layout->rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    // Explicitly absolute: QTextLayout does not mirror a plain left alignment for right-to-left text.
    option.setAlignment(layout->rightToLeft ? Qt::AlignRight | Qt::AlignAbsolute : Qt::AlignLeft | Qt::AlignAbsolute);
    option.setWrapMode(m_wordWrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout->layout.setText(text);
    layout->layout.setFont(m_font);
    layout->layout.setFormats(colourEmojiFormats(text));
    layout->layout.setTextOption(option);
    layout->layout.setCacheEnabled(true);
    const int width = contentWidth();
    // A blank line between paragraphs needs no room for chips or a whole line of its own.
    const bool blank = text.isEmpty();
    std::vector<QTextLine> lines;
    layout->layout.beginLayout();
    while (true) {
        QTextLine line = layout->layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (!m_wordWrap && line.naturalTextWidth() > width) {
            line.setLineWidth(line.naturalTextWidth());
            if (int(std::ceil(line.naturalTextWidth())) > m_widestLine) {
                m_widestLine = int(std::ceil(line.naturalTextWidth()));
                QMetaObject::invokeMethod(this, &ReaderView::updateScrollBars, Qt::QueuedConnection);
            }
        }
        lines.push_back(line);
    }
    layout->layout.endLayout();

    // Where the lines break decides where chips go, and the chips where arcs run; the arcs decide
    // how much room each line needs above it. So the lines get their heights last.
    if (!blank) {
        const CodePointIndex &codePoints = m_document->codePoints();
        std::vector<qsizetype> entities;
        m_spans->overlapping(codePoints.toCodePoint(start), codePoints.toCodePoint(m_paragraphs.end(index)), entities);
        layout->highlights = m_highlights->highlights(*m_document, entities, start, m_paragraphs.end(index),
                                                      layout->layout, layout->rightToLeft, m_chipRoom);
    }
    const std::vector<ArcLayout::Chip> chips = chipsOf(layout->highlights);
    std::vector<int> levels(lines.size(), 0);
    std::optional<ArcLayout> arcs;
    if (m_arcsVisible && m_relationIndex && !chips.empty()) {
        const std::vector<ArcLayout::Link> links = arcLinks(*m_document, *m_relationIndex, m_schema, chips);
        if (!links.empty()) {
            arcs.emplace(m_arcFont, m_margin, m_chipRoom);
            const qreal lineWidth = m_wordWrap ? width : std::max(width, m_widestLine);
            levels = arcs->plan(chips, links, int(lines.size()), lineWidth, layout->rightToLeft);
        }
    }
    int y = blank ? -m_chipRoom - m_lineHeight / 2 : 0;
    std::vector<qreal> lineTops;
    lineTops.reserve(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        y += m_chipRoom + levels[i] * (arcs ? arcs->levelHeight() : 0);
        lines[i].setPosition(QPointF(0, y));
        lineTops.push_back(y);
        y += m_lineHeight;
    }
    if (arcs)
        layout->arcs = arcs->build(lineTops);
    for (const ArcLayout::Chip &chip : chips) {
        layout->chips.emplace_back(
            chip.entityId, QRectF(chip.left, lineTops[size_t(chip.line)] - chip.height - 1, chip.width, chip.height));
    }
    layout->height = std::max(m_lineHeight / 2, y + (blank ? 0 : m_paragraphGap));

    // Replace the estimate. If the paragraph lies above the top of the view, move the scroll position
    // by the difference, so what the analyst is reading does not jump.
    const int delta = layout->height - m_heights.height(index);
    if (delta != 0) {
        const bool above = paragraphTop(index + 1) <= verticalScrollBar()->value();
        m_heights.setHeight(index, layout->height);
        updateScrollBars();
        if (above) {
            const QSignalBlocker blocker(verticalScrollBar());
            verticalScrollBar()->setValue(verticalScrollBar()->value() + delta);
        }
    }
    return *m_layouts.emplace(index, std::move(layout)).first->second;
}

void ReaderView::updateScrollBars()
{
    const qint64 total = m_heights.total() + 2 * m_margin;
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, int(std::clamp<qint64>(total - viewport()->height(), 0, std::numeric_limits<int>::max())));
    vertical->setPageStep(viewport()->height());
    vertical->setSingleStep(m_chipRoom + m_lineHeight);
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, m_wordWrap ? 0 : std::max(0, m_widestLine - contentWidth()));
    horizontal->setPageStep(viewport()->width());
    horizontal->setSingleStep(QFontMetrics(m_font).averageCharWidth() * 4);
}

QPointF ReaderView::paragraphOrigin(qsizetype index) const
{
    return QPointF(m_margin - horizontalScrollBar()->value(),
                   qreal(paragraphTop(index) - verticalScrollBar()->value()));
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    if (!m_document) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter,
                         tr("Open a folder of articles (Ctrl+O) or one article (Ctrl+Shift+O)"));
        return;
    }
    m_highlights->setDark(isDark(palette()));
    m_arcPainter->setDark(isDark(palette()));
    // Only what meets the exposed rectangle is drawn (the caret's blink exposes one line). A line
    // above and below is kept: glyphs such as Arabic marks may reach beyond their line.
    const QRectF exposed = QRectF(event->rect()).adjusted(0, -m_lineHeight, 0, m_lineHeight);
    forEachVisibleParagraph([&](qsizetype index, ReaderParagraph &laidOut, const QPointF &origin) {
        if (origin.y() <= exposed.bottom() && origin.y() + laidOut.height >= exposed.top())
            paintParagraph(painter, index, origin, exposed);
    });
    paintPendingLink(painter);
}

template<typename Visit>
void ReaderView::forEachVisibleParagraph(Visit visit)
{
    if (!m_document)
        return;
    const qint64 top = verticalScrollBar()->value();
    qsizetype index = m_heights.paragraphAt(std::max<qint64>(0, top - m_margin));
    while (index < m_paragraphs.count()) {
        ReaderParagraph &laidOut = paragraph(index); // may refine heights above: compute the origin after
        const QPointF origin = paragraphOrigin(index);
        if (origin.y() > viewport()->height())
            break;
        if (origin.y() + laidOut.height >= 0)
            visit(index, laidOut, origin);
        ++index;
    }
}

void ReaderView::visitVisibleParagraphs(
    const std::function<void(qsizetype, const ReaderParagraph &, const QPointF &)> &visit)
{
    forEachVisibleParagraph(visit);
}

qsizetype ReaderView::paragraphAtHeight(int y) const
{
    const qint64 content = y + verticalScrollBar()->value() - m_margin;
    return m_heights.paragraphAt(std::max<qint64>(0, content));
}

void ReaderView::forgetEntityLayouts(const Entity &entity, bool withPartners)
{
    const CodePointIndex &codePoints = m_document->codePoints();
    forgetLayouts(m_paragraphs.paragraphAt(codePoints.toUtf16(entity.start())),
                  m_paragraphs.paragraphAt(codePoints.toUtf16(entity.end())));
    if (withPartners && m_relationIndex) {
        const AnnotationSet *set = m_document->annotations();
        for (const QString &id : m_relationIndex->relationsOf(entity.id)) {
            if (const Relation *relation = set->relation(id))
                forgetRelationLayouts(*relation);
        }
    }
    viewport()->update();
}

void ReaderView::forgetRelationLayouts(const Relation &relation)
{
    const AnnotationSet *set = m_document->annotations();
    const CodePointIndex &codePoints = m_document->codePoints();
    for (const QString &end : {relation.from, relation.to}) {
        if (const Entity *entity = set->entity(end)) {
            const qsizetype index = m_paragraphs.paragraphAt(codePoints.toUtf16(entity->start()));
            forgetLayouts(index, index);
        }
    }
    viewport()->update();
}

void ReaderView::paintPendingLink(QPainter &painter)
{
    if (m_linkSource.isEmpty())
        return;
    const QRectF source = chipRect(m_linkSource);
    if (source.isEmpty())
        return;
    QPointF end = m_linkPoint;
    if (!m_linkTarget.isEmpty()) {
        const QRectF target = chipRect(m_linkTarget);
        if (target.isEmpty())
            return;
        end = QPointF(target.center().x(), target.top());
        // The candidate target, outlined like a selection but dashed.
        if (const Entity *entity = m_document->annotations()->entity(m_linkTarget)) {
            const CodePointIndex &codePoints = m_document->codePoints();
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1.6, Qt::DashLine));
            for (const Span &span : entity->spans) {
                for (const QRectF &rect : rangeRects(codePoints.toUtf16(span.start), codePoints.toUtf16(span.end)))
                    painter.drawRoundedRect(rect.adjusted(-1.5, -1, 1.5, 1), 3, 3);
            }
            painter.restore();
        }
    }
    const QPointF start(source.center().x(), source.top());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = palette().color(QPalette::Highlight);
    painter.setPen(QPen(color, 2, Qt::DashLine));
    // A curve that rises between the two ends, like the arc it will become.
    const qreal lift = std::max<qreal>(24, std::abs(end.x() - start.x()) / 4);
    QPainterPath path(start);
    path.cubicTo(start - QPointF(0, lift), end - QPointF(0, lift), end);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const QPointF direction = end - path.pointAtPercent(0.97);
    const qreal length = std::hypot(direction.x(), direction.y());
    if (length > 0) {
        const QPointF along = direction / length;
        const QPointF across(-along.y(), along.x());
        painter.drawPolygon(QPolygonF({end, end - along * 8 + across * 4, end - along * 8 - across * 4}));
    }
    painter.restore();
}

void ReaderView::paintParagraph(QPainter &painter, qsizetype index, const QPointF &origin, const QRectF &clip)
{
    ReaderParagraph &laidOut = paragraph(index);
    const qsizetype start = m_paragraphs.start(index);
    const qsizetype end = m_paragraphs.end(index);
    m_highlights->paintUnder(painter, laidOut.layout, origin, laidOut.highlights, m_selectedEntity, clip);

    QList<QTextLayout::FormatRange> selections;
    if (hasSelection() && selectionStart() <= end && selectionEnd() >= start) {
        QTextLayout::FormatRange selection;
        selection.start = int(std::max(selectionStart(), start) - start);
        selection.length = int(std::min(selectionEnd(), end) - start) - selection.start;
        const QPalette::ColorGroup group = hasFocus() ? QPalette::Active : QPalette::Inactive;
        selection.format.setBackground(palette().brush(group, QPalette::Highlight));
        selection.format.setForeground(palette().brush(group, QPalette::HighlightedText));
        selections.append(selection);
    }
    painter.setPen(palette().color(QPalette::Text));
    laidOut.layout.draw(&painter, origin, selections, clip);
    paintTagPreview(painter, index, laidOut, origin);
    m_highlights->paintOver(painter, laidOut.layout, origin, laidOut.highlights, clip);
    const ArcPainter::Focus focus {m_hoveredEntity, m_hoveredRelation, m_selectedEntity, m_selectedRelation};
    m_arcPainter->paint(painter, laidOut.arcs, origin, focus, palette());

    if (hasFocus() && m_caretVisible && m_cursor >= start && m_cursor <= end
        && m_paragraphs.paragraphAt(m_cursor) == index) {
        painter.setPen(palette().color(QPalette::Text));
        laidOut.layout.drawCursor(&painter, origin, int(m_cursor - start), 2);
    }
}

void ReaderView::paintTagPreview(QPainter &painter, qsizetype index, const ReaderParagraph &laidOut,
                                 const QPointF &origin)
{
    const qsizetype start = m_paragraphs.start(index);
    const qsizetype from = std::max(m_tagPreview.first, start);
    const qsizetype to = std::min(m_tagPreview.second, m_paragraphs.end(index));
    if (!hasSelection() || from >= to)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette::ColorGroup group = hasFocus() ? QPalette::Active : QPalette::Inactive;
    QColor color = palette().color(group, QPalette::Highlight);
    color.setAlpha(170);
    const qreal width = 1.0;
    painter.setPen(QPen(color, width));
    painter.setBrush(Qt::NoBrush);
    // Inside the glyphs' box, so that the outline covers no neighbouring apostrophe or comma.
    for (const QRectF &rect : HighlightPainter::rangeRects(laidOut.layout, int(from - start), int(to - start)))
        painter.drawRoundedRect(rect.translated(origin).adjusted(width / 2, 0, -width / 2, 0), 2, 2);
    painter.restore();
}

void ReaderView::setTagPreview(TextRange range)
{
    if (range.first >= range.second)
        range = {};
    if (range == m_tagPreview)
        return;
    m_tagPreview = range;
    viewport()->update();
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (contentWidth() == m_layoutWidth) {
        // Lines break by the width alone: another height (the find bar opening, a dock resizing)
        // shows more or less of the same layout.
        updateScrollBars();
        viewport()->update();
        return;
    }
    // Lines break elsewhere and right-to-left lines end at the new edge: lay out again, keeping the
    // text at the top where it is.
    const TopLine top = topLine();
    const int widest = m_widestLine;
    const int across = horizontalScrollBar()->value();
    relayout();
    if (!m_wordWrap) {
        // Unwrapped lines are as long as they were: keep the sideways scrolling.
        m_widestLine = widest;
        updateScrollBars();
        horizontalScrollBar()->setValue(across);
    }
    restoreTopLine(top);
}

void ReaderView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void ReaderView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        viewport()->update();
}

qsizetype ReaderView::positionAt(const QPoint &point)
{
    return m_document ? m_hitTest.positionAt(point) : 0;
}

QList<QRectF> ReaderView::rangeRects(qsizetype from, qsizetype to)
{
    return m_document ? m_hitTest.rangeRects(from, to) : QList<QRectF>();
}

QStringList ReaderView::entitiesAt(qsizetype position) const
{
    QStringList ids;
    if (!m_document || !m_spans)
        return ids;
    const CodePointIndex &codePoints = m_document->codePoints();
    const qsizetype codePoint = codePoints.toCodePoint(position);
    std::vector<qsizetype> candidates;
    m_spans->overlapping(codePoint, codePoint + 1, candidates);
    std::vector<std::pair<qsizetype, QString>> hits; // length, id
    for (qsizetype index : candidates) {
        const Entity &entity = m_document->annotations()->entityAt(index);
        for (const Span &span : entity.spans) {
            if (span.contains(codePoint)) {
                hits.emplace_back(entity.end() - entity.start(), entity.id);
                break;
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[length, id] : hits)
        ids.append(id);
    return ids;
}

void ReaderView::setSelectedEntity(const QString &id)
{
    if (id == m_selectedEntity)
        return;
    m_selectedEntity = id;
    // The outline moves. Painting is cheap next to working out what it covered: the whole viewport it is.
    viewport()->update();
    Q_EMIT selectedEntityChanged(id);
    if (!id.isEmpty())
        setSelectedRelation(QString());
}

void ReaderView::setSelectedRelation(const QString &id)
{
    if (id == m_selectedRelation)
        return;
    m_selectedRelation = id;
    viewport()->update();
    Q_EMIT selectedRelationChanged(id);
    if (!id.isEmpty())
        setSelectedEntity(QString());
}

void ReaderView::showRelation(const QString &id)
{
    const Relation *relation = m_document ? m_document->annotations()->relation(id) : nullptr;
    if (!relation)
        return;
    setSelectedRelation(id);
    if (const Entity *source = m_document->annotations()->entity(relation->from))
        ensureVisible(m_document->codePoints().toUtf16(source->start()));
}

bool ReaderView::isRightToLeftAt(qsizetype position)
{
    return m_document && m_paragraphs.count() > 0 && paragraph(m_paragraphs.paragraphAt(position)).rightToLeft;
}

void ReaderView::setArcsVisible(bool visible)
{
    if (visible == m_arcsVisible)
        return;
    m_arcsVisible = visible;
    m_layouts.clear();
    viewport()->update();
}

void ReaderView::setPendingLink(const QString &source, const QString &target, const QPointF &point)
{
    m_linkSource = source;
    m_linkTarget = target;
    m_linkPoint = point;
    viewport()->update();
}

void ReaderView::clearPendingLink()
{
    m_linkDragging = false;
    setPendingLink(QString(), QString());
}

QRectF ReaderView::chipRect(const QString &entityId)
{
    const Entity *entity = m_document ? m_document->annotations()->entity(entityId) : nullptr;
    if (!entity)
        return {};
    return m_hitTest.chipRect(m_paragraphs.paragraphAt(m_document->codePoints().toUtf16(entity->start())), entityId);
}

QString ReaderView::chipAt(const QPoint &point)
{
    return m_hitTest.chipAt(point);
}

QString ReaderView::entityAtPoint(const QPoint &point)
{
    if (const QString chip = chipAt(point); !chip.isEmpty())
        return chip;
    const qsizetype position = positionAt(point);
    // positionAt snaps to the nearest boundary; the pointer must really be over the entity's text.
    for (const qsizetype at : {position, position - 1}) {
        if (at < 0)
            continue;
        const QList<QRectF> here = rangeRects(at, at + 1);
        if (std::any_of(here.begin(), here.end(), [&](const QRectF &r) { return r.contains(point); })) {
            const QStringList ids = entitiesAt(at);
            if (!ids.isEmpty())
                return ids.front();
        }
    }
    return {};
}

ReaderView::ArcHit ReaderView::arcAt(const QPoint &point)
{
    return m_hitTest.arcAt(point);
}

std::vector<ArcLayout::Shape> ReaderView::visibleArcs()
{
    return m_hitTest.visibleArcs();
}

void ReaderView::updateHover(const QPoint &point)
{
    const ArcHit arc = arcAt(point);
    const QString chip = arc.relationId.isEmpty() ? chipAt(point) : QString();
    const QString entity = arc.relationId.isEmpty() ? (chip.isEmpty() ? entityAtPoint(point) : chip) : QString();
    viewport()->setCursor(!arc.relationId.isEmpty() ? Qt::PointingHandCursor
                                                    : (!chip.isEmpty() ? Qt::OpenHandCursor : Qt::IBeamCursor));
    if (arc.relationId == m_hoveredRelation && entity == m_hoveredEntity)
        return;
    m_hoveredRelation = arc.relationId;
    m_hoveredEntity = entity;
    viewport()->update();
}

void ReaderView::ensureVisible(qsizetype position)
{
    if (!m_document || m_paragraphs.count() == 0)
        return;
    const qsizetype index = m_paragraphs.paragraphAt(position);
    ReaderParagraph &laidOut = paragraph(index);
    const QTextLine line = laidOut.layout.lineForTextPosition(int(position - m_paragraphs.start(index)));
    const qint64 lineTop = paragraphTop(index) + (line.isValid() ? qint64(line.y()) - m_chipRoom : 0);
    const qint64 lineBottom = lineTop + m_chipRoom + m_lineHeight;
    QScrollBar *vertical = verticalScrollBar();
    const int context = m_chipRoom + m_lineHeight;
    if (lineTop < vertical->value())
        vertical->setValue(int(lineTop - context));
    else if (lineBottom > vertical->value() + viewport()->height())
        vertical->setValue(int(lineBottom - viewport()->height() + context));
    if (!m_wordWrap && line.isValid()) {
        const qreal x = line.cursorToX(int(position - m_paragraphs.start(index)));
        QScrollBar *horizontal = horizontalScrollBar();
        if (x < horizontal->value())
            horizontal->setValue(int(x) - 20);
        else if (x > horizontal->value() + contentWidth())
            horizontal->setValue(int(x) - contentWidth() + 20);
    }
}

QString ReaderView::selectedText() const
{
    return m_document ? m_document->text().mid(selectionStart(), selectionEnd() - selectionStart()) : QString();
}

void ReaderView::setSelection(qsizetype anchor, qsizetype cursor)
{
    const qsizetype length = m_document ? m_document->text().size() : 0;
    anchor = std::clamp<qsizetype>(anchor, 0, length);
    cursor = std::clamp<qsizetype>(cursor, 0, length);
    const bool changed = anchor != m_anchor || cursor != m_cursor;
    m_anchor = anchor;
    m_cursor = cursor;
    m_caretVisible = true;
    // Painting is cheap next to working out what the old and the new selection cover: the whole viewport it is.
    viewport()->update();
    if (changed) {
        Q_EMIT cursorPositionChanged(cursor);
        Q_EMIT selectionChanged();
    }
}

void ReaderView::clearSelection()
{
    setSelection(m_cursor, m_cursor);
}

void ReaderView::moveCursor(qsizetype position, bool extendSelection)
{
    if (!extendSelection)
        m_exactSelection = false;
    setSelection(extendSelection ? m_anchor : position, position);
    ensureVisible(position);
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    if (!m_document) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (event == QKeySequence::Copy) {
        if (hasSelection())
            QApplication::clipboard()->setText(selectedText());
        return;
    }
    if (event == QKeySequence::SelectAll) {
        setSelection(0, m_document->text().size());
        return;
    }
    paragraph(m_paragraphs.paragraphAt(m_cursor)); // the caret's moves start from its paragraph, laid out
    if (event->key() == Qt::Key_Escape) {
        if (m_linkDragging) {
            clearPendingLink();
        } else if (hasSelection()) {
            clearSelection();
        } else {
            setSelectedEntity(QString());
            setSelectedRelation(QString());
        }
        return;
    }
    const int pageLines = std::max(1, viewport()->height() / (m_chipRoom + m_lineHeight) - 1);
    const std::optional<qsizetype> target =
        m_caret.target(event->key(), event->modifiers(), m_cursor, m_document->text().size(), pageLines);
    if (!target) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    moveCursor(*target, event->modifiers() & Qt::ShiftModifier);
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    if (!m_document || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint point = event->position().toPoint();
    if (!(event->modifiers() & Qt::ShiftModifier)) {
        // An arc selects its relation; a stub's label also takes the analyst to the other end.
        if (const ArcHit arc = arcAt(point); !arc.relationId.isEmpty()) {
            m_deselect.stop();
            setSelectedRelation(arc.relationId);
            if (!arc.jumpTo.isEmpty()) {
                if (const Entity *other = m_document->annotations()->entity(arc.jumpTo))
                    ensureVisible(m_document->codePoints().toUtf16(other->start()));
            }
            return;
        }
        // A chip is where relations start: dragging from it to another entity links the two.
        if (const QString chip = chipAt(point); !chip.isEmpty()) {
            m_deselect.stop();
            setSelectedEntity(chip);
            m_linkDragging = true;
            setPendingLink(chip, QString(), event->position());
            viewport()->setCursor(Qt::ClosedHandCursor);
            return;
        }
    }
    const qsizetype position = positionAt(point);
    m_selecting = true;
    m_dragged = false;
    m_caret.forgetColumn();
    m_exactSelection = event->modifiers() & Qt::AltModifier;
    setSelection(event->modifiers() & Qt::ShiftModifier ? m_anchor : position, position);
}

void ReaderView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (m_linkDragging) {
        if (point.y() < 0 || point.y() > viewport()->height()) // scroll towards a target off screen
            verticalScrollBar()->setValue(verticalScrollBar()->value() + (point.y() < 0 ? -1 : 1) * m_lineHeight);
        QString target = entityAtPoint(point);
        if (target == m_linkSource)
            target.clear();
        setPendingLink(m_linkSource, target, event->position());
        return;
    }
    if (!m_selecting) {
        if (m_document && event->buttons() == Qt::NoButton)
            updateHover(point);
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    m_dragged = true;
    setSelection(m_anchor, positionAt(point));
    if (point.y() < 0 || point.y() > viewport()->height())
        ensureVisible(m_cursor);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_linkDragging) {
        m_linkDragging = false;
        viewport()->setCursor(Qt::OpenHandCursor);
        const QString source = m_linkSource;
        const QString target = m_linkTarget;
        if (target.isEmpty())
            clearPendingLink();
        else // the arrow stays while the analyst picks the type
            Q_EMIT linkRequested(source, target, event->modifiers());
        return;
    }
    if (!m_selecting) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_selecting = false;
    if (!m_dragged && !hasSelection()) {
        // A click, not a drag: it selects the innermost entity under the pointer. A click on plain
        // text lets go of the selected entity, unless it turns out to be the first half of a
        // double-click that selects text to add to that entity.
        const QStringList here = entitiesAt(m_cursor);
        if (!here.isEmpty())
            setSelectedEntity(here.front());
        else if (!m_selectedEntity.isEmpty())
            m_deselect.start(QApplication::doubleClickInterval(), this);
    }
}

void ReaderView::settlePendingClick()
{
    if (m_deselect.isActive()) {
        m_deselect.stop();
        setSelectedEntity(QString());
    }
}

void ReaderView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_document || event->button() != Qt::LeftButton)
        return;
    m_deselect.stop();
    // The word under the pointer, by the same rules that tagging snaps to.
    const qsizetype position = positionAt(event->position().toPoint());
    const auto [from, to] = wordAt(m_document->text(), position);
    m_exactSelection = false; // before the selection changes, so that its tag preview snaps
    setSelection(from, to);
}

void ReaderView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(m_zoom + steps * 10);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void ReaderView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    m_caretTimer.start(caretBlinkMs, this);
    viewport()->update();
}

void ReaderView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    m_caretTimer.stop();
    viewport()->update();
}

void ReaderView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_deselect.timerId()) {
        settlePendingClick();
        return;
    }
    if (event->timerId() != m_caretTimer.timerId()) {
        QAbstractScrollArea::timerEvent(event);
        return;
    }
    m_caretVisible = !m_caretVisible;
    if (!m_document)
        return;
    // Only the caret's line changes.
    const QList<QRectF> here = rangeRects(m_cursor, m_cursor + 1);
    viewport()->update(here.isEmpty() ? viewport()->rect() : here.front().toAlignedRect().adjusted(-4, -2, 4, 2));
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_document)
        return;
    if (event->reason() == QContextMenuEvent::Mouse && !hasSelection()) {
        const QStringList here = entitiesAt(positionAt(event->pos()));
        if (!here.isEmpty())
            setSelectedEntity(here.front());
    }
    Q_EMIT contextMenuRequested(event->globalPos());
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave && (!m_hoveredEntity.isEmpty() || !m_hoveredRelation.isEmpty())) {
        m_hoveredEntity.clear();
        m_hoveredRelation.clear();
        viewport()->update();
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString ReaderView::tooltipAt(const QPoint &point)
{
    if (!m_document)
        return {};
    if (const ArcHit arc = arcAt(point); !arc.relationId.isEmpty())
        return relationTooltip(*m_document, m_schema, arc.relationId);
    const qsizetype position = positionAt(point);
    // xToCursor snaps to the nearest boundary; make sure the pointer is really over the text.
    const QList<QRectF> character = rangeRects(position, position + 1);
    const QList<QRectF> previous = position > 0 ? rangeRects(position - 1, position) : QList<QRectF>();
    const bool overText =
        std::any_of(character.begin(), character.end(), [&](const QRectF &r) { return r.contains(point); })
        || std::any_of(previous.begin(), previous.end(), [&](const QRectF &r) { return r.contains(point); });
    if (!overText)
        return {};
    return entitiesTooltip(*m_document, m_schema, entitiesAt(position));
}

} // namespace Hashiya
