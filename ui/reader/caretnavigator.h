// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

#include <optional>

namespace Hashiya {

class ReaderLayout;

/// Where the movement keys take the reader's caret. Left and Right step a character as the line shows
/// it (in a right-to-left paragraph Left moves on) and past a paragraph's edge in reading order; with
/// Ctrl they step a word in reading order. Up, Down, Page Up and Page Down step lines and keep aiming
/// for the column the caret started from; Home and End go to the ends of the line, with Ctrl of the text.
/// Reads the view's paragraphs and keeps nothing else but that column.
class CaretNavigator final
{
public:
    explicit CaretNavigator(ReaderLayout &layout);

    /// Where `key` with `modifiers` takes a caret at UTF-16 offset `position` of a text `length` long, a
    /// page being `pageLines` lines; nothing if the key does not move the caret. The caret's paragraph
    /// must be laid out.
    std::optional<qsizetype> target(int key, Qt::KeyboardModifiers modifiers, qsizetype position, qsizetype length,
                                    int pageLines);
    /// The next Up or Down aims for the caret's own column again (after a click, in another document).
    void forgetColumn() { m_desiredX = -1; }

private:
    qsizetype visualNeighbour(qsizetype position, bool towardsRight) const;
    qsizetype verticalNeighbour(qsizetype position, int lines);
    qsizetype lineEdge(qsizetype position, bool end);
    qsizetype wordNeighbour(qsizetype position, bool forward) const;

    ReaderLayout &m_layout;
    qreal m_desiredX = -1; // kept across Up/Down moves
};

} // namespace Hashiya
