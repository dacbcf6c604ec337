// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

#include <functional>

namespace Hashiya {

class ParagraphIndex;
struct ReaderParagraph;

/// The reader view's paragraphs as its helpers (caret moves, hit tests) see them: laid out on demand and
/// placed in viewport coordinates. The view implements it and stays the only one that changes what is
/// shown; laying a paragraph out is all a helper may ask of it.
class ReaderLayout
{
public:
    /// The paragraphs of the text shown. The view asks its helpers nothing while it shows no document.
    virtual const ParagraphIndex &paragraphs() const = 0;
    /// Paragraph `index`, laid out first if it is not. Laying out makes its height exact: when it lies
    /// above the view, the scroll position moves by the difference, and with it every origin.
    virtual const ReaderParagraph &paragraph(qsizetype index) = 0;
    /// Paragraph `index` if it is laid out; null otherwise. Lays nothing out.
    virtual const ReaderParagraph *laidOutParagraph(qsizetype index) const = 0;
    /// Where a laid-out paragraph is drawn from, in viewport coordinates.
    virtual QPointF paragraphOrigin(qsizetype index) const = 0;
    /// The paragraph at height `y` of the viewport.
    virtual qsizetype paragraphAtHeight(int y) const = 0;
    /// Calls `visit(index, paragraph, origin)` for each paragraph on screen, top down, laying each out.
    virtual void
    visitVisibleParagraphs(const std::function<void(qsizetype, const ReaderParagraph &, const QPointF &)> &visit) = 0;

protected:
    ~ReaderLayout() = default;
};

} // namespace Hashiya
