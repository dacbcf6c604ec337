// SPDX-License-Identifier: GPL-3.0-or-later
#include "caretnavigator.h"

#include "text/paragraphindex.h"
#include "ui/reader/readerlayout.h"
#include "ui/reader/readerparagraph.h"

#include <QTextLayout>

#include <algorithm>

namespace Hashiya {

CaretNavigator::CaretNavigator(ReaderLayout &layout)
    : m_layout(layout)
{
}

std::optional<qsizetype> CaretNavigator::target(int key, Qt::KeyboardModifiers modifiers, qsizetype position,
                                                qsizetype length, int pageLines)
{
    const bool word = modifiers & Qt::ControlModifier;
    qsizetype target = -1;
    bool keepsDesiredX = false;
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const bool right = key == Qt::Key_Right;
        if (word) {
            const bool rightToLeft = m_layout.paragraph(m_layout.paragraphs().paragraphAt(position)).rightToLeft;
            target = wordNeighbour(position, right != rightToLeft);
        } else {
            target = visualNeighbour(position, right);
        }
        break;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        target = verticalNeighbour(position, key == Qt::Key_Up ? -1 : 1);
        keepsDesiredX = true;
        break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        target = verticalNeighbour(position, key == Qt::Key_PageUp ? -pageLines : pageLines);
        keepsDesiredX = true;
        break;
    case Qt::Key_Home:
        target = word ? 0 : lineEdge(position, false);
        break;
    case Qt::Key_End:
        target = word ? length : lineEdge(position, true);
        break;
    default:
        return std::nullopt;
    }
    if (!keepsDesiredX)
        m_desiredX = -1;
    return target;
}

qsizetype CaretNavigator::visualNeighbour(qsizetype position, bool towardsRight) const
{
    const ParagraphIndex &paragraphs = m_layout.paragraphs();
    const qsizetype index = paragraphs.paragraphAt(position);
    const ReaderParagraph *laidOut = m_layout.laidOutParagraph(index);
    if (!laidOut)
        return position;
    const int local = int(position - paragraphs.start(index));
    const int moved =
        towardsRight ? laidOut->layout.rightCursorPosition(local) : laidOut->layout.leftCursorPosition(local);
    if (moved != local)
        return paragraphs.start(index) + moved;
    // At the paragraph's edge: continue in reading order, which is leftwards in right-to-left text.
    const bool forward = towardsRight != laidOut->rightToLeft;
    if (forward && index + 1 < paragraphs.count())
        return paragraphs.start(index + 1);
    if (!forward && index > 0)
        return paragraphs.end(index - 1);
    return position;
}

qsizetype CaretNavigator::verticalNeighbour(qsizetype position, int lines)
{
    const ParagraphIndex &paragraphs = m_layout.paragraphs();
    qsizetype index = paragraphs.paragraphAt(position);
    const ReaderParagraph *laidOut = &m_layout.paragraph(index);
    int lineNumber = laidOut->layout.lineForTextPosition(int(position - paragraphs.start(index))).lineNumber();
    if (m_desiredX < 0) {
        const QTextLine line = laidOut->layout.lineAt(std::max(0, lineNumber));
        m_desiredX = line.cursorToX(int(position - paragraphs.start(index)));
    }
    lineNumber += lines;
    while (lineNumber < 0 && index > 0) {
        laidOut = &m_layout.paragraph(--index);
        lineNumber += laidOut->layout.lineCount();
    }
    while (lineNumber >= laidOut->layout.lineCount() && index + 1 < paragraphs.count()) {
        lineNumber -= laidOut->layout.lineCount();
        laidOut = &m_layout.paragraph(++index);
    }
    lineNumber = std::clamp(lineNumber, 0, std::max(0, laidOut->layout.lineCount() - 1));
    if (laidOut->layout.lineCount() == 0)
        return paragraphs.start(index);
    return paragraphs.start(index) + laidOut->layout.lineAt(lineNumber).xToCursor(m_desiredX);
}

qsizetype CaretNavigator::lineEdge(qsizetype position, bool end)
{
    const ParagraphIndex &paragraphs = m_layout.paragraphs();
    const qsizetype index = paragraphs.paragraphAt(position);
    const ReaderParagraph &laidOut = m_layout.paragraph(index);
    const QTextLine line = laidOut.layout.lineForTextPosition(int(position - paragraphs.start(index)));
    if (!line.isValid())
        return position;
    qsizetype edge = paragraphs.start(index) + (end ? line.textStart() + line.textLength() : line.textStart());
    // A wrapped line ends with the space it broke at; the caret belongs before it.
    if (end && edge > paragraphs.start(index) + line.textStart() && edge < paragraphs.end(index))
        --edge;
    return edge;
}

qsizetype CaretNavigator::wordNeighbour(qsizetype position, bool forward) const
{
    const ParagraphIndex &paragraphs = m_layout.paragraphs();
    const qsizetype index = paragraphs.paragraphAt(position);
    const ReaderParagraph *laidOut = m_layout.laidOutParagraph(index);
    if (!laidOut)
        return position;
    const QTextLayout &layout = laidOut->layout;
    const int local = int(position - paragraphs.start(index));
    const int moved = forward ? layout.nextCursorPosition(local, QTextLayout::SkipWords)
                              : layout.previousCursorPosition(local, QTextLayout::SkipWords);
    if (moved == local) {
        if (forward && index + 1 < paragraphs.count())
            return paragraphs.start(index + 1);
        if (!forward && index > 0)
            return paragraphs.end(index - 1);
    }
    return paragraphs.start(index) + moved;
}

} // namespace Hashiya
