// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerhittest.h"

#include "text/paragraphindex.h"
#include "ui/reader/arcpainter.h"
#include "ui/reader/highlightpainter.h"
#include "ui/reader/readerlayout.h"
#include "ui/reader/readerparagraph.h"

#include <QTextLayout>

#include <algorithm>

namespace Hashiya {

ReaderHitTest::ReaderHitTest(ReaderLayout &layout)
    : m_layout(layout)
{
}

qsizetype ReaderHitTest::positionAt(const QPoint &point)
{
    const ParagraphIndex &paragraphs = m_layout.paragraphs();
    if (paragraphs.count() == 0)
        return 0;
    const qsizetype index = m_layout.paragraphAtHeight(point.y());
    const ReaderParagraph &laidOut = m_layout.paragraph(index);
    const QPointF local = QPointF(point) - m_layout.paragraphOrigin(index);
    const QTextLayout &layout = laidOut.layout;
    if (layout.lineCount() == 0)
        return paragraphs.start(index);
    int lineIndex = layout.lineCount() - 1;
    for (int i = 0; i < layout.lineCount(); ++i) {
        if (local.y() < layout.lineAt(i).y() + layout.lineAt(i).height()) {
            lineIndex = i;
            break;
        }
    }
    const int cursor = layout.lineAt(lineIndex).xToCursor(local.x());
    return paragraphs.start(index) + cursor;
}

QList<QRectF> ReaderHitTest::rangeRects(qsizetype from, qsizetype to)
{
    QList<QRectF> rects;
    if (from >= to)
        return rects;
    const ParagraphIndex &paragraphs = m_layout.paragraphs();
    for (qsizetype index = paragraphs.paragraphAt(from); index < paragraphs.count(); ++index) {
        const qsizetype start = paragraphs.start(index);
        if (start >= to)
            break;
        const ReaderParagraph &laidOut = m_layout.paragraph(index);
        const QPointF origin = m_layout.paragraphOrigin(index);
        const int localFrom = int(std::max(from, start) - start);
        const int localTo = int(std::min(to, paragraphs.end(index)) - start);
        for (const QRectF &rect : HighlightPainter::rangeRects(laidOut.layout, localFrom, localTo))
            rects.append(rect.translated(origin));
    }
    return rects;
}

QString ReaderHitTest::chipAt(const QPoint &point)
{
    QString hit;
    m_layout.visitVisibleParagraphs([&](qsizetype, const ReaderParagraph &laidOut, const QPointF &origin) {
        for (const auto &[id, rect] : laidOut.chips) {
            if (rect.translated(origin).adjusted(-1, -1, 1, 1).contains(point))
                hit = id;
        }
    });
    return hit;
}

QRectF ReaderHitTest::chipRect(qsizetype index, const QString &entityId) const
{
    const ReaderParagraph *laidOut = m_layout.laidOutParagraph(index);
    if (!laidOut)
        return {};
    for (const auto &[id, rect] : laidOut->chips) {
        if (id == entityId)
            return rect.translated(m_layout.paragraphOrigin(index));
    }
    return {};
}

ReaderHitTest::ArcHit ReaderHitTest::arcAt(const QPoint &point)
{
    ArcHit hit;
    m_layout.visitVisibleParagraphs([&](qsizetype, const ReaderParagraph &laidOut, const QPointF &origin) {
        if (!hit.relationId.isEmpty())
            return;
        const int found = ArcPainter::shapeAt(laidOut.arcs, QPointF(point) - origin);
        if (found >= 0) {
            const ArcLayout::Shape &shape = laidOut.arcs[size_t(found)];
            hit = {shape.relationId, shape.jumpTo, shape.kind};
        }
    });
    return hit;
}

std::vector<ArcLayout::Shape> ReaderHitTest::visibleArcs()
{
    std::vector<ArcLayout::Shape> shapes;
    m_layout.visitVisibleParagraphs([&](qsizetype, const ReaderParagraph &laidOut, const QPointF &origin) {
        for (ArcLayout::Shape shape : laidOut.arcs) {
            shape.path.translate(origin);
            shape.arrowHead.translate(origin);
            shape.labelRect.translate(origin);
            shapes.push_back(std::move(shape));
        }
    });
    return shapes;
}

} // namespace Hashiya
