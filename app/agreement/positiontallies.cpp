// SPDX-License-Identifier: GPL-3.0-or-later
#include "positiontallies.h"

#include <algorithm>

namespace Hashiya {

PositionTallies::PositionTallies(int analysts)
    : m_analysts(analysts)
    , m_pairs(size_t(analysts * (analysts - 1)))
    , m_all(analysts)
    , m_marked(analysts)
{
}

size_t PositionTallies::pairIndex(int a, int b) const
{
    // Pairs (a, b) with a < b, row by row: (0,1) … (0,m−1), (1,2) …
    const int before = a * m_analysts - a * (a + 1) / 2;
    return size_t(2 * (before + (b - a - 1)));
}

const CohenTally &PositionTallies::pair(int a, int b, Positions positions) const
{
    return m_pairs[pairIndex(a, b) + (positions == Positions::Marked ? 1 : 0)];
}

const FleissTally &PositionTallies::everyone(Positions positions) const
{
    return positions == Positions::Marked ? m_marked : m_all;
}

void PositionTallies::add(const std::vector<std::vector<PositionLabels::Run>> &labels)
{
    // The analysts' runs walked side by side, in stretches where no one's label changes.
    const int m = m_analysts;
    std::vector<size_t> run(size_t(m), 0);
    std::vector<qsizetype> left(size_t(m), 0); // of the current run
    for (int i = 0; i < m; ++i)
        left[size_t(i)] = labels[size_t(i)].empty() ? 0 : labels[size_t(i)].front().length;
    std::vector<int> label(static_cast<size_t>(m));
    std::vector<int> counts;
    for (;;) {
        qsizetype stretch = -1;
        for (int i = 0; i < m; ++i) {
            if (run[size_t(i)] >= labels[size_t(i)].size())
                return; // the runs add up to the same length: all end together
            label[size_t(i)] = labels[size_t(i)][run[size_t(i)]].category;
            stretch = stretch < 0 ? left[size_t(i)] : std::min(stretch, left[size_t(i)]);
        }
        for (int a = 0; a < m; ++a) {
            for (int b = a + 1; b < m; ++b) {
                const size_t index = pairIndex(a, b);
                m_pairs[index].add(label[size_t(a)], label[size_t(b)], stretch);
                if (label[size_t(a)] != 0 || label[size_t(b)] != 0)
                    m_pairs[index + 1].add(label[size_t(a)], label[size_t(b)], stretch);
            }
        }
        counts.assign(size_t(*std::max_element(label.begin(), label.end()) + 1), 0);
        for (const int category : label)
            ++counts[size_t(category)];
        m_all.add(counts, stretch);
        if (counts[0] < m)
            m_marked.add(counts, stretch);
        for (int i = 0; i < m; ++i) {
            left[size_t(i)] -= stretch;
            if (left[size_t(i)] == 0 && ++run[size_t(i)] < labels[size_t(i)].size())
                left[size_t(i)] = labels[size_t(i)][run[size_t(i)]].length;
        }
    }
}

} // namespace Hashiya
