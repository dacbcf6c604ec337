// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointindex.h"

#include <algorithm>

namespace Hashiya {

CodePointIndex::CodePointIndex(QStringView text)
    : m_utf16Length(text.size())
{
    const QChar *data = text.data();
    for (qsizetype i = 0; i + 1 < m_utf16Length; ++i) {
        if (data[i].isHighSurrogate() && data[i + 1].isLowSurrogate()) {
            m_astralPositions.push_back(i);
            ++i;
        }
    }
}

qsizetype CodePointIndex::toUtf16(qsizetype codePoint) const
{
    // Astral character k sits at code point offset m_astralPositions[k] - k; those before `codePoint`
    // each add one extra UTF-16 unit.
    qsizetype lo = 0;
    qsizetype hi = qsizetype(m_astralPositions.size());
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_astralPositions[size_t(mid)] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

qsizetype CodePointIndex::toCodePoint(qsizetype utf16) const
{
    const auto before = std::lower_bound(m_astralPositions.begin(), m_astralPositions.end(), utf16);
    return utf16 - (before - m_astralPositions.begin());
}

bool CodePointIndex::splitsSurrogatePair(qsizetype utf16) const
{
    return std::binary_search(m_astralPositions.begin(), m_astralPositions.end(), utf16 - 1);
}

} // namespace Hashiya
