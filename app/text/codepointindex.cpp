// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointindex.h"

#include <algorithm>
#include <cstring>

namespace Hashiya {

CodePointIndex::CodePointIndex(QStringView text)
    : m_utf16Length(text.size())
{
    const char16_t *data = text.utf16();
    constexpr qsizetype stride = 64;
    for (qsizetype i = 0; i + 1 < m_utf16Length;) {
        // Most text has no astral character: skip whole strides that hold no high surrogate, tested
        // four units to a 64-bit word (a 50 MB article took 40 ms one unit at a time).
        if (i + stride <= m_utf16Length) {
            quint64 high = 0;
            for (qsizetype k = 0; k < stride; k += 4) {
                quint64 word;
                std::memcpy(&word, data + i + k, sizeof word);
                // A unit is a high surrogate when its top six bits are 110110: such a lane becomes 0
                // below, and the classic test for a zero lane sets that lane's top bit (and maybe a
                // higher lane's, but only when some lane is zero, which is all that is asked).
                const quint64 lanes = (word & 0xFC00FC00FC00FC00ULL) ^ 0xD800D800D800D800ULL;
                high |= (lanes - 0x0001000100010001ULL) & ~lanes & 0x8000800080008000ULL;
            }
            if (high == 0) {
                i += stride;
                continue;
            }
        }
        // One unit at a time to the end of this stride (or of the text).
        for (const qsizetype end = std::min(i + stride, m_utf16Length - 1); i < end;) {
            if (QChar::isHighSurrogate(data[i]) && QChar::isLowSurrogate(data[i + 1])) {
                m_astralPositions.push_back(i);
                i += 2;
            } else {
                ++i;
            }
        }
    }
    if (m_astralPositions.empty())
        return;
    const qsizetype astral = qsizetype(m_astralPositions.size());
    m_astralBeforeCodePointBlock.resize(size_t((codePointCount() >> blockShift) + 2), astral);
    m_astralBeforeUtf16Block.resize(size_t((m_utf16Length >> blockShift) + 2), astral);
    // Walk blocks and astral characters together; astral character k sits at code point offset
    // m_astralPositions[k] - k.
    qsizetype k = 0;
    for (size_t block = 0; block < m_astralBeforeCodePointBlock.size(); ++block) {
        const qsizetype blockStart = qsizetype(block) << blockShift;
        while (k < astral && m_astralPositions[size_t(k)] - k < blockStart)
            ++k;
        m_astralBeforeCodePointBlock[block] = k;
    }
    k = 0;
    for (size_t block = 0; block < m_astralBeforeUtf16Block.size(); ++block) {
        const qsizetype blockStart = qsizetype(block) << blockShift;
        while (k < astral && m_astralPositions[size_t(k)] < blockStart)
            ++k;
        m_astralBeforeUtf16Block[block] = k;
    }
}

qsizetype CodePointIndex::toUtf16(qsizetype codePoint) const
{
    if (m_astralPositions.empty())
        return codePoint;
    // Count astral characters before `codePoint`; each adds one extra UTF-16 unit.
    const size_t block =
        size_t(std::clamp<qsizetype>(codePoint >> blockShift, 0, qsizetype(m_astralBeforeCodePointBlock.size()) - 2));
    qsizetype lo = m_astralBeforeCodePointBlock[block];
    qsizetype hi = m_astralBeforeCodePointBlock[block + 1];
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
    if (m_astralPositions.empty())
        return utf16;
    // Astral characters whose high surrogate lies before `utf16` each took one extra unit.
    const size_t block =
        size_t(std::clamp<qsizetype>(utf16 >> blockShift, 0, qsizetype(m_astralBeforeUtf16Block.size()) - 2));
    const auto first = m_astralPositions.begin() + m_astralBeforeUtf16Block[block];
    const auto last = m_astralPositions.begin() + m_astralBeforeUtf16Block[block + 1];
    return utf16 - (std::lower_bound(first, last, utf16) - m_astralPositions.begin());
}

bool CodePointIndex::splitsSurrogatePair(qsizetype utf16) const
{
    return std::binary_search(m_astralPositions.begin(), m_astralPositions.end(), utf16 - 1);
}

} // namespace Hashiya
