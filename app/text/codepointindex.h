// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <vector>

namespace Hashiya {

/// Converts between Unicode code point offsets (what files store) and UTF-16 offsets (what QString uses).
/// Costs O(number of astral characters) memory; a text without emoji or other astral characters maps 1:1.
class CodePointIndex final
{
public:
    CodePointIndex() = default;
    explicit CodePointIndex(QStringView text);

    qsizetype codePointCount() const { return m_utf16Length - qsizetype(m_astralPositions.size()); }
    qsizetype utf16Length() const { return m_utf16Length; }
    bool isIdentity() const { return m_astralPositions.empty(); }

    /// UTF-16 offset of code point offset `codePoint` (0 ≤ codePoint ≤ codePointCount()).
    qsizetype toUtf16(qsizetype codePoint) const;
    /// Code point offset of UTF-16 offset `utf16`; an offset between the halves of a surrogate pair
    /// maps to the code point that starts the pair.
    qsizetype toCodePoint(qsizetype utf16) const;
    /// True if `utf16` falls between the two halves of a surrogate pair.
    bool splitsSurrogatePair(qsizetype utf16) const;

private:
    // Both look-ups narrow the search with a table of how many astral characters precede each block of
    // `blockSize` offsets, then search only inside that block: O(1) for ordinary text.
    static constexpr qsizetype blockShift = 8;
    static constexpr qsizetype blockSize = qsizetype(1) << blockShift;

    std::vector<qsizetype> m_astralPositions; // UTF-16 offsets of each high surrogate, ascending
    std::vector<qsizetype> m_astralBeforeCodePointBlock;
    std::vector<qsizetype> m_astralBeforeUtf16Block;
    qsizetype m_utf16Length = 0;
};

} // namespace Hashiya
