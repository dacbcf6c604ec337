// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphheights.h"

#include <bit>

namespace Hashiya {

void ParagraphHeights::reset(std::vector<int> heights)
{
    m_heights = std::move(heights);
    m_tree.assign(m_heights.size() + 1, 0);
    // Linear-time construction: each node adds itself to its parent.
    for (size_t i = 1; i < m_tree.size(); ++i) {
        m_tree[i] += m_heights[i - 1];
        const size_t parent = i + (i & (~i + 1));
        if (parent < m_tree.size())
            m_tree[parent] += m_tree[i];
    }
}

void ParagraphHeights::setHeight(qsizetype paragraph, int height)
{
    const qint64 delta = qint64(height) - m_heights[size_t(paragraph)];
    if (delta == 0)
        return;
    m_heights[size_t(paragraph)] = height;
    for (size_t i = size_t(paragraph) + 1; i < m_tree.size(); i += i & (~i + 1))
        m_tree[i] += delta;
}

qint64 ParagraphHeights::top(qsizetype paragraph) const
{
    qint64 sum = 0;
    for (size_t i = size_t(paragraph); i > 0; i -= i & (~i + 1))
        sum += m_tree[i];
    return sum;
}

qsizetype ParagraphHeights::paragraphAt(qint64 y) const
{
    if (m_heights.empty())
        return 0;
    // Descend the tree: the largest prefix whose sum stays at or below y.
    size_t position = 0;
    for (size_t step = std::bit_floor(m_heights.size()); step > 0; step >>= 1) {
        if (position + step < m_tree.size() && m_tree[position + step] <= y) {
            position += step;
            y -= m_tree[position];
        }
    }
    return std::min<qsizetype>(qsizetype(position), count() - 1);
}

} // namespace Hashiya
