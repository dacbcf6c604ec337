// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articledocument.h"
#include "text/paragraphindex.h"
#include "text/wordboundaries.h"
#include "ui/reader/arclayout.h"
#include "ui/reader/caretnavigator.h"
#include "ui/reader/paragraphheights.h"
#include "ui/reader/readerhittest.h"
#include "ui/reader/readerlayout.h"

#include <QAbstractScrollArea>
#include <QBasicTimer>
#include <QPointer>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Hashiya {

class ArcPainter;
class HighlightPainter;
class RelationIndex;
class SpanIndex;
struct Schema;

/// The article, read-only, with its entities highlighted. Built for long documents: it lays out and
/// paints only the paragraphs on screen, straight from the document's text (no copy into a
/// QTextDocument), finds their entities through a SpanIndex, and scrolls by pixel over estimated
/// heights that become exact as paragraphs are seen. Each paragraph runs left to right or right to
/// left by its first strong character (or as the analyst overrides). Offers a caret and a selection
/// for reading and tagging; tagging itself is the Tagger's job. Relations show as arcs above the
/// lines (see ArcLayout); dragging from an entity's chip to another entity asks for a new relation,
/// which the RelationLinker makes. Its helpers see the laid-out paragraphs through ReaderLayout: the
/// CaretNavigator says where the movement keys take the caret, ReaderHitTest what is under a point.
class ReaderView final : public QAbstractScrollArea, private ReaderLayout
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setDocument(ArticleDocument *document, const Schema *schema);
    ArticleDocument *document() const { return m_document; }
    void setSchema(const Schema *schema);

    /// Qt::LayoutDirectionAuto: each paragraph by its first strong character.
    void setDirectionMode(Qt::LayoutDirection mode);
    Qt::LayoutDirection directionMode() const { return m_directionMode; }
    void setWordWrap(bool wrap);
    bool wordWrap() const { return m_wordWrap; }
    void setTextFont(const QFont &font);
    QFont textFont() const { return m_baseFont; }
    void setZoom(int percent);
    int zoom() const { return m_zoom; }

    // The caret and the selection, as UTF-16 offsets of the document's text.
    qsizetype cursorPosition() const { return m_cursor; }
    qsizetype anchorPosition() const { return m_anchor; }
    bool hasSelection() const { return m_anchor != m_cursor; }
    qsizetype selectionStart() const { return std::min(m_anchor, m_cursor); }
    qsizetype selectionEnd() const { return std::max(m_anchor, m_cursor); }
    QString selectedText() const;
    /// Selects [anchor, cursor) and shows the caret at `cursor`.
    void setSelection(qsizetype anchor, qsizetype cursor);
    void clearSelection();
    /// True if the selection was made with Alt held: the analyst wants exactly these characters.
    bool selectionIsExact() const { return m_exactSelection; }
    /// What tagging the selection would take, outlined faintly while the analyst selects, so that a
    /// selection of "Mustafay" shows the "Mustafayev" it tags. The Tagger keeps it up to date (its
    /// snapping is the only one); empty when nothing would be tagged. UTF-16 offsets.
    void setTagPreview(TextRange range);
    TextRange tagPreview() const { return m_tagPreview; }

    /// The entity the analyst is working on (outlined); empty if none.
    QString selectedEntity() const { return m_selectedEntity; }
    void setSelectedEntity(const QString &id);
    /// Applies a click on plain text that is still waiting to see whether a double-click follows.
    void settlePendingClick();
    /// The entities at UTF-16 offset `position`, innermost (shortest) first.
    QStringList entitiesAt(qsizetype position) const;

    /// The relation the analyst is working on (its arc stands out); empty if none. Selecting a
    /// relation lets go of the selected entity and the other way round.
    QString selectedRelation() const { return m_selectedRelation; }
    void setSelectedRelation(const QString &id);
    /// Selects the relation and scrolls to its source.
    void showRelation(const QString &id);
    /// What the pointer is over: its arcs stand out.
    QString hoveredEntity() const { return m_hoveredEntity; }
    QString hoveredRelation() const { return m_hoveredRelation; }
    void setArcsVisible(bool visible);
    bool arcsVisible() const { return m_arcsVisible; }
    /// Whether the paragraph holding UTF-16 offset `position` runs right to left.
    bool isRightToLeftAt(qsizetype position);
    const RelationIndex *relationIndex() const { return m_relationIndex.get(); }

    /// Shows a relation being made: a dashed arrow from the source's chip to the target (or, while
    /// no target is chosen, to `point` in viewport coordinates).
    void setPendingLink(const QString &source, const QString &target, const QPointF &point = {});
    void clearPendingLink();
    QString pendingLinkTarget() const { return m_linkTarget; }

    // Where things are on screen, in viewport coordinates; for hit tests and for tests.
    /// The entity whose chip is at `point`, or else the innermost one whose text is; empty if none.
    QString entityAtPoint(const QPoint &point);
    /// The entity whose chip is at `point`; empty if none.
    QString chipAt(const QPoint &point);
    /// The entity's chip if it is laid out; an empty rectangle otherwise.
    QRectF chipRect(const QString &entityId);
    /// The arc, connector or stub under `point`.
    using ArcHit = ReaderHitTest::ArcHit;
    ArcHit arcAt(const QPoint &point);
    /// The shapes of relations on screen, with their positions in viewport coordinates.
    std::vector<ArcLayout::Shape> visibleArcs();

    /// Scrolls so that UTF-16 offset `position` is on screen, with some context around it.
    void ensureVisible(qsizetype position);
    /// Where the text between UTF-16 offsets [from, to) is drawn, in viewport coordinates: one
    /// rectangle per line and direction run.
    QList<QRectF> rangeRects(qsizetype from, qsizetype to);
    /// The UTF-16 offset of the character boundary nearest to a viewport point.
    qsizetype positionAt(const QPoint &point);

Q_SIGNALS:
    void selectionChanged();
    void selectedEntityChanged(const QString &id);
    void cursorPositionChanged(qsizetype position);
    void contextMenuRequested(const QPoint &globalPosition);
    void selectedRelationChanged(const QString &id);
    /// The analyst dragged from `source`'s chip onto `target`.
    void linkRequested(const QString &source, const QString &target, Qt::KeyboardModifiers modifiers);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    /// The text at the top edge of the view: the first line there, and where the edge cuts it.
    struct TopLine
    {
        qsizetype paragraph = 0;
        qint64 below = 0; ///< pixels of the paragraph above the edge (negative in the top margin)
        int character = -1; ///< where the line starts in the paragraph; -1 if not laid out
        double lineOffset = 0; ///< how far into that line's room the edge is, in lines
        double fraction = 0; ///< the same, as a share of the paragraph's height
    };

    /// `paragraphs`: the document's, if already found (e.g. on another core while opening).
    void rebuildParagraphs(std::optional<ParagraphIndex> paragraphs = std::nullopt);
    void relayout();
    TopLine topLine() const;
    /// Scrolls so that the text that was at the top is there again, after a relayout.
    void restoreTopLine(const TopLine &top);
    void updateFontMetrics();
    /// `charactersPerLine`: what a wrapped line holds, as charactersPerLine() says.
    int estimatedHeight(qsizetype paragraph, qsizetype charactersPerLine) const;
    qsizetype charactersPerLine() const;
    // What the helpers see (ReaderLayout).
    const ParagraphIndex &paragraphs() const override { return m_paragraphs; }
    ReaderParagraph &paragraph(qsizetype index) override;
    const ReaderParagraph *laidOutParagraph(qsizetype index) const override;
    void forgetLayouts(qsizetype from, qsizetype to);
    void updateScrollBars();
    int contentWidth() const;
    qint64 paragraphTop(qsizetype index) const; ///< content y, margins included
    QPointF paragraphOrigin(qsizetype index) const override; ///< viewport position of a laid-out paragraph
    qsizetype paragraphAtHeight(int y) const override;
    void visitVisibleParagraphs(
        const std::function<void(qsizetype, const ReaderParagraph &, const QPointF &)> &visit) override;
    /// Draws what of the paragraph meets `clip`, in viewport coordinates.
    void paintParagraph(QPainter &painter, qsizetype index, const QPointF &origin, const QRectF &clip);
    void paintPendingLink(QPainter &painter);
    void paintTagPreview(QPainter &painter, qsizetype index, const ReaderParagraph &laidOut, const QPointF &origin);
    /// Paragraphs whose chips or arcs show this entity: where it starts, and where its relations'
    /// other ends start (their stubs name it).
    void forgetEntityLayouts(const Entity &entity, bool withPartners);
    void forgetRelationLayouts(const Relation &relation);
    /// Calls `visit(index, paragraph, origin)` for each paragraph on screen, top down.
    template<typename Visit>
    void forEachVisibleParagraph(Visit visit);
    void updateHover(const QPoint &point);

    void moveCursor(qsizetype position, bool extendSelection);
    QString tooltipAt(const QPoint &point);

    QPointer<ArticleDocument> m_document;
    const Schema *m_schema = nullptr;
    std::unique_ptr<SpanIndex> m_spans;
    std::unique_ptr<HighlightPainter> m_highlights;
    std::unique_ptr<ArcPainter> m_arcPainter;
    std::unique_ptr<RelationIndex> m_relationIndex;
    ParagraphIndex m_paragraphs;
    ParagraphHeights m_heights;
    std::unordered_map<qsizetype, std::unique_ptr<ReaderParagraph>> m_layouts;

    QFont m_baseFont;
    QFont m_font; // zoomed
    int m_zoom = 100;
    bool m_wordWrap = true;
    Qt::LayoutDirection m_directionMode = Qt::LayoutDirectionAuto;
    int m_lineHeight = 0;
    int m_chipRoom = 0; // space above each line for type chips
    int m_paragraphGap = 0; // space after each paragraph
    int m_margin = 0;
    int m_widestLine = 0;
    int m_layoutWidth = 0; // the width the paragraphs are laid out for

    qsizetype m_anchor = 0;
    qsizetype m_cursor = 0;
    CaretNavigator m_caret; // where the movement keys take the caret
    ReaderHitTest m_hitTest; // what is where on screen
    bool m_exactSelection = false;
    TextRange m_tagPreview;
    bool m_selecting = false; // a mouse drag is under way
    bool m_dragged = false;
    bool m_caretVisible = true;
    QBasicTimer m_caretTimer;
    QBasicTimer m_deselect; // a click on plain text, waiting out the double-click interval
    QString m_selectedEntity;

    bool m_arcsVisible = true;
    QFont m_arcFont;
    QString m_selectedRelation;
    QString m_hoveredEntity;
    QString m_hoveredRelation;
    QString m_linkSource; // a relation being made: from here
    QString m_linkTarget; // to here, once chosen
    QPointF m_linkPoint; // or to the pointer
    bool m_linkDragging = false;
};

} // namespace Hashiya
