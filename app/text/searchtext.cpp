// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtext.h"

#include <algorithm>

namespace Hashiya {
namespace {

// Marks a reader does not type when searching: fathatan to sukun and the rarer marks after them, the
// superscript alef, and the tatweel that only stretches a word.
bool isLeftOut(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
}

QChar folded(QChar c)
{
    switch (c.unicode()) {
    case 0x0130: // İ
    case 0x0131: // ı
        return u'i';
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
        return QChar(0x0627);
    case 0x0649: // ى
        return QChar(0x064A);
    default:
        return c.isSurrogate() ? c : c.toCaseFolded();
    }
}

} // namespace

SearchText::SearchText(QStringView text)
    : m_originalSize(text.size())
{
    m_folded.resize(text.size());
    QChar *out = m_folded.data();
    qsizetype leftOut = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isLeftOut(text[i].unicode())) {
            ++leftOut;
            const qsizetype at = out - m_folded.data();
            if (!m_skips.empty() && m_skips.back().first == at)
                m_skips.back().second = leftOut;
            else
                m_skips.emplace_back(at, leftOut);
            continue;
        }
        *out++ = folded(text[i]);
    }
    m_folded.truncate(out - m_folded.data());
}

QString SearchText::fold(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (!isLeftOut(c.unicode()))
            result.append(folded(c));
    }
    return result;
}

qsizetype SearchText::originalPosition(qsizetype folded) const
{
    // The last skip at or before `folded` tells how many characters were left out before it.
    const auto after = std::upper_bound(m_skips.begin(), m_skips.end(), folded,
                                        [](qsizetype at, const auto &skip) { return at < skip.first; });
    return folded + (after == m_skips.begin() ? 0 : std::prev(after)->second);
}

std::vector<std::pair<qsizetype, qsizetype>> SearchText::find(QStringView needle) const
{
    std::vector<std::pair<qsizetype, qsizetype>> matches;
    const QString foldedNeedle = fold(needle);
    if (foldedNeedle.isEmpty())
        return matches;
    for (qsizetype at = m_folded.indexOf(foldedNeedle); at >= 0;
         at = m_folded.indexOf(foldedNeedle, at + foldedNeedle.size())) {
        const qsizetype end = at + foldedNeedle.size();
        // The marks after the last letter belong to it: the range ends where the next kept one starts.
        matches.emplace_back(originalPosition(at), end < m_folded.size() ? originalPosition(end) : m_originalSize);
    }
    return matches;
}

} // namespace Hashiya
