// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Hashiya {

/// The heights of a document's paragraphs in pixels — estimates until a paragraph is laid out — and the
/// running sums that turn a scroll position into a paragraph and back, each in O(log n) (a Fenwick
/// tree), so a long article scrolls by pixel without laying out what is off screen.
class ParagraphHeights final
{
public:
    void reset(std::vector<int> heights);

    qsizetype count() const { return qsizetype(m_heights.size()); }
    int height(qsizetype paragraph) const { return m_heights[size_t(paragraph)]; }
    void setHeight(qsizetype paragraph, int height);
    /// Sum of the heights of the paragraphs before `paragraph`.
    qint64 top(qsizetype paragraph) const;
    qint64 total() const { return top(count()); }
    /// The paragraph that covers `y` (the last one for y beyond the end).
    qsizetype paragraphAt(qint64 y) const;

private:
    std::vector<int> m_heights;
    std::vector<qint64> m_tree; // 1-based Fenwick tree over m_heights
};

} // namespace Hashiya
