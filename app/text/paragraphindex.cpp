// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphindex.h"

#include <algorithm>

namespace Hashiya {

ParagraphIndex::ParagraphIndex(QStringView text)
{
    const qsizetype size = text.size();
    qsizetype start = 0;
    while (true) {
        qsizetype lineEnd = text.indexOf(u'\n', start);
        if (lineEnd < 0)
            lineEnd = size;
        // Cut overlong lines, preferably after a space, never inside a surrogate pair.
        while (lineEnd - start > maxLength) {
            qsizetype cut = start + maxLength;
            const qsizetype space = text.sliced(start, maxLength).lastIndexOf(u' ');
            if (space > maxLength / 2)
                cut = start + space + 1;
            else if (text[cut].isLowSurrogate())
                --cut;
            m_starts.push_back(start);
            m_ends.push_back(cut);
            start = cut;
        }
        m_starts.push_back(start);
        m_ends.push_back(lineEnd);
        if (lineEnd >= size)
            break;
        start = lineEnd + 1;
    }
}

qsizetype ParagraphIndex::paragraphAt(qsizetype position) const
{
    const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), position);
    return std::max<qsizetype>(0, (next - m_starts.begin()) - 1);
}

} // namespace Hashiya
